// A failed write is said in words the editor can act on: a full disk as a full disk, also when the
// database library wraps the browser's error in its own (a transaction's AbortError, a bulk write's BulkError).
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
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

  it('otherwise names what the browser said, the wrapped error too', () => {
    expect(storageFailure(new Dexie.AbortError('Transaction aborted', domError('UnknownError', 'Internal error'))))
      .toBe('Kunde inte spara i den lokala databasen (AbortError: UnknownError).');
    expect(storageFailure({ name: 'UnknownError' })).toBe('Kunde inte spara i den lokala databasen (UnknownError).');
  });
});
