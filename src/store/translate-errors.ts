import { StorageError, type StorageProblem } from '../core/errors.js';

const PROBLEMS: readonly [string, StorageProblem][] = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_BUSY', 'locked'],
  ['SQLITE_LOCKED', 'locked'],
  ['SQLITE_IOERR', 'unavailable'],
  ['SQLITE_CANTOPEN', 'unavailable'],
];

/** SQLite failures the user can do nothing about become a StorageError the core can explain. */
export function translateStorageErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    const match = PROBLEMS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
    if (match) throw new StorageError(match[1], { cause: error });
    throw error;
  }
}

/**
 * Wraps every method of a store so its SQLite failures are translated. Used on the store classes,
 * so each method body stays about its query, not about error codes. With `stillThere`, every call
 * first checks that the database file has not been deleted or replaced, and refuses if it has.
 */
export function withStorageErrors<T extends object>(store: T, stillThere: () => boolean = () => true): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (!stillThere()) return Promise.reject(new StorageError('gone'));
        const result = translateStorageErrors(() => (value as (...a: unknown[]) => unknown).apply(target, args));
        // Async store methods fail by rejecting: translate those failures the same way.
        return result instanceof Promise ? result.catch((error: unknown) => translateStorageErrors(() => { throw error; })) : result;
      };
    },
  });
}
