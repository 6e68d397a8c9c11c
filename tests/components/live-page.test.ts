import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sameComment, type CommentSnapshot } from '@/rules/snapshot';
import type { PageContext } from '@/utils/messaging';
import type { Adapter, AdapterResult } from '@/utils/page/adapter';
import type { SiteAddresses, SiteExpanderLabels } from '@/utils/page/run-content-script';
import { opensOver as xOpensOver, threadOf as xThreadOf } from '@/entrypoints/x.content/urls';
import type { PageReport } from '@/utils/report';
import { ReportAssembler, type ReportPart } from '@/utils/report-delta';
import { analyzeTexts } from '@/entrypoints/background/analyze-texts';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';

// The content script's life on a live page, in jsdom: a small adapter reads <article> comments, the
// background is played by the test (it answers as the real one does), and the page changes under it.

type Handler = (message: { data: unknown }) => unknown;
const background = new Map<string, (data: unknown) => unknown>();
const listeners = new Map<string, Handler>();
/** How many copies of the script answer each message (the background takes the first answer). */
const answering = new Map<string, number>();

vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => {
    const answer = background.get(type);
    if (!answer) throw new Error(`Could not establish connection: ${type}`);
    return answer(data);
  },
  onMessage: (type: string, handler: Handler) => {
    listeners.set(type, handler);
    answering.set(type, (answering.get(type) ?? 0) + 1);
    return () => {
      if (listeners.get(type) === handler) listeners.delete(type);
      answering.set(type, answering.get(type)! - 1);
    };
  },
}));

// jsdom cannot make a trusted event: here an event is the editor's unless the test says a page's script sent it.
vi.mock('@/utils/page/user-input', () => ({ byTheUser: (event: Event) => !(event as Event & { byPageScript?: boolean }).byPageScript }));

const { runContentScript } = await import('@/utils/page/run-content-script');

const ACCOUNT = { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://x.com/sjovikskommun' };

/** The managed account's page: who "us" is, the editor's settings as the background gives them. */
let pageContext: PageContext;
/** The newest report the background took, put together from its parts as the background does. */
let report: PageReport | null;
let contexts: FakeContext[];

/** WXT's context as the script sees it: it notices that the extension was reloaded when asked whether it is valid. */
class FakeContext {
  /** The extension was reloaded or removed (browser.runtime.id is gone). */
  runtimeGone = false;
  private invalidated: Array<() => void> = [];
  private controller = new AbortController();
  get isValid(): boolean {
    if (this.runtimeGone && !this.controller.signal.aborted) this.invalidate();
    return !this.controller.signal.aborted;
  }
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
    target.addEventListener(type === 'wxt:locationchange' ? 'test:locationchange' : type, handler, { ...options, signal: this.controller.signal });
  }
  onInvalidated(cb: () => void) {
    this.invalidated.push(cb);
    return () => undefined;
  }
  invalidate() {
    this.controller.abort();
    for (const cb of this.invalidated) cb();
  }
}

/** A comment as the site draws it. */
function comment(id: string, author: string, text: string, parent?: string): string {
  return `<article data-comment="${id}" data-author="${author}"${parent ? ` data-parent="${parent}"` : ''}><p class="text">${text}</p></article>`;
}

/** What was read of each element last time: a comment that says the same keeps its object, as the real adapters' do. */
let given = new WeakMap<Element, CommentSnapshot>();

