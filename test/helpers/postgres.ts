import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPostgres, type PostgresDatabase } from '../../src/store/postgres/open-postgres.js';
import { PostgresExamStore } from '../../src/store/postgres/pg-exam-store.js';
import { PostgresQuizStore } from '../../src/store/postgres/pg-quiz-store.js';
import { PostgresRequestKeys } from '../../src/store/postgres/pg-request-keys.js';
import { PostgresScheduleStore } from '../../src/store/postgres/pg-schedule-store.js';
import { PostgresSettingsStore } from '../../src/store/postgres/pg-settings-store.js';

/**
 * A throwaway PostgreSQL 15 cluster for tests: initdb into a temp folder, a server that listens only
 * on a Unix socket in that folder (no port to collide with another test file), fsync off. `stop()`
 * stops it and removes the folder; a process that exits without calling it stops it too.
 */

const run = promisify(execFile);

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** Why the cluster cannot be started here, or undefined when it can. */
export function postgresMissing(): string | undefined {
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(join(POSTGRES_BIN, tool))) return `PostgreSQL 15 is not installed (no ${join(POSTGRES_BIN, tool)}; apt-get install postgresql-15)`;
  }
  if (asRoot) {
    if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'running as root without runuser to start PostgreSQL as another user';
    if (postgresUser() === undefined) return 'running as root and there is no "postgres" system user to run PostgreSQL as';
  }
  return undefined;
}

export function postgresAvailable(): boolean {
  return postgresMissing() === undefined;
}

/**
 * For a test file: true when the PostgreSQL tests can run. When they cannot, they are skipped with a
 * note, except in CI (CI=true), where a missing PostgreSQL fails the run instead of passing quietly.
 */
export function usePostgres(what = 'PostgreSQL store tests'): boolean {
  const missing = postgresMissing();
  if (missing === undefined) return true;
  if (process.env.CI === 'true') throw new Error(`${what} cannot run in CI: ${missing}.`);
  console.warn(`Skipping ${what}: ${missing}.`);
  return false;
}

export interface TestPostgres {
  /** A fresh, empty database made for this call. */
  readonly url: string;
  /** Another fresh, empty database on the same server. */
  newDatabase(): Promise<string>;
  readonly socketDir: string;
  stop(): Promise<void>;
}

let ids: { uid: number; gid: number } | undefined | null = null;
function postgresUser(): { uid: number; gid: number } | undefined {
  if (ids !== null) return ids;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    ids = Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    ids = undefined;
  }
  return ids;
}

/** A PostgreSQL tool, as the postgres user when we are root (initdb and postgres refuse root). */
function command(tool: string, args: readonly string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, tool);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, [...args]];
}

async function tool(name: string, args: readonly string[]): Promise<string> {
  const [file, argv] = command(name, args);
  try {
    const { stdout } = await run(file, argv, { encoding: 'utf8', timeout: 60_000 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${name} failed: ${e.stderr?.trim() || e.message}`);
  }
}

const running = new Set<{ dataDir: string; dir: string }>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test run that ends without stop() (a crash, a forgotten afterAll) must not leave a server behind.
  process.on('exit', () => {
    for (const cluster of running) {
      try {
        const [file, argv] = command('pg_ctl', ['-D', cluster.dataDir, '-m', 'immediate', '-w', 'stop']);
        execFileSync(file, argv, { stdio: 'ignore', timeout: 10_000 });
      } catch { /* already stopped */ }
      rmSync(cluster.dir, { recursive: true, force: true });
    }
  });
}

let databases = 0;

/** The stores on a database, as one bot instance would have them; `close()` ends its pool. */
export async function postgresStores(url: string): Promise<{ quiz: PostgresQuizStore; schedules: PostgresScheduleStore; exams: PostgresExamStore; requests: PostgresRequestKeys; settings: PostgresSettingsStore; db: PostgresDatabase; close(): Promise<void> }> {
  const db = await openPostgres(url);
  return {
    quiz: new PostgresQuizStore(db.pool), schedules: new PostgresScheduleStore(db.pool), exams: new PostgresExamStore(db.pool),
    requests: new PostgresRequestKeys(db.pool), settings: new PostgresSettingsStore(db.pool), db, close: () => db.close(),
  };
}

/** Starts a cluster and makes one database in it. Call `stop()` when done (afterAll). */
export async function startPostgres(): Promise<TestPostgres> {
  const missing = postgresMissing();
  if (missing) throw new Error(`cannot start PostgreSQL: ${missing}`);
  const dir = mkdtempSync(join(tmpdir(), 'studybot-pg-'));
  const dataDir = join(dir, 'data');
  if (asRoot) {
    const user = postgresUser();
    if (user) chownSync(dir, user.uid, user.gid);
  }
  const cluster = { dataDir, dir };
  let started = false;
  try {
    await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    installExitHook();
    running.add(cluster);
    const options = [
      `-k ${dir}`, "-c listen_addresses=''", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off',
      '-c max_connections=100', '-c shared_buffers=32MB',
    ].join(' ');
    await tool('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start']);
    started = true;
    const newDatabase = async (): Promise<string> => {
      const name = `studybot_${process.pid}_${++databases}`;
      const admin = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres@/${name}?host=${encodeURIComponent(dir)}`;
    };
    const url = await newDatabase();
    let stopped = false;
    return {
      url,
      newDatabase,
      socketDir: dir,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          running.delete(cluster);
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    if (started) await tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    running.delete(cluster);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
