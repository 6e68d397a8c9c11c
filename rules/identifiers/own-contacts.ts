import type { OwnContacts } from '../types';
import { normaliseAddress } from './address';
import { normalisePhone } from './phone';

/** The organisation's own contact details in comparable form. */
export interface NormalisedOwnContacts {
  emails: Set<string>;
  phones: Set<string>;
  addresses: string[];
  domains: Set<string>;
}

function hostOf(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function strings(values: unknown): string[] {
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
}

const NO_OWN_CONTACTS: NormalisedOwnContacts = { emails: new Set(), phones: new Set(), addresses: [], domains: new Set() };
/** Normalised once per distinct list (by content, so a list changed in place is seen): analyze runs per comment with the same one. */
const normalisedCache = new Map<string, NormalisedOwnContacts>();

export function normaliseOwnContacts(own: OwnContacts | undefined): NormalisedOwnContacts {
  if (own === undefined || own === null) return NO_OWN_CONTACTS;
  let key: string;
  try {
    key = JSON.stringify([own.emails, own.phones, own.addresses, own.websites]);
  } catch {
    return normaliseOwnContactsNow(own);
  }
  let normalised = normalisedCache.get(key);
  if (!normalised) {
    normalised = normaliseOwnContactsNow(own);
    if (normalisedCache.size >= 32) normalisedCache.clear();
    normalisedCache.set(key, normalised);
  }
  return normalised;
}

function normaliseOwnContactsNow(own: OwnContacts | undefined): NormalisedOwnContacts {
  const emails = new Set(strings(own?.emails).map((e) => e.trim().toLowerCase()));
  const phones = new Set(strings(own?.phones).map(normalisePhone).filter((p): p is string => p !== null));
  const addresses = strings(own?.addresses).map(normaliseAddress).filter((a) => a.length > 0);
  const domains = new Set(strings(own?.websites).map(hostOf).filter((h): h is string => h !== null));
  return { emails, phones, addresses, domains };
}

/** An e-mail is the organisation's when listed, or at the domain of one of its websites. */
export function isOwnEmail(own: NormalisedOwnContacts, address: string, domain: string): boolean {
  if (own.emails.has(address)) return true;
  for (const host of own.domains) {
    if (domain === host || domain.endsWith(`.${host}`)) return true;
  }
  return false;
}

export function isOwnAddress(own: NormalisedOwnContacts, normalised: string): boolean {
  return own.addresses.some((a) => a === normalised || a.startsWith(`${normalised} `) || a.startsWith(`${normalised},`) || normalised.startsWith(a));
}
