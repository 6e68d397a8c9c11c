import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db, type AppDB } from '@/utils/db/app-db';
import type { ConsentRecord } from '@/utils/db/records';
import { consentExtract, type ConsentExtract } from '@/utils/consents/extract';
import type { ConsentAnswer, RegisterOutcome, WithdrawOutcome } from '@/utils/consents/register';
import { answerProblem, consentReasonText } from '@/utils/consents/register';
import { consentKindText, consentState, consentStateText, kindUnknown } from '@/utils/consents/state';
import type { Lang } from '@/utils/ui/strings';
import { ChecklistCopyButton } from './ChecklistCopyButton';
import { swedishDate } from '@/utils/log/time';
import { useFocusFollows } from '@/utils/ui/focus-follows';

export interface ConsentRegisterProps {
  /** The editor's label on a register extract: "Anna Berg, kommunikatör". */
  editor: string;
  lang?: Lang;
  /** Where the register is read from. */
  database?: AppDB;
  /** Marks a consent withdrawn (the background does, and logs it). */
  withdraw(id: string): Promise<WithdrawOutcome>;
  /** Records the answer to a consent request (the background does, stamped with the editor, and logs it). */
  answer(input: ConsentAnswer): Promise<RegisterOutcome>;
}

const TEXT = {
  sv: {
    heading: 'Samtyckesregister', filter: 'Sök i registret (namn, kontakt eller material)', empty: 'Registret är tomt.', noMatch: 'Ingen post matchar sökningen.',
    sent: 'skickad', noAnswerNeeded: 'allmänt intresse, inget svar behövs', withdraw: 'Återkalla', confirm: 'Ja, återkalla', cancel: 'Avbryt',
    ask: 'Återkalla samtycket? Det går inte att ångra.', extract: 'Registerutdrag för en person', person: 'Namn eller kontaktuppgift',
    make: 'Skapa registerutdrag', print: 'Skriv ut', copy: 'Kopiera utdraget', copyJson: 'Kopiera som JSON', needPerson: 'Ange personens namn eller kontaktuppgift.',
    printFailed: 'Utskriftsfönstret kunde inte öppnas; kopiera utdraget i stället.',
    record: 'Registrera svar', answerHeading: 'Svar på samtyckesfrågan', answers: { given: 'Samtycke givet', refused: 'Nekat', informed: 'Det var information (allmänt intresse), inget svar behövs' },
    from: 'Svaret kom från', fromPerson: 'Personen själv', fromGuardian: 'Vårdnadshavare', guardian: 'Vårdnadshavarens namn', answeredAt: 'Svaret kom',
    saveAnswer: 'Spara svaret', answered: 'Svaret är registrerat:', minor: 'Under 18 år', guardianIs: 'vårdnadshavare',
  },
  en: {
    heading: 'Consent register', filter: 'Search the register (name, contact or material)', empty: 'The register is empty.', noMatch: 'No entry matches the search.',
    sent: 'sent', noAnswerNeeded: 'public interest, no answer needed', withdraw: 'Withdraw', confirm: 'Yes, withdraw', cancel: 'Cancel',
    ask: 'Withdraw the consent? This cannot be undone.', extract: 'Register extract for one person', person: 'Name or contact',
    make: 'Make register extract', print: 'Print', copy: 'Copy the extract', copyJson: 'Copy as JSON', needPerson: 'Enter the person’s name or contact.',
    printFailed: 'The print window could not be opened; copy the extract instead.',
    record: 'Record the answer', answerHeading: 'Answer to the consent request', answers: { given: 'Consent given', refused: 'Refused', informed: 'It was information (public interest), no answer needed' },
    from: 'The answer came from', fromPerson: 'The person', fromGuardian: 'The guardian', guardian: 'The guardian’s name', answeredAt: 'The answer came',
    saveAnswer: 'Save the answer', answered: 'The answer is recorded:', minor: 'Under 18', guardianIs: 'guardian',
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

/**
 * A consent given, or information sent, can be withdrawn; so can an entry from before Uppsikt asked what
 * was sent (it may have been published). A request waiting for its answer, or refused, has nothing to withdraw.
 */
function withdrawable(record: ConsentRecord): boolean {
  const state = consentState(record);
  return state === 'given' || state === 'informed' || (state === 'asked' && kindUnknown(record));
}

/** The answer to a consent request: given or refused, by whom (a guardian for a minor), and when. */
function AnswerForm({ record, lang, onSave, onCancel }: {
  record: ConsentRecord; lang: Lang; onSave(input: ConsentAnswer): Promise<string | null>; onCancel(): void;
}) {
  const t = TEXT[lang];
  const [choice, setChoice] = useState<ConsentAnswer['answer']>('given');
  const [by, setBy] = useState<ConsentAnswer['answeredBy']>(record.minor ? 'guardian' : 'person');
  const [guardian, setGuardian] = useState(record.guardian ?? '');
  const [answeredAt, setAnsweredAt] = useState(swedishDate(new Date()));
  const [error, setError] = useState<string | null>(null);
  const choices: Array<ConsentAnswer['answer']> = kindUnknown(record) ? ['given', 'refused', 'informed'] : ['given', 'refused'];
  const submit = async () => {
    setError(await onSave({ answerTo: record.id, answer: choice, answeredBy: by, answeredAt, ...(by === 'guardian' ? { guardian } : {}) }));
  };
  return (
    <form className="ask" aria-label={`${t.answerHeading}: ${record.person}`} noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <fieldset>
        <legend>{t.answerHeading}</legend>
        {choices.map((c) => (
          <label key={c}><input type="radio" name={`answer-${record.id}`} value={c} checked={choice === c} onChange={() => setChoice(c)} autoFocus={choice === c} /> {t.answers[c]}</label>
        ))}
      </fieldset>
      {choice !== 'informed' && (
        <>
          <fieldset>
            <legend>{t.from}</legend>
            <label><input type="radio" name={`by-${record.id}`} value="person" checked={by === 'person'} onChange={() => setBy('person')} /> {t.fromPerson}</label>
            <label><input type="radio" name={`by-${record.id}`} value="guardian" checked={by === 'guardian'} onChange={() => setBy('guardian')} /> {t.fromGuardian}</label>
          </fieldset>
          {by === 'guardian' && <label>{t.guardian}<input value={guardian} onChange={(e) => setGuardian(e.target.value)} maxLength={200} autoComplete="off" /></label>}
          <label>{t.answeredAt}<input type="date" value={answeredAt} onChange={(e) => setAnsweredAt(e.target.value)} required /></label>
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="action-button primary">{t.saveAnswer}</button>
      <button type="button" className="action-button" onClick={onCancel}>{t.cancel}</button>
    </form>
  );
}

/** The consent register: list, withdraw (with the reminder to remove the material), and a register extract. */
export function ConsentRegister({ editor, lang = 'sv', database = db(), withdraw, answer }: ConsentRegisterProps) {
  const t = TEXT[lang];
  const records = useLiveQuery(() => database.consents.orderBy('at').reverse().toArray(), [database]);
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [answering, setAnswering] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const messageRef = useFocusFollows<HTMLParagraphElement>(message);
  const [person, setPerson] = useState('');
  const [extract, setExtract] = useState<ConsentExtract | null>(null);
  // The extract's own problems are said beside it, not at the top among the register's messages.
  const [extractError, setExtractError] = useState<string | null>(null);
  const extractErrorRef = useFocusFollows<HTMLParagraphElement>(extractError);
  // A message belongs to the action that gave it; starting another one takes it away.
  const startAsking = (id: string) => { setMessage(null); setAnswering(null); setAsking(id); };
  const startAnswering = (id: string) => { setMessage(null); setAsking(null); setAnswering(id); };
  const confirmWithdrawal = async (id: string) => {
    setAsking(null);
    const outcome = await withdraw(id);
    setMessage(outcome.ok ? { kind: 'ok', text: outcome.reminder } : { kind: 'error', text: consentReasonText(outcome.reason, lang) });
  };
  const makeExtract = async () => {
    setMessage(null);
    if (!person.trim()) {
      setExtract(null);
      setExtractError(t.needPerson);
      return;
    }
    setExtractError(null);
    setExtract(await consentExtract(database, person, editor));
  };
  const saveAnswer = async (record: ConsentRecord, input: ConsentAnswer): Promise<string | null> => {
    // Said at once in the interface's language; the background checks the same again.
    const problem = answerProblem(record, input, lang);
    if (problem) return problem;
    const outcome = await answer(input);
    if (!outcome.ok) return consentReasonText(outcome.reason, lang);
    setAnswering(null);
    setMessage({ kind: 'ok', text: `${t.answered} ${outcome.record.person} – ${consentStateText(outcome.record, lang)}` });
    return null;
  };
  const shown = (records ?? []).filter((r) => matches(r, query));
  return (
    <section className="checklist" aria-labelledby="consent-register-heading">
      <h2 id="consent-register-heading">{t.heading}</h2>
      <label>{t.filter}<input type="search" value={query} onChange={(e) => setQuery(e.target.value)} /></label>
      {message && <p ref={messageRef} tabIndex={-1} role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'notice notice-warning'}>{message.text}</p>}
      {records && records.length === 0 && <p className="hint">{t.empty}</p>}
      {records && records.length > 0 && shown.length === 0 && <p className="hint">{t.noMatch}</p>}
      <ul className="consent-list">
        {shown.map((r) => (
          <li key={r.id} className="item" data-withdrawn={r.withdrawnAt ? 'true' : 'false'} data-state={consentState(r)}>
            <strong><bdi>{r.person}</bdi></strong>{r.contact && <> · <bdi>{r.contact}</bdi></>}
            <div className="excerpt" dir="auto">{r.material}</div>
            <div className="meta">
              {consentKindText(r, lang)} {t.sent} {r.sentAt.slice(0, 10)} · <span className="consent-state">
                {/* "Information skickad … · Information skickad (allmänt intresse)" said it twice. */}
                {consentState(r) === 'informed' && !kindUnknown(r) ? t.noAnswerNeeded : consentStateText(r, lang)}
              </span>
            </div>
            {r.minor && <div className="meta">{t.minor}{r.guardian && <>; {t.guardianIs}: <bdi>{r.guardian}</bdi></>}</div>}
            {consentState(r) === 'asked' && answering !== r.id && (
              <button type="button" className="action-button" onClick={() => startAnswering(r.id)}
                aria-label={`${t.record}: ${r.person} – ${r.material}`}>{t.record}</button>
            )}
            {answering === r.id && (
              <AnswerForm record={r} lang={lang} onSave={(input) => saveAnswer(r, input)} onCancel={() => setAnswering(null)} />
            )}
            {withdrawable(r) && asking !== r.id && (
              <button type="button" className="action-button" onClick={() => startAsking(r.id)} aria-label={`${t.withdraw}: ${r.person} – ${r.material}`}>{t.withdraw}</button>
            )}
            {asking === r.id && (
              <div role="group" aria-label={t.ask}>
                <span>{t.ask}</span>{' '}
                <button type="button" className="action-button primary" autoFocus onClick={() => void confirmWithdrawal(r.id)}>{t.confirm}</button>
                <button type="button" className="action-button" onClick={() => setAsking(null)}>{t.cancel}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form className="ask" aria-label={t.extract} onSubmit={(e) => { e.preventDefault(); void makeExtract(); }}>
        <h3>{t.extract}</h3>
        <label>{t.person}<input value={person} onChange={(e) => setPerson(e.target.value)} maxLength={300} autoComplete="off"
          aria-invalid={extractError === t.needPerson || undefined} aria-describedby={extractError ? 'consent-extract-error' : undefined} /></label>
        <button type="submit" className="action-button">{t.make}</button>
        {extractError && <p id="consent-extract-error" ref={extractErrorRef} tabIndex={-1} role="alert" className="error">{extractError}</p>}
      </form>
      {extract && (
        <div className="extract">
          <pre className="excerpt" style={{ whiteSpace: 'pre-wrap' }} aria-label={t.extract}>{extract.text}</pre>
          <button type="button" className="action-button" onClick={() => setExtractError(printText(`Registerutdrag – ${extract.person}`, extract.text) ? null : t.printFailed)}>
            {t.print}
          </button>
          <ChecklistCopyButton text={extract.text} lang={lang} label={t.copy} />
          <ChecklistCopyButton text={extract.json} lang={lang} label={t.copyJson} />
        </div>
      )}
    </section>
  );
}
