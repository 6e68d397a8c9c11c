// `npm run extract` runs the adapters and rules under Node on a saved page. It searches elements
// with the selectors as written (quick in jsdom) where the browser wraps them in :is(); what it
// reads must be exactly what the adapter reads the browser's way, on the demo and the real pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, platformOf } from '@/utils/page/adapters';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-12-05T10:00:00.000Z';

function extract(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PAGES: Array<[string, string]> = [
  ['demo/facebook/post.html', 'https://www.facebook.com/sjovikskommun/posts/1184736902214587'],
  ['demo/facebook/about.html', 'https://www.facebook.com/sjovikskommun/about'],
  ['demo/facebook/page.html', 'https://www.facebook.com/sjovikskommun'],
  ['demo/instagram/post.html', 'https://www.instagram.com/p/DHs7kQmNwE2/'],
  ['demo/instagram/profile.html', 'https://www.instagram.com/sjovikskommun/'],
  ['demo/x/status.html', 'https://x.com/SjovikKommun/status/1996640000000000001'],
  ['../shared/fixtures/real/facebook/post-with-comments-en-2025.html', 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159/'],
  ['../shared/fixtures/real/x/status-loggedout-en-2025.html', 'https://x.com/badlogicgames/status/1991612272289161300'],
];

describe('npm run extract', () => {
  it.each(PAGES)('reads %s exactly as the adapter does in the browser\'s way, and prints the documented fields', (file, url) => {
    const run = extract('--url', url, '--now', NOW, file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    const { snapshot } = ADAPTERS[platformOf(url)!](new JSDOM(readFileSync(path.join(ROOT, file), 'utf8'), { url }).window.document, url, new Date(NOW));
    expect(printed.platform).toBe(snapshot.platform);
    expect(printed.pageKind).toBe(snapshot.pageKind);
    expect(printed.profileText).toBe(snapshot.profileText);
    expect(printed.misses).toEqual(snapshot.misses);
    // Nothing failed to read: code that needs the browser's globals (\`Node.DOCUMENT_POSITION_…\`) failed under Node.
    expect(JSON.stringify(printed.misses)).not.toMatch(/failed/);
    expect(printed.comments.map((c: Record<string, unknown>) => [c.id, c.parentId, c.author, c.text, c.postedAt, c.hiddenReplies]))
      .toEqual(snapshot.comments.map((c) => [c.id, c.parentId, c.author, c.text, c.postedAt, c.hiddenReplies]));
    // The documented fields first, in the documented order; what the command says besides comes after them.
    expect(Object.keys(printed).slice(0, 5)).toEqual(['platform', 'pageKind', 'account', 'profileText', 'comments']);
    for (const comment of printed.comments) {
      expect(Object.keys(comment).slice(0, 9)).toEqual(['id', 'parentId', 'author', 'text', 'postedAt', 'byAccount', 'hiddenReplies', 'status', 'findings']);
      expect(Object.keys(comment.author)).toEqual(['name', 'handle', 'url']);
      expect(['own', 'answered', 'unanswered', 'unknown']).toContain(comment.status);
      expect(comment.byAccount).toBe(comment.status === 'own');
    }
  });

  it('says what is wrong, and exits with 2, when the address, the platform or the file is missing', () => {
    const noUrl = extract('demo/x/status.html');
    expect([noUrl.status, noUrl.stderr]).toEqual([2, expect.stringContaining('Ange sidans adress med --url')]);
    const otherSite = extract('--url', 'https://example.com/post/1', 'demo/x/status.html');
    expect([otherSite.status, otherSite.stderr]).toEqual([2, expect.stringContaining('Okänd plattform för https://example.com/post/1')]);
    const noFile = extract('--url', 'https://x.com/a/status/1', 'demo/x/finns-inte.html');
    expect([noFile.status, noFile.stderr]).toEqual([2, expect.stringContaining('Kunde inte läsa demo/x/finns-inte.html')]);
  });

  it('refuses an empty file, a binary file and a file that is no HTML page, saying which, without a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const write = (name: string, content: string | Buffer) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const cases: Array<[string, string]> = [
      [write('tom.html', ''), 'är tom'],
      [write('blanksteg.html', ' \n\t\n'), 'är tom'],
      [write('bild.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8])), 'inte en textfil'],
      [write('data.json', '{"comments": []}'), 'ingen HTML'],
    ];
    for (const [file, said] of cases) {
      const run = extract('--url', 'https://x.com/SjovikKommun/status/1996640000000000001', file);
      expect([run.status, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(said);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads a page saved as UTF-16 (with or without a byte-order mark) or in the windows-1252 its meta names, and one given on standard input', () => {
    const [file, url] = PAGES.find(([f]) => f === 'demo/x/status.html')!;
    const utf8 = readFileSync(path.join(ROOT, file), 'utf8');
    const expected = extract('--url', url, '--now', NOW, file);
    expect(expected.status).toBe(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const le = Buffer.from(utf8, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['le-bom.html', Buffer.concat([Buffer.from([0xff, 0xfe]), le])], ['be-bom.html', Buffer.concat([Buffer.from([0xfe, 0xff]), be])], ['le.html', le]] as const) {
      writeFileSync(path.join(dir, name), bytes);
      const run = extract('--url', url, '--now', NOW, path.join(dir, name));
      expect([name, run.status, run.stderr]).toEqual([name, 0, '']);
      expect(run.stdout).toBe(expected.stdout);
    }
    const fromStdin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--url', url, '--now', NOW, '-'], { cwd: ROOT, encoding: 'utf8', input: utf8, timeout: 60_000 });
    expect([fromStdin.status, fromStdin.stderr]).toEqual([0, '']);
    expect(fromStdin.stdout).toBe(expected.stdout);

    const post = 'https://www.facebook.com/sjovikskommun/posts/1190000000000009';
    const latin = path.join(dir, 'latin.html');
    writeFileSync(latin, Buffer.from(`<html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div role="main"><div role="article">`
      + `<h2><a href="https://www.facebook.com/sjovikskommun">Sjöviks kommun</a></h2><div data-ad-preview="message"><div dir="auto">Förskolan</div></div><a href="${post}">3 d</a>`
      + `<div><div role="article" aria-label="Kommentar från Åsa Öberg för 2 dagar sedan"><a href="https://www.facebook.com/asa.oberg">Åsa Öberg</a><div dir="auto">När öppnar förskolan?</div><ul><li><a href="${post}?comment_id=1">2 d</a></li></ul></div></div>`
      + '</div></div></body></html>', 'latin1'));
    const run = extract('--url', post, '--now', NOW, latin);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const [comment] = JSON.parse(run.stdout).comments;
    expect([comment.author.name, comment.text]).toEqual(['Åsa Öberg', 'När öppnar förskolan?']);
  });

  it('says when a comment is longer than Uppsikt reads, and about how much is left out', () => {
    const post = 'https://www.facebook.com/sjovikskommun/posts/1190000000000009';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'lang.html');
    const comment = (id: string, text: string) => `<div role="article" aria-label="Kommentar från Anna Ek för 2 dagar sedan"><a href="https://www.facebook.com/anna.ek">Anna Ek</a><div dir="auto">${text}</div><ul><li><a href="${post}?comment_id=${id}">2 d</a></li></ul></div>`;
    writeFileSync(file, `<html lang="sv"><body><div role="main"><div role="article"><h2><a href="https://www.facebook.com/sjovikskommun">Sjöviks kommun</a></h2>`
      + `<div data-ad-preview="message"><div dir="auto">Budgeten</div></div><a href="${post}">3 d</a>`
      + `<div>${comment('111', 'ö'.repeat(250_000))}${comment('112', 'Kort.')}</div></div></div></body></html>`);
    const run = extract('--url', post, '--now', NOW, file);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const [long, short] = JSON.parse(run.stdout).comments;
    expect(long.text).toHaveLength(200_000);
    expect(long.charactersCut).toBeGreaterThanOrEqual(50_000);
    expect(long.charactersCut).toBeLessThan(50_020); // the name, the time and the buttons count too
    expect([short.text, short.charactersCut]).toEqual(['Kort.', null]);
  });

  it('says on stderr what of the page it did not recognise, as on a saved page of another site than --url says', () => {
    // The demo's Instagram post names no address of its own: read as X, nothing of X is on it.
    const run = extract('--url', 'https://x.com/SjovikKommun/status/1996640000000000001', '--now', NOW, 'demo/instagram/post.html');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).comments).toEqual([]);
    expect(run.stderr).toContain('Uppsikt kände inte igen allt på sidan som X-sida: ');
    expect(run.stderr).toContain('tweet (no tweets on a status page)');
  });

  it('refuses a page that says it is saved from another platform than --url names', () => {
    const run = extract('--url', 'https://x.com/SjovikKommun/status/1996640000000000001', '--now', NOW, 'tests/fixtures/facebook/post-sv.html');
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.trim()).toBe('Sidan är sparad från Facebook (https://www.facebook.com/sjovikskommun/posts/1190000000000001/), men --url är en adress på X: ange sidans egen adress.');
  });

  it('says what is wrong with an option: no value, an unknown option, a time that is no time, two files', () => {
    const url = 'https://x.com/SjovikKommun/status/1996640000000000001';
    const runs: Array<[string[], string]> = [
      [['--url', url, '--account', 'demo/x/status.html'], '--account'],
      [['--url', url, '--acount', 'SjovikKommun', 'demo/x/status.html'], 'Okänt val --acount'],
      [['--url', url, '--now', 'i går', 'demo/x/status.html'], 'i går'],
      // JavaScript reads "5" as 1 May 2001: every relative time would have been counted from then.
      [['--url', url, '--now', '5', 'demo/x/status.html'], '--now 5 är ingen tidpunkt'],
      [['--url', url, 'demo/x/status.html', 'demo/x/profile.html'], 'en fil'],
      [['--url', 'ftp://www.facebook.com/sjovikskommun', 'demo/facebook/page.html'], 'Okänd plattform'],
    ];
    for (const [args, said] of runs) {
      const run = extract(...args);
      expect([run.status, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain(said);
    }
  });

  it('says how it is used on --help, and does nothing else', () => {
    const run = extract('--help');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Användning: npm run --silent extract -- --url URL /);
  });

  it('takes --name=value as well as --name value, and an address without https://', () => {
    const spaced = extract('--url', 'https://x.com/SjovikKommun/status/1996640000000000001', '--now', NOW, 'demo/x/status.html');
    const joined = extract('--url=x.com/SjovikKommun/status/1996640000000000001', `--now=${NOW}`, 'demo/x/status.html');
    expect(joined.stderr).toBe('');
    expect(joined.status).toBe(0);
    expect(joined.stdout).toBe(spaced.stdout);
  });
});

describe('npm run extract --account', () => {
  const file = 'tests/fixtures/facebook/post-sv.html';
  const url = 'https://www.facebook.com/sjovikskommun/posts/1190000000000001';
  const PAGE = { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' };
  const statuses = (stdout: string) => Object.fromEntries(JSON.parse(stdout).comments.map((c: { id: string; status: string }) => [c.id, c.status]));

  it('finds the account by handle, by profile address with or without https:// and trailing slash, and prints it as the page shows it', () => {
    const byDefault = extract('--url', url, '--now', NOW, file);
    const expected = statuses(byDefault.stdout);
    expect([expected['7002'], expected['7001'], expected['7005'], expected['7003']]).toEqual(['own', 'answered', 'unknown', 'unanswered']);
    for (const account of ['sjovikskommun', '@SjovikSkommun', 'https://www.facebook.com/sjovikskommun/', 'facebook.com/sjovikskommun', 'https://m.facebook.com/sjovikskommun?ref=bookmarks']) {
      const run = extract('--url', url, '--now', NOW, '--account', account, file);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(JSON.parse(run.stdout).account).toEqual(PAGE);
      expect(statuses(run.stdout)).toEqual(expected);
    }
  });

  it('takes whoever on the page the account is, and says on stderr when nobody on the page is', () => {
    const run = extract('--url', url, '--now', NOW, '--account', 'https://www.facebook.com/birgitta.as', file);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.account).toEqual({ name: 'Birgitta Ås', handle: 'birgitta.as', url: 'https://www.facebook.com/birgitta.as' });
    const asBirgitta = statuses(run.stdout);
    // Her question is hers, the page's answer to it is answered by her thanks, Göran's comment is not hers to answer yet.
    expect([asBirgitta['7001'], asBirgitta['7003'], asBirgitta['7002'], asBirgitta['7004']]).toEqual(['own', 'own', 'answered', 'unanswered']);
    const nobody = extract('--url', url, '--now', NOW, '--account', 'sjovik_kommun', file);
    expect(nobody.status).toBe(0);
    expect(nobody.stderr).toContain('sjovik_kommun');
    expect(Object.values(statuses(nobody.stdout))).not.toContain('own');
  });

  it('refuses an account address on another site', () => {
    const run = extract('--url', url, '--account', 'https://x.com/SjovikKommun', file);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('https://x.com/SjovikKommun');
  });
});
