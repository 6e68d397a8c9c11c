// The outbox hands documentation to the registrar as an .eml draft or a ZIP in the downloads, or
// by HTTP. A file counts as saved (not as sent: the editor still sends it) when the browser has
// saved it, not when the download starts; a retry goes the way the settings say now; a registrar
// whose address the browser has not granted is blocked, not on its way; a failure is logged once;
// and a failed write of its own state neither loses the next run nor delivers twice.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import type { OutboxItem } from '@/utils/db/records';
import { buildEvidenceDocument, serialiseRecord } from '@/utils/evidence/record';
import { reasonText } from '@/utils/ui/reason-text';
import { evidence } from './log-records';
import { fake } from './fake-extension-browser';

let settings: Settings;
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { processOutbox, retryDelivery } = await import('@/entrypoints/background/outbox');
const { afterAccessGranted, afterRegistrarChange } = await import('@/entrypoints/background/outbox-requeue');
const { saveDownload } = await import('@/utils/registrar/download');

/** A documented comment queued for the registrar the way the settings say, with a record the package can be built from. */
async function queue(transport: OutboxItem['transport']): Promise<OutboxItem> {
  settings = { ...settings, registrar: { ...settings.registrar, transport } };
  const captured = {
    platform: 'facebook' as const, pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', account: null, parent: null, replies: [], findings: [],
    comment: { id: 'c1', parentId: null, author: { name: 'Kalle', handle: null, url: null }, text: 'Jag ska hämta er', truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null },
  };
  const record = await serialiseRecord(buildEvidenceDocument({
    id: crypto.randomUUID(), captured, editor: 'Anna Berg', capturedAt: '2026-03-10T09:00:00.000Z', browser: 'Chromium', extensionVersion: '0.0.0', imageSha256: null,
  }));
  const saved = evidence({ recordJson: record.json, recordSha256: record.sha256, image: null, imageSha256: null });
  const item: OutboxItem = {
    id: crypto.randomUUID(), at: saved.at, by: saved.by, evidenceId: saved.id, transport, state: 'queued', attempts: 0,
    nextAttemptAt: Date.now(), lastError: null, receipt: null, commentKey: null, idempotencyKey: saved.id,
  };
  await db().evidence.add(saved);
  await db().outbox.add(item);
  return item;
}

const logged = async (action: string) => (await db().log.where('action').equals(action).toArray()).map((e) => e.data?.evidenceId);
const full = () => new DOMException('Quota exceeded', 'QuotaExceededError');

