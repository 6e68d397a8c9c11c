import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db, type AppDB } from '@/utils/db/app-db';
import type { ConsentRecord } from '@/utils/db/records';
import { consentExtract, type ConsentExtract } from '@/utils/consents/extract';
import type { WithdrawOutcome } from '@/utils/consents/register';
import type { Lang } from '@/utils/ui/strings';
import { ChecklistCopyButton } from './ChecklistCopyButton';
import { reasonText } from '@/utils/ui/reason-text';
import { swedishDateTime } from '@/utils/log/time';

export interface ConsentRegisterProps {
  /** The editor's label on a register extract: "Anna Berg, kommunikatör". */
  editor: string;
  lang?: Lang;
  /** Where the register is read from. */
  database?: AppDB;
  /** Marks a consent withdrawn (the background does, and logs it). */
  withdraw(id: string): Promise<WithdrawOutcome>;
}

const TEXT = {
  sv: {
    heading: 'Samtyckesregister', filter: 'Sök i registret (namn, kontakt eller material)', empty: 'Registret är tomt.', noMatch: 'Ingen post matchar sökningen.',
    sent: 'skickad', active: 'Gäller', withdrawn: 'Återkallat', withdraw: 'Återkalla', confirm: 'Ja, återkalla', cancel: 'Avbryt',
    ask: 'Återkalla samtycket? Det går inte att ångra.', extract: 'Registerutdrag för en person', person: 'Namn eller kontaktuppgift',
    make: 'Skapa registerutdrag', print: 'Skriv ut', copy: 'Kopiera utdraget', copyJson: 'Kopiera som JSON', needPerson: 'Ange personens namn eller kontaktuppgift.',
    printFailed: 'Utskriftsfönstret kunde inte öppnas; kopiera utdraget i stället.',
  },
  en: {
    heading: 'Consent register', filter: 'Search the register (name, contact or material)', empty: 'The register is empty.', noMatch: 'No entry matches the search.',
    sent: 'sent', active: 'Valid', withdrawn: 'Withdrawn', withdraw: 'Withdraw', confirm: 'Yes, withdraw', cancel: 'Cancel',
    ask: 'Withdraw the consent? This cannot be undone.', extract: 'Register extract for one person', person: 'Name or contact',
    make: 'Make register extract', print: 'Print', copy: 'Copy the extract', copyJson: 'Copy as JSON', needPerson: 'Enter the person’s name or contact.',
    printFailed: 'The print window could not be opened; copy the extract instead.',
  },
} as const;

const matches = (r: ConsentRecord, query: string) => {
  const q = query.trim().toLocaleLowerCase('sv');
  return !q || [r.person, r.contact, r.material].some((v) => v.toLocaleLowerCase('sv').includes(q));
};

/** Opens a print window holding the extract as plain text (never as HTML). */
function printText(title: string, text: string): boolean {
  const win = window.open('', '_blank');
  if (!win) return false;
  win.document.title = title;
  const pre = win.document.createElement('pre');
  pre.style.whiteSpace = 'pre-wrap';
  pre.textContent = text;
  win.document.body.replaceChildren(pre);
  win.print();
  return true;
}

/** The consent register: list, withdraw (with the reminder to remove the material), and a register extract. */
export function ConsentRegister({ editor, lang = 'sv', database = db(), withdraw }: ConsentRegisterProps) {
  const t = TEXT[lang];
  const records = useLiveQuery(() => database.consents.orderBy('at').reverse().toArray(), [database]);
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [person, setPerson] = useState('');
  const [extract, setExtract] = useState<ConsentExtract | null>(null);
  const confirmWithdrawal = async (id: string) => {
    setAsking(null);
    const outcome = await withdraw(id);
    setMessage(outcome.ok ? { kind: 'ok', text: outcome.reminder } : { kind: 'error', text: reasonText(outcome.reason, lang) });
  };
  const makeExtract = async () => {
    if (!person.trim()) {
      setMessage({ kind: 'error', text: t.needPerson });
      return;
    }
    setExtract(await consentExtract(database, person, editor));
  };
  const shown = (records ?? []).filter((r) => matches(r, query));
  return (
    <section className="checklist" aria-labelledby="consent-register-heading">
      <h2 id="consent-register-heading">{t.heading}</h2>
      <label>{t.filter}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'notice notice-warning'}>{message.text}</p>}
      {records && records.length === 0 && <p className="hint">{t.empty}</p>}
      {records && records.length > 0 && shown.length === 0 && <p className="hint">{t.noMatch}</p>}
      <ul className="consent-list">
        {shown.map((r) => (
          <li key={r.id} className="item" data-withdrawn={r.withdrawnAt ? 'true' : 'false'}>
            <strong><bdi>{r.person}</bdi></strong>{r.contact && <> · <bdi>{r.contact}</bdi></>}
            <div className="excerpt" dir="auto">{r.material}</div>
            <div className="meta">
              {t.sent} {r.sentAt.slice(0, 10)} · {r.withdrawnAt ? `${t.withdrawn} ${swedishDateTime(r.withdrawnAt).slice(0, 10)}` : t.active}
            </div>
            {!r.withdrawnAt && asking !== r.id && (
              <button type="button" className="action-button" onClick={() => setAsking(r.id)} aria-label={`${t.withdraw}: ${r.person} – ${r.material}`}>{t.withdraw}</button>
            )}
            {asking === r.id && (
              <div role="group" aria-label={t.ask}>
                <span>{t.ask}</span>{' '}
                <button type="button" className="action-button primary" onClick={() => void confirmWithdrawal(r.id)}>{t.confirm}</button>
                <button type="button" className="action-button" onClick={() => setAsking(null)}>{t.cancel}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form className="ask" aria-label={t.extract} onSubmit={(e) => { e.preventDefault(); void makeExtract(); }}>
        <h3>{t.extract}</h3>
        <label>{t.person}<input value={person} onChange={(e) => setPerson(e.target.value)} maxLength={300} autoComplete="off" /></label>
        <button type="submit" className="action-button">{t.make}</button>
      </form>
      {extract && (
        <div className="extract">
          <pre className="excerpt" style={{ whiteSpace: 'pre-wrap' }} aria-label={t.extract}>{extract.text}</pre>
          <button type="button" className="action-button" onClick={() => { if (!printText(`Registerutdrag – ${extract.person}`, extract.text)) setMessage({ kind: 'error', text: t.printFailed }); }}>
            {t.print}
          </button>
          <ChecklistCopyButton text={extract.text} lang={lang} label={t.copy} />
          <ChecklistCopyButton text={extract.json} lang={lang} label={t.copyJson} />
        </div>
      )}
    </section>
  );
}
