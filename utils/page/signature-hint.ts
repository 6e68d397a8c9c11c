// R3 on the page: when the reply box holds unsigned text, a small "Lägg till signatur" button puts the
// editor's signature at the end of it. It only inserts text; it never sends the reply.

export interface SignatureHint {
  button: HTMLButtonElement;
  /** Re-reads the composer and shows or hides the button. */
  update(): void;
  /** Removes the button and the listeners. */
  detach(): void;
}

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

function textOf(composer: Element): string {
  return isTextField(composer) ? composer.value : composer.textContent ?? '';
}

/** A textarea a page framework (React) controls only notices a value set through the prototype's setter. */
function setFieldValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  const view = field.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  field.dispatchEvent(new EventCtor('input', { bubbles: true }));
}

function lastTextNode(root: Element): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').length) last = node as Text;
  return last;
}

/** Caret at the end, then the editor's own insertText (undo works, the site's editor sees it); a Range insert if that fails. */
function insertIntoEditable(composer: HTMLElement, insert: string): void {
  const doc = composer.ownerDocument;
  const view = doc.defaultView;
  composer.focus();
  const selection = view?.getSelection() ?? null;
  const end = doc.createRange();
  end.selectNodeContents(composer);
  end.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(end);
  const before = textOf(composer);
  let inserted: boolean;
  try {
    inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, insert) && textOf(composer) !== before;
  } catch {
    inserted = false;
  }
  if (inserted) return;
  const node = doc.createTextNode(insert);
  const last = lastTextNode(composer);
  const range = doc.createRange();
  if (last) {
    range.setStartAfter(last);
  } else {
    range.selectNodeContents(composer);
    range.collapse(false);
  }
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  composer.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: insert }));
}

/** Shows the button in `root` while the composer has text that is not signed; inserts the signature on click. */
const HINT_TEXT = {
  sv: { label: 'Lägg till signatur', title: (signature: string) => `Lägg till ${signature} i slutet av svaret (Alt+Shift+S i svarsrutan)` },
  en: { label: 'Add signature', title: (signature: string) => `Add ${signature} at the end of the reply (Alt+Shift+S in the reply box)` },
} as const;

/**
 * Alt+Shift+S in the reply box signs it: the button sits in the overlay, at the end of the page's
 * keyboard order, far from the box the editor writes in.
 */
const isSignShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS';

export function attachSignatureHint(
  composer: Element,
  signature: string,
  isSigned: (text: string) => boolean,
  root: ShadowRoot | HTMLElement,
  lang: 'sv' | 'en' = 'sv',
): SignatureHint {
  const doc = ('host' in root ? root.host : root).ownerDocument;
  const t = HINT_TEXT[lang];
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'uppsikt-signature-hint';
  button.textContent = t.label;
  button.title = t.title(signature);
  button.setAttribute('aria-label', `${t.label}: ${signature}`);
  button.setAttribute('aria-keyshortcuts', 'Alt+Shift+S');
  button.hidden = true;
  // Its own look, since it may sit in the overlay's shadow root where nothing is inherited.
  Object.assign(button.style, {
    position: 'fixed', zIndex: '2147483647', pointerEvents: 'auto', padding: '2px 8px', borderRadius: '10px',
    border: '1px solid #0b57d0', background: '#fff', color: '#0b57d0', font: '12px/1.4 system-ui, sans-serif', cursor: 'pointer',
  });
  root.appendChild(button);

  const view = doc.defaultView;
  /** Just below the composer's right edge, or above it when there is no room below. */
  const place = () => {
    if (button.hidden) return;
    const box = composer.getBoundingClientRect();
    const height = button.offsetHeight || 22;
    const below = box.bottom + 4 + height <= (view?.innerHeight ?? Infinity);
    button.style.top = `${Math.max(0, below ? box.bottom + 4 : box.top - height - 4)}px`;
    button.style.left = `${Math.max(0, box.right - (button.offsetWidth || 120))}px`;
  };
  const update = () => {
    const text = textOf(composer).trim();
    button.hidden = !text || isSigned(text);
    place();
  };
  const insert = () => {
    const text = textOf(composer);
    if (!text.trim() || isSigned(text.trim())) return update();
    const separator = /\s$/u.test(text) ? '' : ' ';
    if (isTextField(composer)) setFieldValue(composer, `${text}${separator}${signature}`);
    else insertIntoEditable(composer as HTMLElement, `${separator}${signature}`);
    update();
  };
  // Keep the composer's focus and caret when the button is pressed.
  const keepFocus = (event: Event) => event.preventDefault();
  button.addEventListener('mousedown', keepFocus);
  button.addEventListener('click', insert);
  const shortcut = (event: Event) => {
    if (!isSignShortcut(event as KeyboardEvent) || button.hidden) return;
    event.preventDefault(); // not the character the keys type on a Mac (Í)
    event.stopPropagation(); // nor the site's own shortcut
    insert();
  };
  composer.addEventListener('keydown', shortcut);
  composer.addEventListener('input', update);
  composer.addEventListener('keyup', update);
  composer.addEventListener('focus', update);
  view?.addEventListener('scroll', place, { capture: true, passive: true });
  view?.addEventListener('resize', place, { passive: true });
  update();

  return {
    button,
    update,
    detach() {
      composer.removeEventListener('keydown', shortcut);
      composer.removeEventListener('input', update);
      composer.removeEventListener('keyup', update);
      composer.removeEventListener('focus', update);
      view?.removeEventListener('scroll', place, { capture: true });
      view?.removeEventListener('resize', place);
      button.remove();
    },
  };
}
