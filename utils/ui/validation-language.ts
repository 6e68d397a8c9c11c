import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import sv from 'zod/v4/locales/sv.js';
import { CATEGORIES, type Category, type RecommendedAction } from '@/rules/categories';
import { actionLabel, categoryLabel } from '@/rules/explain';
import { PRESETS } from '@/rules/presets';
import { issueFacts, type IssueFacts } from '@/utils/settings/schema';
import { SETTINGS_STRINGS } from './settings-strings';
import type { Lang } from './strings';

let current: Lang | null = null;

/** Zod's own messages (a text too long, a number too small) in `lang`, for one check or for the whole page. */
export function validationErrors(lang: Lang) {
  return (lang === 'en' ? en : sv)().localeError;
}

/** Zod's own messages in the page's language, set once per change. */
export function setValidationLanguage(lang: Lang): void {
  if (current === lang) return;
  z.config({ localeError: validationErrors(lang) });
  current = lang;
}

// ---------------------------------------------------------------------------------------------
// The settings' messages for people. Zod says "Too big: expected string to have <=200 characters"
// and names fields by path ("policy.presetId"). Here each issue is said from its code and facts
// (the limit, the values allowed), and a field is named by the label the settings page shows.
// The schema's own messages (written by hand, Swedish) are used as they are, or in English.

/** What a settings problem or a zod issue is: its path, its message and, from zod, its facts. */
export interface IssueLike {
  path: string | readonly PropertyKey[];
  message: string;
  issue?: IssueFacts;
  code?: string;
}

const pathOf = (path: IssueLike['path']) => (typeof path === 'string' ? path : path.map(String).join('.'));

/** The settings page's label for each setting and section, without its example ("Namn (t.ex. …)" → "Namn"). */
function labels(lang: Lang): Record<string, string> {
  const t = SETTINGS_STRINGS[lang];
  const o = t.organisationFields;
  const e = t.editorFields;
  return {
    organisation: t.organisation,
    'organisation.name': o.name, 'organisation.department': o.department, 'organisation.website': o.website,
    'organisation.switchboard': o.switchboard, 'organisation.email': o.email, 'organisation.visitingAddress': o.visitingAddress,
    'organisation.postalAddress': o.postalAddress, 'organisation.dataProtectionOfficer': o.dataProtectionOfficer,
    editor: t.editor, 'editor.firstName': e.firstName, 'editor.lastName': e.lastName, 'editor.title': e.title,
    policy: t.policy, 'policy.presetId': t.preset, 'policy.responseHours': t.responseHours, 'policy.officeDays': t.officeDays,
    'policy.officeStart': t.officeStart, 'policy.officeEnd': t.officeEnd, 'policy.monitoringRounds': t.monitoringRounds,
    'policy.retentionDays': t.retentionDays, 'policy.retentionDecision': t.retentionDecision, 'policy.categoryActions': t.categoryActions,
    registrar: t.registrar, 'registrar.transport': t.transport, 'registrar.email': t.registrarEmail, 'registrar.endpoint': t.endpoint,
    'registrar.headers': t.headers, 'registrar.attachPdf': t.attachPdf, 'registrar.sendDecisions': t.sendDecisions,
    language: t.language, texts: t.texts, 'texts.consent': t.consentText,
    highlight: t.display, 'highlight.facebook': t.highlightOn('Facebook'), 'highlight.instagram': t.highlightOn('Instagram'), 'highlight.x': t.highlightOn('X'),
  };
}

/** "Namn (t.ex. Sjöviks kommun)" → "Namn"; "Gallring: spara loggen … i dagar" → "Gallring". */
const short = (label: string) => label.replace(/\s*\(.*\)\s*$/u, '').split(':')[0].trim();

/** The longest known setting `path` lies in, and what is left of the path after it. */
function settingOf(path: string): { setting: string | null; rest: string } {
  const known = Object.keys(labels('sv'));
  const setting = known.filter((k) => path === k || path.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0] ?? null;
  return { setting, rest: setting ? path.slice(setting.length + 1) : path };
}

