import type { Category } from '@/rules/categories';
import type { Platform } from '@/rules/snapshot';
import type { AppDB } from '@/utils/db/app-db';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { random } from '@/utils/random';

// Realistic log entries for tests and benchmarks: a municipality's accounts on three platforms, a
// few editors, the actions they take and the categories that go with them, spread over a period.

export interface SeedOptions {
  /** Same seed, same entries (ids aside). */
  seed?: number;
  /** Entries fall between `now - days` and `now`. */
  now?: Date;
  days?: number;
  /** Bulk-add in chunks of this size (keeps memory flat for 100,000 entries). */
  chunk?: number;
}

export const SEED_ACCOUNTS: Array<{ key: string; platform: Platform; page: string }> = [
  { key: 'facebook.com/sjovikskommun', platform: 'facebook', page: 'https://www.facebook.com/sjovikskommun/posts/' },
  { key: 'facebook.com/sjovikkultur', platform: 'facebook', page: 'https://www.facebook.com/sjovikkultur/posts/' },
  { key: 'facebook.com/sjovikbibliotek', platform: 'facebook', page: 'https://www.facebook.com/sjovikbibliotek/posts/' },
  { key: 'instagram.com/sjovik_kommun', platform: 'instagram', page: 'https://www.instagram.com/p/' },
  { key: 'instagram.com/sjovik_ungdom', platform: 'instagram', page: 'https://www.instagram.com/p/' },
  { key: 'x.com/sjovikkommun', platform: 'x', page: 'https://x.com/sjovikkommun/status/' },
];

export const SEED_EDITORS = [
  'Anna Berg, kommunikatör', 'Erik Lund, webbredaktör', 'Fatima Hassan, kommunikatör', 'Jonas Ek, kultursamordnare',
];

/** Each action with how often it occurs, the categories it may carry and the details editors write. */
const ACTIONS: Array<{ action: LogAction; weight: number; categories: Category[]; details: string[] }> = [
  { action: 'finding.flagged', weight: 30, categories: ['needs-reply', 'personal.id', 'personal.contact', 'prohibited.attack', 'prohibited.obscene', 'sensitive.health', 'prohibited.threat'], details: ['Markerad vid genomläsning', 'Fråga om sophämtning', 'Innehåller ett telefonnummer', 'Svordomar i kommentaren'] },
  { action: 'answered', weight: 20, categories: ['needs-reply'], details: ['Besvarad med länk till kontaktcenter', 'Svar: biblioteket öppnar 10:00 på lördagar', 'Hänvisade till felanmälan på webben', 'Svar; hänvisning till bygglovsenheten'] },
  { action: 'removed', weight: 8, categories: ['prohibited.attack', 'prohibited.hate', 'prohibited.commercial', 'personal.id'], details: ['Borttagen: personangrepp mot anställd', 'Borttagen reklam för lån', 'Borttagen efter dokumentation'] },
  { action: 'documented', weight: 8, categories: ['prohibited.threat', 'prohibited.hate', 'personal.id', 'sensitive.health'], details: ['Dokumenterad före borttagning', 'Skärmbild sparad, skickas till registrator'] },
  { action: 'delivery.queued', weight: 6, categories: [], details: ['Köad för e-post till registrator'] },
  { action: 'delivery.sent', weight: 5, categories: [], details: ['Diarienummer KS 2026/118', 'Diarienummer KS 2026/42'] },
  { action: 'delivery.saved', weight: 1, categories: [], details: ['E-postutkast sparat i Hämtade filer: öppna det och skicka till registrator.'] },
  { action: 'delivery.failed', weight: 2, categories: [], details: ['Registratorns adress svarade inte (503). Försöker igen automatiskt.'] },
  { action: 'case-handling', weight: 5, categories: ['personal.case'], details: ['Flyttad till ärendehantering; svarat var hon kan vända sig', 'Bygglovsärende, hänvisat till e-tjänsten'] },
  { action: 'police-report.considered', weight: 1, categories: ['prohibited.threat'], details: ['Hot mot politiker; chef informerad'] },
  { action: 'police-report.made', weight: 1, categories: ['prohibited.threat', 'prohibited.hate'], details: ['Polisanmäld, ärendenummer 5000-K12345-26'] },
  { action: 'false-alarm', weight: 4, categories: ['prohibited.obscene', 'prohibited.threat'], details: ['Citat ur en bok, inte ett hot', 'Ortnamnet Fittja, inte en svordom'] },
  { action: 'monitoring-round', weight: 6, categories: [], details: ['Morgonrunda klar', 'Eftermiddagsrunda klar; inget att åtgärda'] },
  { action: 'checklist.saved', weight: 1, categories: [], details: ['Basinformation kontrollerad: 9 av 10 punkter'] },
  { action: 'consent.registered', weight: 1, categories: [], details: ['Samtycke för bild från skolavslutningen'] },
  { action: 'layout.unrecognised', weight: 1, categories: [], details: ['Kommentarslistan hittades inte'] },
  { action: 'note', weight: 1, categories: [], details: ['Kontot bevakas av vikarie under semestern', 'Ring växeln: 0123-45 67 89'] },
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, a) => sum + a.weight, 0);


/** Builds `n` log entries without storing them. */
export function generateLogEntries(n: number, options: SeedOptions = {}): LogEntry[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const now = (options.now ?? new Date()).getTime();
  const span = (options.days ?? 365) * 86_400_000;
  const entries: LogEntry[] = [];
  for (let i = 0; i < n; i++) {
    let roll = next() * TOTAL_WEIGHT;
    const kind = ACTIONS.find((a) => (roll -= a.weight) < 0) ?? ACTIONS[0];
    const account = pick(SEED_ACCOUNTS);
    const categories = kind.categories.length ? [...new Set([pick(kind.categories), ...(next() < 0.2 ? [pick(kind.categories)] : [])])] : [];
    const onComment = kind.categories.length > 0;
    const post = 1000 + Math.floor(next() * 9000);
    entries.push({
      id: crypto.randomUUID(),
      at: new Date(now - Math.floor(next() * span)).toISOString(),
      by: pick(SEED_EDITORS),
      action: kind.action,
      platform: kind.action === 'note' ? null : account.platform,
      account: kind.action === 'note' ? null : account.key,
      pageUrl: onComment ? `${account.page}${post}` : null,
      commentId: onComment ? `c${post}-${Math.floor(next() * 100)}` : null,
      categories,
      detail: pick(kind.details),
    });
  }
  return entries;
}

/** Generates `n` entries and stores them; returns what it stored so a test can compute its expectations. */
export async function seedLog(db: AppDB, n: number, options: SeedOptions = {}): Promise<LogEntry[]> {
  const entries = generateLogEntries(n, options);
  const chunk = options.chunk ?? 10_000;
  for (let start = 0; start < entries.length; start += chunk) await db.log.bulkAdd(entries.slice(start, start + chunk));
  return entries;
}
