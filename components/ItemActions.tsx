import { useRef, useState } from 'react';
import type { LogAction } from '@/utils/db/records';
import type { WorkItem } from '@/utils/report';
import type { Lang } from '@/utils/ui/strings';
import { writerShown } from '@/utils/ui/display-text';

/**
 * How a comment was answered outside its thread, as the log keeps it (in Swedish, as the whole log) and as
 * the button says it: an answer the page cannot show is accounted for (R1).
 */
const ANSWERED_WAYS = [
  { detail: 'Besvarad per telefon', sv: 'Per telefon', en: 'By phone' },
  { detail: 'Besvarad per e-post', sv: 'Per e-post', en: 'By email' },
  { detail: 'Besvarad i privat meddelande', sv: 'I privat meddelande', en: 'In a private message' },
  { detail: 'Besvarad i en annan tråd eller ett annat inlägg', sv: 'I en annan tråd eller ett annat inlägg', en: 'In another thread or post' },
  { detail: 'Besvarad på annat sätt', sv: 'På annat sätt', en: 'Another way' },
] as const;

/** Letters of the writer's name in the actions' group name. */
const WRITER_LETTERS = 60;

export interface ItemActionHandlers {
  onDocument(item: WorkItem): void;
  /** Tries the comment's stopped delivery again: the same record, not a new one. */
  onRetry(item: WorkItem): void;
  onLog(item: WorkItem, action: LogAction, detail: string): void;
  /** Shows the comment on the page, where the editor answers it. */
  onReveal(item: WorkItem): void;
}

/**
 * Where the comment's documentation is: none yet; saved here but every delivery to the registrator
 * failed; saved and on its way (queued, or a file the editor has still to send); or with the registrator.
 */
export type Documentation = 'none' | 'undelivered' | 'onItsWay' | 'delivered';

const TEXT = {
  sv: {
    document: 'Dokumentera och skicka till registrator', documentAgain: 'Dokumentera igen', retry: 'Försök igen', answered: 'Markera som besvarad',
    answeredHelp: 'Besvarad på annat sätt, t.ex. per telefon, e-post eller privat meddelande: kommentaren väntar inte längre på svar', removed: 'Borttagen från plattformen',
    caseHandling: 'Till ärendehantering', caseNumber: 'Diarienummer (t.ex. KS 2026/123)', police: 'Polisanmälan',
    considered: 'Övervägd, ingen anmälan', made: 'Anmälan gjord', changeDecision: 'Ändra beslutet', falseAlarm: 'Falsklarm', reason: 'Varför är det ett falsklarm?',
    save: 'Spara', cancel: 'Avbryt', more: 'Fler åtgärder', answeredHow: 'Hur besvarades kommentaren?',
    notDocumented: 'Kommentaren är inte dokumenterad. Policyn kräver att den dokumenteras och skickas till registrator innan den tas bort, så att den allmänna handlingen bevaras.',
    documentFirst: 'Dokumentera först', removeAnyway: 'Logga som borttagen ändå',
    undelivered: 'Dokumentationen har inte nått registrator (se felet nedan). Policyn kräver att den skickas till registrator innan kommentaren tas bort, så att den allmänna handlingen bevaras.',
    onItsWay: 'Dokumentationen är på väg men har inte nått registrator än (se nedan). Policyn kräver att den skickas till registrator innan kommentaren tas bort, så att den allmänna handlingen bevaras.',
    removeWhenDelivered: 'Ta bort kommentaren när registrator har fått dokumentationen.',
    actionsFor: (writer: string) => `Åtgärder för kommentaren av ${writer}`,
    reveal: 'Visa på sidan och svara', show: 'Visa på sidan', caseNumberMissing: 'Skriv diarienumret.', reasonMissing: 'Skriv varför.',
  },
  en: {
    document: 'Document and send to the registrar', documentAgain: 'Document again', retry: 'Try again', answered: 'Mark as answered',
    answeredHelp: 'Answered another way, e.g. by phone, email or private message: the comment no longer waits for a reply', removed: 'Removed from the platform',
    caseHandling: 'To case handling', caseNumber: 'Case number (e.g. KS 2026/123)', police: 'Police report',
    considered: 'Considered, not reported', made: 'Reported', changeDecision: 'Change the decision', falseAlarm: 'False alarm', reason: 'Why is it a false alarm?',
    save: 'Save', cancel: 'Cancel', more: 'More actions', answeredHow: 'How was the comment answered?',
    notDocumented: 'The comment is not documented. The policy requires it to be documented and sent to the registrar before it is removed, so that the public record (allmän handling) is kept.',
    actionsFor: (writer: string) => `Actions for the comment by ${writer}`,
    documentFirst: 'Document first', removeAnyway: 'Log as removed anyway',
    undelivered: 'The documentation has not reached the registrar (see the error below). The policy requires it to be sent to the registrar before the comment is removed, so that the public record (allmän handling) is kept.',
    onItsWay: 'The documentation is on its way but has not reached the registrar yet (see below). The policy requires it to be sent to the registrar before the comment is removed, so that the public record (allmän handling) is kept.',
    removeWhenDelivered: 'Remove the comment once the registrar has the documentation.',
    reveal: 'Show on the page and answer', show: 'Show on the page', caseNumberMissing: 'Enter the case number.', reasonMissing: 'Say why.',
  },
} as const;