function readPage(doc: Document, url: string, now: Date): AdapterResult {
  const elements = new Map<string, Element>();
  const comments: CommentSnapshot[] = [];
  for (const article of doc.querySelectorAll('article[data-comment]')) {
    const id = article.getAttribute('data-comment')!;
    const handle = article.getAttribute('data-author')!;
    elements.set(id, article);
    const read: CommentSnapshot = {
      id, parentId: article.getAttribute('data-parent'), author: { name: handle, handle, url: `https://x.com/${handle}` },
      text: article.querySelector('.text')?.textContent ?? '', truncated: false, postedAt: new Date(now.getTime() - 3600_000).toISOString(),
      edited: false, hiddenReplies: false, permalink: null,
    };
    const before = given.get(article);
    const same = before && sameComment(before, { ...read, postedAt: before.postedAt }) ? before : read;
    given.set(article, same);
    comments.push(same);
  }
  return {
    snapshot: {
      platform: 'x', pageKind: 'status', url, capturedAt: now.toISOString(), pageOwner: ACCOUNT, signedIn: null,
      post: { id: 'post', author: ACCOUNT, text: 'Inlägget', postedAt: null, permalink: null }, comments, profileText: null,
      recentPostTimes: [], uiLanguage: 'sv', misses: [],
    },
    elements,
    composer: doc.querySelector('[contenteditable="true"]'),
    replyBoxes: [...doc.querySelectorAll('[contenteditable="true"]')],
  };
}

/** X's addresses as its content script gives them. */
const X_ADDRESSES: SiteAddresses = { threadOf: xThreadOf, opensOver: xOpensOver };

const noExpanders: SiteExpanderLabels = { isRepliesButton: () => false, isMoreCommentsButton: () => false, isSeeMoreButton: () => false };

function start(expanders = noExpanders, adapter: Adapter = readPage, addresses?: SiteAddresses): FakeContext {
  const ctx = new FakeContext();
  contexts.push(ctx);
  runContentScript(ctx as unknown as ContentScriptContext, 'x', adapter, expanders, addresses);
  return ctx;
}

/** Another copy of the script started in the page: as WXT's context does, the copies before it are told to stop. */
function startAgain(): FakeContext {
  for (const ctx of contexts) if (ctx.isValid) ctx.invalidate();
  return start();
}

/** The page's marks as the GUIDE's contract gives them: comment id → status. */
const marks = () => Object.fromEntries([...document.querySelectorAll('[data-uppsikt-status]')]
  .map((el) => [el.getAttribute('data-comment'), el.getAttribute('data-uppsikt-status')]));
const overlayRoot = () => document.querySelector('uppsikt-overlay')?.shadowRoot ?? null;
/** The comments whose badges show on screen, and the evidence words boxed, as the editor sees them. */
const drawn = () => {
  const shown = (selector: string) => [...overlayRoot()?.querySelectorAll<HTMLElement>(selector) ?? []].filter((el) => el.style.display !== 'none');
  return { badges: shown('button.badge').map((b) => b.dataset.commentId), outlines: shown('.outline').length };
};
const reported = () => report && { url: report.url, items: report.items.map((item) => [item.commentId, item.status]) };

/** Lets the scans run (a timer, an idle callback, slices and messages) until the page has settled. */
async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await vi.advanceTimersByTimeAsync(500);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  vi.setSystemTime(new Date('2026-11-04T10:00:00+01:00')); // a Wednesday, in office hours
  Object.assign(globalThis, {
    requestIdleCallback: (run: () => void) => setTimeout(run, 1),
    cancelIdleCallback: (id: number) => clearTimeout(id),
    requestAnimationFrame: (run: () => void) => setTimeout(run, 16),
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  });
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList; // words are not laid out in jsdom
  HTMLElement.prototype.scrollIntoView = () => undefined;
  // Each comment on screen, one under the other.
  HTMLElement.prototype.getBoundingClientRect = function rect(this: HTMLElement) {
    const at = this.isConnected ? [...document.querySelectorAll('article')].indexOf(this) : -1;
    const box = at < 0 ? { left: 0, top: 0, width: 0, height: 0 } : { left: 20, top: 100 + at * 120, width: 600, height: 100 };
    return { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box } as DOMRect;
  };
  history.replaceState({}, '', '/sjovikskommun/status/1');
  document.body.innerHTML = [
    comment('1', 'anna', 'När öppnar simhallen igen?'),
    comment('2', 'sjovikskommun', 'På måndag!', '1'),
    comment('3', 'bertil', 'Varför är vägen inte plogad?'),
  ].join('');
  pageContext = {
    account: ACCOUNT, accountSource: 'register', highlight: true, presetId: 'stockholm', actionOverrides: {}, responseHours: 24,
    office: DEFAULT_OFFICE_HOURS, holidays: [], ignored: [], handled: [], movedToCase: [], own: { emails: [], phones: [], addresses: [], websites: [] },
    language: 'sv', signature: null,
  };
  report = null;
  given = new WeakMap();
  contexts = [];
  const assembler = new ReportAssembler();
  background.clear();
  listeners.clear();
  answering.clear();
  background.set('getPageContext', () => pageContext);
  background.set('analyzeTexts', (data) => analyzeTexts(data, { emails: [], phones: [], addresses: [], websites: [] }));
  background.set('logAction', () => ({ ok: true }));
  background.set('reportPage', (part) => {
    const delta = assembler.add(1, part as ReportPart);
    if (delta) {
      const whole = assembler.apply(1, delta);
      if (!whole) return { ok: true, needsAction: null, needsWhole: true };
      report = whole;
    }
    return { ok: true, needsAction: null };
  });
});

