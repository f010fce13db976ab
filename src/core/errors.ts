/**
 * A mistake the user can fix (bad input, missing permission). Carries a code for logs and tests, and
 * the friendly text shown to the user. Anything else thrown in a command is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: string,
    readonly friendly: string,
  ) {
    super(`${code}: ${friendly}`);
  }
}

export type StorageProblem = 'full' | 'read-only' | 'locked' | 'unavailable' | 'gone';

/**
 * The store could not read or write (disk full, file made read-only, locked by another process).
 * Thrown by the store, which rolls back whatever it was doing, so nothing is half-saved.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(`storage ${problem}`, options);
  }
}

const STORAGE_WORDS: Record<StorageProblem, string> = {
  full: 'the database is full',
  'read-only': 'the database has become read-only',
  locked: 'the database is busy with another process',
  unavailable: 'the database cannot be reached',
  gone: 'the database file is gone',
};

export function storageApology(problem: StorageProblem): string {
  if (problem === 'gone') {
    return 'I couldn\'t save that: my database file was deleted or replaced while I was running, so nothing can be recorded safely. Nothing was recorded. Please tell an admin: I need a restart (and the file restored from a backup).';
  }
  return `I couldn't save that just now: ${STORAGE_WORDS[problem]}. Nothing was recorded, so please try again in a little while. If it keeps happening, let an admin know.`;
}