beforeEach(async () => {
  settings = { ...DEFAULT_SETTINGS, registrar: { ...DEFAULT_SETTINGS.registrar, email: 'registrator@sjovik.se' } };
  Object.assign(fake.state, { ending: 'complete', started: [], urls: [], alarms: [], notices: [], session: {}, local: {}, granted: true });
  await db().delete();
  await db().open();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a file in the downloads', () => {
  it('counts as saved, not sent (logged as saved as a file), when the browser has saved it: the editor still sends it', async () => {
    const email = await queue('email');
    await processOutbox();
    const zip = await queue('download');
    await processOutbox();
    expect(fake.state.started.sort()).toEqual([`Uppsikt/2026-03-10-${email.evidenceId}.eml`, `Uppsikt/2026-03-10-${zip.evidenceId}.zip`].sort());
    expect((await db().outbox.toArray()).map((i) => i.state)).toEqual(['saved', 'saved']);
    expect((await logged('delivery.saved')).sort()).toEqual([email.evidenceId, zip.evidenceId].sort());
    expect(await logged('delivery.sent')).toEqual([]);
  });

  it('is not delivered when the download is interrupted (a full disk), and is tried again later', async () => {
    fake.state.ending = 'FILE_NO_SPACE';
    const email = await queue('email');
    await processOutbox();
    const item = await db().outbox.get(email.id);
    expect(item).toMatchObject({ state: 'queued', attempts: 1, lastError: 'Filen kunde inte sparas i Hämtade filer: disken är full (FILE_NO_SPACE).' });
    expect(item!.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(reasonText(item!.lastError!, 'en')).toBe('The file could not be saved in Downloads: the disk is full (FILE_NO_SPACE).');
    expect(await logged('delivery.saved')).toEqual([]);
    expect(await logged('delivery.failed')).toEqual([email.evidenceId]);
    expect(fake.state.alarms.at(-1)).toMatchObject({ name: 'uppsikt-outbox', when: expect.any(Number) });
    expect(fake.state.alarms.at(-1)!.when).toBeGreaterThanOrEqual(item!.nextAttemptAt);
  });

  it('reads the file from a blob: URL where the background can make one (Firefox refuses a data: URL), else a data: URL (Chrome\'s service worker)', async () => {
    expect(await saveDownload('Uppsikt/a.zip', 'application/zip', new Uint8Array([1, 2]))).toEqual({ ok: true });
    expect(fake.state.urls.at(-1)).toMatch(/^blob:/);
    const makeUrl = URL.createObjectURL;
    // @ts-expect-error -- a service worker has no URL.createObjectURL
    URL.createObjectURL = undefined;
    try {
      expect(await saveDownload('Uppsikt/b.zip', 'application/zip', new Uint8Array([1, 2]))).toEqual({ ok: true });
    } finally {
      URL.createObjectURL = makeUrl;
    }
    expect(fake.state.urls.at(-1)).toBe('data:application/zip;base64,AQI=');
  });

  it('refused by the browser, says why in a few words, without the file the browser quotes back', async () => {
    const file = 'A'.repeat(400_000);
    vi.spyOn(fake.downloads, 'download').mockRejectedValueOnce(new Error(`Type error for parameter options (Error processing url: Error: Access denied for URL data:message/rfc822;base64,${file}) for downloads.download.`));
    const result = await saveDownload('Uppsikt/a.eml', 'message/rfc822', new Uint8Array([1, 2]));
    expect(result).toEqual({ ok: false, reason: 'Filen kunde inte sparas i Hämtade filer (Type error for parameter options (Error processing url: Error: Access denied for URL data:message/rfc822;base64,…) for downloads.download.).' });
    expect(reasonText(result.ok ? '' : result.reason, 'en')).toMatch(/^The file could not be saved in Downloads \(Type error .*base64,…\) for downloads\.download\.\)\.$/);
  });

  it('that never ends is cancelled after a while, so it is not saved twice', async () => {
    fake.state.ending = 'never';
    const cancel = vi.spyOn(fake.downloads, 'cancel');
    expect(await saveDownload('Uppsikt/a.zip', 'application/zip', new Uint8Array([1, 2]), 50))
      .toEqual({ ok: false, reason: 'Filen blev inte sparad i Hämtade filer i tid; nedladdningen avbröts.' });
    expect(cancel).toHaveBeenCalledWith(1);
  });
});

