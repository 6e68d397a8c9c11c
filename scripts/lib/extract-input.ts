// What `npm run extract` is given: its options and the saved page. Anything wrong is a UsageError
// whose message says what to do; the command prints it and exits 2, never with a stack trace.
import { readFileSync } from 'node:fs';
import type { Platform } from '@/rules/snapshot';
import { platformOf } from '@/utils/platform-name';
import { savedPageText } from './saved-page-text';

export class UsageError extends Error {}

/** --help: the usage is printed, and nothing else done. */
export class HelpAsked extends Error {}

export interface ExtractInput {
  url: string;
  platform: Platform;
  account: string | null;
  now: Date;
  file: string;
}

const OPTIONS = ['url', 'account', 'now'] as const;

/** 2026-11-23, 2026-11-23T12:00, 2026-11-23T12:00:00.000+01:00 … */
const ISO_TIME = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$/;

export const EXTRACT_USAGE = 'Användning: npm run --silent extract -- --url URL [--account ANVÄNDARNAMN_ELLER_ADRESS] [--now ISO-TID] FIL.html (eller - för standard in)';
type Option = (typeof OPTIONS)[number];

/** "x.com/a/status/1" as "https://x.com/a/status/1": people copy addresses without the scheme. */
export function withScheme(address: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
}

/** `--url URL [--account HANDLE_OR_URL] [--now ISO] FILE.html`, each option also as `--name=value`. */
export function parseArguments(args: string[]): ExtractInput {
  const values: Partial<Record<Option, string>> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') throw new HelpAsked();
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(OPTIONS as readonly string[]).includes(name)) throw new UsageError(`Okänt val --${name}: extract tar --url, --account och --now.`);
    const value = inline ?? (args[i + 1]?.startsWith('--') ? undefined : args[++i]);
    if (!value) throw new UsageError(`--${name} saknar värde.`);
    values[name as Option] = value;
  }
  if (!values.url) throw new UsageError('Ange sidans adress med --url (t.ex. https://www.facebook.com/sjovikskommun/posts/1).');
  // `--account FILE.html` with the account left out took the file for the account.
  if (files.length === 0 && /\.html?$/i.test(values.account ?? '')) throw new UsageError(`--account saknar värde (${values.account} är den sparade sidans fil).`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'Ange den sparade sidans fil.' : `Ange en fil, inte ${files.length}: ${files.join(', ')}.`);
  const url = withScheme(values.url);
  const platform = /^https?:\/\//i.test(url) ? platformOf(url) : null;
  if (!platform) throw new UsageError(`Okänd plattform för ${values.url}: Facebook, Instagram och X stöds (https://…).`);
  // Only a date, or a date and time, as ISO 8601: JavaScript read "5" as 1 May 2001.
  if (values.now !== undefined && !ISO_TIME.test(values.now)) throw new UsageError(`--now ${values.now} är ingen tidpunkt: skriv till exempel 2026-11-23T12:00:00Z.`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now ${values.now} är ingen tidpunkt: skriv till exempel 2026-11-23T12:00:00Z.`);
  return { url, platform, account: values.account ?? null, now, file: files[0] };
}

/** The saved page's HTML, from a file or from standard input (`-`); an empty, binary or non-HTML file is refused with what it is. */
export function readSavedPage(file: string): string {
  const name = file === '-' ? 'Standard in' : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new UsageError(`Kunde inte läsa ${name}: ${(error as Error).message}`);
  }
  const html = savedPageText(bytes);
  if (html === null) throw new UsageError(`${name} är inte en textfil: ange sidan sparad som HTML.`);
  if (html.trim() === '') throw new UsageError(`${name} är tom: spara sidan igen (Spara sida som … → Webbsida, fullständig eller endast HTML).`);
  if (!/<(!doctype|html|head|body|div|main|article)\b/i.test(html)) throw new UsageError(`${name} innehåller ingen HTML: ange sidan sparad som HTML.`);
  return html;
}

/**
 * The site the saved page says it is from (its canonical address, else og:url), when that is another
 * platform than --url names: it would be read as a page of the wrong site and give no comments.
 */
export function savedFromOtherPlatform(doc: Document, platform: Platform): { platform: Platform; address: string } | null {
  const address = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const saved = address ? platformOf(address) : null;
  return address && saved && saved !== platform ? { platform: saved, address } : null;
}
