/**
 * Versioned schema changes, applied in order at start. PRAGMA user_version records how far a database
 * has come, so an older database is migrated forward and never wiped. Never edit a released
 * migration: add a new one.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE posts (
        id            TEXT PRIMARY KEY,
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('daily', 'practice')),
        owner_id      TEXT,
        local_date    TEXT,
        question_id   TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        domain        TEXT NOT NULL,
        answer_index  INTEGER NOT NULL,
        posted_at     TEXT NOT NULL,
        closes_at     TEXT,
        revealed_at   TEXT,
        message_ref   TEXT
      );
      -- Exactly one daily question per channel per local date, whatever races to insert it.
      CREATE UNIQUE INDEX posts_one_daily_per_day
        ON posts (platform, workspace_id, channel_id, local_date) WHERE kind = 'daily';

      CREATE TABLE answers (
        post_id        TEXT NOT NULL REFERENCES posts (id),
        member_id      TEXT NOT NULL,
        member_name    TEXT NOT NULL,
        platform       TEXT NOT NULL,
        workspace_id   TEXT NOT NULL,
        channel_id     TEXT NOT NULL,
        kind           TEXT NOT NULL,
        option_index   INTEGER NOT NULL,
        correct        INTEGER NOT NULL,
        topic_id       TEXT NOT NULL,
        domain         TEXT NOT NULL,
        answered_at    TEXT NOT NULL,
        answer_streak  INTEGER NOT NULL,
        correct_streak INTEGER NOT NULL,
        -- One answer per member per question: a double click or a retried delivery cannot add a second.
        PRIMARY KEY (post_id, member_id)
      ) WITHOUT ROWID;
      -- One secondary index only: every extra index is another page written on each answer.
      CREATE INDEX answers_by_member ON answers (platform, workspace_id, member_id, kind);

    `,
  },
  {
    // Version 2 keeps running totals per period so leaderboards stay fast with millions of answers,
    // and fills them from the revealed answers a version-1 database already holds.
    version: 2,
    sql: `
      CREATE TABLE scores (
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        period        TEXT NOT NULL,
        member_id     TEXT NOT NULL,
        member_name   TEXT NOT NULL,
        points        INTEGER NOT NULL,
        answered      INTEGER NOT NULL,
        correct       INTEGER NOT NULL,
        PRIMARY KEY (platform, workspace_id, period, member_id)
      ) WITHOUT ROWID;
      CREATE INDEX scores_by_points ON scores (platform, workspace_id, period, points DESC, member_name);

      CREATE TABLE practice_cards (
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        member_id     TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        card          TEXT NOT NULL,
        PRIMARY KEY (platform, workspace_id, member_id, topic_id)
      ) WITHOUT ROWID;

      INSERT INTO scores (platform, workspace_id, period, member_id, member_name, points, answered, correct)
        SELECT platform, workspace_id, period, member_id, MAX(member_name), SUM(correct) * 10, COUNT(*), SUM(correct)
        FROM (
          SELECT platform, workspace_id, 'all' AS period, member_id, member_name, correct FROM answers WHERE kind = 'daily' AND post_id IN (SELECT id FROM posts WHERE revealed_at IS NOT NULL)
          UNION ALL
          SELECT platform, workspace_id, 'w' || strftime('%G-W%V', answered_at), member_id, member_name, correct FROM answers WHERE kind = 'daily' AND post_id IN (SELECT id FROM posts WHERE revealed_at IS NOT NULL)
          UNION ALL
          SELECT platform, workspace_id, 'm' || strftime('%Y-%m', answered_at), member_id, member_name, correct FROM answers WHERE kind = 'daily' AND post_id IN (SELECT id FROM posts WHERE revealed_at IS NOT NULL)
        )
        GROUP BY platform, workspace_id, period, member_id;
    `,
  },
  {
    // Version 3: daily-question schedules per channel, and the delivery ledger that makes every post
    // and reveal happen once.
    version: 3,
    sql: `
      CREATE TABLE daily_schedules (
        platform              TEXT NOT NULL,
        workspace_id          TEXT NOT NULL,
        channel_id            TEXT NOT NULL,
        enabled               INTEGER NOT NULL,
        post_at_minutes       INTEGER NOT NULL CHECK (post_at_minutes BETWEEN 0 AND 1439),
        time_zone             TEXT NOT NULL,
        reveal_after_minutes  INTEGER NOT NULL CHECK (reveal_after_minutes > 0),
        updated_by            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        PRIMARY KEY (platform, workspace_id, channel_id)
      ) WITHOUT ROWID;

      CREATE TABLE deliveries (
        key          TEXT PRIMARY KEY,
        claimed_at   TEXT NOT NULL,
        lease_until  TEXT NOT NULL,
        done_at      TEXT,
        outcome      TEXT
      ) WITHOUT ROWID;

      CREATE INDEX posts_unrevealed_daily ON posts (closes_at) WHERE kind = 'daily' AND revealed_at IS NULL;
      CREATE INDEX posts_daily_by_channel ON posts (platform, workspace_id, channel_id, kind, local_date);
    `,
  },
  {
    // Version 4: how many members hold each score, per period. A rank is then a sum over a few dozen
    // distinct scores instead of a count over every member (100,000 members: 30 ms -> well under 1).
    version: 4,
    sql: `
      CREATE TABLE score_counts (
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        period        TEXT NOT NULL,
        points        INTEGER NOT NULL,
        members       INTEGER NOT NULL,
        PRIMARY KEY (platform, workspace_id, period, points)
      ) WITHOUT ROWID;
      INSERT INTO score_counts (platform, workspace_id, period, points, members)
        SELECT platform, workspace_id, period, points, COUNT(*) FROM scores GROUP BY platform, workspace_id, period, points;
      -- The board's order, exactly, so the top ten come straight off the index without a sort.
      DROP INDEX scores_by_points;
      CREATE INDEX scores_by_board_order ON scores (platform, workspace_id, period, points DESC, member_name COLLATE NOCASE, member_id);
    `,
  },
  {
    // Version 5: members report questions they think are wrong. One row per member and question text,
    // so a second report updates the reason instead of counting twice.
    version: 5,
    sql: `
      CREATE TABLE question_reports (
        question_id   TEXT NOT NULL,
        text_hash     TEXT NOT NULL,
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        member_id     TEXT NOT NULL,
        member_name   TEXT NOT NULL,
        reason        TEXT,
        reported_at   TEXT NOT NULL,
        PRIMARY KEY (question_id, text_hash, platform, workspace_id, member_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Version 6: a delivery counts its failed attempts (so an undeliverable message stops after a few)
    // and marks the moment its message is handed to the platform (so a crash after that point is never
    // answered by sending the message a second time).
    version: 6,
    sql: `
      ALTER TABLE deliveries ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE deliveries ADD COLUMN sending_at TEXT;
    `,
  },
  {
    // Version 7: a fencing token per delivery claim. Each claim of a key gets the next token, and every
    // later step names it, so a worker that stalled past its lease cannot finish a claim it lost.
    version: 7,
    sql: `
      ALTER TABLE deliveries ADD COLUMN token INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    // Version 8: platform request keys seen recently, shared by every process on this file, so a
    // repeated delivery of one request does its work once.
    version: 8,
    sql: `
      CREATE TABLE seen_requests (
        key         TEXT PRIMARY KEY,
        expires_at  INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX seen_requests_by_expiry ON seen_requests (expires_at);
    `,
  },
  {
    // Version 9: each member's study settings per workspace (exam date, countdown opt-in, new topics a day).
    version: 9,
    sql: `
      CREATE TABLE member_settings (
        platform            TEXT NOT NULL,
        workspace_id        TEXT NOT NULL,
        member_id           TEXT NOT NULL,
        exam_date           TEXT,
        show_exam_date      INTEGER NOT NULL DEFAULT 0,
        new_topics_per_day  INTEGER,
        updated_at          TEXT NOT NULL,
        PRIMARY KEY (platform, workspace_id, member_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Version 10: mock exams, private to a member.
    version: 10,
    sql: `
      CREATE TABLE exams (
        id            TEXT PRIMARY KEY,
        platform      TEXT NOT NULL,
        workspace_id  TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        member_id     TEXT NOT NULL,
        member_name   TEXT NOT NULL,
        started_at    TEXT NOT NULL,
        ends_at       TEXT NOT NULL,
        current_no    INTEGER NOT NULL DEFAULT 1,
        submitted_at  TEXT,
        finished_by   TEXT CHECK (finished_by IN ('member', 'deadline')),
        CHECK ((submitted_at IS NULL) = (finished_by IS NULL))
      );
      -- One running exam per member per workspace, whatever races to start one, from any process.
      CREATE UNIQUE INDEX exams_one_running ON exams (platform, workspace_id, member_id) WHERE submitted_at IS NULL;
      CREATE INDEX exams_by_member ON exams (platform, workspace_id, member_id);
      -- The minute sweep reads only running exams, by deadline.
      CREATE INDEX exams_running_by_end ON exams (ends_at) WHERE submitted_at IS NULL;

      CREATE TABLE exam_items (
        exam_id       TEXT NOT NULL REFERENCES exams (id),
        no            INTEGER NOT NULL CHECK (no >= 1),
        question_id   TEXT NOT NULL,
        topic_id      TEXT NOT NULL,
        domain        TEXT NOT NULL,
        answer_index  INTEGER NOT NULL,
        choice_index  INTEGER,
        correct       INTEGER,
        answered_at   TEXT,
        PRIMARY KEY (exam_id, no)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Version 11: opt-in reminders (local time and the member's own zone) and the name a member gave
    // when opting in to the exam countdown, so the daily post can name them without asking the platform.
    version: 11,
    sql: `
      ALTER TABLE member_settings ADD COLUMN remind_at_minutes INTEGER CHECK (remind_at_minutes BETWEEN 0 AND 1439);
      ALTER TABLE member_settings ADD COLUMN time_zone TEXT;
      ALTER TABLE member_settings ADD COLUMN display_name TEXT;
      -- The minute sweep reads only members with reminders on; the daily post only opted-in exam dates.
      CREATE INDEX member_settings_reminders ON member_settings (platform, workspace_id, member_id) WHERE remind_at_minutes IS NOT NULL;
      CREATE INDEX member_settings_countdowns ON member_settings (platform, workspace_id, exam_date) WHERE show_exam_date = 1 AND exam_date IS NOT NULL;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
