import { useState } from 'react';
import type { LogAction } from '@/utils/db/records';
import type { WorkItem } from '@/utils/report';
import type { Lang } from '@/utils/ui/strings';

export interface ItemActionHandlers {
  onDocument(item: WorkItem): void;
  onLog(item: WorkItem, action: LogAction, detail: string): void;
}

const TEXT = {
  sv: {
    document: 'Dokumentera och skicka till registrator', documentAgain: 'Dokumentera igen', answered: 'Markera som besvarad',
    answeredHelp: 'Besvarad på annat sätt, t.ex. per telefon, e-post eller privat meddelande: kommentaren väntar inte längre på svar', removed: 'Borttagen från plattformen',
    caseHandling: 'Till ärendehantering', caseNumber: 'Diarienummer (t.ex. KS 2026/123)', police: 'Polisanmälan',
    considered: 'Övervägd, ingen anmälan', made: 'Anmälan gjord', falseAlarm: 'Falsklarm', reason: 'Varför är det ett falsklarm?',
    save: 'Spara', cancel: 'Avbryt', more: 'Fler åtgärder',
    notDocumented: 'Kommentaren är inte dokumenterad. Policyn kräver att den dokumenteras och skickas till registrator innan den tas bort, så att den allmänna handlingen bevaras.',
    documentFirst: 'Dokumentera först', removeAnyway: 'Logga som borttagen ändå',
  },
  en: {
    document: 'Document and send to the registrar', documentAgain: 'Document again', answered: 'Mark as answered',
    answeredHelp: 'Answered another way, e.g. by phone, e-mail or private message: the comment no longer waits for a reply', removed: 'Removed from the platform',
    caseHandling: 'To case handling', caseNumber: 'Case number (e.g. KS 2026/123)', police: 'Police report',
    considered: 'Considered, not reported', made: 'Reported', falseAlarm: 'False alarm', reason: 'Why is it a false alarm?',
    save: 'Save', cancel: 'Cancel', more: 'More actions',
    notDocumented: 'The comment is not documented. The policy requires it to be documented and sent to the registrar before it is removed, so that the public record (allmän handling) is kept.',
    documentFirst: 'Document first', removeAnyway: 'Log as removed anyway',
  },
} as const;

/** The log entry's detail for a removal without documentation (the log, a public record, is kept in Swedish). */
const REMOVED_UNDOCUMENTED = 'Borttagen utan dokumentation i Uppsikt';

/** Content the policy has removed only after it is documented (R7). */
const DOCUMENT_BEFORE_REMOVING = new Set<WorkItem['action']>(['document-remove', 'police-report']);

/**
 * The editor's actions on one work item; every one lands in the log. `documented`: the comment has
 * been documented for the registrar (removing it first is questioned).
 */
export function ItemActions({ item, lang, handlers, documented }: { item: WorkItem; lang: Lang; handlers: ItemActionHandlers; documented: boolean }) {
  const t = TEXT[lang];
  const [asking, setAsking] = useState<null | 'case' | 'false-alarm'>(null);
  const [removing, setRemoving] = useState(false);
  const remove = () => {
    if (DOCUMENT_BEFORE_REMOVING.has(item.action) && !documented) setRemoving(true);
    else handlers.onLog(item, 'removed', '');
  };
  const [value, setValue] = useState('');
  const submit = () => {
    if (!value.trim()) return;
    handlers.onLog(item, asking === 'case' ? 'case-handling' : 'false-alarm', value.trim());
    setAsking(null);
    setValue('');
  };
  // The next step first: documenting, and once documented, removing (R7 order).
  const primary = DOCUMENT_BEFORE_REMOVING.has(item.action) && documented ? 'remove' : item.group !== 'unanswered' ? 'document' : null;
  const documentLabel = documented ? t.documentAgain : t.document;
  const policeButtons = item.action === 'police-report' && (
    <>
      <button type="button" className="action-button" onClick={() => handlers.onLog(item, 'police-report.considered', '')}>{t.police}: {t.considered}</button>
      <button type="button" className="action-button" onClick={() => handlers.onLog(item, 'police-report.made', '')}>{t.police}: {t.made}</button>
    </>
  );
  // Once a threat is documented, whether to report it to the police is the decision left (R8): in view.
  const policeInView = documented && item.action === 'police-report';
  return (
    <div className="item-actions">
      {primary === 'document' && (
        <button type="button" className="action-button primary" onClick={() => handlers.onDocument(item)}>{documentLabel}</button>
      )}
      {primary === 'remove' && <button type="button" className="action-button primary" onClick={remove}>{t.removed}</button>}
      {policeInView && <div className="action-row">{policeButtons}</div>}
      <details>
        <summary>{t.more}</summary>
        <div className="action-row">
          {primary !== 'document' && (
            <button type="button" className="action-button" onClick={() => handlers.onDocument(item)}>{documentLabel}</button>
          )}
          {(item.status === 'unanswered' || item.status === 'unknown') && (
            <button type="button" className="action-button" title={t.answeredHelp} onClick={() => handlers.onLog(item, 'answered', '')}>{t.answered}</button>
          )}
          {primary !== 'remove' && <button type="button" className="action-button" onClick={remove}>{t.removed}</button>}
          <button type="button" className="action-button" onClick={() => setAsking('case')}>{t.caseHandling}</button>
          {!policeInView && policeButtons}
          <button type="button" className="action-button" onClick={() => setAsking('false-alarm')}>{t.falseAlarm}</button>
        </div>
      </details>
      {removing && (
        <div role="alertdialog" aria-label={t.removed} className="ask">
          <p>{t.notDocumented}</p>
          <button type="button" className="action-button primary" autoFocus onClick={() => { setRemoving(false); handlers.onDocument(item); }}>{t.documentFirst}</button>
          <button type="button" className="action-button" onClick={() => { setRemoving(false); handlers.onLog(item, 'removed', REMOVED_UNDOCUMENTED); }}>{t.removeAnyway}</button>
          <button type="button" className="action-button" onClick={() => setRemoving(false)}>{t.cancel}</button>
        </div>
      )}
      {asking && (
        <form className="ask" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <label>
            {asking === 'case' ? t.caseNumber : t.reason}
            <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} required />
          </label>
          <button type="submit" className="action-button">{t.save}</button>
          <button type="button" className="action-button" onClick={() => setAsking(null)}>{t.cancel}</button>
        </form>
      )}
    </div>
  );
}