/** The field a path names, as the settings page labels it: "Svarstid", "Extra HTTP-rubriker (X-Api-Key)". */
export function fieldLabel(path: string | readonly PropertyKey[], lang: Lang): string {
  const full = pathOf(path);
  const account = /^accounts\.(\d+)(?:\.(.+))?$/u.exec(full);
  if (account) {
    const name = SETTINGS_STRINGS[lang].policyAccount(Number(account[1]) + 1);
    const label = name[0].toUpperCase() + name.slice(1);
    return account[2] ? `${label} (${account[2]})` : label;
  }
  const { setting, rest } = settingOf(full);
  if (!setting) return full;
  const label = short(labels(lang)[setting]);
  if (!rest || /^\d+$/u.test(rest)) return label;
  const detail = setting === 'policy.categoryActions' && (CATEGORIES as readonly string[]).includes(rest) ? categoryLabel(rest as Category, lang) : rest;
  return `${label} (${detail})`;
}

/** The setting a path is shown in on the page: a header's name or a category's action belongs to its list. */
export function settingPath(path: string | readonly PropertyKey[]): string {
  return settingOf(pathOf(path)).setting ?? pathOf(path);
}

/** Units for numbers, so that "ange ett antal timmar" says what is counted. */
const UNITS: Record<string, Record<Lang, string>> = {
  'policy.responseHours': { sv: 'timmar', en: 'hours' },
  'policy.monitoringRounds': { sv: 'rundor', en: 'rounds' },
  'policy.retentionDays': { sv: 'dagar', en: 'days' },
};

/** A value of a list of choices, by the name the page shows for it. */
function valueName(setting: string | null, value: unknown, lang: Lang): string {
  const text = String(value);
  if (setting === 'policy.presetId') return PRESETS.find((p) => p.id === text)?.name ?? `"${text}"`;
  if (setting === 'registrar.transport') return SETTINGS_STRINGS[lang].transports[text as 'email'] ?? `"${text}"`;
  if (setting === 'language') return ({ sv: 'Svenska', en: 'English' } as Record<string, string>)[text] ?? `"${text}"`;
  if (setting === 'policy.categoryActions') return actionLabel(text as RecommendedAction, lang);
  return `"${text}"`;
}