afterEach(() => {
  for (const ctx of contexts) if (ctx.isValid) ctx.invalidate();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('a live page', () => {
  it('marks the comments and reports them (the harness itself)', async () => {
    start();
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [['3', 'unanswered']] });
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
  });
});

describe('a page the editor comes back to', () => {
  it('through the back-forward cache from another site, reports itself again though nothing on it changed', async () => {
    start();
    await settle();
    const before = reported();
    // The tab went to another site: the background forgot the page's report (page-reports' forgetReportOfPageLeft).
    const forgetful = new ReportAssembler();
    report = null;
    background.set('reportPage', (part) => {
      const delta = forgetful.add(1, part as ReportPart);
      const whole = delta && forgetful.apply(1, delta);
      if (delta && !whole) return { ok: true, needsAction: null, needsWhole: true };
      if (whole) report = whole;
      return { ok: true, needsAction: null };
    });
    // Back: the page is shown again as it was left, script and all.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await settle();
    expect(reported()).toEqual(before);
  });

  it('shown anew (not from the cache) is no reason to report again', async () => {
    start();
    await settle();
    let parts = 0;
    const take = background.get('reportPage')!;
    background.set('reportPage', (part) => {
      parts++;
      return take(part);
    });
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    await settle();
    expect(parts).toBe(0);
  });
});

describe('a scan that fails', () => {
  it('one that throws while marking or drawing leaves nothing undone for the scans after it', async () => {
    // Comment 3's mark cannot be written once.
    const third = document.querySelector('[data-comment="3"]')!;
    third.setAttribute = () => {
      delete (third as Partial<Element>).setAttribute;
      throw new Error('setAttribute failed');
    };
    start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(marks()).toEqual({ 1: 'answered', 2: 'own' }); // the first scan stopped there
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Och cykelbanan?'));
    await settle();
    document.body.insertAdjacentHTML('beforeend', comment('5', 'david', 'Och parken?'));
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered', 4: 'unanswered', 5: 'unanswered' });
    expect(drawn()).toEqual({ badges: ['3', '4', '5'], outlines: 3 });
  });


  it('says the page was not recognised when its reader fails, keeps the marks it had, and reads the page again later', async () => {
    let fails = false;
    const flaky: Adapter = (doc, url, now) => {
      if (fails) throw new TypeError("Cannot read properties of null (reading 'textContent')");
      return readPage(doc, url, now);
    };
    start(noExpanders, flaky);
    await settle();
    fails = true;
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Och cykelbanan?'));
    await settle();
    await settle(); // a part not recognised is said once it has lasted 5 s (the sites draw late)
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(report?.misses).toEqual([{ part: 'page', detail: expect.stringContaining("reading 'textContent'") }]);
    expect(report?.misses[0].detail).not.toMatch(/more like it/); // read again and failing again: one note, not one per try
    expect(reported()?.items).toEqual([['3', 'unanswered']]);
    // The site's page is read again without any change to it, and reads now.
    fails = false;
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered', 4: 'unanswered' });
    expect(report?.misses).toEqual([]);
  });

  it('marks and reports the page when the background cannot analyse its texts, and flags them once it can', async () => {
    // The worker stopped mid-answer, or the rules threw on one comment: the message is rejected.
    background.set('analyzeTexts', () => { throw new Error('The message port closed before a response was received.'); });
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Mitt personnummer är 19811218-9876, ring mig.'));
    start();
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered', 4: 'unanswered' });
    expect(reported()?.items).toEqual([['3', 'unanswered'], ['4', 'unanswered']]);
    // The page does not change, yet once the background answers again, the personnummer is flagged.
    background.set('analyzeTexts', (data) => analyzeTexts(data, { emails: [], phones: [], addresses: [], websites: [] }));
    await settle();
    expect(document.querySelector('[data-comment="4"]')!.getAttribute('data-uppsikt-categories')).not.toBe('');
    expect(report?.items.find((item) => item.commentId === '4')?.categories.length).toBeGreaterThan(0);
  });
});

