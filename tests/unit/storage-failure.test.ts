// A failed write is said in words the editor can act on: a full disk as a full disk, also when the
// database library wraps the browser's error in its own (a transaction's AbortError, a bulk write's BulkError).
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/db/app-db';
import { isStorageFull, storageFailure, STORAGE_FULL } from '@/utils/db/storage-failure';

const domError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('a failed write', () => {
  it('is a full disk when the browser says so, also inside Dexie\'s AbortError and BulkError', () => {
    const blobs = domError('DataError', 'Failed to write blobs (IOError)'); // Chromium, a full disk under a large screenshot
    const quota = domError('QuotaExceededError', 'The quota has been exceeded.');
    expect(storageFailure(quota)).toBe(STORAGE_FULL);
    expect(storageFailure(new Dexie.AbortError('Transaction aborted', blobs))).toBe(STORAGE_FULL);
    expect(storageFailure(new Dexie.BulkError('1 of 3 operations failed', { 1: quota }))).toBe(STORAGE_FULL);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', domError('ConstraintError', 'Key already exists')))).toBe(false);
  });

  it('is a full disk when the browser closed the database for want of space', () => {
    expect(storageFailure(domError('UnknownError', 'Connection is closing because of: IO error: FILE_ERROR_NO_SPACE'))).toBe(STORAGE_FULL);
  });

  it('otherwise names what the browser said, the wrapped error too', () => {
    expect(storageFailure(new Dexie.AbortError('Transaction aborted', domError('ConstraintError', 'Key already exists'))))
      .toBe('Kunde inte spara i den lokala databasen (AbortError: ConstraintError).');
    expect(storageFailure({ name: 'DataCloneError' })).toBe('Kunde inte spara i den lokala databasen (DataCloneError).');
  });

  it('says what to do when the browser could not open or write the database at all (Chromium on a full disk)', () => {
    const cannotOpen = new Dexie.OpenFailedError(domError('UnknownError', 'Internal error opening backing store for indexedDB.open.'));
    expect(storageFailure(new Dexie.AbortError('Transaction aborted'))).toContain('Frigör diskutrymme och försök igen.');
    expect(storageFailure(cannotOpen)).toBe('Kunde inte spara i den lokala databasen (OpenFailedError: UnknownError). '
      + 'Webbläsaren kunde inte skriva till disken; oftast är den full. Frigör diskutrymme och försök igen.');
  });
});

/** What Chromium's indexedDB.open gives on a full disk: a request that fails with UnknownError. */
function failingOpen(): IDBOpenDBRequest {
  const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError') } as unknown as IDBOpenDBRequest;
  setTimeout(() => request.onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} } as unknown as Event));
  return request;
}

describe('the database after a full disk', () => {
  it('opens anew once there is room again, without the extension being restarted', async () => {
    const open = indexedDB.open.bind(indexedDB);
    let full = true;
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => (full ? failingOpen() : open(name, version)));
    try {
      const failed = await db().log.count().catch((error: unknown) => error);
      expect(storageFailure(failed)).toContain('Frigör diskutrymme');
      full = false;
      await expect(db().log.count()).resolves.toBe(0);
    } finally {
      spy.mockRestore();
    }
  });
});
