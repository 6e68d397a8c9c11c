// @vitest-environment jsdom
// R9 against the demo's profile pages as the adapters read them: who runs it, website and contact
// are there; the public-records notice and the monitoring hours are not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPage as readFacebook } from '@/entrypoints/facebook.content/adapter';
import { readPage as readInstagram } from '@/entrypoints/instagram.content/adapter';
import { readPage as readX } from '@/entrypoints/x.content/adapter';
import { evaluateBaseInformation, type BaseInformationResult, type OrganisationInfo } from '@/rules/base-information';
import { getPreset } from '@/rules/presets';
import type { Platform } from '@/rules/snapshot';

const repo = path.resolve(__dirname, '../..');
const now = new Date('2026-11-23T12:00:00Z');

function profileText(platform: Platform, file: string, url: string): string {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(repo, file), 'utf8'), 'text/html');
  const read = { facebook: readFacebook, instagram: readInstagram, x: readX }[platform];
  const text = read(doc, url, now).snapshot.profileText;
  if (!text) throw new Error(`${file}: no profile text`);
  return text;
}

const sjovik: OrganisationInfo = {
  name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen', website: 'https://www.sjovik.se', switchboard: '0510-77 00 00',
  email: 'kommun@sjovik.se', visitingAddress: 'Storgatan 1, 531 30 Sjövik', postalAddress: '', dataProtectionOfficer: '',
};

const pages: Array<[Platform, string, string]> = [
  ['facebook', 'demo/facebook/about.html', 'https://www.facebook.com/sjovikskommun/about'],
  ['x', 'demo/x/profile.html', 'https://x.com/SjovikKommun'],
  ['instagram', 'demo/instagram/profile.html', 'https://www.instagram.com/sjovikskommun/'],
];

const statuses = (results: BaseInformationResult[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));

describe.each(pages)('%s demo profile (%s)', (platform, file, url) => {
  const text = profileText(platform, file, url);

  it('Stockholm: sender, contact and website found, with quotes from the page', () => {
    const results = evaluateBaseInformation(text, getPreset('stockholm'), sjovik, platform);
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.sender.status).toBe('found');
    expect(text).toContain(byId.sender.evidence);
    expect(byId.contact.status).toBe('found');
    expect(['kommun@sjovik.se', '0510-77 00 00']).toContain(byId.contact.evidence);
    expect(byId.website.status).toBe('found');
    expect(byId.website.evidence).toMatch(/^(?:https:\/\/)?(?:www\.)?sjovik\.se$/);
    // The public-records notice is missing everywhere: never "found".
    expect(byId.terms.status).not.toBe('found');
  });

  it('Perstorp: public-records notice and monitoring hours missing', () => {
    const s = statuses(evaluateBaseInformation(text, getPreset('perstorp'), sjovik, platform));
    expect(s.sender).toBe('found');
    expect(s.contact).toBe('found');
    expect(s['public-records']).toBe('missing');
    expect(s.monitoring).toBe('missing');
    expect(s.retention).toBe('missing');
    expect(s['offensive-data']).toBe('missing');
    expect(s.writers).toBe('manual');
  });

  it('Helsingborg: both items found (clear sender, easy to contact)', () => {
    expect(statuses(evaluateBaseInformation(text, getPreset('helsingborg'), sjovik, platform))).toEqual({ sender: 'found', contact: 'found' });
  });
});

describe('per page differences', () => {
  it('Facebook about: the removal rules count for Perstorp "crimes" and Norrköping "not allowed"; Stockholm terms need a hand check', () => {
    const text = profileText(...pages[0]);
    const perstorp = evaluateBaseInformation(text, getPreset('perstorp'), sjovik, 'facebook');
    expect(perstorp.find((r) => r.id === 'crimes')).toMatchObject({
      status: 'found', evidence: 'Vi tar bort kommentarer som innehåller personangrepp, hot, reklam eller som bryter mot lagen.',
    });
    expect(statuses(perstorp).purpose).toBe('found');
    const norrkoping = statuses(evaluateBaseInformation(text, getPreset('norrkoping'), sjovik, 'facebook'));
    expect(norrkoping).toEqual({ purpose: 'found', 'content-questions': 'found', 'not-allowed': 'found', 'other-matters': 'missing' });
    const terms = evaluateBaseInformation(text, getPreset('stockholm'), sjovik, 'facebook').find((r) => r.id === 'terms');
    expect(terms?.status).toBe('manual');
    expect(terms?.note?.sv).toMatch(/inte att inlägg blir allmän handling/);
    expect(terms?.note?.en).toMatch(/^The page states rules for posts \(“.+”\) but not that posts become public records/);
  });

  it('X and Instagram: no removal rules and no purpose statement', () => {
    for (const page of pages.slice(1)) {
      const s = statuses(evaluateBaseInformation(profileText(...page), getPreset('norrkoping'), sjovik, page[0]));
      expect(s['not-allowed']).toBe('missing');
      expect(s.purpose).toBe('missing');
      expect(s['content-questions']).toBe('found');
    }
  });
});
