// What a badge on the page says: its label, and a tooltip with what was found, the policy clause and
// what to do next; a comment the site shows only in part says that only its start was checked.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';
import { getPreset, PRESETS } from '@/rules/presets';
import { CATEGORIES } from '@/rules/categories';
import { explain } from '@/rules/explain';
import type { Finding } from '@/rules/types';
import { badgeText, BadgeTexts } from '@/utils/page/badge-text';
import type { PageWorkItem } from '@/utils/report';

const waiting = (over: Partial<PageWorkItem> = {}): PageWorkItem => ({
  commentId: 'c1', author: { name: 'Lisa Berg', handle: null, url: null }, text: 'Vilken tid öppnar ni på lördagar?',
  status: 'unanswered', ageOfficeHours: 26.4, due: 'overdue', group: 'unanswered', categories: ['needs-reply'],
  findings: analyze('Vilken tid öppnar ni på lördagar?'), action: 'answer', followUps: [], truncated: false, postedAt: null, ...over,
});

const threatText = 'Kommunalrådet borde skjutas, vi vet var du bor.';
const threat = (over: Partial<PageWorkItem> = {}): PageWorkItem => waiting({
  commentId: 'c2', text: threatText, status: 'answered', ageOfficeHours: null, due: null, group: 'act-now',
  categories: ['prohibited.threat'], findings: analyze(threatText), action: 'police-report', ...over,
});

