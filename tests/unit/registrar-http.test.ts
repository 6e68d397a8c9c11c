import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { postToRegistrar } from '@/utils/registrar/http';
import { nextAttemptDelay } from '@/utils/registrar/delivery';
import { startRegistrarServer, type RegistrarServer } from '../../scripts/lib/registrar-server';

let server: RegistrarServer;
beforeAll(async () => { server = await startRegistrarServer(); });
afterAll(async () => { await server.close(); });

const files = [
  { name: 'skarmbild.png', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) },
  { name: 'handling.json', mime: 'application/json', bytes: new TextEncoder().encode('{"a":1}') },
];
const REDIRECTED = 'Registratorn skickade vidare till en annan sida, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.';
const WEB_PAGE = 'Registratorn svarade med en webbsida, inte ett kvitto, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.';
const delivery = (key: string) => ({ endpoint: server.url, headers: { 'X-Api-Key': 'hemlig' }, idempotencyKey: key, recordSha256: 'abc', files, timeoutMs: 1500 });

describe('HTTP delivery to the registrar, over a real socket', () => {
  it('delivers the files and keeps the registration number', async () => {
    server.setMode('ok');
    const outcome = await postToRegistrar(delivery('k1'));
    expect(outcome).toEqual({ kind: 'sent', registrationNumber: 'KS 2026/0001', receipt: 'Diarienummer KS 2026/0001' });
    const received = server.packages.at(-1)!;
    expect(received.files['skarmbild.png'].bytes).toEqual(files[0].bytes);
    expect(new TextDecoder().decode(received.files['handling.json'].bytes)).toBe('{"a":1}');
    expect(received.headers['x-api-key']).toBe('hemlig');
    expect(received.fields).toEqual({ sha256: 'abc' }); // no PDF, no sum for one
  });

  it('sends the PDF\'s SHA-256 beside it, which the record it is made from cannot hold', async () => {
    server.setMode('ok');
    const pdf = { name: 'dokumentation.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 test') };
    await postToRegistrar({ ...delivery('k-pdf'), files: [pdf, ...files] });
    const received = server.packages.at(-1)!;
    const sum = createHash('sha256').update(received.files['dokumentation.pdf'].bytes).digest('hex');
    expect(received.fields.dokumentation_sha256).toBe(sum);
  });

  it('sends a retried package once: the receiver answers 409 with the same number', async () => {
    server.setMode('ok');
    const before = server.packages.length;
    const again = await postToRegistrar(delivery('k1'));
    expect(again).toMatchObject({ kind: 'sent', registrationNumber: 'KS 2026/0001' });
    expect(server.packages.length).toBe(before);
  });

  it('retries later on a 500 and on a timeout, with growing waits', async () => {
    server.setMode('error');
    expect(await postToRegistrar(delivery('k2'))).toEqual({ kind: 'retry', reason: 'Registratorn svarade HTTP 500: Diariet är nere för underhåll' });
    server.setMode('hang');
    expect(await postToRegistrar(delivery('k3'))).toEqual({ kind: 'retry', reason: 'Registratorn svarade inte i tid.' });
    expect([1, 2, 3, 20].map(nextAttemptDelay)).toEqual([30_000, 60_000, 120_000, 3_600_000]);
  });

  it('retries when nothing listens, and stops on a wrong address', async () => {
    const closed = await startRegistrarServer();
    const url = closed.url;
    await closed.close();
    expect((await postToRegistrar({ ...delivery('k4'), endpoint: url })).kind).toBe('retry');
    server.setMode('ok');
    const outcome = await postToRegistrar({ ...delivery('k5'), endpoint: server.url.replace('/intake', '/nope'), headers: {} });
    expect(outcome).toEqual({ kind: 'failed', reason: 'Registratorn svarade HTTP 404: Okänd adress' });
  });
});