describe('the settings changed while the page is open', () => {
  /** The "Lägg till signatur" button by the reply box, as the editor sees it: its name, or null when it does not show. */
  const signatureButton = () => {
    const button = overlayRoot()?.querySelector<HTMLButtonElement>('button.uppsikt-signature-hint');
    return button && !button.hidden ? button.getAttribute('aria-label') : null;
  };
  const settingsSaved = async () => {
    await listeners.get('refreshPage')!({ data: { reanalyse: true } });
    await settle();
  };

  it('the signature button by the reply box inserts the signature as it is now, in the language as it is now, and goes when none applies', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true">Hej! Simhallen öppnar på måndag.</div>');
    pageContext = { ...pageContext, signature: '/Anna' };
    start();
    await settle();
    expect(signatureButton()).toBe('Lägg till signatur: /Anna');
    pageContext = { ...pageContext, signature: '/Anna Berg, kommunikatör', language: 'en' };
    await settingsSaved();
    expect(signatureButton()).toBe('Add signature: /Anna Berg, kommunikatör');
    pageContext = { ...pageContext, signature: null };
    await settingsSaved();
    expect(signatureButton()).toBeNull();
  });
});

describe('a reply to a comment, written in a box of its own', () => {
  it('gets the signature button as soon as the editor writes in it, and the box under the post gets it back once it is closed', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" class="main">Hej alla!</div><div contenteditable="true" class="reply">Hej Bertil! Vägen plogas i kväll.</div>');
    pageContext = { ...pageContext, signature: '/Anna' };
    start();
    await settle();
    const reply = document.querySelector<HTMLElement>('.reply')!;
    reply.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    // At once: a read of a long thread takes seconds, and she is writing now.
    overlayRoot()!.querySelector<HTMLButtonElement>('button.uppsikt-signature-hint')!.click();
    expect(reply.textContent).toBe('Hej Bertil! Vägen plogas i kväll. /Anna');
    expect(document.querySelector('.main')!.textContent).toBe('Hej alla!');
    await settle(); // the next read keeps it with the box she writes in
    reply.remove();
    await settle();
    overlayRoot()!.querySelector<HTMLButtonElement>('button.uppsikt-signature-hint')!.click();
    expect(document.querySelector('.main')!.textContent).toBe('Hej alla! /Anna');
  });
});

describe('marking turned off for the site while the page is open', () => {
  it('is heeded though the page was still asking for the settings as they were when it was turned off', async () => {
    let answerLate: (() => void) | null = null;
    background.set('getPageContext', () => {
      const asked = pageContext; // the settings as the background read them
      return new Promise((resolve) => { answerLate = () => resolve(asked); });
    });
    start();
    await vi.advanceTimersByTimeAsync(100); // the page asks; the background is slow to answer
    pageContext = { ...pageContext, highlight: false };
    background.set('getPageContext', () => pageContext);
    await listeners.get('refreshPage')!({ data: { reanalyse: true } });
    answerLate!(); // the answer to the question asked before the settings changed
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(drawn()).toEqual({ badges: [], outlines: 0 });
  });


  it('takes every badge and outline away at once, keeps reading and reporting, and draws them again when turned back on', async () => {
    start();
    await settle();
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
    pageContext = { ...pageContext, highlight: false };
    await listeners.get('refreshPage')!({ data: { reanalyse: true } });
    await settle();
    expect(drawn()).toEqual({ badges: [], outlines: 0 });
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Och cykelbanan?'));
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered', 4: 'unanswered' });
    expect(reported()?.items).toEqual([['3', 'unanswered'], ['4', 'unanswered']]);
    expect(drawn()).toEqual({ badges: [], outlines: 0 });
    pageContext = { ...pageContext, highlight: true };
    await listeners.get('refreshPage')!({ data: { reanalyse: true } });
    await settle();
    expect(drawn()).toEqual({ badges: ['3', '4'], outlines: 2 });
  });
});

