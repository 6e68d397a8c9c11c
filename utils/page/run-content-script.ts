import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AuthorRef, Platform } from '@/rules/snapshot';
import { profileKey } from '@/rules/thread-status';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';
import { onMessage, sendMessage, type PageContext } from '@/utils/messaging';
import type { Adapter, AdapterResult } from './adapter';
import type { PageReport, PageWorkItem } from '@/utils/report';
import { BadgeTexts } from './badge-text';
import { markPage, unmarkPage } from './marks';
import { CommentMarks } from './comment-marks';
import { Overlay } from './overlay';
import { AnalysisCache, JudgementMemory, PageJudgement } from './scan';
import { ReadMemo } from './read-memo';
import { SiteDialogs } from './site-dialogs';
import { RUN_SPANS_ATTRIBUTE, StepClock } from './step-clock';
import { TaskSlices } from './task-slices';
import { PageTimers } from './page-timers';
import { ReportSender } from '@/utils/report-delta';
import { evidenceRanges } from './evidence-ranges';
import { expandHidden, expandShortenedTexts, newCommentsShown, type ExpandedOutcome } from './site-expanders';
import { scrollToPlace, scrollTowards, whenFound } from './bring-back';
import { attachSignatureHint, type SignatureHint } from './signature-hint';
import { charactersCut } from './characters-cut';
import { LastingMisses } from './lasting-misses';
import { isSigned } from '@/rules/signature';
import { getPreset } from '@/rules/presets';
import { byTheUser } from './user-input';

const RESCAN_DELAY_MS = 250;
const ANALYSIS_BATCH = 200;
/** The work on a long thread is cut into tasks this long, so the page stays responsive (no long task). */
const READ_SLICE_MS = 10;
/** How long a scan asked for (the page changed) may take to be done. */
const BRING_BACK_MS = 5000;
/** Screens scrolled towards a comment the site moved before giving up (a conversation far longer than this is rare). */
const BRING_BACK_STEPS = 40;
/** After the background could not answer, the page is read again this long after (doubling, up to a minute). */
const RETRY_MS = 2000;
const RETRY_MAX_MS = 60_000;

/** Used until the background answers, or when it cannot: the page's own owner is "us". */
function fallbackContext(owner: AuthorRef | null): PageContext {
  return {
    account: owner, accountSource: owner ? 'page' : 'none', highlight: true, presetId: 'stockholm', actionOverrides: {}, responseHours: 24,
    office: DEFAULT_OFFICE_HOURS, holidays: [], ignored: [], handled: [], movedToCase: [], own: { emails: [], phones: [], addresses: [], websites: [] },
    language: 'sv', signature: null,
  };
}

/**
 * Whether a message failed because this copy of the script is an orphan (the extension was reloaded
 * or removed): the context says so. "Receiving end does not exist" alone is a background not there
 * yet (Firefox at browser start): the script must not go quiet for good on it.
 */
function isContextGone(ctx: ContentScriptContext, error: unknown): boolean {
  return !ctx.isValid || /Extension context invalidated/i.test(String(error));
}

/** How the site's expanders read: "Visa fler svar" (hidden replies), "Visa fler kommentarer", "Visa mer" (a shortened comment). */
export interface SiteExpanderLabels {
  isRepliesButton(text: string): boolean;
  isMoreCommentsButton(text: string): boolean;
  isSeeMoreButton(text: string): boolean;
}

/**
 * Which thread an address shows (a post's or status's key), or null for a page that is no thread:
 * two addresses with the same key show the same comments (X's photo viewer over its status).
 */
export type ThreadOf = (url: string) => string | null;

/** What a platform's addresses say beyond the page's own kind (see ThreadOf). */
export interface SiteAddresses {
  threadOf?: ThreadOf;
  /**
   * Whether the site shows what the address names as a dialog over the page it was opened from
   * (X's reply box, /compose/post): the page under it stays, and is read as at its own address.
   */
  opensOver?: (url: string) => boolean;
}

