import type { AuthorRef, Platform } from '@/rules/snapshot';
import { publishingFrequency } from '@/rules/monitoring';
import { sha256Hex } from './hash';
import { IMAGE_FILE } from './record';
import { isolatedWhereNeeded } from './isolate';
import { framed, oneLine } from './quoted';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';
import { followersPhrase } from '@/utils/page/followers-phrase';
import { getPreset } from '@/rules/presets';
import type { Settings } from '@/utils/settings/schema';

/** Half-year documentation (R13) or documentation before closing (R14) of an account's start page. */
export interface AccountDocument {
  schema: 'uppsikt.account-documentation/1';
  id: string;
  reason: 'half-year' | 'closing';
  platform: Platform;
  pageUrl: string;
  account: AuthorRef | null;
  /** The organisation documenting, and the policy it works by (settings); absent from records made before them. */
  organisation?: { name: string; department: string } | null;
  policy?: { id: string; name: string } | null;
  profileText: string | null;
  /** As the page shows it ("1 234 följare"), when it does. */
  followers: string | null;
  postsLast7Days: number;
  postsLast30Days: number;
  editor: string;
  capturedAt: string;
  browser: string;
  extensionVersion: string;
  image: { file: string; sha256: string } | null;
}

/** "1 234 följare", "5,678 Followers", "12 tn följare": the count as the page writes it. */
export function followersFrom(text: string | null): string | null {
  const found = followersPhrase(text);
  return found ? `${found.count} följare` : null;
}

export function buildAccountDocument(input: {
  id: string; reason: AccountDocument['reason']; platform: Platform; pageUrl: string; account: AuthorRef | null;
  profileText: string | null; followersShown?: string | null; postTimes: string[]; editor: string; capturedAt: string; browser: string;
  extensionVersion: string; imageSha256: string | null;
  /** The organisation and its policy; without them the record names neither. */
  settings?: Pick<Settings, 'organisation' | 'policy'>;
}): AccountDocument {
  const frequency = publishingFrequency(input.postTimes, new Date(input.capturedAt));
  const { settings } = input;
  const preset = settings ? getPreset(settings.policy.presetId) : null;
  return {
    schema: 'uppsikt.account-documentation/1', id: input.id, reason: input.reason, platform: input.platform,
    pageUrl: input.pageUrl, account: input.account,
    organisation: settings ? { name: settings.organisation.name, department: settings.organisation.department } : null,
    policy: preset ? { id: preset.id, name: preset.source } : null,
    profileText: input.profileText, followers: followersFrom(input.followersShown ?? null) ?? followersFrom(input.profileText),
    postsLast7Days: frequency.last7, postsLast30Days: frequency.last30, editor: input.editor, capturedAt: input.capturedAt,
    browser: input.browser, extensionVersion: input.extensionVersion,
    image: input.imageSha256 ? { file: IMAGE_FILE, sha256: input.imageSha256 } : null,
  };
}

export async function serialiseAccountDocument(doc: AccountDocument): Promise<{ json: string; sha256: string }> {
  const json = JSON.stringify(doc, null, 2);
  return { json, sha256: await sha256Hex(json) };
}

/** The account by its name, else its handle, else its page: on one line, its direction its own. */
function accountName(doc: AccountDocument): string {
  return isolatedWhereNeeded(oneLine(doc.account?.name.trim() || doc.account?.handle || doc.pageUrl));
}

export function accountSubject(doc: AccountDocument): string {
  const what = doc.reason === 'closing' ? 'Dokumentation inför avslut' : 'Halvårsdokumentation';
  return `${what} – ${accountName(doc)} (${PLATFORM_NAMES[doc.platform]}) ${swedishDateTime(doc.capturedAt).slice(0, 10)}`;
}

export function accountLines(doc: AccountDocument, recordSha256: string): string[] {
  return [
    doc.reason === 'closing'
      ? 'Dokumentation av kontot innan det avslutas, för registrering som allmän handling.'
      : 'Halvårsdokumentation av kontots startsida, för registrering som allmän handling.',
    '',
    ...(doc.organisation ? [`Organisation: ${[doc.organisation.name, doc.organisation.department].filter(Boolean).join(', ') || '–'}`] : []),
    `Konto: ${doc.account ? accountName(doc) : '–'}${doc.account?.url ? ` (${oneLine(doc.account.url)})` : ''}`,
    `Plattform: ${PLATFORM_NAMES[doc.platform]}`,
    `Sida: ${doc.pageUrl}`,
    ...(doc.policy ? [`Policy: ${doc.policy.name}`] : []),
    `Följare: ${doc.followers ?? 'visas inte på sidan'}`,
    // The page loads posts as it is scrolled: the ones not loaded were not counted, so these are lower bounds.
    `Inlägg senaste 7 dagarna: minst ${doc.postsLast7Days}; senaste 30 dagarna: minst ${doc.postsLast30Days} (bara inlägg som var inlästa på sidan)`,
    // The browser photographs the window, not the page: a long start page is not all in the picture.
    ...(doc.image ? ['Skärmbild: den del av sidan som syntes i webbläsarfönstret, inte hela startsidan.'] : []),
    `Dokumenterad av: ${doc.editor}`,
    `Dokumenterad: ${inSwedishTime(doc.capturedAt)}`,
    `Webbläsare: ${doc.browser}`,
    `Version av Uppsikt: ${doc.extensionVersion}`,
    `SHA-256 för handling.json: ${recordSha256}`,
    ...(doc.image ? [`SHA-256 för ${doc.image.file}: ${doc.image.sha256}`] : []),
    '',
    // The page's text last and framed, as a comment's (package.ts): it cannot pass for a field.
    ...(doc.profileText === null ? ['Profiltext: visas inte på sidan'] : framed('Profiltext som den visades', 'Slut på profiltexten', doc.profileText)),
  ];
}
