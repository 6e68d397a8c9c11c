// @vitest-environment jsdom
// The in-page "Lägg till signatur" button: shown for unsigned text, inserts at the end, never sends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset } from '@/rules/presets';
import { isSigned } from '@/rules/signature';
import { attachSignatureHint } from '@/utils/page/signature-hint';

const signature = '/Anna, kommunikatör';
const signed = (text: string) => isSigned(text, getPreset('helsingborg'));

function typeInto(field: HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => { document.body.replaceChildren(); });

describe('textarea composer', () => {
  function setup() {
    const form = document.createElement('form');
    const textarea = document.createElement('textarea');
    form.append(textarea);
    const layer = document.createElement('div');
    document.body.append(form, layer);
    const submitted = vi.fn((e: Event) => e.preventDefault());
    const keys = vi.fn();
    form.addEventListener('submit', submitted);
    textarea.addEventListener('keydown', keys);
    const hint = attachSignatureHint(textarea, signature, signed, layer);
    return { textarea, layer, hint, submitted, keys };
  }

  it('speaks the editor’s language', () => {
    const textarea = document.createElement('textarea');
    const layer = document.createElement('div');
    document.body.append(textarea, layer);
    const hint = attachSignatureHint(textarea, signature, signed, layer, 'en');
    expect([hint.button.textContent, hint.button.title, hint.button.getAttribute('aria-label')])
      .toEqual(['Add signature', 'Add /Anna, kommunikatör at the end of the reply (Alt+Shift+S in the reply box)', 'Add signature: /Anna, kommunikatör']);
  });

  it('signs the reply with Alt+Shift+S in the reply box (the button is far away in the keyboard order), once, and only that', () => {
    const { textarea, hint, submitted } = setup();
    const form = textarea.form!;
    const siteShortcut = vi.fn();
    form.addEventListener('keydown', siteShortcut);
    const press = (init: KeyboardEventInit) => textarea.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    expect(press({ altKey: true, shiftKey: true, code: 'KeyS', key: 'Í' })).toBe(true); // nothing to sign yet: the keys are the site's
    typeInto(textarea, 'Tack för frågan!');
    expect(press({ altKey: true, code: 'KeyS', key: 'ß' })).toBe(true); // Alt+S alone is not it
    expect(textarea.value).toBe('Tack för frågan!');
    expect(press({ altKey: true, shiftKey: true, code: 'KeyS', key: 'Í' })).toBe(false); // taken: no character typed
    expect(textarea.value).toBe('Tack för frågan! /Anna, kommunikatör');
    expect(hint.button.hidden).toBe(true);
    press({ altKey: true, shiftKey: true, code: 'KeyS', key: 'Í' });
    expect(textarea.value).toBe('Tack för frågan! /Anna, kommunikatör');
    expect(siteShortcut).toHaveBeenCalledTimes(3); // the site saw only the presses that were not the signature
    expect(submitted).not.toHaveBeenCalled();
    expect(hint.button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+S');
  });

  it('shows the button only while the text is unsigned', () => {
    const { textarea, hint, layer } = setup();
    expect(layer.contains(hint.button)).toBe(true);
    expect(hint.button.hidden).toBe(true);
    typeInto(textarea, 'Tack för frågan!');
    expect(hint.button.hidden).toBe(false);
    expect(hint.button.textContent).toBe('Lägg till signatur');
    typeInto(textarea, 'Tack för frågan! /Johan, webbredaktör');
    expect(hint.button.hidden).toBe(true);
  });

  it('appends the signature, tells the page with an input event, and never submits', () => {
    const { textarea, hint, submitted, keys } = setup();
    typeInto(textarea, 'Tack för frågan!');
    const seen: string[] = [];
    textarea.addEventListener('input', () => seen.push(textarea.value));
    hint.button.click();
    expect(textarea.value).toBe('Tack för frågan! /Anna, kommunikatör');
    expect(seen).toEqual(['Tack för frågan! /Anna, kommunikatör']);
    expect(hint.button.hidden).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
  });

  it('adds no extra space after a trailing newline, and nothing to an already signed text', () => {
    const { textarea, hint } = setup();
    typeInto(textarea, 'Hej!\n');
    hint.button.click();
    expect(textarea.value).toBe('Hej!\n/Anna, kommunikatör');
    hint.button.click();
    expect(textarea.value).toBe('Hej!\n/Anna, kommunikatör');
  });

  it('sits just below the composer\'s right edge, or above it at the bottom of the window', () => {
    const { textarea, hint } = setup();
    const box = (top: number) => ({ top, bottom: top + 40, left: 100, right: 400, width: 300, height: 40, x: 100, y: top, toJSON: () => ({}) });
    textarea.getBoundingClientRect = () => box(200);
    typeInto(textarea, 'Hej');
    expect(hint.button.style.position).toBe('fixed');
    expect(hint.button.style.top).toBe('244px');
    expect(hint.button.style.left).toBe('280px');
    textarea.getBoundingClientRect = () => box(window.innerHeight - 40);
    hint.update();
    expect(hint.button.style.top).toBe(`${window.innerHeight - 40 - 22 - 4}px`);
  });

  it('detach removes the button and stops listening', () => {
    const { textarea, hint, layer } = setup();
    hint.detach();
    expect(layer.contains(hint.button)).toBe(false);
    typeInto(textarea, 'Hej');
    expect(hint.button.hidden).toBe(true);
  });
});

describe('contenteditable composer', () => {
  function setup(html: string) {
    const composer = document.createElement('div');
    composer.contentEditable = 'true';
    composer.setAttribute('role', 'textbox');
    composer.innerHTML = html;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(composer, host);
    const hint = attachSignatureHint(composer, signature, signed, shadow);
    return { composer, shadow, hint };
  }

  it('puts the button in the shadow root and inserts inside the last paragraph with a Range when insertText is unavailable', () => {
    const { composer, shadow, hint } = setup('<p>Hej Karin!</p><p>Vi plogar i dag.</p>');
    expect(shadow.contains(hint.button)).toBe(true);
    expect(hint.button.hidden).toBe(false);
    const inputs: Array<string | null> = [];
    composer.addEventListener('input', (e) => inputs.push((e as InputEvent).data));
    hint.button.click();
    expect(composer.querySelectorAll('p')[1].textContent).toBe('Vi plogar i dag. /Anna, kommunikatör');
    expect(composer.children).toHaveLength(2);
    expect(inputs).toEqual([' /Anna, kommunikatör']);
    expect(hint.button.hidden).toBe(true);
  });

  it('uses document.execCommand("insertText") at the caret placed at the end when the browser supports it', () => {
    const { composer, hint } = setup('<p>Tack!</p>');
    const execCommand = vi.fn((command: string, _ui: boolean, value: string) => {
      // What a browser does: insert at the selection.
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(document.createTextNode(value));
      return command === 'insertText';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      hint.button.click();
    } finally {
      delete (document as unknown as Record<string, unknown>).execCommand;
    }
    expect(execCommand).toHaveBeenCalledWith('insertText', false, ' /Anna, kommunikatör');
    expect(composer.textContent).toBe('Tack! /Anna, kommunikatör');
  });

  it('stays hidden for an empty composer', () => {
    const { hint } = setup('<p><br></p>');
    expect(hint.button.hidden).toBe(true);
  });
});