describe('badge text', () => {
  it('names whose comment it is, without the writer\'s direction controls (the badges are reached one after another)', () => {
    expect(badgeText(waiting(), 'stockholm', 'sv').about).toBe('Lisa Berg');
    expect(badgeText(waiting({ author: { name: 'Kent \u202ElhaD', handle: 'kent', url: null } }), 'stockholm', 'sv').about).toBe('Kent lhaD');
    expect(badgeText(waiting({ author: { name: '', handle: 'anna_b', url: null } }), 'stockholm', 'en').about).toBe('anna_b');
  });

  it('an unanswered question: how long it has waited in office hours, since when, the clause and what to do', () => {
    const text = badgeText(waiting({ postedAt: '2026-12-01T04:10:00.000Z', postedShown: { label: '3 d', precision: 'day' } }), 'stockholm', 'sv');
    expect([text.label, text.glyph, text.tone]).toEqual(['Obesvarad 26 h – försenad', 'overdue', 'warning']);
    expect(text.details).toEqual([
      'Hittat: Fråga att besvara – ”Vilken tid öppnar ni på lördagar?”',
      // The site says "3 d" for the same comment: the tooltip says how the badge counts, and the day no more precisely than that.
      'Inget svar från kontot i tråden; har väntat 26 h räknat i kontorstid (kvällar, helger och helgdagar räknas inte). Publicerad omkring 2026-12-01 (sidan: ”3 d”)',
      'Policy (Stockholms stad): Under normal kontorstid och utan onödigt dröjsmål (Besvara frågor och kommentarer).',
      'Gör så här: Svara i tråden, eller markera kommentaren som besvarad i sidopanelen om den har besvarats på annat sätt',
    ]);
    const norrkoping = badgeText(waiting(), 'norrkoping', 'en').details;
    expect(norrkoping.some((d) => d.startsWith('Policy (Norrköpings kommun, quoted in Swedish): ') && d.includes(getPreset('norrkoping').responseClause))).toBe(true);
    expect(norrkoping.some((d) => /^No reply from the account in the thread; waiting 26 h counted in office hours/.test(d))).toBe(true);
  });

  it('an unanswered comment with profanity names it on the badge and explains it once in the tooltip, since its words are marked', () => {
    const text = 'Bada i skiten själva, fan vad kass kommunen är.';
    const findings = analyze(text).filter((f) => f.confidence >= 0.5);
    const item = waiting({ text, findings, categories: ['prohibited.obscene'], ageOfficeHours: 9.2, due: null });
    const sv = badgeText(item, 'helsingborg', 'sv');
    expect(sv.label).toBe('Obesvarad 9 h · Svordomar och obscena ord');
    // One line per category, its words each once; a word list's internal entry name is nothing to an editor.
    expect(sv.details.filter((d) => d.startsWith('Hittat: Svordomar och obscena ord'))).toEqual([
      'Hittat: Svordomar och obscena ord – ”skiten”, ”fan”',
    ]);
    expect(sv.details.filter((d) => d === 'Gör så här: Granska')).toHaveLength(1);
    expect(badgeText(item, 'helsingborg', 'en').label).toBe('Unanswered 9 h · Profanity and obscene words');
  });

  it('says when it was posted no more precisely than the page showed it: a clock time only where the page gave one', () => {
    const posted = (postedShown: PageWorkItem['postedShown'], lang: 'sv' | 'en' = 'sv') =>
      badgeText(waiting({ postedAt: '2026-11-12T13:05:00.000Z', postedShown }), 'stockholm', lang).details[1].replace(/^.*\. (Publicerad|Posted) /, '');
    expect(posted({ label: '12 nov kl. 14:05', precision: 'clock' })).toBe('2026-11-12 14:05');
    expect(posted({ label: '12 nov', precision: 'date' })).toBe('2026-11-12');
    expect(posted({ label: '3 v', precision: 'week' })).toBe('omkring 2026-11-12 (sidan: ”3 v”)');
    expect(posted({ label: '1 mån', precision: 'month' })).toBe('omkring 2026-11 (sidan: ”1 mån”)');
    expect(posted({ label: '3w', precision: 'week' }, 'en')).toBe('around 2026-11-12 (the page: "3w")');
    // Without word of what the page showed, the day worked out, not a minute.
    expect(posted(undefined)).toBe('omkring 2026-11-12');
  });

  it('a comment whose time could not be read says so instead of an age', () => {
    const text = badgeText(waiting({ ageOfficeHours: null, due: null, findings: [], categories: [] }), 'stockholm', 'sv');
    expect(text.label).toBe('Obesvarad tid okänd');
    expect(text.details[0]).toBe('Inget svar från kontot i tråden; det gick inte att se på sidan när kommentaren skrevs');
  });

  it('kept texts follow a comment whose posting time is learnt', () => {
    const texts = new BadgeTexts();
    const before = texts.get(waiting(), 'stockholm', 'sv');
    const after = texts.get(waiting({ postedAt: '2026-12-01T04:10:00.000Z', postedShown: { label: '', precision: 'exact' } }), 'stockholm', 'sv');
    expect(after.details.some((d) => d.includes('Publicerad 2026-12-01 05:10'))).toBe(true);
    expect(before.details.some((d) => d.includes('Publicerad'))).toBe(false);
    // The same instant, read from "45 min" instead: the day only.
    const aged = texts.get(waiting({ postedAt: '2026-12-01T04:10:00.000Z', postedShown: { label: '45 min', precision: 'minute' } }), 'stockholm', 'sv');
    expect(aged.details.some((d) => d.endsWith('Publicerad omkring 2026-12-01 (sidan: ”45 min”)'))).toBe(true);
  });

  it('says when only the start of the text was checked, on an unanswered comment and on a flagged one', () => {
    for (const item of [waiting({ truncated: true }), threat({ truncated: true })]) {
      const sv = badgeText(item, 'stockholm', 'sv');
      expect(sv.details).toContain('Texten är förkortad (”Visa mer”): bara början är granskad. Öppna den så granskas resten.');
      expect(sv.label).toBe(badgeText({ ...item, truncated: false }, 'stockholm', 'sv').label);
      expect(badgeText(item, 'stockholm', 'en').details.some((d) => /^The text is shortened/.test(d))).toBe(true);
    }
    expect(badgeText(threat(), 'stockholm', 'sv').details.some((d) => /förkortad/.test(d))).toBe(false);
  });

  it('kept texts follow a comment that becomes shortened or whole', () => {
    const texts = new BadgeTexts();
    const whole = texts.get(threat(), 'stockholm', 'sv');
    const shortened = texts.get(threat({ truncated: true }), 'stockholm', 'sv');
    expect(shortened).not.toBe(whole);
    expect(shortened.details.length).toBe(whole.details.length + 1);
  });

  it('says first what an editor already did to the comment, so a second editor does not do it again; kept texts follow it', () => {
    const texts = new BadgeTexts();
    const item = threat();
    const before = texts.get(item, 'stockholm', 'sv');
    const done = ['Dokumenterad 2026-12-07 06:02 · Anna Berg', 'Polisanmäld 2026-12-07 06:04 · Anna Berg'];
    const after = texts.get(item, 'stockholm', 'sv', undefined, done);
    expect(after.details.slice(0, 2)).toEqual(['Redan gjort: Dokumenterad 2026-12-07 06:02 · Anna Berg', 'Redan gjort: Polisanmäld 2026-12-07 06:04 · Anna Berg']);
    expect(after.details.slice(2)).toEqual(before.details);
    expect(after.label).toBe(before.label);
    expect(badgeText(item, 'stockholm', 'en', {}, ['Removed 2026-12-07 06:05 · Anna Berg']).details[0]).toBe('Already done: Removed 2026-12-07 06:05 · Anna Berg');
  });

  it('a flagged comment that also asks a question says in its tooltip that the question waits for an answer', () => {
    const text = 'Är badhuset anpassat för rullstol? Min son har en CP-skada.';
    const asking = (over: Partial<PageWorkItem>) => waiting({
      text, group: 'act-now', action: 'document-remove', categories: ['needs-reply', 'sensitive.health'], findings: analyze(text),
      ageOfficeHours: 18.2, due: 'soon', postedAt: '2026-12-03T05:48:00.000Z', postedShown: { label: '', precision: 'exact' }, ...over,
    });
    const sv = badgeText(asking({}), 'stockholm', 'sv');
    expect(sv.label).toBe('Känsliga personuppgifter: hälsa');
    expect(sv.details).toContain('Hittat: Fråga att besvara – ”Är badhuset anpassat för rullstol?”');
    expect(sv.details).toContain('Inget svar från kontot i tråden; har väntat 18 h räknat i kontorstid (kvällar, helger och helgdagar räknas inte). Publicerad 2026-12-03 06:48');
    expect(badgeText(asking({ status: 'unknown' }), 'stockholm', 'en').details)
      .toContain('Uppsikt cannot see whether the account has answered: replies are hidden, or a reply in the thread has only a name, no link to its writer. Expand the hidden replies and look on the page.');
    // Answered, or without a question: nothing about waiting.
    for (const item of [asking({ status: 'answered', ageOfficeHours: null, due: null }), threat()]) {
      expect(badgeText(item, 'stockholm', 'sv').details.some((d) => /Inget svar från kontot|Fråga att besvara/.test(d))).toBe(false);
    }
  });

  it('spam the policy only reviews is looked at, not answered: the tooltip says Granska, as the side panel does, with three of its words', () => {
    const text = 'GRATIS pengar! Klicka på bit.ly/snabbvinst, köp nu, rabatt 90 %, erbjudandet gäller idag, swisha 0701234567 för mer info';
    const findings = analyze(text).filter((f) => f.confidence >= 0.5 && f.category === 'prohibited.commercial');
    expect(findings.length).toBeGreaterThan(3);
    const sv = badgeText(waiting({ text, findings, categories: ['prohibited.commercial'], action: 'review', due: null, ageOfficeHours: 2 }), 'stockholm', 'sv');
    expect(sv.label).toBe('Obesvarad 2 h · Reklam eller spam');
    expect(sv.details.some((d) => d.includes('Svara i tråden'))).toBe(false);
    const found = sv.details.filter((d) => d.startsWith('Hittat: Reklam eller spam'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Hittat: Reklam eller spam – ”[^”]+”, ”[^”]+”, ”[^”]+” och \d+ till$/);
    expect(sv.details).toContain('Gör så här: Granska');
  });

  it('says what follows the removal, and quotes a long question cut at a word', () => {
    const question = 'Jag har väntat i flera veckor på beslut om bostadsanpassning för min pappa som har fortfarande inte fått någon hjälp, när får vi svar?';
    const text = `${question} Hans personnummer är 19121212-1212.`;
    const item = waiting({ text, group: 'act-now', action: 'document-remove', followUps: ['answer'], categories: ['needs-reply', 'personal.id'], findings: analyze(text) });
    const sv = badgeText(item, 'stockholm', 'sv');
    expect(sv.details).toContain('Sedan: svara på frågan utan att upprepa det som togs bort.');
    expect(sv.details.find((d) => d.startsWith('Hittat: Personnummer'))).toMatch(/\(Personnummer \(giltigt datum och kontrollsiffra\)\)$/);
    const asked = sv.details.find((d) => d.startsWith('Hittat: Fråga att besvara'))!;
    expect(asked).toMatch(/ [^ ]+…”$/);
    expect(asked.length).toBeLessThan(120);
  });

  it("says what the organisation does with a category where it departs from the preset, as the side panel does", () => {
    const text = 'Bada i skiten själva, fan vad kass kommunen är.';
    const findings = analyze(text).filter((f) => f.confidence >= 0.5);
    const item = waiting({ text, findings, categories: ['prohibited.obscene'], group: 'act-now', action: 'document-remove', status: 'answered', due: null, ageOfficeHours: null });
    expect(badgeText(item, 'stockholm', 'sv').details).toContain('Gör så här: Granska');
    const own = badgeText(item, 'stockholm', 'sv', { 'prohibited.obscene': 'document-remove' }).details;
    expect(own).toContain('Gör så här: Dokumentera, skicka till registrator, ta sedan bort');
    expect(own).not.toContain('Gör så här: Granska');
    const texts = new BadgeTexts();
    expect(texts.get(item, 'stockholm', 'sv', { 'prohibited.obscene': 'document-remove' })).not.toBe(texts.get(item, 'stockholm', 'sv'));
  });

  it('quotes a comment\'s words without the bidi controls in them, so they cannot reorder the rest of the tooltip\'s line', () => {
    const text = 'Kan ni \u202Esvara mig? Ni är idioter.';
    const item = waiting({ text, findings: analyze(text).filter((f) => f.confidence >= 0.5), categories: ['needs-reply', 'prohibited.attack'] });
    const details = badgeText(item, 'stockholm', 'sv').details;
    expect(details.filter((d) => d.startsWith('Hittat:')).length).toBeGreaterThan(0);
    expect(details.filter((d) => /[\u202A-\u202E\u2066-\u2069]/.test(d))).toEqual([]);
  });

  it('says when a comment is longer than Uppsikt reads: its end is not checked (an insult there is not flagged)', () => {
    const text = `Du är en idiot. ${'Jag har mycket att säga om budgeten. '.repeat(10)}`;
    const findings = analyze(text).filter((f) => f.confidence >= 0.5);
    const long = { text, findings, categories: ['prohibited.attack' as const], textLength: 200_000, longerThanRead: true };
    const hint = 'Texten är längre än Uppsikt läser in: bara de första 200\u00a0000 tecknen är granskade.';
    expect(badgeText(waiting(long), 'stockholm', 'sv').details).toContain(hint);
    expect(badgeText(threat(long), 'stockholm', 'sv').details).toContain(hint);
    expect(badgeText(threat({ ...long, longerThanRead: undefined }), 'stockholm', 'sv').details).not.toContain(hint);
    expect(badgeText(waiting(long), 'stockholm', 'en').details).toContain('The text is longer than Uppsikt reads: only its first 200,000 characters are checked.');
  });

  it('quotes a "Zalgo" word with its letters and a few marks each, so its marks cannot paint over the tooltip\'s other lines', () => {
    const piled = (word: string) => [...word].map((c) => c + '\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307'.repeat(4)).join('');
    const text = `Du är en ${piled('idiot')}`;
    const item = waiting({ text, findings: analyze(text).filter((f) => f.confidence >= 0.5), categories: ['needs-reply', 'prohibited.attack'] });
    const found = badgeText(item, 'stockholm', 'sv').details.find((d) => d.startsWith('Hittat: Personangrepp'));
    expect(found?.replace(/\p{M}/gu, '')).toBe('Hittat: Personangrepp – ”idiot”');
    expect(found).not.toMatch(/\p{M}{5}/u);
  });

  it('in the English UI, says in English that the policy does not mention a category: only the policy\'s own words are quoted in Swedish', () => {
    const text = 'Ni är idioter allihop.';
    const item = waiting({ text, findings: analyze(text).filter((f) => f.confidence >= 0.5), categories: ['prohibited.attack'], group: 'review', action: 'review', status: 'answered', due: null });
    expect(badgeText(item, 'stockholm', 'en').details).toContain(
      'Policy (Stockholms stad): The policy does not mention this explicitly; judge it against the city\'s terms and the law (section “Bevakning och uppsiktsplikt”).');
    expect(badgeText(item, 'stockholm', 'sv').details).toContain(
      'Policy (Stockholms stad): Policyn nämner inte detta uttryckligen; bedöm mot stadens villkor och gällande lag (Bevakning och uppsiktsplikt).');
    const obscene = 'Vilken jävla skit.';
    const helsingborg = waiting({ text: obscene, findings: analyze(obscene).filter((f) => f.confidence >= 0.5), categories: ['prohibited.obscene'], group: 'review', action: 'review', status: 'answered', due: null });
    expect(badgeText(helsingborg, 'helsingborg', 'en').details).toContain(
      'Policy (Helsingborgs stad): The instructions do not mention this explicitly; judge whether it is unsuitable material (section “Så hanterar vi materialet”).');
    // No preset's note of silence stays Swedish in the English UI.
    for (const preset of PRESETS) {
      for (const category of CATEGORIES) {
        expect(explain({ category, rule: 'x', evidence: 'x', confidence: 1 } as Finding, preset.id, 'en').clause).not.toMatch(/nämner inte/);
      }
    }
  });

  it('names each category found before the clause and the step they share: the second did not seem to have any', () => {
    const text = 'Min kollega är med i Kommunal och röstar på Sverigedemokraterna.';
    const findings = analyze(text).filter((f) => f.confidence >= 0.5);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(['sensitive.union', 'sensitive.politics']));
    const item = waiting({ text, findings, categories: ['sensitive.politics', 'sensitive.union'], group: 'act-now', action: 'document-remove', status: 'answered', due: null });
    const details = badgeText(item, 'stockholm', 'sv').details;
    const found = details.flatMap((d, i) => (d.startsWith('Hittat:') ? [i] : []));
    const policy = details.findIndex((d) => d.startsWith('Policy'));
    expect(found.length).toBe(2);
    expect(details.filter((d) => d.startsWith('Policy')).length).toBe(1);
    expect(found.every((i) => i < policy)).toBe(true);
    expect(details[policy + 1]).toBe('Gör så här: Dokumentera, skicka till registrator, ta sedan bort');
    expect(details.length).toBe(4);
  });
});
