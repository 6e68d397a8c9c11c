import type { AppDB } from '@/utils/db/app-db';
import type { ConsentRecord } from '@/utils/db/records';
import { swedishDateTime } from '@/utils/log/time';
import { consentKindText, consentStateText } from './state';

// A register extract (registerutdrag) of the consent register for one person.

export interface ConsentExtract {
  person: string;
  createdAt: string;
  createdBy: string;
  records: ConsentRecord[];
  /** Printable Swedish text. */
  text: string;
  /** The same as JSON, for an answer by e-mail or a file. */
  json: string;
}

const normalise = (s: string) => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv');

/** Does this record concern the person (name or contact, ignoring case and extra spaces)? */
export function concernsPerson(record: ConsentRecord, person: string): boolean {
  const wanted = normalise(person);
  return wanted !== '' && (normalise(record.person) === wanted || normalise(record.contact) === wanted);
}

const day = (iso: string) => swedishDateTime(iso).slice(0, 10);

function describe(record: ConsentRecord, index: number): string {
  return [
    `${index + 1}. ${record.material}`,
    `   Person: ${record.person}`,
    `   Kontaktuppgift: ${record.contact || '–'}`,
    `   Konto: ${record.account ?? '–'}`,
    `   ${consentKindText(record, 'sv')} skickad: ${day(record.sentAt)}`,
    ...(record.minor ? [`   Under 18 år; vårdnadshavare: ${record.guardian || '–'}`] : []),
    `   Status: ${consentStateText(record, 'sv')}`,
    `   Registrerat: ${day(record.at)} av ${record.by}`,
    `   Återkallat: ${record.withdrawnAt ? day(record.withdrawnAt) : 'nej'}`,
  ].join('\n');
}

/** Everything the register holds about one person, as printable text and JSON. */
export async function consentExtract(database: AppDB, person: string, editor = '', now = new Date()): Promise<ConsentExtract> {
  const all = await database.consents.orderBy('at').toArray();
  const records = all.filter((r) => concernsPerson(r, person));
  const createdAt = now.toISOString();
  const header = [
    'Registerutdrag – samtycken och information vid publicering av bild, film och ljud',
    `Avser: ${person.trim()}`,
    `Utdraget skapat: ${day(createdAt)}${editor ? ` av ${editor}` : ''}`,
    `Antal poster: ${records.length}`,
  ].join('\n');
  const body = records.length ? records.map(describe).join('\n\n') : 'Registret innehåller inga uppgifter om personen.';
  const json = JSON.stringify({ person: person.trim(), createdAt, createdBy: editor, records }, null, 2);
  return { person: person.trim(), createdAt, createdBy: editor, records, text: `${header}\n\n${body}\n`, json };
}