describe('a background not there yet', () => {
  it('at browser start ("Receiving end does not exist") the page keeps its script, and is judged with the editor\'s settings and reported once the background answers', async () => {
    const answers = new Map(background);
    const notThere = () => { throw new Error('Could not establish connection. Receiving end does not exist.'); };
    for (const type of answers.keys()) background.set(type, notThere);
    pageContext = { ...pageContext, handled: ['x:3'] }; // the editor answered comment 3 elsewhere
    start();
    await settle();
    expect(report).toBeNull();
    for (const [type, answer] of answers) background.set(type, answer);
    for (let i = 0; i < 4; i++) await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'answered' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [] });
  });

  it('a page judged without the editor\'s settings (the background did not answer) is judged with them once it does, though the page did not change', async () => {
    let asked = 0;
    background.set('getPageContext', () => {
      if (asked++ === 0) throw new Error('The message port closed before a response was received.');
      return pageContext;
    });
    pageContext = { ...pageContext, handled: ['x:3'] };
    start();
    await settle();
    for (let i = 0; i < 2; i++) await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'answered' });
    expect(reported()?.items).toEqual([]);
  });

  it('an orphan of a reloaded extension on a page that does not change takes what it drew away when the editor comes back to the tab or touches the page', async () => {
    for (const touch of [() => document.dispatchEvent(new Event('visibilitychange')), () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))]) {
      const ctx = start();
      await settle();
      expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
      ctx.runtimeGone = true; // updated in the background while the page sat still: its stale badges stayed
      touch();
      expect(marks()).toEqual({});
      expect(overlayRoot()).toBeNull();
    }
  });

  it('an orphan of a reloaded extension takes everything it drew away and goes quiet', async () => {
    const ctx = start();
    await settle();
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
    ctx.runtimeGone = true; // the extension was reloaded: messages fail, and the context says so when asked
    for (const type of background.keys()) background.set(type, () => { throw new Error('Extension context invalidated.'); });
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Och cykelbanan?'));
    await settle();
    expect(marks()).toEqual({});
    expect(overlayRoot()).toBeNull();
  });
});

/**
 * The site going to another address as the Navigation API tells it (WXT's event with the new
 * address): the event first, then the address and the page change; without `comments` the page stays.
 */
function navigate(path: string, comments?: string[]): void {
  dispatchEvent(Object.assign(new Event('test:locationchange'), { newUrl: new URL(path, location.href), oldUrl: new URL(location.href) }));
  history.pushState({}, '', path);
  if (comments) document.body.innerHTML = comments.join('');
}

