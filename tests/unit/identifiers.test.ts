import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '@/rules/identifiers';
import type { Finding } from '@/rules/types';

const NOW = new Date('2026-01-15T12:00:00Z');
const flagged = (text: string, options = {}) => detectIdentifiers(text, { now: NOW, ...options }).filter((f) => f.confidence >= 0.5);
const categoriesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.category))].sort();

/** Deterministic PRNG so the generated cases are the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function checkDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}
const pad = (n: number, l = 2) => String(n).padStart(l, '0');

function randomPersonnummer(random: () => number, coordination: boolean) {
  const year = 1930 + Math.floor(random() * 90);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const serial = pad(1 + Math.floor(random() * 998), 3);
  const shownDay = coordination ? day + 60 : day;
  const short = `${pad(year % 100)}${pad(month)}${pad(shownDay)}`;
  const check = checkDigit(short + serial);
  return { year, short, rest: `${serial}${check}` };
}

describe('personnummer and samordningsnummer', () => {
  it('finds valid numbers in every common format, with exact offsets (recall ≥ 0.98)', () => {
    const random = prng(42);
    const sentences = ['Mitt personnummer är {}.', 'Hej, {} här, när får jag svar?', 'Sökande: {}', 'Pnr {} och jag väntar fortfarande.', '{} – kan ni kolla?'];
    let found = 0;
    let total = 0;
    for (let i = 0; i < 300; i++) {
      const coordination = i % 5 === 0;
      const { year, short, rest } = randomPersonnummer(random, coordination);
      const century = String(year).slice(0, 2);
      const formats = [`${short}-${rest}`, `${century}${short}-${rest}`, `${century}${short}${rest}`, `${short} ${rest}`, `${short}${rest}`];
      for (const number of formats) {
        const text = sentences[total % sentences.length].replace('{}', number);
        total++;
        const hit = flagged(text).find((f) => f.category === 'personal.id');
        if (hit && hit.evidence === number && text.slice(hit.start, hit.end) === number) {
          found++;
          expect(hit.rule).toBe(coordination ? 'id.samordningsnummer' : 'id.personnummer');
        }
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.98);
  });

  it('reads "+" as the separator of someone aged 100 or more', () => {
    expect(flagged('Mamma Birgit, 250615+4323, väntar på äldreboende').map((f) => f.evidence)).toEqual(['250615+4323']);
  });

  it('rejects a wrong check digit, an impossible date and an organisation number', () => {
    for (const text of ['pnr 651231-8807', 'Testade 990230-4519 i e-tjänsten', 'Orgnr 212000-0142', 'dag 92: 850392-1176', 'månad 13: 851332-2381']) {
      expect(flagged(text).filter((f) => f.category === 'personal.id')).toEqual([]);
    }
  });

  it('does not take case numbers, dates, sums and order numbers for personnummer', () => {
    const texts = [
      'Ärendet har KS 2018/1303 som diarienummer',
      'Se dnr 2023-01234 i diariet',
      'Mötet är 2024-03-12 kl 18',
      'Ordernummer 8503142385 har inte levererats',
      'Det kostade 850314-2385 kr totalt',
      'Fakturanummer 850314-2385 gäller hyran',
    ];
    for (const text of texts) expect(flagged(text).filter((f) => f.category === 'personal.id')).toEqual([]);
  });

  it('never flags a phone number as personal.id', () => {
    const random = prng(7);
    const prefixes = ['070', '072', '073', '076', '079'];
    for (let i = 0; i < 300; i++) {
      const prefix = prefixes[i % prefixes.length];
      const digits = Array.from({ length: 7 }, () => Math.floor(random() * 10)).join('');
      const formats = [
        `${prefix}-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
        `+46 ${prefix.slice(1)} ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
        `${prefix}${digits}`,
        `${prefix}-${digits}`,
        `08-${digits.slice(0, 3)} ${digits.slice(3, 6)} 0${digits.slice(6)}`,
      ];
      for (const phone of formats) {
        const findings = flagged(`Ring mig på ${phone} efter lunch`);
        expect(findings.filter((f) => f.category === 'personal.id')).toEqual([]);
      }
    }
  });

  it('a number that reads as landline and personnummer is a personnummer only after a personnummer word', () => {
    expect(categoriesOf(flagged('lillasyrran skrev sitt personnummer 0304072259'))).toEqual(['personal.id']);
    expect(categoriesOf(flagged('ring 0304072259'))).toEqual(['personal.contact']);
  });

  it('a passport number needs the word for it', () => {
    expect(flagged('Passnummer 93487215, vi är nya här').map((f) => [f.rule, f.evidence])).toEqual([['id.passport', '93487215']]);
    expect(flagged('Vi har 93487215 kronor i budget')).toEqual([]);
  });
});

describe('private contact details', () => {
  it('finds private phone numbers in Swedish and international forms', () => {
    for (const phone of ['070-123 45 67', '+46 70 123 45 67', '0701234567', '08-465 004 23', '031-12 34 56']) {
      const hits = flagged(`Ring mig på ${phone} så pratar vi`);
      expect(hits.map((f) => [f.category, f.rule, f.evidence])).toEqual([['personal.contact', 'contact.phone', phone]]);
    }
  });

  it('does not flag the organisation’s switchboard or a number listed as its own', () => {
    expect(flagged('Ring kommunens växel 011-15 00 00 så hjälper de dig')).toEqual([]);
    expect(flagged('Numret är 0480-45 00 00 till kontaktcenter')).toEqual([]);
    expect(flagged('Ring 070-555 12 34', { own: { phones: ['+46705551234'] } })).toEqual([]);
  });

  it('flags private e-mail but not the organisation’s mailboxes', () => {
    expect(flagged('Maila mig på kalle.karlsson82@gmail.com tack').map((f) => f.evidence)).toEqual(['kalle.karlsson82@gmail.com']);
    expect(flagged('Skriv till kontaktcenter@norrkoping.se')).toEqual([]);
    expect(flagged('Skriv till anna.berg@sjovik.se', { own: { websites: ['https://www.sjovik.se'] } })).toEqual([]);
  });

  it('flags street addresses with house numbers and postal towns, not the organisation’s own', () => {
    expect(flagged('Han bor på Östra Långgatan 3B, 123 45 Sjövik nu').map((f) => f.evidence)).toEqual(['Östra Långgatan 3B, 123 45 Sjövik']);
    expect(flagged('Grannen på Björkvägen 12 eldar sopor').map((f) => f.evidence)).toEqual(['Björkvägen 12']);
    expect(flagged('Biblioteket ligger numera på Storgatan 14')).toEqual([]);
    expect(flagged('Kom till oss på Rådhusgatan 5', { own: { addresses: ['Rådhusgatan 5, 123 45 Sjövik'] } })).toEqual([]);
    // A street without a number, and a road number, are not addresses.
    expect(flagged('Plogas Storgatan i dag? Riksväg 40 är stängd')).toEqual([]);
  });
});

describe('financial identifiers', () => {
  it('finds bank accounts after a bank word, keeping the personnummer of a Nordea personkonto', () => {
    const hits = flagged('Sätt in pengarna på Nordea 3300 931115-2673 tack');
    expect(hits.map((f) => [f.rule, f.evidence])).toEqual([
      ['financial.bank-account', '3300 931115-2673'],
      ['id.personnummer', '931115-2673'],
    ]);
    expect(flagged('Mitt konto: Handelsbanken 6789 123 456 321').map((f) => f.rule)).toEqual(['financial.bank-account']);
    expect(flagged('clearing 8105-9, account 914 782 345-6').map((f) => f.evidence)).toEqual(['8105-9, account 914 782 345-6']);
  });

  it('finds Luhn-valid card numbers and valid IBANs, with or without spaces', () => {
    expect(flagged('Kortet 5355 4212 3456 7897 syns').map((f) => f.rule)).toEqual(['financial.card']);
    expect(flagged('Numret 5355 4212 3456 7898 syns')).toEqual([]);
    // Said to be a card, a number with one digit wrong still shows fifteen of the card's sixteen.
    expect(flagged('Kortet 5355 4212 3456 7898 syns').map((f) => [f.rule, f.confidence])).toEqual([['financial.card', 0.75]]);
    expect(flagged('IBAN SE45 5000 0000 0583 9825 7466.').map((f) => [f.rule, f.evidence])).toEqual([['financial.iban', 'SE45 5000 0000 0583 9825 7466']]);
    expect(flagged('IBAN SE4550000000058398257466').map((f) => f.rule)).toEqual(['financial.iban']);
  });

  it('finds private bankgiro and plusgiro numbers, not the municipality’s', () => {
    expect(flagged('Swisha eller bankgiro 5678-1234 (Ove)').map((f) => f.rule)).toEqual(['financial.bankgiro']);
    expect(flagged('Mitt plusgiro är 41 62 33-8').map((f) => f.rule)).toEqual(['financial.plusgiro']);
    expect(flagged('Kommunens bankgiro 5432-1098 står på fakturan')).toEqual([]);
    // Without the word bankgiro a NNNN-NNNN number is just a range or a code.
    expect(flagged('Öppet 1998-2004 och kod 5678-1234')).toEqual([]);
  });
});

describe('hostile input', () => {
  it('returns quickly-shaped results on a megabyte of digits and long repeated characters', () => {
    const inputs = [
      '7'.repeat(1_000_000),
      '070 '.repeat(250_000),
      'a'.repeat(10_000),
      '@'.repeat(10_000),
      'Storgatan '.repeat(10_000),
      `${'SE45 '.repeat(10_000)}`,
      `${'1-'.repeat(10_000)}`,
      '<script>alert(1)</script>\u202e850314-2385',
    ];
    for (const input of inputs) {
      const findings = detectIdentifiers(input, { now: NOW });
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.evidence);
    }
  });

  it('never throws on non-string or odd options', () => {
    expect(detectIdentifiers(undefined as unknown as string, {})).toEqual([]);
    expect(detectIdentifiers('070-123 45 67', { own: { phones: [42 as unknown as string] }, now: new Date('x') }).length).toBe(1);
  });
});

describe('numbers written to slip past a filter', () => {
  it.each([
    ['zero-width characters inside', 'Mitt pnr är 1912\u200b1212-12\u200d12', 'personal.id'],
    ['a soft hyphen inside', 'Mitt pnr är 191212\u00ad12-1212', 'personal.id'],
    ['a minus sign for the dash', 'Mitt pnr är 19121212\u22121212', 'personal.id'],
    ['full-width digits', 'Mitt pnr är \uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12', 'personal.id'],
    ['a zero-width space in a phone number', 'Ring 070\u200b-123 45 67', 'personal.contact'],
    ['a phone number shown the right way round by an override', 'Ring \u202e76 54 321-070\u202c ikväll', 'personal.contact'],
    ['a personnummer written plainly after an override', '<script>alert(1)</script>\u202e850314-2385', 'personal.id'],
  ])('finds one with %s, and marks the characters it was written with', (_, text, category) => {
    const found = flagged(text).filter((f) => f.category === category);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(found[0].evidence);
  });

  it('leaves a text without such characters as it is', () => {
    expect(flagged('Ring 070-123 45 67')[0]).toMatchObject({ start: 5, end: 18, evidence: '070-123 45 67' });
  });
});
