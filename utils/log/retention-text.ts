import type { Lang } from '@/rules/explain';

// What gallring removes and what it keeps, and why, in the editor's language: for the confirmation,
// the summary after it, and the notice after the daily gallring. The log keeps the Swedish summary.

export interface RemovedCounts {
  log: number;
  evidence: number;
  outbox: number;
  decisions: number;
}

/** Old documentation kept because it has not reached the registrar, by why; and the log entries kept with it. */
export interface KeptCounts {
  keptUndelivered: number;
  /** Its delivery failed, or the browser has not granted the registrar's address. */
  keptFailed: number;
  /** Queued or being sent. */
  keptWaiting: number;
  /** An e-mail draft or a ZIP in Downloads nobody has marked as sent. */
  keptSaved: number;
  /** Old log entries about documentation kept. */
  keptLog: number;
}

const number = (lang: Lang) => (n: number) => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');
const count = (lang: Lang) => (n: number, one: string, many: string) => `${number(lang)(n)} ${n === 1 ? one : many}`;

function list(parts: string[], and: string): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
}

/** "2 loggposter, 1 dokumentationspost, 1 skickat utskick och 2 beslut om kommentarer" */
export function removedText(c: RemovedCounts, lang: Lang): string {
  const n = count(lang);
  return lang === 'sv'
    ? `${n(c.log, 'loggpost', 'loggposter')}, ${n(c.evidence, 'dokumentationspost', 'dokumentationsposter')}, `
      + `${n(c.outbox, 'skickat utskick', 'skickade utskick')} och ${number(lang)(c.decisions)} beslut om kommentarer`
    : `${n(c.log, 'log entry', 'log entries')}, ${n(c.evidence, 'documentation record', 'documentation records')}, `
      + `${n(c.outbox, 'sent delivery', 'sent deliveries')} and ${n(c.decisions, 'decision', 'decisions')} on comments`;
}

/** What is kept and why; `done` for after the gallring ("behölls"), else before it ("behålls"). Empty when nothing is. */
export function keptText(c: KeptCounts, lang: Lang, done: boolean): string {
  if (!c.keptUndelivered) return '';
  const n = count(lang);
  if (lang === 'sv') {
    const verb = done ? 'behölls' : 'behålls';
    const why = list([
      c.keptFailed ? `${number(lang)(c.keptFailed)} där sändningen misslyckades eller saknar åtkomst` : '',
      c.keptWaiting ? `${number(lang)(c.keptWaiting)} på väg` : '',
      c.keptSaved ? `${n(c.keptSaved, 'sparad', 'sparade')} som e-postutkast eller ZIP men inte ${c.keptSaved === 1 ? 'markerad som skickad' : 'markerade som skickade'}` : '',
    ].filter(Boolean), 'och');
    const log = c.keptLog ? ` ${n(c.keptLog, 'loggpost', 'loggposter')} om ${c.keptUndelivered === 1 ? 'den' : 'dem'} ${verb} också.` : '';
    return `${n(c.keptUndelivered, 'äldre dokumentationspost', 'äldre dokumentationsposter')} ${verb} eftersom ${c.keptUndelivered === 1 ? 'den' : 'de'} ännu inte har nått registrator: ${why}.${log}`;
  }
  const verb = done ? (c.keptUndelivered === 1 ? 'was' : 'were') : (c.keptUndelivered === 1 ? 'is' : 'are');
  const why = list([
    c.keptFailed ? `${number(lang)(c.keptFailed)} whose delivery failed or lacks access` : '',
    c.keptWaiting ? `${number(lang)(c.keptWaiting)} on its way` : '',
    c.keptSaved ? `${number(lang)(c.keptSaved)} saved as an email draft or ZIP but not marked as sent` : '',
  ].filter(Boolean), 'and');
  const logVerb = done ? (c.keptLog === 1 ? 'was' : 'were') : (c.keptLog === 1 ? 'is' : 'are');
  const log = c.keptLog ? ` ${n(c.keptLog, 'log entry', 'log entries')} about ${c.keptUndelivered === 1 ? 'it' : 'them'} ${logVerb} kept too.` : '';
  return `${n(c.keptUndelivered, 'older documentation record', 'older documentation records')} ${verb} kept because ${c.keptUndelivered === 1 ? 'it has' : 'they have'} not reached the registrar yet: ${why}.${log}`;
}

/** "Gallring: … äldre än 730 dagar (före 2024-11-23) togs bort. …": the log's entry (Swedish) and the notices. */
export function purgeSummary(c: RemovedCounts & KeptCounts, days: number, cutoffDay: string, lang: Lang): string {
  const kept = keptText(c, lang, true);
  const removed = lang === 'sv'
    ? `Gallring: ${removedText(c, lang)} äldre än ${count(lang)(days, 'dag', 'dagar')} (före ${cutoffDay}) togs bort.`
    : `Gallring: ${removedText(c, lang)} older than ${count(lang)(days, 'day', 'days')} (before ${cutoffDay}) were removed.`;
  return kept ? `${removed} ${kept}` : removed;
}
