import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/app-db';
import { browser } from 'wxt/browser';
import { WorkList } from '@/components/WorkList';
import { writerShown } from '@/utils/ui/display-text';
import { ItemActions, type Documentation, type PoliceDecision } from '@/components/ItemActions';
import { SetupNotice } from '@/components/SetupNotice';
import { DeliveryState } from '@/components/DeliveryState';
import { LoggedSteps } from '@/components/LoggedSteps';
import { AccountDocumentation } from '@/components/AccountDocumentation';
import { shownAccountName } from '@/utils/ui/without-bidi';
import type { LogAction } from '@/utils/db/records';
import type { WorkItem } from '@/utils/report';
import { LayoutNotice } from '@/components/LayoutNotice';
import { ReportRefusedNotice } from '@/components/ReportRefusedNotice';
import { NoReportHint } from '@/components/NoReportHint';
import { HiddenByAuthorHint } from '@/components/HiddenByAuthorHint';
import { useActiveTab, useDocumentLanguage, usePageReport, useSettings } from '@/utils/ui/hooks';
import { usePageAccount } from '@/utils/ui/registered-account';
import { sendMessage, type DecisionToWithdraw } from '@/utils/messaging';
import { confirmDelivery, withdrawDecision } from '@/utils/ui/background-writes';
import { decisionOf, logActionLabel } from '@/utils/log/actions';
import { decisionStands } from '@/utils/log/decisions';
import { useViewStore } from '@/utils/ui/view-store';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';
import { reasonText } from '@/utils/ui/reason-text';
import { deliveryState, documentationOf } from '@/utils/registrar/outbox-state';
import { awaitOutcome, speakFor } from '@/utils/ui/delivery-outcome';
import { deliveryMessage, supplementMessage } from './delivery-message';
import { StatusLine } from '@/components/StatusLine';
import type { SupplementOutcome } from '@/utils/evidence/supplement-record';

/** How long after an action the focus its item loses is given to the message about it. */
const FOCUS_FOLLOWS_MESSAGE_MS = 15_000;

/** Who wrote the comment, for a message about it (bidi controls dropped, shortened). */
const writerOf = (item: WorkItem) => writerShown(item.author, WRITER_LETTERS, '?');
/** Letters of a writer's name in a message. */
const WRITER_LETTERS = 160;

/**
 * An item's actions, knowing how far its documentation has come (its deliveries in the outbox), whether
 * its removal and a police-report decision are logged, and whether it stands moved to case handling.
 */
function ItemActionsFor({ platform, ...props }: { platform: string } & Omit<Parameters<typeof ItemActions>[0], 'documentation'>) {
  const key = `${platform}:${props.item.commentId}`;
  // A file saved in Downloads is with the registrator only on the editor's word (deliveryState).
  const states = useLiveQuery(() => db().outbox.where('commentKey').equals(key).toArray((items) => items.map(deliveryState)), [key]);
  // Blocked (no access to the registrar's address) is not on its way any more than failed is.
  const documentation: Documentation = documentationOf(states ?? []);
  const steps = useLiveQuery(() => db().log.where('commentId').equals(props.item.commentId)
    .filter((entry) => entry.platform === platform && (entry.action === 'removed' || entry.action.startsWith('police-report.'))).sortBy('at'), [platform, props.item.commentId]);
  const police = steps?.findLast((entry) => entry.action.startsWith('police-report.'))?.action as PoliceDecision | undefined;
  const movedToCase = useLiveQuery(() => db().handled.where('commentKey').equals(key).filter((r) => r.how === 'case-handling').count(), [key]);
  return (
    <ItemActions {...props} documentation={documentation} removedLogged={steps?.some((entry) => entry.action === 'removed') ?? false}
      policeDecision={police ?? null} movedToCase={(movedToCase ?? 0) > 0} />
  );
}

