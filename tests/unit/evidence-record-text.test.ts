import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import type { Category } from '@/rules/categories';
import type { CommentSnapshot, ShownTime } from '@/rules/snapshot';
import { buildEvidenceDocument, fitCaptured, serialiseRecord, type CapturedComment, type EarlierDocumentation } from '@/utils/evidence/record';
import { accountLines, accountSubject, buildAccountDocument, serialiseAccountDocument } from '@/utils/evidence/account-record';
import { MAILTO_WITHOUT_FILES, buildEml, describeRecord, mailtoLink, packageFiles, recordLines, subjectLine } from '@/utils/evidence/package';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { CAPTURE_TEXT_LIMITS } from '@/utils/capture-limits';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import { drawnLines } from './pdf-text';

// What the registrar reads in the e-mail and the PDF: when the comment was published as precisely as
// the page said it, who documents it under which policy and why, and the comment's own text framed
// so that it cannot pass for the record's fields.

const SHOWN_AT = '2026-12-05T14:00:00.000Z'; // 15:00 Swedish time
const settings: Pick<Settings, 'organisation' | 'policy'> = {
  organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen' },
  policy: { presetId: 'stockholm' },
};

function comment(overrides: Partial<CommentSnapshot> = {}): CommentSnapshot {
  return {
    id: 'c42', parentId: null, author: { name: 'Kalle Test', handle: null, url: 'https://www.facebook.com/kalle.test' },
    text: 'Han borde skjutas. Varför svarar ni inte?', truncated: false, postedAt: '2026-12-02T14:00:00.000Z',
    postedShown: { label: '3 d', precision: 'day', shownAt: SHOWN_AT }, edited: false, hiddenReplies: false,
    permalink: 'https://www.facebook.com/sjovikskommun/posts/123?comment_id=42', ...overrides,
  };
}