describe('a navigation without reload', () => {
  const nextPage = [comment('7', 'erik', 'Var kan jag parkera?'), comment('8', 'sjovikskommun', 'Vid stationen.', '7'), comment('9', 'fia', 'Tack för svaret!')];

  it('takes the old page\'s marks and badges away, marks the new page and reports it alone', async () => {
    start();
    await settle();
    navigate('/sjovikskommun/status/2', nextPage);
    await settle();
    expect(marks()).toEqual({ 7: 'answered', 8: 'own', 9: 'unanswered' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/2', items: [['9', 'unanswered']] });
    expect(drawn()).toEqual({ badges: ['9'], outlines: 1 });
  });

  it('takes the signature button away with the reply box it was for, at once', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true">Hej! Simhallen öppnar på måndag.</div>');
    pageContext = { ...pageContext, signature: '/Anna' };
    start();
    await settle();
    const button = () => overlayRoot()!.querySelector<HTMLButtonElement>('button.uppsikt-signature-hint');
    expect(button()?.hidden).toBe(false);
    navigate('/sjovikskommun/status/2', nextPage);
    // Until the new page was read (seconds on a long thread) it stood over the new page, for a reply box no longer there.
    expect(button()).toBeNull();
  });

  it('reports the new page, not the old one, when the site navigates while a scan is waiting for the background', async () => {
    let answerLate: () => void = () => undefined;
    const analyse = background.get('analyzeTexts')!;
    background.set('analyzeTexts', (data) => new Promise((resolve) => { answerLate = () => resolve(analyse(data)); }));
    start();
    await vi.advanceTimersByTimeAsync(300);
    navigate('/sjovikskommun/status/2', nextPage);
    background.set('analyzeTexts', analyse);
    answerLate();
    await settle();
    expect(marks()).toEqual({ 7: 'answered', 8: 'own', 9: 'unanswered' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/2', items: [['9', 'unanswered']] });
    expect(drawn()).toEqual({ badges: ['9'], outlines: 1 });
  });
});

describe('a navigation that keeps the thread on the page', () => {
  const badge = (id: string) => overlayRoot()?.querySelector(`button.badge[data-comment-id="${id}"]`);

  it('X\'s photo viewer opened over the status keeps every mark and badge where it was, and the report stays the status\'s', async () => {
    start(noExpanders, readPage, X_ADDRESSES);
    await settle();
    const shown = badge('3');
    navigate('/sjovikskommun/status/1/photo/1');
    // Wiped and redrawn, the badges flickered and the editor lost her place.
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
    await settle();
    expect(badge('3')).toBe(shown);
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [['3', 'unanswered']] });
    navigate('/sjovikskommun/status/1');
    expect(badge('3')).toBe(shown);
  });

  it('X\'s photo viewer opened from the timeline keeps the timeline read as the timeline, not as the photo\'s status', async () => {
    history.replaceState({}, '', '/home');
    start(noExpanders, readPage, X_ADDRESSES);
    await settle();
    const shown = badge('3');
    navigate('/bertil/status/3/photo/1');
    await settle();
    // Read at the photo's address, the timeline under the viewer was taken for that status's replies.
    expect(badge('3')).toBe(shown);
    expect(reported()).toEqual({ url: 'http://localhost:3000/home', items: [['3', 'unanswered']] });
  });

  it('a comment added while the viewer is open is marked and reported, and going on to another status still clears the page at once', async () => {
    start(noExpanders, readPage, X_ADDRESSES);
    await settle();
    navigate('/sjovikskommun/status/1/photo/1');
    document.body.insertAdjacentHTML('beforeend', comment('4', 'cecilia', 'Och cykelbanan?'));
    await settle();
    expect(drawn()).toEqual({ badges: ['3', '4'], outlines: 2 });
    navigate('/sjovikskommun/status/2', [comment('7', 'erik', 'Var kan jag parkera?')]);
    expect(drawn()).toEqual({ badges: [], outlines: 0 });
    await settle();
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/2', items: [['7', 'unanswered']] });
  });
  it('X\'s reply box opened over the status keeps its marks, badges and list, read on at the status\'s address, and so do closing it and a reply sent from it', async () => {
    start(noExpanders, readPage, X_ADDRESSES);
    await settle();
    const shown = badge('3');
    navigate('/compose/post');
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true"><div contenteditable="true">Hej Cecilia!</div></div>');
    await settle();
    // Read at /compose/post, the thread under the box was a page of no comments: its badges went while the editor wrote.
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(badge('3')).toBe(shown);
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [['3', 'unanswered']] });
    // Sent: X closes the box, goes back to the status, and shows the reply in the thread.
    document.querySelector('[role="dialog"]')!.remove();
    navigate('/sjovikskommun/status/1');
    expect(badge('3')).toBe(shown);
    document.body.insertAdjacentHTML('beforeend', comment('5', 'sjovikskommun', 'Hej Cecilia! Den öppnar i maj. /Anna, kommunikatör', '3'));
    await settle();
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'answered', 5: 'own' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [] });
  });

  it('a reply box opened on a page of its own (its address loaded directly) is read as that page, and leaving it for a status reads the status', async () => {
    history.replaceState({}, '', '/compose/post');
    start(noExpanders, readPage, X_ADDRESSES);
    await settle();
    expect(reported()?.url).toBe('http://localhost:3000/compose/post');
    navigate('/sjovikskommun/status/2', [comment('7', 'erik', 'Var kan jag parkera?')]);
    await settle();
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/2', items: [['7', 'unanswered']] });
  });

  it('a reader that fails after the photo viewer opened keeps the marks, badges and list of the thread still on the page', async () => {
    let fails = false;
    const flaky: Adapter = (doc, url, now) => {
      if (fails) throw new TypeError("Cannot read properties of null (reading 'textContent')");
      return readPage(doc, url, now);
    };
    start(noExpanders, flaky, X_ADDRESSES);
    await settle();
    fails = true;
    navigate('/sjovikskommun/status/1/photo/1');
    await settle();
    await settle(); // a part not recognised is said once it has lasted 5 s
    // The comments are where they were: the editor is told the page was not recognised, not shown an empty list.
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [['3', 'unanswered']] });
    expect(report?.misses).toEqual([{ part: 'page', detail: expect.stringContaining("reading 'textContent'") }]);
  });
});

