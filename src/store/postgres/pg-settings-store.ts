import type { Pool } from 'pg';
import type { Scope } from '../../core/quiz/quiz-store.js';
import { NO_SETTINGS, type MemberSettings, type ReminderMember, type SettingsChange, type SettingsStore, type SharedExamDate, type UpcomingExam } from '../../core/study/settings-store.js';
import { row, rows } from './open-postgres.js';

interface SettingsRow {
  exam_date: string | null; show_exam_date: boolean; new_topics_per_day: number | null;
  remind_at_minutes: number | null; time_zone: string | null; display_name: string | null;
}
interface ReminderRow { platform: string; workspace_id: string; member_id: string; remind_at_minutes: number; time_zone: string | null }
interface ExamRow { member_id: string; display_name: string | null; exam_date: string }

const COLUMNS = 'exam_date, show_exam_date, new_topics_per_day, remind_at_minutes, time_zone, display_name';

const toSettings = (r: SettingsRow): MemberSettings => ({
  ...(r.exam_date !== null ? { examDate: r.exam_date } : {}),
  showExamDate: r.show_exam_date,
  ...(r.new_topics_per_day !== null ? { newTopicsPerDay: r.new_topics_per_day } : {}),
  ...(r.remind_at_minutes !== null ? { remindAtMinutes: r.remind_at_minutes } : {}),
  ...(r.time_zone !== null ? { timeZone: r.time_zone } : {}),
  ...(r.display_name !== null ? { displayName: r.display_name } : {}),
});

/** Member settings in PostgreSQL: one upsert per save, so saves from two instances both land, field by field. */
export class PostgresSettingsStore implements SettingsStore {
  constructor(private readonly pool: Pool) {}

  async sharedExamDates(scope: Scope, fromDate: string, toDate: string): Promise<readonly SharedExamDate[]> {
    // Settings hold no names: the member's name is the one they last answered with in the workspace.
    const found = await rows<{ member_id: string; exam_date: string; member_name: string | null }>(this.pool, `SELECT s.member_id, s.exam_date,
        (SELECT a.member_name FROM answers a WHERE a.platform = s.platform AND a.workspace_id = s.workspace_id AND a.member_id = s.member_id
          ORDER BY a.answered_at DESC LIMIT 1) AS member_name
      FROM member_settings s
      WHERE s.platform = $1 AND s.workspace_id = $2 AND s.show_exam_date AND s.exam_date IS NOT NULL AND s.exam_date >= $3 AND s.exam_date <= $4
      ORDER BY s.exam_date, s.member_id COLLATE "C"`, [scope.platform, scope.workspaceId, fromDate, toDate]);
    return found.map((r) => ({ memberId: r.member_id, examDate: r.exam_date, ...(r.member_name !== null ? { memberName: r.member_name } : {}) }));
  }

  async settingsOf(scope: Scope, memberId: string): Promise<MemberSettings> {
    const found = await row<SettingsRow>(this.pool, `SELECT ${COLUMNS} FROM member_settings
      WHERE platform = $1 AND workspace_id = $2 AND member_id = $3`, [scope.platform, scope.workspaceId, memberId]);
    return found ? toSettings(found) : NO_SETTINGS;
  }

  async saveSettings(scope: Scope, memberId: string, change: SettingsChange, at: Date): Promise<MemberSettings> {
    const saved = await row<SettingsRow>(this.pool, `INSERT INTO member_settings
        (platform, workspace_id, member_id, exam_date, show_exam_date, new_topics_per_day, remind_at_minutes, time_zone, display_name, updated_at)
      VALUES ($1, $2, $3, $4, COALESCE($6::boolean, false), $7, $10, $12, $14, $9)
      ON CONFLICT (platform, workspace_id, member_id) DO UPDATE SET
        exam_date = CASE WHEN $5::boolean THEN EXCLUDED.exam_date ELSE member_settings.exam_date END,
        show_exam_date = COALESCE($6::boolean, member_settings.show_exam_date),
        new_topics_per_day = CASE WHEN $8::boolean THEN EXCLUDED.new_topics_per_day ELSE member_settings.new_topics_per_day END,
        remind_at_minutes = CASE WHEN $11::boolean THEN EXCLUDED.remind_at_minutes ELSE member_settings.remind_at_minutes END,
        time_zone = CASE WHEN $13::boolean THEN EXCLUDED.time_zone ELSE member_settings.time_zone END,
        display_name = COALESCE(EXCLUDED.display_name, member_settings.display_name),
        updated_at = EXCLUDED.updated_at
      RETURNING ${COLUMNS}`, [
      scope.platform, scope.workspaceId, memberId, change.examDate ?? null, change.examDate !== undefined,
      change.showExamDate ?? null, change.newTopicsPerDay ?? null, change.newTopicsPerDay !== undefined, at,
      change.remindAtMinutes ?? null, change.remindAtMinutes !== undefined, change.timeZone ?? null, change.timeZone !== undefined,
      change.displayName ?? null,
    ]);
    if (!saved) throw new Error('settings upsert returned nothing');
    return toSettings(saved);
  }

  async membersWithReminders(): Promise<readonly ReminderMember[]> {
    const result = await this.pool.query<ReminderRow>(`SELECT platform, workspace_id, member_id, remind_at_minutes, time_zone
      FROM member_settings WHERE remind_at_minutes IS NOT NULL ORDER BY platform, workspace_id, member_id`);
    return result.rows.map((r) => ({
      platform: r.platform, workspaceId: r.workspace_id, memberId: r.member_id, remindAtMinutes: r.remind_at_minutes,
      ...(r.time_zone !== null ? { timeZone: r.time_zone } : {}),
    }));
  }

  async upcomingExams(scope: Scope, afterDate: string, limit: number): Promise<readonly UpcomingExam[]> {
    const result = await this.pool.query<ExamRow>(`SELECT member_id, display_name, exam_date FROM member_settings
      WHERE platform = $1 AND workspace_id = $2 AND show_exam_date AND exam_date IS NOT NULL AND exam_date > $3
      ORDER BY exam_date, display_name, member_id LIMIT $4`, [scope.platform, scope.workspaceId, afterDate, limit]);
    return result.rows.map((r) => ({
      memberId: r.member_id, examDate: r.exam_date, ...(r.display_name !== null ? { displayName: r.display_name } : {}),
    }));
  }
}