describe('a registrar that cannot be reached', () => {
  beforeEach(() => {
    settings = { ...settings, registrar: { ...settings.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' } };
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
  });

  it('is blocked, not on its way, when Uppsikt has no permission for its address: it says what to do and waits for the grant', async () => {
    fake.state.granted = false;
    const http = await queue('http');
    await processOutbox();
    const item = await db().outbox.get(http.id);
    expect(item).toMatchObject({
      state: 'blocked',
      lastError: 'Registratorn kunde inte nås (Failed to fetch). Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst.',
    });
    expect(reasonText(item!.lastError!, 'en')).toBe('The registrar could not be reached (Failed to fetch). Uppsikt has no permission for the registrar\'s address: open Settings and click Grant access.');
    // Not tried hourly for ever: no alarm waits for it.
    expect(fake.state.alarms.filter((a) => a.name === 'uppsikt-outbox' && a.when !== undefined)).toEqual([]);

    // The editor grants the address: it goes at once.
    fake.state.granted = true;
    vi.mocked(fetch).mockResolvedValue(new Response('{"diarienummer":"KS 2026/7"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await afterAccessGranted();
    expect(await db().outbox.get(http.id)).toMatchObject({ state: 'sent', receipt: 'Diarienummer KS 2026/7' });
  });

  it('is waited for, not blocked, when it took a delivery without the grant before: it allows Uppsikt itself (CORS) and is down', async () => {
    fake.state.granted = false;
    vi.mocked(fetch).mockResolvedValueOnce(new Response('{"diarienummer":"KS 2026/8"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await queue('http');
    await processOutbox();
    const down = await queue('http');
    await processOutbox();
    expect(await db().outbox.get(down.id)).toMatchObject({ state: 'queued', lastError: 'Registratorn kunde inte nås (Failed to fetch).' });
  });

  it('is not blocked when the computer is offline: it says so, and goes when the network is back', async () => {
    fake.state.granted = false;
    vi.stubGlobal('navigator', { onLine: false });
    const http = await queue('http');
    await processOutbox();
    const item = await db().outbox.get(http.id);
    expect(item).toMatchObject({ state: 'queued', lastError: 'Registratorn kunde inte nås (Failed to fetch). Datorn är inte ansluten till nätverket.' });
    expect(reasonText(item!.lastError!, 'en')).toBe('The registrar could not be reached (Failed to fetch). The computer is not connected to the network.');
    vi.stubGlobal('navigator', { onLine: true });
    vi.mocked(fetch).mockResolvedValue(new Response('{"diarienummer":"KS 2026/9"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await db().outbox.update(http.id, { nextAttemptAt: Date.now() }); // the 'online' event runs the outbox: due at once
    await processOutbox();
    expect(await db().outbox.get(http.id)).toMatchObject({ state: 'sent', receipt: 'Diarienummer KS 2026/9' });
  });

  it('sends again what was blocked for want of a grant once the same registrar takes a delivery without one', async () => {
    fake.state.granted = false;
    const blocked = await queue('http');
    await processOutbox();
    expect((await db().outbox.get(blocked.id))?.state).toBe('blocked');
    vi.mocked(fetch).mockImplementation(async () => new Response('{"diarienummer":"KS 2026/10"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await queue('http');
    await processOutbox(); // the new one is delivered without a grant: the blocked one is queued again
    expect((await db().outbox.get(blocked.id))?.state).toBe('queued');
    await processOutbox();
    expect(await db().outbox.get(blocked.id)).toMatchObject({ state: 'sent', receipt: 'Diarienummer KS 2026/10' });
  });

  it('is only unreachable when the permission is there (a network fault: waiting helps)', async () => {
    const http = await queue('http');
    await processOutbox();
    expect((await db().outbox.get(http.id))?.lastError).toBe('Registratorn kunde inte nås (Failed to fetch).');
  });
});

describe('a delivery cut off when the worker stopped', () => {
  it('goes again at once in the next worker, however soon it starts', async () => {
    settings = { ...settings, registrar: { ...settings.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' } };
    const item = await queue('http');
    // An earlier worker marked it "sending" a moment ago and was stopped before the answer came.
    await db().outbox.update(item.id, { state: 'sending', nextAttemptAt: Date.now() - 5_000 });
    const post = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"diarienummer":"KS 2026/11"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await processOutbox();
    expect(await db().outbox.get(item.id)).toMatchObject({ state: 'sent', receipt: 'Diarienummer KS 2026/11' });
    // The same package, under the same key: the registrar drops it if the first one had arrived.
    expect(new Headers(post.mock.calls[0][1]?.headers).get('Idempotency-Key')).toBe(item.idempotencyKey);
  });

  it('wakes a worker within a minute while it is sent, and is not sent twice while this worker is still sending it', async () => {
    settings = { ...settings, registrar: { ...settings.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' } };
    const item = await queue('http');
    let answer: (response: Response) => void = () => undefined;
    const post = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => { answer = resolve; }));
    const first = processOutbox();
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect((await db().outbox.get(item.id))?.state).toBe('sending');
    // Should this worker be stopped now, the alarm starts the next one, which finds it cut off.
    const look = fake.state.alarms.filter((a) => a.name === 'uppsikt-outbox').at(-1);
    expect(look?.when).toBeLessThanOrEqual(Date.now() + 60_000);
    // An alarm while it waits for the registrar: the run in progress is the one that goes on.
    await Promise.race([processOutbox(), new Promise((resolve) => setTimeout(resolve, 20))]);
    expect(post).toHaveBeenCalledTimes(1);
    answer(new Response('{"diarienummer":"KS 2026/12"}', { status: 201, headers: { 'content-type': 'application/json' } }));
    await first;
    expect(post).toHaveBeenCalledTimes(1);
    expect((await db().outbox.get(item.id))?.state).toBe('sent');
  });
});

describe('a failed write of the outbox', () => {
  /** The outbox cannot write "saved" for one item, once: the disk is full just after the file was saved. */
  function cannotMarkSent(id: string) {
    const update = db().outbox.update.bind(db().outbox);
    let failed = false;
    vi.spyOn(db().outbox, 'update').mockImplementation(((key: string, changes: Partial<OutboxItem>) => {
      if (key === id && changes.state === 'saved' && !failed) {
        failed = true;
        return Promise.reject(full());
      }
      return update(key, changes);
    }) as typeof update);
  }

  it('does not stop the other items or the next run, is shown, and delivers nothing twice', async () => {
    const first = await queue('email');
    const second = await queue('email');
    cannotMarkSent(first.id);
    await expect(processOutbox()).resolves.toBeUndefined();
    expect(fake.state.started).toHaveLength(2);
    expect((await db().outbox.get(second.id))?.state).toBe('saved');
    expect((await db().outbox.get(first.id))?.state).toBe('sending');
    expect(fake.state.notices).toEqual([expect.objectContaining({
      title: 'Utkorgen till registrator kunde inte sparas', message: expect.stringMatching(/^Lagringsutrymmet är fullt\. .* Uppsikt försöker igen om en stund\.$/),
    })]);
    expect(fake.state.alarms.at(-1)?.name).toBe('uppsikt-outbox');

    // The next run, after the item would count as cut off: its delivery is written, not made again.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * 60_000 });
    vi.restoreAllMocks();
    await processOutbox();
    expect(fake.state.started).toHaveLength(2);
    expect(await db().outbox.get(first.id)).toMatchObject({ state: 'saved', attempts: 1 });
    expect((await logged('delivery.saved')).sort()).toEqual([first.evidenceId, second.evidenceId].sort());
  });

  it('keeps the state and its log entry together: a delivery the log cannot show is written again', async () => {
    const item = await queue('download');
    vi.spyOn(db().log, 'add').mockRejectedValueOnce(full());
    await processOutbox();
    expect((await db().outbox.get(item.id))?.state).toBe('sending');
    expect(fake.state.notices).toHaveLength(1);
    await processOutbox();
    expect(fake.state.started).toHaveLength(1);
    expect((await db().outbox.get(item.id))?.state).toBe('saved');
    expect(await logged('delivery.saved')).toEqual([item.evidenceId]);
  });
});

describe('a retry after the registrar\'s settings changed', () => {
  const receipt = () => new Response('{"diarienummer":"KS 2026/12"}', { status: 201, headers: { 'content-type': 'application/json' } });
  const toHttp = () => { settings = { ...settings, registrar: { ...settings.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' } }; };

  it('goes the way the settings say now: by HTTP, not as another .eml, and the log says so', async () => {
    settings = { ...settings, registrar: { ...settings.registrar, email: '' } };
    const item = await queue('email');
    await processOutbox();
    expect((await db().outbox.get(item.id))?.state).toBe('failed');

    toHttp();
    const post = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => receipt());
    await retryDelivery(item.id);
    expect(post).toHaveBeenCalledTimes(1);
    expect(fake.state.started).toEqual([]);
    expect(await db().outbox.get(item.id)).toMatchObject({ state: 'sent', transport: 'http', receipt: 'Diarienummer KS 2026/12' });
    expect((await db().log.where('action').equals('delivery.queued').toArray()).map((e) => e.detail))
      .toEqual(['Skickas nu som inställningarna säger: HTTP till diarie- eller e-arkivsystem (köades som E-post till registrator (.eml)).']);
  });

  it('saving changed settings sends what had failed again at once, the new way', async () => {
    settings = { ...settings, registrar: { ...settings.registrar, email: '' } };
    const item = await queue('email');
    await processOutbox();
    toHttp();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => receipt());
    await afterRegistrarChange();
    expect(await db().outbox.get(item.id)).toMatchObject({ state: 'sent', transport: 'http' });
  });

  it('leaves a delivery held back from a backup until the editor sends it herself', async () => {
    const item = await queue('http');
    await db().outbox.update(item.id, { state: 'failed', heldBack: true, lastError: 'Kom med en säkerhetskopia …' });
    toHttp();
    const post = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => receipt());
    await afterRegistrarChange(); // the settings saved, or the organisation's policy changed
    await afterAccessGranted();
    expect(post).not.toHaveBeenCalled();
    expect(await db().outbox.get(item.id)).toMatchObject({ state: 'failed', heldBack: true });
    await retryDelivery(item.id); // her "Försök igen"
    expect(post).toHaveBeenCalledTimes(1);
    const sent = await db().outbox.get(item.id);
    expect(sent).toMatchObject({ state: 'sent' });
    expect(sent?.heldBack).toBeUndefined();
  });
});

describe('a registrar down for a weekend', () => {
  it('logs the failure once, not at every attempt, and again when the error changes', async () => {
    settings = { ...settings, registrar: { ...settings.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' } };
    let status = 503;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('', { status }));
    const item = await queue('http');
    const attempt = async () => {
      await db().outbox.update(item.id, { nextAttemptAt: 0 });
      await processOutbox();
    };
    for (let i = 0; i < 6; i++) await attempt();
    expect(await db().outbox.get(item.id)).toMatchObject({ state: 'queued', attempts: 6 });
    expect((await db().log.where('action').equals('delivery.failed').toArray()).map((e) => e.detail))
      .toEqual(['Registratorn svarade HTTP 503. Försöker igen automatiskt.']);

    status = 502;
    await attempt();
    await attempt();
    expect(await db().log.where('action').equals('delivery.failed').count()).toBe(2);
  });
});