describe('the script started twice in one page (the extension installed or updated while the page loads)', () => {
  it('runs one scanner: the copy that gave way while the background answered it draws, marks and answers nothing more', async () => {
    let release: () => void = () => undefined;
    const take = background.get('reportPage')!;
    background.set('reportPage', (part) => new Promise((resolve) => { release = () => resolve(take(part)); }));
    start();
    await vi.advanceTimersByTimeAsync(2000); // read, marked, and waiting for the background to take its report
    background.set('reportPage', take);
    startAgain();
    release();
    await settle();
    expect(document.querySelectorAll('uppsikt-overlay')).toHaveLength(1);
    expect(drawn()).toEqual({ badges: ['3'], outlines: 1 });
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(reported()).toEqual({ url: 'http://localhost:3000/sjovikskommun/status/1', items: [['3', 'unanswered']] });
    expect(answering.get('prepareCapture')).toBe(1);
  });
});

describe('comments the site changes', () => {
  const categories = (id: string) => document.querySelector(`[data-comment="${id}"]`)!.getAttribute('data-uppsikt-categories');

  it('a comment the site removes takes its badge and outline with it, and leaves the report', async () => {
    start();
    await settle();
    document.querySelector('[data-comment="3"]')!.remove();
    await settle();
    expect(reported()?.items).toEqual([]);
    expect(drawn()).toEqual({ badges: [], outlines: 0 });
  });

  it('a comment whose text changes in place is judged by its new text: flagged when "Visa mer" shows a personnummer, no longer when edited away', async () => {
    start();
    await settle();
    const question = categories('3');
    const item = () => report?.items.find((i) => i.commentId === '3')?.categories;
    const asked = item();
    expect(question).toBe('needs-reply');
    document.querySelector('[data-comment="3"] .text')!.append(' Mitt personnummer är 19811218-9876.');
    await settle();
    expect(categories('3')).not.toBe(question);
    expect(item()).not.toEqual(asked);
    document.querySelector('[data-comment="3"] .text')!.textContent = 'Varför är vägen inte plogad?';
    await settle();
    expect([categories('3'), item()]).toEqual([question, asked]);
  });
});

