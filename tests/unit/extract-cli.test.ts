// `npm run extract` runs the adapters and rules under Node on a saved page. It searches elements
// with the selectors as written (quick in jsdom) where the browser wraps them in :is(); what it
// reads must be exactly what the adapter reads the browser's way, on the demo and the real pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    expect(printed.comments.map((c: Record<string, unknown>) => [c.id, c.parentId, c.author, c.text, c.postedAt, c.hiddenReplies]))
      .toEqual(snapshot.comments.map((c) => [c.id, c.parentId, c.author, c.text, c.postedAt, c.hiddenReplies]));
    for (const comment of printed.comments) {
      expect(Object.keys(comment)).toEqual(expect.arrayContaining(['id', 'parentId', 'author', 'text', 'postedAt', 'byAccount', 'hiddenReplies', 'status', 'findings']));
      expect(['own', 'answered', 'unanswered', 'unknown']).toContain(comment.status);
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
});
