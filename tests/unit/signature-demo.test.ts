// @vitest-environment jsdom
// R3 on the demo X thread as the adapter reads it: one of the page's five replies is unsigned.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/entrypoints/x.content/adapter';
import { getPreset } from '@/rules/presets';
import { unsignedReplies } from '@/rules/signature';

const url = 'https://x.com/SjovikKommun/status/1996640000000000001';
const html = readFileSync(path.resolve(__dirname, '../../demo/x/status.html'), 'utf8');
const { snapshot } = readPage(new DOMParser().parseFromString(html, 'text/html'), url, new Date('2026-11-20T14:00:00Z'));

describe('demo X thread', () => {
  it('Helsingborg (first name and title): only the reply without a signature is listed', () => {
    const unsigned = unsignedReplies(snapshot.comments, snapshot.signedIn, getPreset('helsingborg'));
    expect(unsigned.map((c) => c.id)).toEqual(['1996640000000000021']);
  });

  it('Perstorp (first and last name and title): every reply of the page is listed', () => {
    const own = snapshot.comments.filter((c) => c.author.handle === 'SjovikKommun');
    expect(unsignedReplies(snapshot.comments, snapshot.signedIn, getPreset('perstorp'))).toHaveLength(own.length);
    expect(own).toHaveLength(5);
  });
});