describe('the site\'s buttons clicked for the editor', () => {
  const moreReplies = (id: string) => `<div role="button" data-button="${id}">Visa fler svar</div>`;
  const expanders = { ...noExpanders, isRepliesButton: (text: string) => text === 'Visa fler svar', isSeeMoreButton: (text: string) => text === 'Visa mer' };

  it('stop when the editor goes to another page meanwhile: nothing is clicked or scrolled to on the new page', async () => {
    document.body.insertAdjacentHTML('beforeend', [1, 2, 3].map((k) => moreReplies(`old-${k}`)).join(''));
    const clicked: string[] = [];
    document.addEventListener('click', (event) => clicked.push((event.target as HTMLElement).dataset.button ?? ''));
    const scrolled: string[] = [];
    HTMLElement.prototype.scrollIntoView = function scroll(this: HTMLElement) { scrolled.push(this.dataset.button ?? this.dataset.comment ?? ''); };
    start(expanders);
    await settle();
    const outcome = listeners.get('expandReplies')!({ data: undefined }) as Promise<{ ok: boolean; clicked: number }>;
    await vi.advanceTimersByTimeAsync(1500); // the first button is clicked, the page waited for
    navigate('/sjovikskommun/status/2', [comment('7', 'erik', 'Var kan jag parkera?'), moreReplies('new-1'), moreReplies('new-2')]);
    for (let i = 0; i < 20; i++) await settle();
    expect(clicked.filter((id) => id.startsWith('new'))).toEqual([]);
    expect(scrolled.filter((id) => id.startsWith('new'))).toEqual([]);
    expect((await outcome).ok).toBe(true);
  });
});

describe('back to a page read before', () => {
  it('does not send its comments for analysis again: their findings are kept while their texts are the same', async () => {
    const analysed: string[] = [];
    const analyse = background.get('analyzeTexts')!;
    background.set('analyzeTexts', (data) => {
      analysed.push(...(data as { texts: Array<{ id: string }> }).texts.map((t) => t.id));
      return analyse(data);
    });
    const firstPage = document.body.innerHTML;
    start();
    await settle();
    navigate('/sjovikskommun/status/2', [comment('7', 'erik', 'Var kan jag parkera?')]);
    await settle();
    navigate('/sjovikskommun/status/1', [firstPage]);
    await settle();
    expect(analysed).toEqual(['1', '2', '3', '7']);
    expect(marks()).toEqual({ 1: 'answered', 2: 'own', 3: 'unanswered' });
    expect(reported()?.items).toEqual([['3', 'unanswered']]);
  });
});

describe('documenting from the page itself (context menu, Alt+Shift+D)', () => {
  type Captured = { ok: true; captured: { comment: { id: string } } } | { ok: false; reason: string };
  const prepare = async () => {
    const answer = listeners.get('prepareCapture')!({ data: null }) as Promise<Captured>;
    await settle();
    const result = await answer;
    return result.ok ? result.captured.comment.id : result.reason;
  };
  const badge = (id: string) => overlayRoot()!.querySelector<HTMLElement>(`button.badge[data-comment-id="${id}"]`)!;

  it('documents the comment right-clicked, or whose badge was right-clicked or reached with the keyboard', async () => {
    start();
    await settle();
    document.querySelector('[data-comment="1"] .text')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    expect(await prepare()).toBe('1');
    // The badge sits on the comment: right-clicked, or focused with Tab before the shortcut, it stands for its comment.
    badge('3').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    expect(await prepare()).toBe('3');
    document.querySelector('[data-comment="1"] .text')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    badge('3').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(await prepare()).toBe('3');
  });

  it('keeps the comment the editor right-clicked when the page\'s script focuses another (the browser calls such a focus trusted)', async () => {
    start();
    await settle();
    document.querySelector('[data-comment="1"] .text')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    // element.focus() from the page: a trusted focusin, with no key pressed before it.
    document.querySelector('[data-comment="3"] .text')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    badge('3').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(await prepare()).toBe('1');
    // One focus per key: a second one, after the editor's Tab took her to comment 3's badge, is the page's again.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    badge('3').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    document.querySelector('[data-comment="1"] .text')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(await prepare()).toBe('3');
  });

  it('keeps the comment the editor right-clicked when the page\'s own script then focuses another', async () => {
    start();
    await settle();
    document.querySelector('[data-comment="1"] .text')!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    const byPage = Object.assign(new FocusEvent('focusin', { bubbles: true, composed: true }), { byPageScript: true });
    document.querySelector('[data-comment="3"] .text')!.dispatchEvent(byPage);
    expect(await prepare()).toBe('1');
  });
});