function captured(overrides: Partial<CapturedComment> = {}): CapturedComment {
  return {
    platform: 'facebook', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/123',
    account: { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' },
    comment: comment(), parent: null, replies: [],
    findings: [
      { category: 'prohibited.threat', start: 4, end: 17, confidence: 0.9, rule: 'lex.prohibited.threat', evidence: 'borde skjutas', entry: 'threat.shoot' },
      { category: 'needs-reply', start: 19, end: 41, confidence: 0.8, rule: 'intent.question', evidence: 'Varför svarar ni inte?' },
    ],
    ...overrides,
  };
}

async function recordOf(input: CapturedComment, options: { id?: string; capturedAt?: string; policy?: Settings['policy']; threadCategories?: Category[]; earlier?: EarlierDocumentation[] } = {}) {
  const doc = buildEvidenceDocument({
    id: options.id ?? 'e1f3a2b4-0000-4000-8000-000000000000', captured: input, editor: 'Anna Berg, kommunikatör',
    capturedAt: options.capturedAt ?? '2026-12-05T14:01:00.000Z', browser: 'Chromium 156', extensionVersion: '0.1.0', imageSha256: 'ab'.repeat(32),
    settings: { ...settings, policy: options.policy ?? settings.policy }, threadCategories: options.threadCategories, earlier: options.earlier,
  });
  const record = await serialiseRecord(doc);
  return { doc, record, lines: recordLines(doc, record.sha256) };
}

const published = (lines: string[]) => lines.find((line) => line.startsWith('Publicerad: '));

describe('the publication time in the record', () => {
  it.each<[string, ShownTime['precision'], string, string]>([
    ['3 d', 'day', '2026-12-02T14:00:00.000Z', 'Publicerad: omkring 2026-12-02 (sidan visade ”3 d” 2026-12-05 15:00)'],
    ['45 min', 'minute', '2026-12-05T13:15:00.000Z', 'Publicerad: omkring 2026-12-05 (sidan visade ”45 min” 2026-12-05 15:00)'],
    ['1 v', 'week', '2026-11-28T14:00:00.000Z', 'Publicerad: omkring 2026-11-28 (sidan visade ”1 v” 2026-12-05 15:00)'],
    ['1 år', 'year', '2025-12-05T14:00:00.000Z', 'Publicerad: omkring 2025 (sidan visade ”1 år” 2026-12-05 15:00)'],
  ])('says "%s" is a %s around a date, with the label and when it was shown, not a minute', async (label, precision, postedAt, line) => {
    const { lines, record } = await recordOf(captured({ comment: comment({ postedAt, postedShown: { label, precision, shownAt: SHOWN_AT } }) }));
    expect(published(lines)).toBe(line);
    expect(JSON.parse(record.json).comment.postedShown).toEqual({ label, precision, shownAt: SHOWN_AT });
  });

  it('gives a date shown as a date, without an hour of the computer\'s time zone', async () => {
    // "12 nov" read on a computer set to UTC: its midnight is 01:00 in Sweden.
    const { lines } = await recordOf(captured({ comment: comment({ postedAt: '2026-11-12T00:00:00.000Z', postedShown: { label: '12 nov', precision: 'date', shownAt: SHOWN_AT } }) }));
    expect(published(lines)).toBe('Publicerad: 2026-11-12 (sidan visade ”12 nov”)');
  });

  it('gives the minute only for an exact time, or a clock time the page showed', async () => {
    const { lines } = await recordOf(captured({ comment: comment({ postedAt: '2026-12-05T13:14:00.000Z', postedShown: { label: '46 min', precision: 'exact', shownAt: SHOWN_AT } }) }));
    expect(published(lines)).toBe('Publicerad: 2026-12-05 14:14 (svensk tid)');
    const clock = await recordOf(captured({ comment: comment({ postedAt: '2026-11-12T13:05:00.000Z', postedShown: { label: '12 nov kl. 14:05', precision: 'clock', shownAt: SHOWN_AT } }) }));
    expect(published(clock.lines)).toBe('Publicerad: 2026-11-12 14:05 (svensk tid; sidan visade ”12 nov kl. 14:05”)');
  });
});

describe('who documents it, under which policy and why', () => {
  it('names the organisation, the policy and its clause per finding, with the words found and no rule ids', async () => {
    const { lines, record } = await recordOf(captured());
    expect(lines).toContain('Organisation: Sjöviks kommun, Kommunikationsavdelningen');
    expect(lines).toContain('Policy: Policy för sociala medier i Stockholms stad');
    expect(lines).toContain('Fynd: ”borde skjutas” (Hot eller våld)');
    expect(lines).toContain('Policy: Policy för sociala medier i Stockholms stad – Olaga våldsskildring ska dokumenteras och därefter tas bort '
      + '(Bevakning och uppsiktsplikt, lagen om elektroniska anslagstavlor 1998:112). Om polisanmälan ska göras avgör förvaltningen i det enskilda fallet. '
      + 'Ett hot mot någon (olaga hot) räknas inte upp i lagen men är ett brott: dokumentera det och bedöm borttagning mot stadens villkor.');
    expect(lines).toContain('Åtgärd enligt policyn: Dokumentera, skicka till registrator, ta bort och överväg polisanmälan');
    expect(lines.join('\n')).not.toMatch(/Regler:|lex\.prohibited|intent\.question/);
    const json = JSON.parse(record.json);
    expect(json.organisation).toEqual({ name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen' });
    expect(json.policy).toMatchObject({ id: 'stockholm', name: 'Policy för sociala medier i Stockholms stad', categories: [{ category: 'prohibited.threat', label: 'Hot eller våld', action: 'police-report' }] });
  });

  it('says a question apart, not as a category of a threat, in the lines and the subject', async () => {
    const { doc, lines, record } = await recordOf(captured());
    expect(lines).toContain('Kategorier: Hot eller våld');
    expect(lines).toContain('Innehåller även en fråga till organisationen.');
    expect(`${lines.join('\n')}\n${subjectLine(doc)}`).not.toContain('Fråga att besvara');
    expect(JSON.parse(record.json).containsQuestion).toBe(true);
  });

  it('says when the organisation chose another action than the policy', async () => {
    const { lines } = await recordOf(captured(), { policy: { presetId: 'stockholm', categoryActions: { 'prohibited.threat': 'document-remove' } } });
    expect(lines).toContain('Åtgärd enligt organisationens val: Dokumentera, skicka till registrator, ta sedan bort');
  });
});

describe('a comment that writes lines like the record\'s', () => {
  const forged = 'Hej\nSHA-256 för handling.json: 0000000000000000000000000000000000000000000000000000000000000000\nDokumenterad av: Någon annan';
  const hostile = captured({
    comment: comment({ text: forged, author: { name: 'Kalle\nDokumenterad av: Eva', handle: null, url: null } }),
    parent: comment({ id: 'c41', text: 'Dokumenterad: 2020-01-01 00:00 (svensk tid)' }),
  });

  it('cannot pass for a field in the e-mail: every field comes first, its text is framed and each line marked', async () => {
    const { doc, record, lines } = await recordOf(hostile);
    const mail = await PostalMime.parse(buildEml({ to: 'registrator@sjovik.se', from: '', subject: subjectLine(doc), lines, files: packageFiles(record, null, null) }));
    const text = (mail.text ?? '').split('\r\n');
    expect(text.filter((line) => line.startsWith('Dokumenterad av:'))).toEqual(['Dokumenterad av: Anna Berg, kommunikatör']);
    expect(text.filter((line) => line.startsWith('SHA-256 för handling.json:'))).toEqual([`SHA-256 för handling.json: ${record.sha256}`]);
    expect(text.filter((line) => line.startsWith('Dokumenterad:'))).toEqual(['Dokumenterad: 2026-12-05 15:01 (svensk tid)']);
    const heading = `----- Kommentarens text (${forged.length} tecken) -----`;
    const start = text.indexOf(heading);
    expect(text.slice(start, start + 5)).toEqual([
      heading, '> Hej',
      '> SHA-256 för handling.json: 0000000000000000000000000000000000000000000000000000000000000000',
      '> Dokumenterad av: Någon annan', '----- Slut på kommentarens text -----',
    ]);
    expect(text.indexOf(`SHA-256 för handling.json: ${record.sha256}`)).toBeLessThan(start);
    expect(text).toContain('> Dokumenterad: 2020-01-01 00:00 (svensk tid)');
  });

  it('cannot pass for a field in the PDF either', async () => {
    const { doc, record, lines } = await recordOf(hostile);
    const drawn = await drawnLines(await buildEvidencePdf({ title: subjectLine(doc), image: null, lines, font: null }));
    expect(drawn.filter((line) => line.startsWith('Dokumenterad av:'))).toEqual(['Dokumenterad av: Anna Berg, kommunikatör']);
    expect(drawn.filter((line) => line.startsWith('SHA-256 för handling.json:'))).toEqual([`SHA-256 för handling.json: ${record.sha256}`]);
    expect(drawn).toContain('> Dokumenterad av: Någon annan');
  });

  it('nor can an account\'s profile text in its half-year documentation', () => {
    const doc = buildAccountDocument({
      id: 'a1', reason: 'half-year', platform: 'x', pageUrl: 'https://x.com/sjovik', account: { name: 'Sjöviks kommun', handle: 'sjovik', url: null },
      profileText: 'Välkommen!\nDokumenterad av: Någon annan', postTimes: [], editor: 'Anna Berg', capturedAt: SHOWN_AT,
      browser: 'Chromium', extensionVersion: '0.1.0', imageSha256: null,
    });
    const lines = accountLines(doc, 'f'.repeat(64));
    expect(lines.filter((line) => line.startsWith('Dokumenterad av:'))).toEqual(['Dokumenterad av: Anna Berg']);
    expect(lines.slice(-4)).toEqual(['----- Profiltext som den visades -----', '> Välkommen!', '> Dokumenterad av: Någon annan', '----- Slut på profiltexten -----']);
  });
});

describe('an account\'s half-year documentation (R13)', () => {
  it('says the screenshot is the part of the page the window showed, and that the posts counted are only those loaded', () => {
    const doc = buildAccountDocument({
      id: 'a2', reason: 'half-year', platform: 'facebook', pageUrl: 'https://www.facebook.com/sjovikskommun', account: { name: 'Sjöviks kommun', handle: null, url: null },
      profileText: null, postTimes: ['2026-12-04T10:00:00.000Z', '2026-11-20T10:00:00.000Z'], editor: 'Anna Berg', capturedAt: '2026-12-05T14:00:00.000Z',
      browser: 'Chromium', extensionVersion: '0.1.0', imageSha256: 'e'.repeat(64),
    });
    const lines = accountLines(doc, 'f'.repeat(64));
    expect(lines).toContain('Skärmbild: den del av sidan som syntes i webbläsarfönstret, inte hela startsidan.');
    expect(lines).toContain('Inlägg senaste 7 dagarna: minst 1; senaste 30 dagarna: minst 2 (bara inlägg som var inlästa på sidan)');
  });
});

describe('a comment without text', () => {
  it('says it had none to read, so the empty frame is no text lost on the way', async () => {
    const { lines } = await recordOf(captured({ comment: comment({ text: ' \n ' }) }));
    expect(lines).toContain('Kommentaren har ingen text som Uppsikt kunde läsa (bara blanksteg, eller en bild eller länk); skärmbilden visar den.');
    const { lines: withText } = await recordOf(captured({ comment: comment({ text: 'Hej' }) }));
    expect(withText.some((line) => line.startsWith('Kommentaren har ingen text'))).toBe(false);
  });
});

describe('a text documented only in part', () => {
  it('says the site showed it shortened ("Visa mer"), and says nothing of the kind for a whole text', async () => {
    const { lines, record } = await recordOf(captured({ comment: comment({ truncated: true, text: 'Ni borde alla skjutas för det här och…' }) }));
    expect(lines).toContain('Texten var förkortad på sidan ("Visa mer"); bara den synliga delen är dokumenterad.');
    expect(JSON.parse(record.json).comment.truncated).toBe(true);
    const whole = await recordOf(captured());
    expect(whole.lines.join('\n')).not.toMatch(/förkortad|längre än Uppsikt/);
    expect(JSON.parse(whole.record.json).comment).toMatchObject({ truncated: false, textCut: null });
  });

  it('says a text cut at what Uppsikt reads, and how much was left out when it is known', async () => {
    const full = 'a'.repeat(CAPTURE_TEXT_LIMITS.facebook);
    const atLimit = await recordOf(captured({ comment: comment({ text: full }) }));
    expect(atLimit.lines).toContain('Texten är längre än Uppsikt läser in: de första 200 000 tecknen är dokumenterade, resten är inte med.');
    const counted = await recordOf(captured({ comment: comment({ text: full }), charactersCut: 1234 }));
    expect(counted.lines).toContain('Texten är längre än Uppsikt läser in: de första 200 000 tecknen är dokumenterade, omkring 1 234 tecken till är inte med.');
    expect(JSON.parse(counted.record.json).comment.textCut).toEqual({ charactersCut: 1234 });
    // Cut again by the background's limit: that is counted too.
    const long = fitCaptured(captured({ platform: 'x', comment: comment({ text: 'b'.repeat(CAPTURE_TEXT_LIMITS.x + 10) }) }));
    expect(long.charactersCut).toBe(10);
  });
});

describe('the mailto: fallback', () => {
  it('works when the cut falls in an emoji, says where the rest is, and gives the checksums first', async () => {
    for (let shift = 0; shift < 4; shift++) {
      const { record, lines } = await recordOf(captured({ comment: comment({ text: `${'x'.repeat(shift)}${'😀'.repeat(2000)}` }) }));
      const link = mailtoLink('registrator@sjovik.se', 'Ämne 😀', lines);
      const body = decodeURIComponent(link.slice(link.indexOf('&body=') + 6));
      expect(body.startsWith(`${MAILTO_WITHOUT_FILES}\n\nSHA-256 för handling.json: ${record.sha256}\nSHA-256 för skarmbild.png: ${'ab'.repeat(32)}\n`)).toBe(true);
      expect(body.endsWith('… (texten fortsätter i handling.json, som inte kan bifogas här)')).toBe(true);
      expect(body.length).toBeLessThanOrEqual(1800);
    }
  });

  it('keeps the comment\'s own text before the policy\'s words, which filled the body and cut the text away', async () => {
    const text = 'Hej! Mitt personnummer är 19121212-1212 och jag vill ha svar om mitt bygglov på Storgatan 3, det har dröjt i ett halvår nu.';
    const findings: CapturedComment['findings'] = [
      { category: 'personal.id', start: 26, end: 39, confidence: 0.95, rule: 'id.personnummer', evidence: '19121212-1212' },
      { category: 'personal.case', start: 44, end: 70, confidence: 0.8, rule: 'intent.case.own-action', evidence: 'jag vill ha svar om mitt bygglov' },
      { category: 'prohibited.threat', start: 0, end: 3, confidence: 0.9, rule: 'lex.prohibited.threat', evidence: 'Hej', entry: 'x' },
    ];
    const { lines } = await recordOf(captured({ comment: comment({ text }), findings }), { policy: { presetId: 'perstorp' } });
    expect(lines.join('\n').length).toBeGreaterThan(1800); // the record in its own order would be cut
    const link = mailtoLink('registrator@sjovik.se', 'Ämne', lines);
    const body = decodeURIComponent(link.slice(link.indexOf('&body=') + 6));
    expect(body.startsWith(MAILTO_WITHOUT_FILES)).toBe(true);
    expect(body).toContain(`> ${text}\n----- Slut på kommentarens text -----`);
    expect(body.indexOf('> Hej! Mitt personnummer')).toBeLessThan(body.indexOf('Policy: Perstorp'));
    expect(body).toContain('Skribent: ');
    expect(body).toContain('Dokumenterad av: Anna Berg, kommunikatör');
  });

  it('works with a broken character in the page\'s text', () => {
    expect(() => mailtoLink('registrator@sjovik.se', 'Ämne', ['Text \uD83D slut'])).not.toThrow();
  });
});

describe('the subject line', () => {
  it('names no writer and no sensitive category (it may be the public diary\'s entry), and tells apart documents by time and id', async () => {
    const threat = await recordOf(captured(), { id: 'e1f3a2b4-0000-4000-8000-000000000000' });
    expect(subjectLine(threat.doc)).toBe('Dokumentation sociala medier – Sjöviks kommun (Facebook) 2026-12-05 15:01 – otillåtet innehåll, fråga (e1f3a2b4)');
    const health = await recordOf(captured({
      comment: comment({ id: 'c43', author: { name: 'Eva Ek', handle: null, url: null }, text: 'Min son har autism och får inget stöd.' }),
      findings: [{ category: 'sensitive.health', start: 12, end: 18, confidence: 0.8, rule: 'lex.sensitive.health', evidence: 'autism', entry: 'sv.health.condition' }],
    }), { id: '9c0d11aa-0000-4000-8000-000000000000' });
    const subject = subjectLine(health.doc);
    expect(subject).toBe('Dokumentation sociala medier – Sjöviks kommun (Facebook) 2026-12-05 15:01 – personuppgifter (9c0d11aa)');
    expect(subject).not.toMatch(/Eva|hälsa|autism/i);
  });

  it('keeps an account name\'s right-to-left override inside the name, so the record\'s id after it is not turned around', async () => {
    const { doc } = await recordOf(captured({ account: { name: 'Sjövik \u202Elanruk', handle: null, url: null } }), { id: '22ab3d7c-0000-4000-8000-000000000000' });
    expect(subjectLine(doc)).toContain('– \u2068Sjövik \u202Elanruk\u2069 (Facebook)');
    expect(subjectLine(doc).endsWith('(22ab3d7c)')).toBe(true);
  });
});

describe('a comment documented on the editor\'s own judgement', () => {
  it('says so, rather than leave the categories blank', async () => {
    const { lines } = await recordOf(captured({ findings: [] }));
    expect(lines).toContain('Kategorier: –');
    expect(lines).toContain('Skäl: redaktörens eget beslut; Uppsikts regler flaggade inget i kommentaren.');
    expect((await recordOf(captured())).lines.some((line) => line.startsWith('Skäl:'))).toBe(false);
  });
});

describe('the post a comment is under', () => {
  it('says who posted it, when and where, and quotes its text framed with the thread\'s', async () => {
    const post = {
      id: '123', author: { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' },
      text: 'Badhuset stänger för renovering 1–14 mars.', postedAt: '2026-12-04T08:00:00.000Z', permalink: 'https://www.facebook.com/sjovikskommun/posts/123',
    };
    const { lines, record } = await recordOf(captured({ post }));
    expect(lines).toContain('Inlägget den står under: av Sjöviks kommun, publicerat omkring 2026-12-04 09:00 (svensk tid, som Uppsikt läste sidan), https://www.facebook.com/sjovikskommun/posts/123');
    const start = lines.indexOf('----- Inlägget den står under (42 tecken) -----');
    expect(lines.slice(start, start + 3)).toEqual(['----- Inlägget den står under (42 tecken) -----', '> Badhuset stänger för renovering 1–14 mars.', '----- Slut på inlägget -----']);
    expect(JSON.parse(record.json).post).toEqual({ author: post.author, text: post.text, postedAt: post.postedAt, permalink: post.permalink });
    // A post of any length is kept to its first 20,000 characters.
    const long = fitCaptured(captured({ post: { ...post, text: 'x'.repeat(50_000) } }));
    expect(long.post?.text).toHaveLength(20_000);
  });
});

describe('a comment documented again', () => {
  it('names the earlier documentation, with its diarienummer, so the registrator knows the second for what it is', async () => {
    const { doc, lines, record } = await recordOf(captured(), {
      earlier: [{ id: '9c0d11aa-0000-4000-8000-000000000000', at: '2026-12-05T13:36:00.000Z', registrationNumber: 'KS 2026/0003' },
        { id: '1b2c3d4e-0000-4000-8000-000000000000', at: '2026-12-05T13:50:00.000Z', registrationNumber: null }],
    });
    expect(lines.filter((line) => line.startsWith('Dokumenterad tidigare'))).toEqual([
      'Dokumenterad tidigare: 2026-12-05 14:36 (KS 2026/0003, handling 9c0d11aa)',
      'Dokumenterad tidigare: 2026-12-05 14:50 (inget diarienummer mottaget, handling 1b2c3d4e)',
    ]);
    expect(JSON.parse(record.json).earlier[0]).toEqual({ id: '9c0d11aa-0000-4000-8000-000000000000', at: '2026-12-05T13:36:00.000Z', registrationNumber: 'KS 2026/0003' });
    expect((await recordOf(captured())).lines.some((line) => line.startsWith('Dokumenterad tidigare'))).toBe(false);
    expect(doc.earlier).toHaveLength(2);
  });
});

describe('the secrecy decision', () => {
  it('says where the record holds personal data, the comment\'s and the thread\'s, and that the screenshot shows the whole window', async () => {
    const withId = await recordOf(captured({
      comment: comment({ text: 'Ring mig, mitt personnummer är 19121212-1212.' }),
      findings: [{ category: 'personal.id', start: 31, end: 44, confidence: 0.95, rule: 'id.personnummer', evidence: '19121212-1212' }],
    }), { threadCategories: ['sensitive.health', 'prohibited.attack'] });
    expect(withId.lines).toContain('Sekretessprövning: personuppgifter i kommentaren (Personnummer eller annat id-nummer) och tråden runt den (Känsliga personuppgifter: hälsa). Pröva sekretess innan handlingen lämnas ut.');
    expect(JSON.parse(withId.record.json).threadCategories).toEqual(['prohibited.attack', 'sensitive.health']);
    expect(withId.lines.some((line) => line.startsWith('Skärmbilden visar fönstret som det såg ut'))).toBe(true);
    // Nothing personal found: no secrecy line, the screenshot's still.
    const plain = await recordOf(captured());
    expect(plain.lines.some((line) => line.startsWith('Sekretessprövning'))).toBe(false);
    expect(plain.lines.some((line) => line.startsWith('Skärmbilden visar'))).toBe(true);
  });
});

describe('the subject and fields of an account\'s documentation', () => {
  const accountDoc = (account: { name: string; handle: string | null; url: string | null }, withSettings = true) => buildAccountDocument({
    id: 'a3', reason: 'half-year', platform: 'x', pageUrl: 'https://x.com/sjovik', account, profileText: null, postTimes: [], editor: 'Anna Berg',
    capturedAt: SHOWN_AT, browser: 'Chromium', extensionVersion: '0.1.0', imageSha256: null, ...(withSettings ? { settings } : {}),
  });

  it('names the organisation, its department and the policy, as a comment\'s documentation does', async () => {
    const doc = accountDoc({ name: 'Sjöviks kommun', handle: 'sjovik', url: null });
    expect(doc.organisation).toEqual({ name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen' });
    expect(doc.policy).toEqual({ id: 'stockholm', name: expect.stringMatching(/Stockholm/) });
    const lines = accountLines(doc, 'f'.repeat(64));
    expect(lines).toContain('Organisation: Sjöviks kommun, Kommunikationsavdelningen');
    expect(lines.find((line) => line.startsWith('Policy: '))).toMatch(/Stockholm/);
    expect(JSON.parse((await serialiseAccountDocument(doc)).json).organisation.name).toBe('Sjöviks kommun');
  });

  it('keeps the subject on one line, isolates an override, and names the account by its handle or page when it has no name', () => {
    expect(accountSubject(accountDoc({ name: 'Sjöviks\nkommun', handle: 'sjovik', url: null }))).toBe('Halvårsdokumentation – Sjöviks kommun (X) 2026-12-05');
    expect(accountSubject(accountDoc({ name: 'Sjö \u202Ekiv', handle: 'sjovik', url: null }))).toBe('Halvårsdokumentation – \u2068Sjö \u202Ekiv\u2069 (X) 2026-12-05');
    expect(accountSubject(accountDoc({ name: '', handle: 'sjovik', url: null }))).toBe('Halvårsdokumentation – sjovik (X) 2026-12-05');
    expect(accountLines(accountDoc({ name: ' ', handle: null, url: null }), 'f'.repeat(64))).toContain('Konto: https://x.com/sjovik');
  });
});

describe('a record made before these fields', () => {
  it('is still described, its time said to be worked out', async () => {
    const { doc } = await recordOf(captured());
    const old = JSON.parse(JSON.stringify(doc));
    for (const key of ['organisation', 'policy', 'containsQuestion']) delete old[key];
    for (const key of ['postedShown', 'truncated', 'textCut']) delete old.comment[key];
    const { lines } = describeRecord(JSON.stringify(old), 'f'.repeat(64));
    expect(lines).toContain('Publicerad: 2026-12-02 15:00 (svensk tid; uträknat av Uppsikt, vad sidan visade sparades inte)');
    expect(lines).toContain('Fynd: ”borde skjutas” (Hot eller våld)');
  });
});