/** The police-report decision last logged for the comment (R8), if any. */
export type PoliceDecision = Extract<LogAction, 'police-report.considered' | 'police-report.made'> | null;

/** The log entry's detail for a removal without documentation (the log, a public record, is kept in Swedish). */
const REMOVED_UNDOCUMENTED = 'Borttagen utan dokumentation i Uppsikt';
const REMOVED_UNDELIVERED = 'Borttagen innan dokumentationen nått registrator';

/** Content the policy has removed only after it is documented (R7). */
const DOCUMENT_BEFORE_REMOVING = new Set<WorkItem['action']>(['document-remove', 'police-report']);

/**
 * The editor's actions on one work item; every one lands in the log. `documentation`: how far the
 * comment's documentation for the registrator has come (removing it before is questioned);
 * `removedLogged`: its removal is logged, while the site still shows it (it is not logged twice).
 */
export function ItemActions({ item, lang, handlers, documentation, removedLogged = false, policeDecision = null, movedToCase = false }: {
  item: WorkItem; lang: Lang; handlers: ItemActionHandlers; documentation: Documentation; removedLogged?: boolean;
  /** Decided already: shown by the comment (LoggedSteps), and only changed on purpose, from the folded actions. */
  policeDecision?: PoliceDecision;
  /** Moved to case handling with a case number that stands: not moved again. */
  movedToCase?: boolean;
}) {
  const t = TEXT[lang];
  const documented = documentation !== 'none';
  const [asking, setAsking] = useState<null | 'case' | 'false-alarm' | 'answered'>(null);
  const [removing, setRemoving] = useState(false);
  /** The button a question was opened from: the keyboard goes back to it when the question is closed unanswered. */
  const opener = useRef<HTMLElement | null>(null);
  const openedFrom = () => { opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null; };
  const backToOpener = () => { if (opener.current?.isConnected) opener.current.focus(); };
  const ask = (what: 'case' | 'false-alarm' | 'answered') => { openedFrom(); setAsking(what); };
  const cancelRemoving = () => { setRemoving(false); backToOpener(); };
  const remove = () => {
    if (DOCUMENT_BEFORE_REMOVING.has(item.action) && documentation !== 'delivered') {
      openedFrom();
      setRemoving(true);
    } else handlers.onLog(item, 'removed', '');
  };
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  /** Closed unsaved (Avbryt, or Escape as in any dialog). */
  const cancelAsking = () => {
    setAsking(null);
    setMissing(false);
    backToOpener();
  };
  const submit = () => {
    if (!value.trim()) {
      setMissing(true);
      return;
    }
    handlers.onLog(item, asking === 'case' ? 'case-handling' : 'false-alarm', value.trim());
    setAsking(null);
    setValue('');
    setMissing(false);
  };
  // The next step first: documenting, and once the registrator has the documentation, removing (R7
  // order; while it is on its way the deliveries below say where it is); a delivery that failed or is
  // blocked is tried again (documenting again would give the registrator a second, unlinked
  // registration); a comment that waits for an answer is answered on the page.
  // Logged as removed but still shown: it is removed on the page.
  const removal = DOCUMENT_BEFORE_REMOVING.has(item.action);
  const primary = removedLogged ? 'reveal'
    : removal && documentation === 'delivered' ? 'remove'
    : item.group === 'unanswered' ? 'reveal' : documentation === 'undelivered' ? 'retry'
    : removal && documentation === 'onItsWay' ? 'wait' : 'document';
  const documentLabel = documented ? t.documentAgain : t.document;
  const waiting = item.status === 'unanswered' || item.status === 'unknown';
  const prefix = policeDecision ? `${t.changeDecision}: ` : '';
  const policeButtons = item.action === 'police-report' && (
    <>
      {policeDecision !== 'police-report.considered' && (
        <button type="button" className="action-button" onClick={() => handlers.onLog(item, 'police-report.considered', '')}>{prefix}{t.police}: {t.considered}</button>
      )}
      {policeDecision !== 'police-report.made' && (
        <button type="button" className="action-button" onClick={() => handlers.onLog(item, 'police-report.made', '')}>{prefix}{t.police}: {t.made}</button>
      )}
    </>
  );
  // Once a threat is documented, whether to report it to the police is the decision left (R8): in view until it is made.
  const policeInView = documented && item.action === 'police-report' && !policeDecision;
  return (
    // A group named by the writer: each card's buttons have the same names, and a screen reader says whose they are on entering.
    <div className="item-actions" role="group" aria-label={t.actionsFor(writerShown(item.author, WRITER_LETTERS, '?'))}>
      {primary === 'document' && (
        <button type="button" className="action-button primary" onClick={() => handlers.onDocument(item)}>{documentLabel}</button>
      )}
      {primary === 'retry' && <button type="button" className="action-button primary" onClick={() => handlers.onRetry(item)}>{t.retry}</button>}
      {primary === 'remove' && <button type="button" className="action-button primary" onClick={remove}>{t.removed}</button>}
      {primary === 'wait' && <p className="hint">{t.removeWhenDelivered}</p>}
      {primary === 'reveal' && (
        <div className="action-row">
          <button type="button" className="action-button primary" onClick={() => handlers.onReveal(item)}>{item.group === 'unanswered' ? t.reveal : t.show}</button>
          {waiting && <button type="button" className="action-button" title={t.answeredHelp} onClick={() => ask('answered')}>{t.answered}</button>}
        </div>
      )}
      {policeInView && <div className="action-row">{policeButtons}</div>}
      <details>
        <summary>{t.more}</summary>
        <div className="action-row">
          {primary !== 'retry' && documentation === 'undelivered' && (
            <button type="button" className="action-button" onClick={() => handlers.onRetry(item)}>{t.retry}</button>
          )}
          {primary !== 'document' && (
            <button type="button" className="action-button" onClick={() => handlers.onDocument(item)}>{documentLabel}</button>
          )}
          {primary !== 'reveal' && waiting && (
            <button type="button" className="action-button" title={t.answeredHelp} onClick={() => ask('answered')}>{t.answered}</button>
          )}
          {primary !== 'remove' && !removedLogged && <button type="button" className="action-button" onClick={remove}>{t.removed}</button>}
          {!movedToCase && <button type="button" className="action-button" onClick={() => ask('case')}>{t.caseHandling}</button>}
          {!policeInView && policeButtons}
          <button type="button" className="action-button" onClick={() => ask('false-alarm')}>{t.falseAlarm}</button>
        </div>
      </details>
      {removing && (
        <div role="alertdialog" aria-label={t.removed} aria-describedby={`why-${item.commentId}`} className="ask" onKeyDown={(e) => { if (e.key === 'Escape') cancelRemoving(); }}>
          <p id={`why-${item.commentId}`}>{documentation === 'none' ? t.notDocumented : documentation === 'undelivered' ? t.undelivered : t.onItsWay}</p>
          {!documented && <button type="button" className="action-button primary" autoFocus onClick={() => { setRemoving(false); handlers.onDocument(item); }}>{t.documentFirst}</button>}
          {documentation === 'undelivered' && <button type="button" className="action-button primary" autoFocus onClick={() => { setRemoving(false); handlers.onRetry(item); }}>{t.retry}</button>}
          <button type="button" className="action-button" onClick={() => { setRemoving(false); handlers.onLog(item, 'removed', documented ? REMOVED_UNDELIVERED : REMOVED_UNDOCUMENTED); }}>{t.removeAnyway}</button>
          <button type="button" className="action-button" autoFocus={documentation === 'onItsWay'} onClick={cancelRemoving}>{t.cancel}</button>
        </div>
      )}
      {asking === 'answered' && (
        <div role="group" aria-labelledby={`how-${item.commentId}`} className="ask" onKeyDown={(e) => { if (e.key === 'Escape') cancelAsking(); }}>
          <p id={`how-${item.commentId}`}>{t.answeredHow}</p>
          {ANSWERED_WAYS.map((way, i) => (
            <button key={way.detail} type="button" className="action-button" autoFocus={i === 0}
              onClick={() => { setAsking(null); handlers.onLog(item, 'answered', way.detail); }}>{way[lang]}</button>
          ))}
          <button type="button" className="action-button" onClick={cancelAsking}>{t.cancel}</button>
        </div>
      )}
      {(asking === 'case' || asking === 'false-alarm') && (
        <form className="ask" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }} onKeyDown={(e) => { if (e.key === 'Escape') cancelAsking(); }}>
          <label>
            {asking === 'case' ? t.caseNumber : t.reason}
            <input autoFocus value={value} onChange={(e) => { setValue(e.target.value); setMissing(false); }}
              maxLength={asking === 'case' ? 60 : 500} required aria-invalid={missing} aria-describedby={missing ? `missing-${item.commentId}` : undefined} />
          </label>
          {missing && <p id={`missing-${item.commentId}`} role="alert" className="field-error">{asking === 'case' ? t.caseNumberMissing : t.reasonMissing}</p>}
          <button type="submit" className="action-button">{t.save}</button>
          <button type="button" className="action-button" onClick={cancelAsking}>{t.cancel}</button>
        </form>
      )}
    </div>
  );
}
