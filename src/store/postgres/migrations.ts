import type { Pool, PoolClient } from 'pg';
import { StoreError } from '../open-database.js';

/**
 * Versioned schema changes for PostgreSQL, applied in order at start. The tables and their meaning are
 * SQLite's (src/store/migrations.ts, versions 1-6), gathered into one first version because no
 * PostgreSQL database predates them. `schema_version` records each version applied. Never edit a
 * released migration: add a new one.
 *
 * Every text column is COLLATE "C": ids, dates and names compare and sort byte by byte, as in SQLite,
 * whatever locale the database was created with. The board's order `lower(member_name)` then folds
 * ASCII letters only, as SQLite's COLLATE NOCASE does.
 */
export const PG_MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE posts (
        id            TEXT COLLATE "C" PRIMARY KEY,
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        channel_id    TEXT COLLATE "C" NOT NULL,
        kind          TEXT COLLATE "C" NOT NULL CHECK (kind IN ('daily', 'practice')),
        owner_id      TEXT COLLATE "C",
        local_date    TEXT COLLATE "C",
        question_id   TEXT COLLATE "C" NOT NULL,
        topic_id      TEXT COLLATE "C" NOT NULL,
        domain        TEXT COLLATE "C" NOT NULL,
        answer_index  INTEGER NOT NULL,
        posted_at     TIMESTAMPTZ NOT NULL,
        closes_at     TIMESTAMPTZ,
        revealed_at   TIMESTAMPTZ,
        message_ref   TEXT COLLATE "C"
      );
      -- Exactly one daily question per channel per local date, whatever races to insert it, from any
      -- instance. It also serves every per-channel daily query (latest, previous, recent, asked).
      CREATE UNIQUE INDEX posts_one_daily_per_day
        ON posts (platform, workspace_id, channel_id, local_date) WHERE kind = 'daily';
      CREATE INDEX posts_unrevealed_daily ON posts (closes_at) WHERE kind = 'daily' AND revealed_at IS NULL;

      CREATE TABLE answers (
        post_id        TEXT COLLATE "C" NOT NULL REFERENCES posts (id),
        member_id      TEXT COLLATE "C" NOT NULL,
        member_name    TEXT COLLATE "C" NOT NULL,
        platform       TEXT COLLATE "C" NOT NULL,
        workspace_id   TEXT COLLATE "C" NOT NULL,
        channel_id     TEXT COLLATE "C" NOT NULL,
        kind           TEXT COLLATE "C" NOT NULL,
        option_index   INTEGER NOT NULL,
        correct        BOOLEAN NOT NULL,
        topic_id       TEXT COLLATE "C" NOT NULL,
        domain         TEXT COLLATE "C" NOT NULL,
        answered_at    TIMESTAMPTZ NOT NULL,
        answer_streak  INTEGER NOT NULL,
        correct_streak INTEGER NOT NULL,
        -- One answer per member per question: a double click, a retried delivery or a second instance
        -- cannot add a second.
        PRIMARY KEY (post_id, member_id)
      );
      CREATE INDEX answers_by_member ON answers (platform, workspace_id, member_id, kind);

      -- Running totals per period ('all', 'w2026-W47', 'm2026-11'), so leaderboards stay fast.
      CREATE TABLE scores (
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        period        TEXT COLLATE "C" NOT NULL,
        member_id     TEXT COLLATE "C" NOT NULL,
        member_name   TEXT COLLATE "C" NOT NULL,
        points        INTEGER NOT NULL,
        answered      INTEGER NOT NULL,
        correct       INTEGER NOT NULL,
        PRIMARY KEY (platform, workspace_id, period, member_id)
      );
      -- The board's order, exactly, so the top ten come straight off the index without a sort.
      CREATE INDEX scores_by_board_order ON scores (platform, workspace_id, period, points DESC, lower(member_name), member_id);

      -- How many members hold each score, per period: a rank is a sum over a few distinct scores.
      CREATE TABLE score_counts (
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        period        TEXT COLLATE "C" NOT NULL,
        points        INTEGER NOT NULL,
        members       INTEGER NOT NULL,
        PRIMARY KEY (platform, workspace_id, period, points)
      );

      CREATE TABLE practice_cards (
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        member_id     TEXT COLLATE "C" NOT NULL,
        topic_id      TEXT COLLATE "C" NOT NULL,
        card          TEXT NOT NULL,
        PRIMARY KEY (platform, workspace_id, member_id, topic_id)
      );

      CREATE TABLE daily_schedules (
        platform              TEXT COLLATE "C" NOT NULL,
        workspace_id          TEXT COLLATE "C" NOT NULL,
        channel_id            TEXT COLLATE "C" NOT NULL,
        enabled               BOOLEAN NOT NULL,
        post_at_minutes       INTEGER NOT NULL CHECK (post_at_minutes BETWEEN 0 AND 1439),
        time_zone             TEXT COLLATE "C" NOT NULL,
        reveal_after_minutes  INTEGER NOT NULL CHECK (reveal_after_minutes > 0),
        updated_by            TEXT COLLATE "C" NOT NULL,
        updated_at            TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (platform, workspace_id, channel_id)
      );

      -- The delivery ledger that makes every post and reveal happen once across instances. A claim
      -- holds the key until lease_until; token grows with every claim, and every later step names it,
      -- so a worker whose lease ran out and was taken over cannot overwrite the new holder's work.
      CREATE TABLE deliveries (
        key          TEXT COLLATE "C" PRIMARY KEY,
        claimed_at   TIMESTAMPTZ NOT NULL,
        lease_until  TIMESTAMPTZ NOT NULL,
        done_at      TIMESTAMPTZ,
        outcome      TEXT COLLATE "C",
        attempts     INTEGER NOT NULL DEFAULT 0,
        sending_at   TIMESTAMPTZ,
        token        BIGINT NOT NULL DEFAULT 1
      );

      -- One row per member and question text, so a second report updates the reason.
      CREATE TABLE question_reports (
        question_id   TEXT COLLATE "C" NOT NULL,
        text_hash     TEXT COLLATE "C" NOT NULL,
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        channel_id    TEXT COLLATE "C" NOT NULL,
        member_id     TEXT COLLATE "C" NOT NULL,
        member_name   TEXT COLLATE "C" NOT NULL,
        reason        TEXT,
        reported_at   TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (question_id, text_hash, platform, workspace_id, member_id)
      );
    `,
  },
  {
    // Version 2: platform request keys seen recently, shared by every instance, so a request the
    // platform delivers again (to any instance) does its work once.
    version: 2,
    sql: `
      CREATE TABLE seen_requests (
        key         TEXT COLLATE "C" PRIMARY KEY,
        expires_at  TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX seen_requests_by_expiry ON seen_requests (expires_at);
    `,
  },
  {
    // Version 3: each member's study settings per workspace (exam date, countdown opt-in, new topics a day).
    version: 3,
    sql: `
      CREATE TABLE member_settings (
        platform            TEXT COLLATE "C" NOT NULL,
        workspace_id        TEXT COLLATE "C" NOT NULL,
        member_id           TEXT COLLATE "C" NOT NULL,
        exam_date           TEXT COLLATE "C",
        show_exam_date      BOOLEAN NOT NULL DEFAULT false,
        new_topics_per_day  INTEGER,
        updated_at          TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (platform, workspace_id, member_id)
      );
    `,
  },
  {
    // Version 4: mock exams, private to a member; SQLite's version 10.
    version: 4,
    sql: `
      CREATE TABLE exams (
        id            TEXT COLLATE "C" PRIMARY KEY,
        platform      TEXT COLLATE "C" NOT NULL,
        workspace_id  TEXT COLLATE "C" NOT NULL,
        channel_id    TEXT COLLATE "C" NOT NULL,
        member_id     TEXT COLLATE "C" NOT NULL,
        member_name   TEXT COLLATE "C" NOT NULL,
        started_at    TIMESTAMPTZ NOT NULL,
        ends_at       TIMESTAMPTZ NOT NULL,
        current_no    INTEGER NOT NULL DEFAULT 1,
        submitted_at  TIMESTAMPTZ,
        finished_by   TEXT COLLATE "C" CHECK (finished_by IN ('member', 'deadline')),
        CHECK ((submitted_at IS NULL) = (finished_by IS NULL))
      );
      -- One running exam per member per workspace, whatever races to start one, from any instance.
      CREATE UNIQUE INDEX exams_one_running ON exams (platform, workspace_id, member_id) WHERE submitted_at IS NULL;
      CREATE INDEX exams_by_member ON exams (platform, workspace_id, member_id);
      -- The minute sweep reads only running exams, by deadline.
      CREATE INDEX exams_running_by_end ON exams (ends_at) WHERE submitted_at IS NULL;

      CREATE TABLE exam_items (
        exam_id       TEXT COLLATE "C" NOT NULL REFERENCES exams (id),
        no            INTEGER NOT NULL CHECK (no >= 1),
        question_id   TEXT COLLATE "C" NOT NULL,
        topic_id      TEXT COLLATE "C" NOT NULL,
        domain        TEXT COLLATE "C" NOT NULL,
        answer_index  INTEGER NOT NULL,
        choice_index  INTEGER,
        correct       BOOLEAN,
        answered_at   TIMESTAMPTZ,
        PRIMARY KEY (exam_id, no)
      );
    `,
  },
  {
    // Version 5: reminders and the countdown's display name; SQLite's version 11.
    version: 5,
    sql: `
      ALTER TABLE member_settings ADD COLUMN remind_at_minutes INTEGER CHECK (remind_at_minutes BETWEEN 0 AND 1439);
      ALTER TABLE member_settings ADD COLUMN time_zone TEXT COLLATE "C";
      ALTER TABLE member_settings ADD COLUMN display_name TEXT;
      CREATE INDEX member_settings_reminders ON member_settings (platform, workspace_id, member_id) WHERE remind_at_minutes IS NOT NULL;
      CREATE INDEX member_settings_countdowns ON member_settings (platform, workspace_id, exam_date) WHERE show_exam_date AND exam_date IS NOT NULL;
    `,
  },
];

export const PG_LATEST_VERSION = PG_MIGRATIONS.at(-1)?.version ?? 0;

/** Held for the migration's transaction, so instances starting together migrate one after the other. */
const MIGRATION_LOCK = 0x5354_5544_5942n; // "STUDYB"

/**
 * Brings the database to the latest schema in one transaction, under a transaction-level advisory
 * lock: a second instance starting at the same moment waits, then finds nothing left to do. Returns
 * the version the database is at.
 */
export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
        version     INTEGER PRIMARY KEY,
        applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const current = await versionOf(client);
      if (current > PG_LATEST_VERSION) {
        throw new StoreError(`The database was written by a newer studybot (schema ${current}, this one knows ${PG_LATEST_VERSION}); upgrade studybot.`, 'TOO_NEW');
      }
      for (const migration of PG_MIGRATIONS) {
        if (migration.version <= current) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migration.version]);
      }
      await client.query('COMMIT');
      return Math.max(current, PG_LATEST_VERSION);
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => { broken = rollbackError as Error; });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

export async function pgSchemaVersion(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    return await versionOf(client);
  } finally {
    client.release();
  }
}

async function versionOf(client: PoolClient): Promise<number> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass('schema_version') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return 0;
  const result = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_version');
  return result.rows[0]?.version ?? 0;
}
