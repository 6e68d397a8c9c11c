// R3: the editor's signature per preset, and which of the account's replies lack one.
import { describe, expect, it } from 'vitest';
import { isSigned, signatureFor, unsignedReplies } from '@/rules/signature';
import { getPreset } from '@/rules/presets';
import type { CommentSnapshot } from '@/rules/snapshot';

const anna = { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' };
const helsingborg = getPreset('helsingborg');
const perstorp = getPreset('perstorp');
const stockholm = getPreset('stockholm');

describe('signatureFor', () => {
  it('gives first name and title (Helsingborg), first and last name and title (Perstorp), none (Stockholm)', () => {
    expect(signatureFor(anna, helsingborg)).toBe('/Anna, kommunikatör');
    expect(signatureFor(anna, perstorp)).toBe('/Anna Berg, kommunikatör');
    expect(signatureFor(anna, stockholm)).toBeNull();
  });

  it('has no signature before the editor has set a name, and leaves out a missing title', () => {
    expect(signatureFor({ firstName: ' ', lastName: '', title: '' }, helsingborg)).toBeNull();
    expect(signatureFor({ firstName: 'Anna', lastName: '', title: '' }, helsingborg)).toBe('/Anna');
  });
});

describe('isSigned', () => {
  it.each([
    'Tack för tipset! /Anna, kommunikatör',
    'Tack! // Anna',
    'Vi kollar det.\nMvh Anna, kommunikatör',
    'Vi kollar det. – Anna Berg, webbredaktör',
    'Lördag kl. 12–15 på Stora torget ⛄ Ta med vantar! /Anna, kommunikatör ⛄👍🏽',
    'Välkommen! /Anna, kommunikatör :)',
    'Hej Åsa! /Örjan, färdtjänsthandläggare',
    'Tack! // Anna (kommunikatör)',
    'Tack! /Anna – kommunikatör',
  ])('accepts "%s" for first name and title', (text) => {
    expect(isSigned(text, helsingborg)).toBe(true);
  });

  it.each([
    'Tack för tipset!',
    'Plogning sker kl 8-17',
    'Se https://sjovik.se/snow',
    'Anna, kommunikatör',
    '/anna',
    // Initials, a role or an office where the first name should be.
    'Tack! /AB',
    'Tack! /Kommunikatör',
    'Tack! /KOMMUNIKATÖR',
    'Tack! /Redaktionen',
    'Mvh Kommunikationsavdelningen',
  ])('rejects "%s"', (text) => {
    expect(isSigned(text, helsingborg)).toBe(false);
  });

  it('requires first and last name and title for Perstorp', () => {
    expect(isSigned('Tack! /Anna Berg, kommunikatör', perstorp)).toBe(true);
    expect(isSigned('Tack! /Anna, kommunikatör', perstorp)).toBe(false);
    expect(isSigned('Tack! /Anna Berg', perstorp)).toBe(false);
    expect(isSigned('Tack! // Anna Berg (kommunikatör)', perstorp)).toBe(true);
  });

  it('with known editors: accepts a bare name line of one of them and rejects other names', () => {
    const editors = ['Anna Berg, kommunikatör', 'Johan Ek, webbredaktör'];
    expect(isSigned('Tack!\nJohan, webbredaktör', helsingborg, editors)).toBe(true);
    expect(isSigned('Tack!\nJohan, webbredaktör', helsingborg)).toBe(false);
    expect(isSigned('Tack! /Kalle, praktikant', helsingborg, editors)).toBe(false);
  });
});

describe('unsignedReplies', () => {
  const account = { name: 'Sjöviks kommun', handle: 'SjovikKommun', url: 'https://x.com/SjovikKommun' };
  const comment = (id: string, handle: string, text: string): CommentSnapshot => ({
    id, parentId: null, author: { name: handle, handle, url: `https://x.com/${handle}` }, text, truncated: false, postedAt: null,
    edited: false, hiddenReplies: false, permalink: null,
  });
  const comments = [
    comment('1', 'karin', 'När plogas Björkvägen?'),
    comment('2', 'SjovikKommun', 'I morgon kväll. /Anna, kommunikatör'),
    comment('3', 'sjovikkommun', 'Vi återkommer.'),
    comment('4', 'per', 'Tack'),
  ];

  it('lists the account\'s own replies without a signature, matched by handle whatever its case', () => {
    expect(unsignedReplies(comments, account, helsingborg).map((c) => c.id)).toEqual(['3']);
  });

  it('lists none when the preset asks for no signature or the account is unknown', () => {
    expect(unsignedReplies(comments, account, stockholm)).toEqual([]);
    expect(unsignedReplies(comments, null, helsingborg)).toEqual([]);
  });
});