/**
 * Wiring of a platform's content script: read the page with the adapter, judge it with the rules,
 * mark and badge the comments, report to the background; again on every change and navigation.
 */
export function runContentScript(
  ctx: ContentScriptContext, platform: Platform, readPage: Adapter, expanders: SiteExpanderLabels, addresses: SiteAddresses = {},
): void {
  const { threadOf = () => null, opensOver = () => false } = addresses;
  const cache = new AnalysisCache();
  const memo = new ReadMemo();
  const badgeTexts = new BadgeTexts();
  let judged = new JudgementMemory();
  const sender = new ReportSender();
  const clock = new StepClock(() => document.documentElement.hasAttribute(RUN_SPANS_ATTRIBUTE));
  const uncountSends = clock.countCalls(globalThis.chrome?.runtime, 'sendMessage', 'send');
  let overlay: Overlay | null = null;
  /** This copy gave way (the extension went, or a newer copy took the page) and took what it drew away. */
  let tornDown = false;
  /** Whether the overlay shows the marks' badges (not on a site where marking is off, nor just after a navigation). */
  let badgesShown = false;
  let context: PageContext | null = null;
  let contextKey: string | null = null;
  /** The marks on the comments and the badges wanted over them (an unchanged comment is not marked again). */
  const marks = new CommentMarks();
  let lastScan = 0;
  const layoutMisses = new LastingMisses();
  let recheckPlanned = false;
  let retryMs = RETRY_MS;
  let retryPlanned = false;
  /** How often the background did not answer so far: a scan it answered throughout sets the wait back. */
  let unanswered = 0;
  let timer: number | undefined;
  let lastResult: AdapterResult | null = null;
  let hint: SignatureHint | null = null;
  let hintedComposer: Element | null = null;
  /** The settings the hint was made with: saved anew, they may give another signature, language or policy. */
  let hintedWith = '';
  /** The reply box the editor last wrote in (focused): the hint goes with it while the page shows it, not with the first on the page. */
  let writingIn: Element | null = null;
  /** What the editor last pointed at, right-clicked or focused: the comment a shortcut documents. */
  let pointedAt: EventTarget | null = null;
  /**
   * The address the page is read as: the page's own, but while the site shows a dialog of its own
   * address over it (X's reply box), the page's under it. Read at the dialog's, the thread under it
   * was a page of no comments: its badges went while the editor wrote her reply, and came back only
   * once the whole thread was read again.
   */
  let address = location.href;

  const timers = new PageTimers(ctx);
  const nextTask = () => new Promise<void>((resolve) => timers.setTimeout(() => resolve(), 0));
  /** The scan's steps after reading share each task's time. */
  const slices = new TaskSlices(READ_SLICE_MS, nextTask);

  // The site's dialogs are watched for from the start: the overlay comes with the first badges.
  const siteDialogs = new SiteDialogs();
  siteDialogs.watch();
  const overlayNow = (): Overlay => (overlay ??= new Overlay(clock, evidenceRanges, siteDialogs));

  /**
   * The background's answer, unless this copy gave way while it waited (the extension went, or a newer
   * copy started in the page: the background injects one into tabs open at install or update, which can
   * race the page's own load): then it stops here, and never writes to the page or the overlay again.
   */
  async function answerOf<T>(asked: Promise<T>): Promise<T> {
    const answer = await asked;
    if (!ctx.isValid) throw new Error('Extension context invalidated: a newer copy took the page');
    return answer;
  }

  /** Handles a message from the background while this copy is the page's (a copy that gave way answers nothing). */
  const answerMessage: typeof onMessage = (type, handler) => {
    const stop = onMessage(type, handler);
    ctx.onInvalidated(stop);
    return stop;
  };

  /** Reads the page, only what is new or changed since the last read, in short slices. */
  async function read(): Promise<AdapterResult | null> {
    memo.newScan();
    for (;;) {
      slices.start();
      memo.allow(READ_SLICE_MS);
      let result: AdapterResult;
      try {
        result = clock.run('read', () => readPage(document, address, new Date(), memo));
      } catch (error) {
        // Adapters never throw; if one does, the page says so rather than go quiet, and is read afresh later.
        memo.clear();
        askAgainLater();
        return failedRead(error);
      }
      if (!memo.ranOut) return result;
      await nextTask();
    }
  }

  /** Whether going from `from` to `to` keeps the thread on the page (a viewer or a comment's link opened over it). */
  const sameThread = (from: string, to: string | undefined) => to !== undefined && threadOf(to) !== null && threadOf(to) === threadOf(from);

  /**
   * The page as last read, with what stopped the reader noted as a part not recognised (so the side
   * panel says so once it lasts, and it is logged); nothing read yet of this page: no comments.
   */
  function failedRead(error: unknown): AdapterResult {
    const miss = { part: 'page', detail: `the reader stopped: ${String(error).slice(0, 160)}` };
    // Kept on the same page, and after a navigation that left its thread on it (X's photo viewer): the comments are still there.
    const last = lastResult && (lastResult.snapshot.url === address || sameThread(lastResult.snapshot.url, address)) ? lastResult : null;
    // Failing again: the earlier failure's note is replaced, not added to.
    if (last) {
      const misses = [...last.snapshot.misses.filter((m) => m.part !== miss.part), miss];
      return { ...last, snapshot: { ...last.snapshot, url: address, misses } };
    }
    return {
      snapshot: {
        platform, pageKind: 'unknown', url: address, capturedAt: new Date().toISOString(), pageOwner: null, signedIn: null, post: null,
        comments: [], profileText: null, recentPostTimes: [], uiLanguage: document.documentElement.lang, misses: [miss],
      },
      elements: new Map(),
      composer: null,
    };
  }

  /** Counts the times the context was let go (settings saved, a navigation): an answer asked for before is not kept. */
  let contextDropped = 0;
  const dropContext = () => {
    context = null;
    contextDropped++;
  };

  async function ensureContext(owner: AuthorRef | null): Promise<PageContext> {
    // The owner's name too: X draws a profile's header after its address, and the handle first taken as its name would stay.
    const key = `${address.split(/[?#]/)[0]}|${profileKey(owner?.url) ?? owner?.handle ?? ''}|${owner?.name ?? ''}`;
    if (context && key === contextKey) return context;
    const asked = contextDropped;
    let answer: PageContext;
    try {
      answer = await answerOf(sendMessage('getPageContext', { platform, url: address, pageOwner: owner }));
    } catch (error) {
      if (isContextGone(ctx, error)) throw error;
      // Not kept: the background is asked again, and the page judged with the editor's settings once it answers.
      askAgainLater();
      return fallbackContext(owner);
    }
    // The settings may have been saved while it was asked (marking turned off): the scan that follows asks again.
    if (asked === contextDropped) [context, contextKey] = [answer, key];
    return answer;
  }

  /** Sends the comments not analysed yet to the background, in batches. */
  async function analyseNew(result: AdapterResult, pageContext: PageContext): Promise<void> {
    const todo = clock.run('analyse', () => cache.missing(result.snapshot.comments));
    const cleared = cache.cleared;
    for (let i = 0; i < todo.length; i += ANALYSIS_BATCH) {
      const batch = todo.slice(i, i + ANALYSIS_BATCH);
      // Only what the rules read: a message is copied on the main thread, by the byte.
      const texts = batch.map(({ id, text }) => ({ id, text }));
      // A message the background could not answer (its worker stopped, the rules threw on a text) is
      // no answer: the page is still marked and reported, only these comments unflagged for now.
      const answer = await answerOf(clock.run('send', () => sendMessage('analyzeTexts', { presetId: pageContext.presetId, texts }))).catch((error: unknown) => {
        if (isContextGone(ctx, error)) throw error;
        askAgainLater();
        return null;
      });
      slices.start(); // the answer comes in a task of its own
      if (!answer?.ok) continue; // the comments stay unflagged; the next scan retries them
      if (cache.cleared !== cleared) return; // cleared meanwhile (settings saved): the next scan asks again
      clock.run('analyse', () => batch.forEach((c, k) => cache.store(c.id, c.text, answer.findings[k] ?? [])));
    }
  }

  /**
   * The background did not answer (its worker stopped, not started yet, or it threw): a page that
   * does not change is read again later, so it gets judged, flagged and reported once it does.
   */
  function askAgainLater(): void {
    unanswered++;
    if (retryPlanned) return;
    retryPlanned = true;
    timers.setTimeout(() => { retryPlanned = false; schedule(); }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  }

  /** The reply box the editor writes in: the one last focused while the page still shows it, else the adapter's first. */
  function boxWrittenIn(result: AdapterResult): Element | null {
    if (writingIn && !writingIn.isConnected) writingIn = null; // closed: not held (nor what it was cut out with)
    return writingIn && result.replyBoxes?.includes(writingIn) ? writingIn : result.composer;
  }

  /** The "Lägg till signatur" button by the reply box (R3); it only inserts text, never sends. */
  function offerSignature(composer: Element | null, pageContext: PageContext): void {
    const settings = `${pageContext.signature}\n${pageContext.language}\n${pageContext.presetId}`;
    if (composer === hintedComposer && hint && settings === hintedWith) return;
    hint?.detach();
    hint = null;
    hintedComposer = composer;
    hintedWith = settings;
    if (!composer || !pageContext.signature) return;
    const preset = getPreset(pageContext.presetId);
    overlayNow().setLanguage(pageContext.language);
    hint = attachSignatureHint(composer, pageContext.signature, (text) => isSigned(text, preset), overlayNow().root, pageContext.language);
  }

  /**
   * What changed in the report since the background last had it, in parts, each copied in a task
   * of its own; the whole report when the background asks for it (its worker was restarted).
   */
  async function sendReport(report: PageReport<PageWorkItem>): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      lastScan = Math.max(Date.now(), lastScan + 1);
      const { parts, sent } = clock.run('report', () => sender.delta(report, lastScan));
      let needsWhole = false;
      let refused = false;
      try {
        for (const part of parts) {
          await nextTask();
          const answer = await answerOf(clock.run('send', () => sendMessage('reportPage', part)));
          slices.start(); // the answer comes in a task of its own
          refused = !answer.ok;
          if (!answer.ok) throw new Error(answer.reason);
          needsWhole ||= answer.needsWhole === true;
        }
      } catch (error) {
        if (isContextGone(ctx, error)) throw error;
        sender.reset(); // not taken: the badges are still drawn, and the next change sends the whole report
        if (!refused) askAgainLater(); // not answered: sent again later even if nothing changes
        return;
      }
      if (!needsWhole) {
        sent();
        return;
      }
      sender.reset();
    }
  }

  async function scan(): Promise<void> {
    const result = await read();
    if (!result) return;
    const unansweredBefore = unanswered;
    const pageContext = await ensureContext(result.snapshot.pageOwner ?? result.snapshot.post?.author ?? null);
    lastResult = result;
    await analyseNew(result, pageContext);
    const now = new Date();
    const judgement = clock.run('judge', () => new PageJudgement(result, pageContext, cache, now, judged));
    await slices.until((deadline) => clock.run('judge', () => judgement.step(deadline)));
    // A whole report (every item put in order: ~10 ms on a thread of 5,000) starts a task of its own
    // rather than share one with the last of the judging; one that goes on from the last is small.
    if (judgement.changed === null) {
      await nextTask();
      slices.start();
    } else await slices.next();
    const reported = clock.run('report', () => judgement.report());
    // Only misses that last are said and logged (each part once per page); the page is read again to see whether they do.
    const { lasting, toLog, recheckIn } = layoutMisses.settle(reported.misses, Date.now());
    const report = lasting.length === reported.misses.length ? reported : { ...reported, misses: lasting };
    if (recheckIn !== null && !recheckPlanned) {
      recheckPlanned = true;
      timers.setTimeout(() => { recheckPlanned = false; schedule(); }, recheckIn);
    }

    await slices.until((deadline) => clock.run('marks', () => marks.apply(result.elements, judgement, deadline)));
    const { badges } = marks;
    markPage(platform, report.misses.length > 0);

    // The work list first (the side panel and toolbar count), then the badges.
    await sendReport(report);
    if (toLog.length) {
      // A log entry the background could not take must not cost the page its badges.
      await answerOf(sendMessage('logAction', {
        action: 'layout.unrecognised', platform, pageUrl: address,
        detail: toLog.map((m) => `${m.part}: ${m.detail}`).join('; '),
      })).catch((error: unknown) => {
        if (isContextGone(ctx, error)) throw error;
      });
      slices.start();
    }

    if (pageContext.highlight) {
      // Badges drawn afresh when none are shown; otherwise only what the judgement changed.
      const only = badgesShown ? marks.changedBadges : null;
      badgesShown = true;
      const shown = overlayNow();
      shown.setLanguage(pageContext.language);
      const steps = pageContext.steps ?? {};
      // Own keys only: a comment id is the page's, and "constructor" is no step.
      const textOf = (item: PageWorkItem) => badgeTexts.get(item, pageContext.presetId, pageContext.language, pageContext.actionOverrides,
        Object.hasOwn(steps, item.commentId) ? steps[item.commentId] : undefined);
      await slices.until((deadline) => clock.run('badges', () => shown.render(badges, textOf, deadline, only)));
    } else {
      // Comments are not marked on this site: no badges, outlines or marked words. The layer stays
      // for the signature button, which is not a mark.
      overlay?.clear();
      badgesShown = false;
    }
    offerSignature(boxWrittenIn(result), pageContext);
    if (unanswered === unansweredBefore) retryMs = RETRY_MS;
  }

  // One scan at a time: a scan yields to the page between slices, and changes seen meanwhile
  // are picked up by one more scan when it ends.
  let scanning = false;
  /** Scans begun and ended so far (one at a time, so they end in the order they began). */
  let scansBegun = 0;
  let scansEnded = 0;
  let changedWhileScanning = false;
  const run = () => {
    timer = undefined;
    if (scanning) {
      changedWhileScanning = true;
      return;
    }
    scanning = true;
    scansBegun++;
    const started = performance.now();
    scan()
      .catch((error) => {
        if (isContextGone(ctx, error)) {
          teardown(); // the extension was reloaded: this copy goes quiet
          return;
        }
        // Cut short (marks or badges half done): the next scan judges, marks and draws the whole page
        // afresh rather than go on from this one, and comes even if the page does not change.
        judged = new JudgementMemory();
        askAgainLater();
      })
      .finally(() => {
        performance.clearMeasures('uppsikt-scan'); // the page's timeline keeps only the last scan's
        performance.measure('uppsikt-scan', { start: started }); // shown in DevTools' performance panel
        clock.flush();
        scanning = false;
        scansEnded++;
        if (changedWhileScanning) {
          changedWhileScanning = false;
          schedule();
        }
      });
  };
  const schedule = () => {
    if (timer !== undefined) return;
    timer = timers.setTimeout(() => timers.requestIdleCallback(run, { timeout: 1000 }), RESCAN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    // Counted with the next scan's steps: noting the page's changes is main-thread time too.
    clock.run('observe', () => records.forEach((record) => memo.note(record)));
    schedule();
  });
  const watched = { childList: true, subtree: true, characterData: true };
  observer.observe(document.body ?? document.documentElement, watched);
  // A page that puts a new <body> in place of the old one (some navigations do) would leave the observer on
  // the old, detached one, and nothing would be seen again: the new body is watched, and read as new.
  // Only <html>'s own children are watched for it (the sites add to <head> all the time).
  const bodyReplaced = new MutationObserver((records) => {
    const body = document.body;
    if (!body || !records.some((record) => [...record.addedNodes].includes(body))) return;
    observer.observe(body, watched);
    clock.run('observe', () => records.forEach((record) => memo.note(record)));
    schedule();
  });
  bodyReplaced.observe(document.documentElement, { childList: true });

  /** Counts the site's navigations: what the editor asked for on one page is not done on the next. */
  let pageNumber = 0;
  /** `isButton` while the editor stays on the page it was asked on: after a navigation no button of the new page is taken (clicked, scrolled to). */
  const onPage = (page: number, isButton: (text: string) => boolean) => (text: string) => page === pageNumber && isButton(text);

  // The event comes before the address changes: it says where to.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const to = (event as Event & { newUrl?: URL }).newUrl?.href ?? location.href;
    if (opensOver(to)) {
      // The site's dialog over the page: the page stays as it was, and is read on as at its address.
      schedule();
      return;
    }
    const from = address;
    address = to;
    // Back at the address the page was read as (the dialog over it closed), or on the same thread.
    if (to === from || sameThread(from, to)) {
      // The comments stay where they were: their marks and badges too (redrawn, they flickered and
      // the editor lost her place); the page is read again for what the new address shows.
      schedule();
      return;
    }
    pageNumber++;
    marks.clear();
    // The findings stay: they follow from a comment's text and the settings alone, so a page gone back
    // to (a thread of thousands) is not analysed again before its badges come back.
    memo.clear();
    badgeTexts.clear();
    sender.reset();
    dropContext();
    layoutMisses.clear();
    overlay?.clear();
    badgesShown = false;
    // The reply box it was for is gone with the page (the new page's is offered once it is read).
    hint?.detach();
    // Nor is an element of the page left held here: it would keep the whole page alive.
    [hint, hintedComposer, writingIn] = [null, null, null];
    schedule();
  });

  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(() => resolve(), ms));
  const markedInPage = (id: string) => {
    const element = marks.elementOf(id);
    return element?.isConnected ? element : undefined;
  };

  /** Resolves when a scan begun after now has ended (false if none did in time). */
  const freshScan = async (): Promise<boolean> => {
    const wanted = scansBegun + 1;
    schedule();
    return (await whenFound(() => (scansEnded >= wanted ? true : undefined), BRING_BACK_MS, 50, sleep)) ?? false;
  };

  /**
   * A comment's element; one the site's virtual list took out of the page is scrolled to, and read
   * again when the site draws it. When the page changed since it was last read, it is read first.
   */
  async function elementOfComment(id: string): Promise<Element | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const marked = markedInPage(id);
      if (marked) return marked;
      const place = lastResult?.offPage?.get(id);
      if (place && scrollToPlace(place)) return scrolledBack(id, place.side ?? 'below');
      if (attempt === 0 && !(await freshScan())) return undefined;
    }
    return undefined;
  }

  /**
   * After scrolling to where a comment sat: the site has moved it if more was loaded above since,
   * so the page is scrolled on towards it, a screen at a time, until it is drawn and read again.
   */
  async function scrolledBack(id: string, firstGuess: 'above' | 'below'): Promise<Element | undefined> {
    let side = firstGuess;
    for (let step = 0; step < BRING_BACK_STEPS; step++) {
      await sleep(100); // the site draws what came into view
      if (!(await freshScan())) return undefined;
      const marked = markedInPage(id);
      if (marked) return marked;
      const place = lastResult?.offPage?.get(id);
      if (!place) return undefined; // no longer in the conversation: deleted
      side = place.side ?? side;
      if (!scrollTowards(side)) return undefined;
    }
    return undefined;
  }

  answerMessage('revealComment', async ({ data: commentId }) => {
    const element = await elementOfComment(commentId);
    if (!element) return { ok: false, reason: 'Kommentaren finns inte längre på sidan.' };
    // An animated scroll makes some readers dizzy: they asked the system for less motion.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
    timers.setTimeout(() => overlayNow().flash(commentId, element), 400);
    return { ok: true };
  });

  const inOverlay = (node: unknown): node is Element => node instanceof Element && overlay !== null && overlay.root.contains(node);
  // Asking the context whether it is still valid tears an orphan down (the extension was updated or
  // reloaded): on a page that does not change, its stale badges would otherwise stay until reload.
  const remember = (event: Event) => {
    if (!ctx.isValid || !byTheUser(event)) return;
    // Seen from the page, a badge is only the overlay's host: the badge itself is kept, as it stands for its comment.
    const inner = event.composedPath()[0];
    pointedAt = inOverlay(inner) ? inner : event.target;
  };
  for (const type of ['contextmenu', 'pointerdown'] as const) ctx.addEventListener(document, type, remember, { capture: true });
  // The page's own script can move the focus, and the browser calls that focus trusted (element.focus()
  // after the editor's right-click would have another comment documented): a focus counts only as the
  // first one after a key the editor pressed (Tab to a badge, then the shortcut).
  let keyPressed = false;
  ctx.addEventListener(document, 'keydown', (event) => { if (byTheUser(event)) keyPressed = true; }, { capture: true });
  ctx.addEventListener(document, 'focusin', (event) => {
    if (!keyPressed) return;
    keyPressed = false;
    remember(event);
  }, { capture: true });
  // A reply to a comment is written in a box of its own: the signature button moves to the box the
  // editor starts writing in, at once, not after the next read of the page.
  ctx.addEventListener(document, 'focusin', (event) => {
    const target = event.target;
    const box = target instanceof Node ? lastResult?.replyBoxes?.find((b) => b === target || b.contains(target)) : undefined;
    if (!box || box === writingIn) return;
    writingIn = box;
    if (context && lastResult) offerSignature(boxWrittenIn(lastResult), context);
  }, { capture: true });
  ctx.addEventListener(document, 'visibilitychange', () => void ctx.isValid);

  /** The comment at what was pointed at: inside a comment, or its badge (right-clicked, or reached with Tab before the shortcut). */
  const commentIdAt = (target: EventTarget | null): string | null => {
    if (inOverlay(target)) return target.closest<HTMLElement>('button.badge')?.dataset.commentId ?? null;
    return target instanceof Node ? marks.idAt(target) : null;
  };

  /**
   * A comment the site shortened ("Visa mer") is opened before it is documented, so the screenshot
   * and the record hold all of it. Where the site opens it elsewhere (X links the rest), it stays as
   * it is and the record says it is shortened.
   */
  async function openedForCapture(id: string, element: Element): Promise<Element> {
    const clicked = await expandShortenedTexts([element], expanders.isSeeMoreButton, () => sleep(400));
    if (clicked === 0 || !(await freshScan())) return element;
    return markedInPage(id) ?? element;
  }

  answerMessage('prepareCapture', async ({ data: requested }) => {
    const id = requested ?? commentIdAt(pointedAt);
    let element = id ? await elementOfComment(id) : undefined;
    if (id && element && lastResult?.snapshot.comments.find((c) => c.id === id)?.truncated) element = await openedForCapture(id, element);
    const snapshot = lastResult?.snapshot;
    const comment = snapshot?.comments.find((c) => c.id === id);
    if (!id || !element || !snapshot || !comment) {
      return { ok: false, reason: 'Hittade ingen kommentar att dokumentera: högerklicka på själva kommentaren eller välj den i sidopanelen.' };
    }
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    overlayNow().spotlight(id, element);
    await new Promise<void>((resolve) => timers.setTimeout(() => resolve(), 350)); // let the outline be drawn before the capture
    const byId = new Map(snapshot.comments.map((c) => [c.id, c]));
    // A text at the reading limit: the record says about how much more there was.
    const cut = charactersCut(platform, element, comment.text, lastResult?.elements.values() ?? []);
    return {
      ok: true,
      captured: {
        platform, pageUrl: address, account: context?.account ?? snapshot.pageOwner, comment,
        parent: comment.parentId ? byId.get(comment.parentId) ?? null : null,
        replies: snapshot.comments.filter((c) => c.parentId === id),
        post: snapshot.post,
        findings: cache.findings(id, comment.text),
        ...(cut === undefined ? {} : { charactersCut: cut }),
      },
    };
  });

  // A human pace between clicks: the sites load what each click opens.
  const humanPause = () => new Promise<void>((resolve) => timers.setTimeout(() => resolve(), 700 + Math.random() * 500));

  /** The ids of the comments the page shows after a scan begun now; null when none ended in time. */
  const shownIds = async () => ((await freshScan()) ? lastResult?.snapshot.comments.map((c) => c.id) ?? null : null);

  /**
   * Clicks the site's buttons, then waits for what they load: a click the site answered with nothing
   * (it failed, or the button did nothing) must not read as opened.
   */
  async function expandAndCount(isButton: (text: string) => boolean, stillHidden: (result: AdapterResult) => boolean): Promise<ExpandedOutcome> {
    const page = pageNumber;
    const before = new Set(await shownIds() ?? lastResult?.snapshot.comments.map((c) => c.id) ?? []);
    const clicked = await expandHidden(document, onPage(page, isButton), humanPause);
    // Left meanwhile: what the new page shows says nothing of the clicks on the old one.
    if (page !== pageNumber) return { clicked, appeared: 0, stillHidden: true };
    const appeared = clicked === 0 ? 0 : await newCommentsShown(before, shownIds, humanPause);
    return { clicked, appeared, stillHidden: lastResult !== null && stillHidden(lastResult) };
  }

  answerMessage('expandReplies', async () => ({
    ok: true, ...(await expandAndCount(expanders.isRepliesButton, (r) => r.snapshot.comments.some((c) => c.hiddenReplies))),
  }));

  answerMessage('expandComments', async () => ({
    ok: true, ...(await expandAndCount(expanders.isMoreCommentsButton, (r) => r.snapshot.post?.hiddenComments === true)),
  }));

  answerMessage('expandShortened', async () => {
    const result = lastResult;
    const shortened = result ? result.snapshot.comments.filter((c) => c.truncated).map((c) => result.elements.get(c.id)).filter((el) => el !== undefined) : [];
    const clicked = await expandShortenedTexts(shortened, onPage(pageNumber, expanders.isSeeMoreButton), humanPause);
    return { ok: true, clicked, shortened: shortened.length };
  });

  answerMessage('refreshPage', ({ data }) => {
    // Settings changed: the rules' answers may differ too (another policy, the organisation's own contacts).
    if (data?.reanalyse) cache.clear();
    dropContext();
    // The background may have been restarted: the next report says which report it builds on, even if nothing changed.
    sender.confirmBase();
    schedule();
  });

  // Back from another site through the back-forward cache (Firefox keeps the page, script and all):
  // the background forgot the page's report when the tab left it, so it is sent whole again now.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    dropContext();
    sender.reset();
    schedule();
  });

  answerMessage('showNotice', ({ data: message }) => {
    overlayNow().notice(message);
  });

  /** Takes this copy's marks and badges away, once: later, the page's marks may be a newer copy's. */
  function teardown(): void {
    if (tornDown) return;
    tornDown = true;
    observer.disconnect();
    bodyReplaced.disconnect();
    uncountSends();
    hint?.detach();
    [hint, hintedComposer, writingIn] = [null, null, null];
    overlay?.destroy();
    overlay = null;
    siteDialogs.disconnect();
    unmarkPage();
  }
  ctx.onInvalidated(teardown);

  // The first scan in a task of its own, not in the one that loaded the script.
  timers.setTimeout(run, 0);
}
