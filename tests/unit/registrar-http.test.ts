import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
