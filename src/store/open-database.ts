import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** A database that cannot be used; the message says what is wrong and what to do. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(message: string, readonly code: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const HINTS: Record<string, string> = {
  SQLITE_CANTOPEN: 'cannot be opened: check that the path exists and is readable',
  SQLITE_BUSY: 'is locked by another process: stop the other studybot (or tool) using it and start again',
  SQLITE_LOCKED: 'is locked by another process: stop the other studybot (or tool) using it and start again',
  SQLITE_READONLY: 'is read-only: studybot needs to write scores; fix the file or folder permissions',
  SQLITE_NOTADB: 'is not a SQLite database (or is corrupt): point DATABASE_PATH at another file',
  SQLITE_CORRUPT: 'is corrupt: restore a backup or point DATABASE_PATH at a new file',
  SQLITE_FULL: 'cannot grow: the disk is full',
  SQLITE_IOERR: 'could not be read or written (I/O error): check the disk',
  SQLITE_PERM: 'cannot be accessed: check the file permissions',
};

export function describeSqliteError(path: string, error: unknown): StoreError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'UNKNOWN';
  const base = Object.keys(HINTS).find((k) => code === k || code.startsWith(`${k}_`));
  const hint = base ? HINTS[base] : `failed (${code})`;
  return new StoreError(`The database ${path} ${hint}.`, base ?? code, { cause: error });
}

export interface OpenOptions {
  /** How long to wait for another writer before giving up, in ms. */
  readonly busyTimeoutMs?: number;
  /** Open without write access, as SQLite does for a file it may not write; start-up must refuse it. */
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) the database, checks that it is writable and migrates it to the latest
 * schema. Throws StoreError with one clear sentence when any of that fails.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') createPrivately(path);
  let db: Db | undefined;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 5_000, readonly: options.readonly ?? false });
    probeWrite(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    checkIntegrity(db, path);
    if (path !== ':memory:') {
      const { dev, ino } = statSync(path);
      identities.set(db, { path, dev, ino });
    }
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    throw describeSqliteError(path, error);
  }
}

/**
 * Member names and answers are nobody else's business: a new database gets a folder only its owner can
 * enter (0700) and a file only its owner can read (0600). SQLite gives its -wal and -shm files the
 * database file's permissions. An existing file is made private too; an existing folder is left as
 * the operator set it.
 */
function createPrivately(path: string): void {
  const folder = dirname(path);
  try {
    // Only folders it creates get the mode; an existing one is left as the operator set it.
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StoreError(`The folder for the database ${path} cannot be created: ${(error as Error).message}.`, 'MKDIR', { cause: error });
  }
  try {
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
    else chmodSync(path, 0o600);
  } catch {
    // A file we may not chmod (another owner) still opens; SQLite reports what it cannot do.
  }
}

/** `PRAGMA quick_check` at start: a damaged file stops the bot with one sentence, not on an answer. */
function checkIntegrity(db: Db, path: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new StoreError(`The database ${path} is damaged (${String(result)}): restore a backup or point DATABASE_PATH at a new file.`, 'SQLITE_CORRUPT');
}

const identities = new WeakMap<Db, { path: string; dev: number; ino: number }>();

/**
 * Whether the file this connection was opened on is still the file at its path. Deleted or replaced
 * while the bot runs, SQLite would go on writing to a file nobody will ever read again, and members
 * would be told "Got it" for answers that are lost at the next start.
 */
export function stillOnDisk(db: Db): boolean {
  const identity = identities.get(db);
  if (!identity) return true;
  try {
    const { dev, ino } = statSync(identity.path);
    return dev === identity.dev && ino === identity.ino;
  } catch {
    return false;
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * A read-only or locked file must fail at start, not on a member's first answer. Rewriting the schema
 * version inside a transaction that is rolled back is a real write that changes nothing.
 */
function probeWrite(db: Db): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${schemaVersion(db)}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

function migrate(db: Db): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new StoreError(`The database was written by a newer studybot (schema ${current}, this one knows ${LATEST_VERSION}); upgrade studybot.`, 'TOO_NEW');
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // Read again under the write lock: another process starting on the same new file may have
      // applied this migration between our first look and now.
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