function list(items: string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${items.at(-1)}`;
}

const number = (n: number, lang: Lang) => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');

/** The message for one of zod's own issue codes, lower-case and without a full stop ("högst 200 tecken"). */
function fromCode(facts: IssueFacts, path: string, lang: Lang): string | null {
  const sv = lang === 'sv';
  const { setting } = settingOf(path);
  const unit = setting ? UNITS[setting]?.[lang] : undefined;
  const max = facts.maximum ?? 0;
  const min = facts.minimum ?? 0;
  switch (facts.code) {
    case 'too_big':
      if (facts.origin === 'string') return sv ? `högst ${number(max, lang)} tecken` : `at most ${number(max, lang)} characters`;
      if (facts.origin === 'array' || facts.origin === 'set') return sv ? `högst ${number(max, lang)} st.` : `at most ${number(max, lang)}`;
      if (facts.inclusive === false) return sv ? `mindre än ${number(max, lang)}` : `less than ${number(max, lang)}`;
      return sv ? `högst ${number(max, lang)}${unit ? ` ${unit}` : ''}` : `at most ${number(max, lang)}${unit ? ` ${unit}` : ''}`;
    case 'too_small':
      if (facts.origin === 'string') {
        if (min <= 1) return sv ? 'får inte vara tomt' : 'must not be empty';
        return sv ? `minst ${number(min, lang)} tecken` : `at least ${number(min, lang)} characters`;
      }
      if (facts.origin === 'array' || facts.origin === 'set') return sv ? `välj minst ${number(min, lang)}` : `choose at least ${number(min, lang)}`;
      if (facts.inclusive === false) return sv ? `ange ett tal större än ${number(min, lang)}` : `give a number above ${number(min, lang)}`;
      return sv ? `minst ${number(min, lang)}${unit ? ` ${unit}` : ''}` : `at least ${number(min, lang)}${unit ? ` ${unit}` : ''}`;
    case 'invalid_type':
      switch (facts.expected) {
        case 'number': return unit ? (sv ? `ange ett antal ${unit}` : `give a number of ${unit}`) : (sv ? 'ange ett tal' : 'give a number');
        case 'int': return sv ? 'ange ett heltal' : 'give a whole number';
        case 'string': return sv ? 'ska vara en text' : 'must be a text';
        case 'boolean': return sv ? 'ska vara på eller av (true eller false)' : 'must be on or off (true or false)';
        case 'array': return sv ? 'ska vara en lista' : 'must be a list';
        case 'object': case 'record': return sv ? 'ska vara en grupp av värden inom { }' : 'must be a group of values within { }';
        default: return sv ? 'har fel typ av värde' : 'has the wrong type of value';
      }
    case 'invalid_value': {
      const names = (facts.values ?? []).map((v) => valueName(setting, v, lang));
      if (names.length === 1) return sv ? `ska vara ${names[0]}` : `must be ${names[0]}`;
      return sv ? `välj en av ${list(names, lang)}` : `choose one of ${list(names, lang)}`;
    }
    case 'invalid_format':
      if (facts.format === 'email') return sv ? 'ange en giltig e-postadress' : 'give a valid email address';
      if (facts.format === 'url') return sv ? 'ange en adress som börjar med https://' : 'give an address that starts with https://';
      return sv ? 'har fel form' : 'is not in the right form';
    case 'unrecognized_keys': {
      const keys = (facts.keys ?? []).map((k) => `"${k}"`);
      return sv ? `okänt namn ${list(keys, lang)}` : `unknown name ${list(keys, lang)}`;
    }
    case 'invalid_key': return sv ? 'ogiltigt namn' : 'invalid name';
    case 'invalid_union': case 'invalid_element': case 'not_multiple_of': return sv ? 'ogiltigt värde' : 'invalid value';
    default: return null;
  }
}

/** The schema's own messages, written by hand: known by their Swedish text. */
const isOwnMessage = (message: string) => SETTINGS_STRINGS.en.validation(message) !== message;

function plainText(issue: IssueLike, lang: Lang): string {
  if (isOwnMessage(issue.message)) return SETTINGS_STRINGS[lang].validation(issue.message);
  const facts = issue.issue ?? (issue.code ? issueFacts(issue as unknown as z.core.$ZodIssue) : undefined);
  return (facts && facts.code !== 'custom' && fromCode(facts, pathOf(issue.path), lang)) || SETTINGS_STRINGS[lang].validation(issue.message);
}

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Lower-case after a label, unless the word is an abbreviation ("HTTP"). */
const lower = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** The message under a field: "Högst 200 tecken". Takes a zod issue or a settings problem. */
export function issueText(issue: IssueLike, lang: Lang): string {
  return upper(plainText(issue, lang));
}

/** The message in a list, naming the field: "Namn: högst 200 tecken", "Utgå från policy: välj en av Stockholms stad, …". */
export function problemText(issue: IssueLike, lang: Lang): string {
  return problemsText([issue], lang);
}

/**
 * Several problems as one list, a message said once for every field it concerns ("Kontorstid till och
 * Kontorstid från: kontorstiden ska börja före den slutar …"): a check across fields fails on each of them.
 */
export function problemsText(issues: readonly IssueLike[], lang: Lang): string {
  const fieldsBySaying = new Map<string, string[]>();
  for (const issue of issues) {
    const saying = lower(plainText(issue, lang));
    const label = fieldLabel(issue.path, lang);
    const fields = fieldsBySaying.get(saying) ?? [];
    if (!fields.includes(label)) fields.push(label);
    fieldsBySaying.set(saying, fields);
  }
  const and = lang === 'sv' ? ' och ' : ' and ';
  return [...fieldsBySaying].map(([saying, fields]) => `${fields.join(and)}: ${saying}`).join('; ');
}
