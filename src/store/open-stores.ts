import type { ScheduleStore } from '../core/daily/schedule-store.js';
import type { ExamStore } from '../core/exam/exam-store.js';
import type { Logger, RequestKeys } from '../core/ports.js';
import type { QuizStore } from '../core/quiz/quiz-store.js';
import type { SettingsStore } from '../core/study/settings-store.js';
import { openDatabase, stillOnDisk, type Db } from './open-database.js';
import { SqliteExamStore } from './sqlite-exam-store.js';
import { SqliteQuizStore } from './sqlite-quiz-store.js';
import { SqliteRequestKeys } from './sqlite-request-keys.js';
import { SqliteScheduleStore } from './sqlite-schedule-store.js';
import { SqliteSettingsStore } from './sqlite-settings-store.js';
import { withStorageErrors } from './translate-errors.js';

/** The store ports, whichever database is behind them. */
export interface Stores {
  readonly quiz: QuizStore;
  readonly schedules: ScheduleStore;
  readonly settings: SettingsStore;
  readonly exams: ExamStore;
}

/** Everything one instance keeps in its database: the store ports and the shared request ledger. */
export interface OpenStores extends Stores {
  readonly kind: 'sqlite' | 'postgres';
  readonly requests: RequestKeys;
  close(): Promise<void>;
}

/** The SQLite stores on an open database, refusing to confirm anything once its file is gone. */
export function sqliteStores(db: Db): Stores {
  const onDisk = () => stillOnDisk(db);
  return {
    quiz: withStorageErrors(new SqliteQuizStore(db), onDisk),
    schedules: withStorageErrors(new SqliteScheduleStore(db), onDisk),
    settings: withStorageErrors(new SqliteSettingsStore(db), onDisk),
    exams: withStorageErrors(new SqliteExamStore(db), onDisk),
  };
}

/**
 * SQLite at DATABASE_PATH by default; PostgreSQL when DATABASE_URL is set, for several instances on one
 * database. The PostgreSQL driver loads only then, so the default start stays light.
 */
export async function openStores(config: { readonly DATABASE_URL?: string | undefined; readonly DATABASE_PATH: string }, logger: Logger): Promise<OpenStores> {
  if (config.DATABASE_URL) {
    const { openPostgres } = await import('./postgres/open-postgres.js');
    const { PostgresQuizStore } = await import('./postgres/pg-quiz-store.js');
    const { PostgresScheduleStore } = await import('./postgres/pg-schedule-store.js');
    const { PostgresRequestKeys } = await import('./postgres/pg-request-keys.js');
    const { PostgresSettingsStore } = await import('./postgres/pg-settings-store.js');
    const { PostgresExamStore } = await import('./postgres/pg-exam-store.js');
    const database = await openPostgres(config.DATABASE_URL, { onIdleError: (error) => logger.warn({ err: error }, 'postgres: an idle connection broke; the next query reconnects') });
    return {
      kind: 'postgres',
      quiz: new PostgresQuizStore(database.pool),
      schedules: new PostgresScheduleStore(database.pool),
      exams: new PostgresExamStore(database.pool),
      requests: new PostgresRequestKeys(database.pool),
      settings: new PostgresSettingsStore(database.pool),
      close: () => database.close(),
    };
  }
  const db = openDatabase(config.DATABASE_PATH);
  return { kind: 'sqlite', ...sqliteStores(db), requests: withStorageErrors(new SqliteRequestKeys(db)), close: async () => { db.close(); } };
}