export function App() {
  const { settings, policyProblems, storedProblems } = useSettings();
  const lang = settings.language;
  const t = STRINGS[lang];
  useDocumentLanguage(lang);
  const tab = useActiveTab();
  const { report, refused, loading } = usePageReport(tab?.id);
  const { key: account, registered } = usePageAccount(report);
  const select = useViewStore((s) => s.select);
  /** The message and its number: the same words said again are a new message, read out again. */
  const [{ text: message, n: messageNumber }, setMessage] = useState({ text: '', n: 0 });
  /** Counts the messages: an outcome waited for is not said over a later action's message. */
  const said = useRef(0);
  const say = (text: string) => {
    const n = ++said.current;
    setMessage({ text, n });
    return n;
  };
  /** The last decision made here, until another action: one click takes it back. */
  const [undo, setUndo] = useState<DecisionToWithdraw | null>(null);
  // Withdrawn meanwhile on the log page: Ångra is no longer offered (it could only say there was nothing to withdraw).
  const undoStands = useLiveQuery(() => (undo ? decisionStands(db(), undo) : false), [undo]);
  const status = useRef<HTMLParagraphElement>(null);
  /** When the last message came: its item may leave the list with the next report, and the focus with it. */
  const messageAt = useRef(0);
  useEffect(() => {
    messageAt.current = message ? Date.now() : 0;
  }, [message]);
  /** The item the focus was last in: an action that replaces its button keeps the editor there. */
  const focusedItem = useRef<string | null>(null);
  // The focus lost with a removed button stays in its item, on the item's next action ("Borttagen från
  // plattformen" after documenting); lost with the item itself it goes to the message (with Ångra),
  // shortly after an action only. Watched in the DOM: a button goes when the list, a delivery or the log
  // changes, each rendered on its own.
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const item = (event.target as Element | null)?.closest?.('li.item[data-comment-id]');
      focusedItem.current = item?.getAttribute('data-comment-id') ?? null;
    };
    const refocus = () => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!lost || !messageAt.current || Date.now() - messageAt.current >= FOCUS_FOLLOWS_MESSAGE_MS) return;
      const item = focusedItem.current ? [...document.querySelectorAll('li.item[data-comment-id]')].find((li) => li.getAttribute('data-comment-id') === focusedItem.current) : undefined;
      const next = item?.querySelector<HTMLElement>('.action-button.primary:not([disabled])') ?? item?.querySelector<HTMLElement>('.action-button:not([disabled]), summary');
      if (next) next.focus();
      else status.current?.focus();
    };
    document.addEventListener('focusin', remember);
    const observer = new MutationObserver(refocus);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', remember);
      observer.disconnect();
    };
  }, []);
  const reportedAccount = report?.account?.url ?? report?.account?.handle ?? null;

  // Looking over an account's page here is a monitoring round (R2); the background logs at most one per half hour.
  // The panel stays open all day: each new reading of the page (a reload, a visit to the account's page again)
  // and each return to the panel is a look, not only the first.
  // (A reading is a few a minute at most, and the background answers from an index: no need to hold back here.)
  useEffect(() => {
    const look = () => {
      if (tab?.id === undefined || !reportedAccount || document.visibilityState !== 'visible') return;
      void sendMessage('recordMonitoringRound', tab.id).catch(() => undefined);
    };
    look();
    document.addEventListener('visibilitychange', look);
    return () => document.removeEventListener('visibilitychange', look);
  }, [tab?.id, reportedAccount, report?.url, report?.scannedAt]);

  async function documentItem(item: WorkItem) {
    if (tab?.id === undefined || !report) return;
    setUndo(null);
    const mine = say(t.documenting);
    const done = speakFor(`${report.platform}:${item.commentId}`);
    const result = await sendMessage('documentComment', { tabId: tab.id, commentId: item.commentId })
      .catch(() => ({ ok: false as const, reason: t.noAnswer }));
    if (!result.ok) {
      done(null);
      if (said.current === mine) say(reasonText(result.reason, lang));
      return;
    }
    // Its first outcome, briefly waited for: "queued" is not what the editor needs to hear before a 401.
    const outcome = await awaitOutcome(() => db().outbox.where('evidenceId').equals(result.evidenceId).first(), 0);
    tellOutcome(mine, done, outcome, deliveryMessage('documented', writerOf(item), outcome, lang));
  }

  /**
   * Tries the comment's delivery again: the same record, under the same Idempotency-Key, so the
   * registrator gets no second registration. `outboxId` one delivery; else every stopped one, newest first.
   */
  async function retryItem(item: WorkItem, outboxId?: string) {
    if (!report) return;
    const key = `${report.platform}:${item.commentId}`;
    const deliveries = await db().outbox.where('commentKey').equals(key).sortBy('at').catch(() => []);
    const chosen = deliveries.filter((d) => (outboxId ? d.id === outboxId : d.state === 'failed' || d.state === 'blocked')).reverse();
    if (chosen.length === 0) return;
    setUndo(null);
    const mine = say(t.retrying);
    const done = speakFor(key);
    // One after the other: asked while the outbox is busy, a delivery would wait for its next round.
    void (async () => {
      for (const d of chosen) await sendMessage('retryDelivery', d.id).catch(() => undefined);
    })();
    const outcome = await awaitOutcome(() => db().outbox.get(chosen[0].id), chosen[0].attempts);
    tellOutcome(mine, done, outcome, deliveryMessage('retried', writerOf(item), outcome, lang));
  }

  /** Says a delivery's outcome unless another action has spoken since; what is not said here, its delivery line announces. */
  function tellOutcome(mine: number, done: ReturnType<typeof speakFor>, outcome: Awaited<ReturnType<typeof awaitOutcome>>, text: string) {
    const still = said.current === mine;
    done(still && outcome.settled ? outcome.item ?? null : null);
    // The name without bidi controls (writerOf): a hostile one must not reorder the sentence around it.
    if (still) say(text);
  }

  /** Whether the page is clicking its expanders: a second click meanwhile would click the site's buttons again. */
  const expanding = useRef(false);
  /** The tab the panel shows now: an outcome from a tab the editor has left is not said over this one's list. */
  const shownTab = useRef(tab?.id);
  useEffect(() => {
    shownTab.current = tab?.id;
  }, [tab?.id]);
  /** The same, for the buttons: they say they are busy (and stay focusable) until the page has answered. */
  const [expandingNow, setExpandingNow] = useState(false);

  /** Has the page click its own expanders: hidden replies, comments not loaded yet, or shortened texts. */
  async function expand(what: 'expandReplies' | 'expandComments' | 'expandShortened') {
    if (tab?.id === undefined || expanding.current) return;
    expanding.current = true;
    setExpandingNow(true);
    setUndo(null);
    const mine = say({ expandReplies: t.expanding, expandComments: t.expandingComments, expandShortened: t.expandingShortened }[what]);
    const forTab = tab.id;
    const result = await sendMessage(what, undefined, forTab).catch(() => null).finally(() => {
      expanding.current = false;
      setExpandingNow(false);
    });
    // The page was waited for (seconds): not said over what the editor did meanwhile, nor about a tab she has left.
    if (said.current !== mine || shownTab.current !== forTab) return;
    if (!result?.ok) say(t.expandFailed);
    else if ('shortened' in result) say(t.expandedShortened(result.clicked, result.shortened));
    else say(what === 'expandComments' ? t.expandedComments(result) : t.expanded(result));
  }

  async function logItem(item: WorkItem, action: LogAction, detail: string) {
    if (!report) return;
    // Under the register's key, as documentation and rounds are logged: '@Sjovik' and 'sjovik' are one account.
    const result = await sendMessage('logAction', {
      action, platform: report.platform, account, pageUrl: report.url, commentId: item.commentId, categories: item.categories, detail,
    }).catch(() => ({ ok: false as const, reason: t.noAnswer }));
    const decision = decisionOf(action);
    const logged = t.logged(logActionLabel(action, lang), writerOf(item));
    const supplement = result.ok ? result.supplement : undefined;
    const mine = say(result.ok ? (decision ? t.decided[action as keyof typeof t.decided] : withSupplement(logged, supplement)) : reasonText(result.reason, lang));
    // A decision changes how the page is judged: the background has the open pages judge themselves again.
    setUndo(result.ok && decision ? { platform: report.platform, commentId: item.commentId, decision, account, pageUrl: report.url } : null);
    // The supplement's first try, briefly waited for: a refusal (a wrong key) is said, or it waited unseen.
    if (supplement && supplement !== 'none' && 'queued' in supplement) {
      const outcome = await awaitOutcome(() => db().outbox.where('evidenceId').equals(supplement.queued).first(), 0);
      if (said.current === mine) say(`${logged} ${supplementMessage(settings.registrar.transport, outcome, lang)}`);
    }
  }

  /** A removal or police decision logged: and its supplement to the registrator on its way, or why not. */
  function withSupplement(logged: string, supplement: SupplementOutcome | undefined): string {
    if (!supplement || supplement === 'none') return logged;
    return `${logged} ${'queued' in supplement ? t.supplementQueued[settings.registrar.transport] : reasonText(supplement.failed, lang)}`;
  }

  /** A saved draft or ZIP marked as sent: the status line, which asked for it, now says it is done. */
  async function confirmSent(item: WorkItem, outboxId: string, registrationNumber: string) {
    const result = await confirmDelivery({ outboxId, registrationNumber });
    if (result.ok) say(t.delivery.confirmed(writerOf(item), registrationNumber.trim() || null));
    return result;
  }

  function reveal(item: WorkItem) {
    select(item.commentId);
    if (tab?.id === undefined) return;
    void sendMessage('revealComment', item.commentId, tab.id)
      .then((result) => { if (!result.ok) say(reasonText(result.reason, lang)); })
      .catch(() => undefined);
  }

  async function withdraw(decision: DecisionToWithdraw) {
    setUndo(null);
    const result = await withdrawDecision(decision);
    say(result.ok ? t.withdrawn : reasonText(result.reason, lang));
  }

  return (
    <main lang={lang}>
      <header className="panel-header">
        <h1>Uppsikt</h1>
        <nav>
          {tab?.id !== undefined && (
            <button type="button" className="link-button" onClick={() => void sendMessage('openChecklists', tab.id!)}>{t.checklists}</button>
          )}
          <a href={browser.runtime.getURL('/log.html')} target="_blank" rel="noreferrer">{t.log}</a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t.settings}</a>
        </nav>
      </header>
      {policyProblems.length > 0 && (
        <p role="alert" className="notice notice-warning">
          {t.policyProblems(policyProblems.length)}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t.showWhich}</a>
        </p>
      )}
      {storedProblems.length > 0 && (
        <p role="alert" className="notice notice-warning">
          {t.storedProblems(storedProblems.length)}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t.showWhich}</a>
        </p>
      )}
      <SetupNotice settings={settings} lang={lang} />
      {/* No report from a Facebook, Instagram or X tab: still being read, or not checked. Another site's address may be hidden (undefined): not one of ours. */}
      <ReportRefusedNotice reason={refused} lang={lang} />
      {!loading && !report && !refused && <NoReportHint tab={tab} lang={lang} />}
      {report && (
        <>
          <p className="account">
            {t.account}: <strong>{shownAccountName(report.account)}</strong>{' '}
            <span className="muted">({t.accountFrom[report.accountSource]}) · {report.commentCount} {t.comments}</span>
          </p>
          <LayoutNotice misses={report.misses} lang={lang} />
          {report.decisionsUnread && <p role="alert" className="notice notice-warning">{t.decisionsUnread}</p>}
          {report.pageKind === 'profile' && tab?.id !== undefined && (
            <AccountDocumentation tabId={tab.id} lang={lang} closedOn={registered?.status === 'closed' ? registered.closedOn ?? '' : null} />
          )}
          {report.items.some((i) => i.status === 'unknown') && (
            <p className="hint">
              {t.hiddenReplies}{' '}
              <button type="button" className="action-button" aria-disabled={expandingNow} onClick={() => void expand('expandReplies')}>{t.expandReplies}</button>
            </p>
          )}
          {report.hiddenComments && (
            <p className="hint more-comments">
              {t.moreCommentsHint}{' '}
              <button type="button" className="action-button" aria-disabled={expandingNow} onClick={() => void expand('expandComments')}>{t.expandComments}</button>
            </p>
          )}
          <HiddenByAuthorHint report={report} tabId={tab?.id} lang={lang} />
          {report.offPageCount > 0 && <p className="hint off-page">{t.offPageHint(report.offPageCount)}</p>}
          {report.truncatedCount > 0 && (
            <p className="hint">
              {t.truncatedHint(report.truncatedCount)}{' '}
              <button type="button" className="action-button" aria-disabled={expandingNow} onClick={() => void expand('expandShortened')}>{t.expandShortened}</button>
            </p>
          )}
          <div>
            <WorkList
              key={report.url}
              report={report}
              lang={lang}
              onReveal={reveal}
              renderActions={(item) => (
                <>
                  <ItemActionsFor platform={report.platform} item={item} lang={lang} handlers={{ onDocument: documentItem, onRetry: retryItem, onLog: logItem, onReveal: reveal }} />
                  <LoggedSteps platform={report.platform} commentId={item.commentId} lang={lang} />
                  <DeliveryState by="commentKey" value={`${report.platform}:${item.commentId}`} lang={lang} about={writerOf(item)} itemRetries
                    onRetry={(id) => void retryItem(item, id)}
                    onConfirm={(outboxId, registrationNumber) => confirmSent(item, outboxId, registrationNumber)} />
                </>
              )}
            />
          </div>
          {/* After the list and kept in view at the panel's foot: the outcome of an action far down a long list is seen where it was taken. */}
          <StatusLine text={message} n={messageNumber} ref={status}>
            {undo && undoStands && <> <button type="button" className="link-button" onClick={() => void withdraw(undo)}>{t.withdraw}</button></>}
          </StatusLine>
        </>
      )}
    </main>
  );
}
