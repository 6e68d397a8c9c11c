// What the side panel's status line says after "Dokumentera och skicka till registrator": how the
// delivery went, by how it goes. Only an HTTP receipt is "skickad"; a draft or a ZIP in Downloads is
// the editor's to hand over; a refusal (a 401) is said with why, never as "lagd i kön".
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '@/utils/db/records';
import { deliveryMessage, supplementMessage } from '@/entrypoints/sidepanel/delivery-message';

const delivery = (over: Partial<OutboxItem>): OutboxItem => ({
  id: 'o1', evidenceId: 'e1', commentKey: 'facebook:c1', transport: 'http', state: 'sent', attempts: 1, nextAttemptAt: 0,
  lastError: null, receipt: null, idempotencyKey: 'e1', at: '2026-12-05T13:14:00.000Z', by: 'Anna Berg, kommunikatör', ...over,
});
const settled = (over: Partial<OutboxItem>) => ({ item: delivery(over), settled: true });

describe('the status line after documenting', () => {
  it('says sent, with the diarienummer, only when the registrator gave a receipt', () => {
    expect(deliveryMessage('documented', 'Lisa', settled({ receipt: 'Diarienummer KS 2026/0001' }), 'sv'))
      .toBe('Kommentaren från Lisa är dokumenterad och skickad till registrator, diarienummer KS 2026/0001.');
    expect(deliveryMessage('documented', 'Lisa', settled({ receipt: 'Mottaget (HTTP 201)' }), 'en'))
      .toBe('The comment by Lisa is documented and sent to the registrar.');
  });

  it('says a refusal with why, and what happens next', () => {
    const refused = settled({ state: 'failed', lastError: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).' });
    expect(deliveryMessage('documented', 'Lisa', refused, 'sv')).toBe('Kommentaren från Lisa är dokumenterad och sparad här, men den har inte nått registrator: '
      + 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401). Välj Försök igen när felet är rättat.');
    expect(deliveryMessage('documented', 'Lisa', refused, 'en')).toBe('The comment by Lisa is documented and saved here, but it has not reached the registrar: '
      + 'The registrar did not accept the key – contact IT (HTTP 401). Choose Try again once the fault is put right.');
    const down = settled({ state: 'queued', lastError: 'Registratorn kunde inte nås (Failed to fetch).' });
    expect(deliveryMessage('documented', 'Lisa', down, 'sv')).toMatch(/men den har inte nått registrator: Registratorn kunde inte nås \(Failed to fetch\)\. Uppsikt försöker igen automatiskt\.$/);
    const notFound = settled({ state: 'failed', lastError: 'Registratorn svarade HTTP 404: Okänd adress' });
    expect(deliveryMessage('documented', 'Lisa', notFound, 'sv')).toMatch(/: Registratorn svarade HTTP 404: Okänd adress\. Välj Försök igen/);
  });

  it('does not call an e-mail draft or a ZIP sent or queued: it is in Downloads for the editor to hand over', () => {
    expect(deliveryMessage('documented', 'Lisa', settled({ transport: 'email', state: 'saved' }), 'sv'))
      .toBe('Kommentaren från Lisa är dokumenterad och sparad här; e-postutkastet är sparat i Hämtade filer – öppna det, skicka det till registrator och markera det som skickat.');
    // Records from before 'saved' existed wrote a file in Downloads as 'sent'.
    expect(deliveryMessage('documented', 'Lisa', settled({ transport: 'download', state: 'sent' }), 'sv'))
      .toBe('Kommentaren från Lisa är dokumenterad och sparad här; ZIP-filen är sparad i Hämtade filer – lämna den till registrator och markera den som skickad.');
  });

  it('says it is on its way when no outcome came in time, and names a retry as such', () => {
    expect(deliveryMessage('documented', 'Lisa', { item: delivery({ state: 'sending', attempts: 0 }), settled: false }, 'sv'))
      .toBe('Kommentaren från Lisa är dokumenterad och sparad här. Den skickas till registrator; hur det går visas vid kommentaren.');
    expect(deliveryMessage('retried', 'Lisa', settled({ receipt: 'Diarienummer KS 2026/0002', attempts: 2 }), 'sv'))
      .toBe('Dokumentationen av kommentaren från Lisa är skickad till registrator, diarienummer KS 2026/0002.');
  });
});

describe('the status line after a removal or police decision, about its supplement to the registrator', () => {
  it('says it was sent with its number, a refusal with why and where to find it, a file as the editor\'s to send', () => {
    expect(supplementMessage('http', settled({ receipt: 'Diarienummer KS 2026/0002' }), 'sv')).toBe('Kompletteringen till dokumentationen är skickad till registrator, diarienummer KS 2026/0002.');
    expect(supplementMessage('http', settled({ state: 'failed', lastError: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).' }), 'sv'))
      .toBe('Kompletteringen till dokumentationen har inte nått registrator: Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401). Välj Försök igen när felet är rättat. Den står under Ej levererat till registrator på loggsidan.');
    expect(supplementMessage('http', settled({ state: 'failed', lastError: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).' }), 'en'))
      .toMatch(/^The supplement to the documentation has not reached the registrar: The registrar did not accept the key .* It is listed under Not delivered to the registrar on the log page\.$/);
    expect(supplementMessage('email', settled({ transport: 'email', state: 'saved' }), 'sv')).toMatch(/^En komplettering till dokumentationen sparas som e-postutkast i Hämtade filer/);
    // No first try yet (it waits for its documentation): on its way.
    expect(supplementMessage('http', { item: delivery({ state: 'queued', attempts: 0 }), settled: false }, 'sv')).toBe('En komplettering till dokumentationen går till registrator.');
  });
});
