import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { StorageError, type StorageProblem } from '../../core/errors.js';
import { StoreError } from '../open-database.js';
import { migratePostgres } from './migrations.js';

export interface OpenPostgresOptions {
  /** Connections per instance; several instances share the server's max_connections. */
  readonly max?: number;
  /** How long to wait for a connection (to the server, or a free one in the pool), in ms. */
  readonly connectionTimeoutMs?: number;
  /** An idle connection broke (server restart, network): reported here; the next query reconnects. */
  readonly onIdleError?: (error: Error) => void;
}

export interface PostgresDatabase {
  readonly pool: Pool;
  close(): Promise<void>;
}

/**
 * Connects to PostgreSQL (a `postgres://` URL), checks that the server answers and migrates it to the
 * latest schema. Throws StoreError with one sentence when the server cannot be reached or refuses.
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<PostgresDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    application_name: 'studybot',
    // Every statement is prepared (see statementName) and looks rows up by key, so one generic plan
    // per statement serves every call; left to choose, PostgreSQL re-plans the answer query on every
    // call, which costs four times what running it does.
    options: '-c plan_cache_mode=force_generic_plan',
  });
  // Without a listener, an idle connection that breaks would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw describePostgresError(url, error);
  }
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`The PostgreSQL database at ${redact(url)} could not be migrated: ${(error as Error).message}.`, codeOf(error) || 'MIGRATE', { cause: error });
  }
  let closed = false;
  return {
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  const parts = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(url);
  let out = url;
  if (parts) {
    const [, scheme = '', authority = '', rest = ''] = parts;
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    out = at > 0 && colon >= 0 && colon < at ? `${scheme}${authority.slice(0, colon)}:***${authority.slice(at)}${rest}` : url;
  }
  return out.replace(/([?&]password=)[^&#]*/i, '$1***');
}

const CONNECT_HINTS: Record<string, string> = {
  ECONNREFUSED: 'refused the connection: check that the server is running and the host and port are right',
  ENOTFOUND: 'has a host name that does not resolve: check the host in the URL',
  EAI_AGAIN: 'has a host name that could not be resolved just now: check the network and DNS',
  ETIMEDOUT: 'did not answer in time: check the host, port and firewall',
  ENOENT: 'has no socket at the given path: check that the server is running and the host folder is right',
  EACCES: 'refused access to its socket: check the socket folder permissions',
  '28P01': 'refused the password: check the user and password in the URL',
  '28000': 'refused the login: check the user in the URL and the server\'s pg_hba.conf',
  '3D000': 'has no such database: create it first',
  '57P03': 'is starting up or shutting down: try again in a moment',
  '53300': 'has no free connections: raise max_connections or lower the pool size',
};

/** One sentence for a server that cannot be used at start. */
export function describePostgresError(url: string, error: unknown): StoreError {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const hint = CONNECT_HINTS[code]
    ?? (/timeout/i.test(message) ? 'did not answer in time: check the host, port and firewall' : `cannot be reached (${code || message})`);
  return new StoreError(`The PostgreSQL server at ${redact(url)} ${hint}.`, code || 'UNREACHABLE', { cause: error });
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** PostgreSQL failures the user can do nothing about, as the core's StorageError. */
export function storageProblemOf(error: unknown): StorageProblem | undefined {
  const code = codeOf(error);
  if (code === '53100') return 'full';
  if (code === '25006') return 'read-only';
  if (code === '40P01' || code === '40001' || code === '55P03' || code === '53300') return 'locked';
  if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53')) return 'unavailable';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)) return 'unavailable';
  const message = error instanceof Error ? error.message : '';
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(message)) return 'unavailable';
  return undefined;
}

function translated(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  const problem = storageProblemOf(error);
  return problem ? new StorageError(problem, { cause: error }) : error;
}

type Queryable = Pool | PoolClient;

const statementNames = new Map<string, string>();

/**
 * A name for a statement with parameters, so each connection parses and plans it once and then only
 * binds values: on short queries, planning costs more than running (a third of a millisecond for the
 * answer query). The name comes from the text, so one text always maps to one prepared statement.
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** One statement; failures the user cannot fix become StorageError. */
export async function query<R extends QueryResultRow>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<pg.QueryResult<R>> {
  try {
    if (values.length === 0) return await db.query<R>(text);
    return await db.query<R>({ name: statementName(text), text, values: values as unknown[] });
  } catch (error) {
    throw translated(error);
  }
}

export async function rows<R extends QueryResultRow>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<R[]> {
  return (await query<R>(db, text, values)).rows;
}

export async function row<R extends QueryResultRow>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<R | undefined> {
  return (await query<R>(db, text, values)).rows[0];
}

/**
 * `work` in one transaction on one connection (READ COMMITTED; the row locks it takes are what make
 * it safe across instances). Committed when it returns, rolled back when it throws.
 */
export async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw translated(error);
  }
  let broken: Error | undefined;
  try {
    await query(client, 'BEGIN');
    const result = await work(client);
    await query(client, 'COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => { broken = rollbackError as Error; });
    throw translated(error);
  } finally {
    client.release(broken);
  }
}