// What a single-sign-on proxy or a misconfigured intake answers instead of a receipt.
describe('an answer that is not a receipt', () => {
  let other: Server;
  let base = '';
  let loginPageShown = 0;
  beforeAll(async () => {
    other = createServer((request, response) => {
      const answers: Record<string, () => void> = {
        '/sso': () => response.writeHead(302, { Location: '/login' }).end(),
        '/login': () => { loginPageShown++; response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html>Logga in</html>'); },
        '/ok': () => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK'),
        '/number': () => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('KS 2026/0042\n'),
        '/empty': () => response.writeHead(204).end(),
        '/error-200': () => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('Fel 503: databasen svarar inte'),
        '/error-en': () => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('Error 503'),
        '/labelled': () => response.writeHead(201, { 'Content-Type': 'text/plain' }).end('Diarienummer: BN-2023-1147'),
        '/json-sentence': () => response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: 'Mottaget 12 december, behandlas' })),
        // A login page whose server names no type, or names XHTML.
        '/untyped-login': () => response.end('<!DOCTYPE html><html><body><form>Logga in</form></body></html>'),
        '/xhtml-login': () => response.writeHead(200, { 'Content-Type': 'application/xhtml+xml' }).end('<html xmlns="http://www.w3.org/1999/xhtml"><body>Logga in</body></html>'),
        // Numbers as some intakes give them: a JSON string, and ones that are no number to show.
        '/json-string': () => response.writeHead(201, { 'Content-Type': 'application/json' }).end('"KS 2026/77"'),
        '/huge-number': () => response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ registrationNumber: `\u202E<img src=x onerror=alert(1)>${'X'.repeat(100_000)}\nline2` })),
        '/turned-number': () => response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ dnr: 'KS 2026/\u202E1000' })),
        '/turned-error': () => response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Fel \u202Eläsriktning' })),
        // An intake that refuses the key with its login page, and one that falls over with a Java stack trace.
        '/key': () => response.writeHead(401, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><head><title>Logga in</title></head><body>…</body></html>'),
        '/forbidden': () => response.writeHead(403).end('<!DOCTYPE html><html><body>Forbidden</body></html>'),
        '/java': () => response.writeHead(500, { 'Content-Type': 'text/plain' }).end(
          `java.lang.NullPointerException: Cannot invoke "se.diarium.Intake.register()" because "intake" is null\n${'\tat se.diarium.IntakeServlet.doPost(IntakeServlet.java:42)\n'.repeat(40)}`),
        '/json': () => response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 400, message: 'Fältet handling saknas', trace: 'x'.repeat(5000) })),
      };
      request.resume().on('end', answers[request.url ?? ''] ?? (() => response.writeHead(404).end()));
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => { other.closeAllConnections(); other.close(() => done()); }));
  afterEach(() => { vi.unstubAllGlobals(); });
  const to = (path: string) => ({ ...delivery(`k-${path}`), endpoint: `${base}${path}` });

  it('is not delivered when the registrar redirects, e.g. to a login page', async () => {
    expect(await postToRegistrar(to('/sso'))).toEqual({ kind: 'failed', reason: REDIRECTED });
    expect(loginPageShown).toBe(0);
    // A browser hides the redirect: the answer is "opaque", with no status.
    vi.stubGlobal('fetch', async () => ({ type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), text: async () => '' }));
    expect(await postToRegistrar(to('/sso'))).toEqual({ kind: 'failed', reason: REDIRECTED });
  });

  it('is not delivered when the registrar answers 200 with a web page, also one the server gives no type or calls XHTML', async () => {
    expect(await postToRegistrar(to('/login'))).toEqual({ kind: 'failed', reason: WEB_PAGE });
    expect(await postToRegistrar(to('/untyped-login'))).toEqual({ kind: 'failed', reason: WEB_PAGE });
    expect(await postToRegistrar(to('/xhtml-login'))).toEqual({ kind: 'failed', reason: WEB_PAGE });
  });

  it('tells the editor that the key was refused and to call IT, without the login page\'s HTML', async () => {
    expect(await postToRegistrar(to('/key'))).toEqual({ kind: 'failed', reason: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).' });
    expect(await postToRegistrar(to('/forbidden'))).toEqual({ kind: 'failed', reason: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 403).' });
  });

  it('says only the first line of an error, shortened, never a stack trace; a JSON error by its message', async () => {
    const java = await postToRegistrar(to('/java'));
    expect(java.kind).toBe('retry');
    const reason = (java as { reason: string }).reason;
    expect(reason.startsWith('Registratorn svarade HTTP 500: java.lang.NullPointerException')).toBe(true);
    expect(reason).not.toContain('IntakeServlet');
    expect(reason.length).toBeLessThanOrEqual(160);
    expect(await postToRegistrar(to('/json'))).toEqual({ kind: 'failed', reason: 'Registratorn svarade HTTP 400: Fältet handling saknas' });
  });

  it('takes a short text as the registration number only when it looks like one', async () => {
    expect(await postToRegistrar(to('/ok'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 200)' });
    expect(await postToRegistrar(to('/number'))).toEqual({ kind: 'sent', registrationNumber: 'KS 2026/0042', receipt: 'Diarienummer KS 2026/0042' });
    expect(await postToRegistrar(to('/empty'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 204)' });
    expect(await postToRegistrar(to('/json-string'))).toEqual({ kind: 'sent', registrationNumber: 'KS 2026/77', receipt: 'Diarienummer KS 2026/77' });
    expect(await postToRegistrar(to('/labelled'))).toEqual({ kind: 'sent', registrationNumber: 'BN-2023-1147', receipt: 'Diarienummer BN-2023-1147' });
  });

  it('takes no error message or sentence for the number, though the registrar answered 200 (a number once read "Fel 503: databasen svarar inte")', async () => {
    expect(await postToRegistrar(to('/error-200'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 200)' });
    expect(await postToRegistrar(to('/error-en'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 200)' });
    expect(await postToRegistrar(to('/json-sentence'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 201)' });
  });

  it('takes no number that would not read as it is: 100 KB long, with markup, lines or a reversal character (delivered all the same)', async () => {
    expect(await postToRegistrar(to('/huge-number'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 201)' });
    expect(await postToRegistrar(to('/turned-number'))).toEqual({ kind: 'sent', registrationNumber: null, receipt: 'Mottaget (HTTP 201)' });
    expect(await postToRegistrar(to('/turned-error'))).toEqual({ kind: 'failed', reason: 'Registratorn svarade HTTP 400: Fel läsriktning' });
  });

  it('never shows a user name and password written in the address', async () => {
    const outcome = await postToRegistrar({ ...delivery('k-credentials'), endpoint: base.replace('http://', 'http://registrar:hemligt@') + '/ok' });
    expect(JSON.stringify(outcome)).not.toContain('hemligt');
  });
});
