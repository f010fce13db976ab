import type { Scope } from '../core/quiz/quiz-store.js';
import { NO_SETTINGS, type MemberSettings, type ReminderMember, type SettingsChange, type SettingsStore, type SharedExamDate, type UpcomingExam } from '../core/study/settings-store.js';
import type { Db } from './open-database.js';

interface SettingsRow {
  exam_date: string | null; show_exam_date: number; new_topics_per_day: number | null;
  remind_at_minutes: number | null; time_zone: string | null; display_name: string | null;
}
interface ReminderRow { platform: string; workspace_id: string; member_id: string; remind_at_minutes: number; time_zone: string | null }
interface ExamRow { member_id: string; display_name: string | null; exam_date: string }

const COLUMNS = 'exam_date, show_exam_date, new_topics_per_day, remind_at_minutes, time_zone, display_name';

const toSettings = (r: SettingsRow): MemberSettings => ({
  ...(r.exam_date !== null ? { examDate: r.exam_date } : {}),
  showExamDate: r.show_exam_date === 1,
  ...(r.new_topics_per_day !== null ? { newTopicsPerDay: r.new_topics_per_day } : {}),
  ...(r.remind_at_minutes !== null ? { remindAtMinutes: r.remind_at_minutes } : {}),
  ...(r.time_zone !== null ? { timeZone: r.time_zone } : {}),
  ...(r.display_name !== null ? { displayName: r.display_name } : {}),
});

/** Member settings in SQLite: one upsert per save, so two saves at once both land, field by field. */
export class SqliteSettingsStore implements SettingsStore {
  private readonly read;
  private readonly save;
  private readonly shared;
  private readonly reminders;
  private readonly exams;

  constructor(db: Db) {
    this.read = db.prepare<[string, string, string], SettingsRow>(`SELECT ${COLUMNS} FROM member_settings
      WHERE platform = ? AND workspace_id = ? AND member_id = ?`);
    // Settings hold no names: the member's name is the one they last answered with in the workspace.
    this.shared = db.prepare<[string, string, string, string], { member_id: string; exam_date: string; member_name: string | null }>(`SELECT s.member_id, s.exam_date,
        (SELECT a.member_name FROM answers a WHERE a.platform = s.platform AND a.workspace_id = s.workspace_id AND a.member_id = s.member_id
          ORDER BY a.answered_at DESC LIMIT 1) AS member_name
      FROM member_settings s
      WHERE s.platform = ? AND s.workspace_id = ? AND s.show_exam_date = 1 AND s.exam_date IS NOT NULL AND s.exam_date >= ? AND s.exam_date <= ?
      ORDER BY s.exam_date, s.member_id`);
    // A flag per field says whether the save changes it, so unchanged fields keep their stored value.
    this.save = db.prepare<Record<string, unknown>, SettingsRow>(`INSERT INTO member_settings
        (platform, workspace_id, member_id, exam_date, show_exam_date, new_topics_per_day, remind_at_minutes, time_zone, display_name, updated_at)
      VALUES (@platform, @workspace_id, @member_id, @exam_date, COALESCE(@show_exam_date, 0), @new_topics_per_day, @remind_at_minutes, @time_zone, @display_name, @at)
      ON CONFLICT (platform, workspace_id, member_id) DO UPDATE SET
        exam_date = CASE WHEN @set_exam_date THEN excluded.exam_date ELSE member_settings.exam_date END,
        show_exam_date = COALESCE(@show_exam_date, member_settings.show_exam_date),
        new_topics_per_day = CASE WHEN @set_new_topics THEN excluded.new_topics_per_day ELSE member_settings.new_topics_per_day END,
        remind_at_minutes = CASE WHEN @set_remind_at THEN excluded.remind_at_minutes ELSE member_settings.remind_at_minutes END,
        time_zone = CASE WHEN @set_time_zone THEN excluded.time_zone ELSE member_settings.time_zone END,
        display_name = COALESCE(excluded.display_name, member_settings.display_name),
        updated_at = excluded.updated_at
      RETURNING ${COLUMNS}`);
    this.reminders = db.prepare<[], ReminderRow>(`SELECT platform, workspace_id, member_id, remind_at_minutes, time_zone
      FROM member_settings WHERE remind_at_minutes IS NOT NULL ORDER BY platform, workspace_id, member_id`);
    this.exams = db.prepare<[string, string, string, number], ExamRow>(`SELECT member_id, display_name, exam_date FROM member_settings
      WHERE platform = ? AND workspace_id = ? AND show_exam_date = 1 AND exam_date IS NOT NULL AND exam_date > ?
      ORDER BY exam_date, display_name, member_id LIMIT ?`);
  }

  async sharedExamDates(scope: Scope, fromDate: string, toDate: string): Promise<readonly SharedExamDate[]> {
    return this.shared.all(scope.platform, scope.workspaceId, fromDate, toDate).map((r) => ({
      memberId: r.member_id, examDate: r.exam_date, ...(r.member_name !== null ? { memberName: r.member_name } : {}),
    }));
  }

  async settingsOf(scope: Scope, memberId: string): Promise<MemberSettings> {
    const found = this.read.get(scope.platform, scope.workspaceId, memberId);
    return found ? toSettings(found) : NO_SETTINGS;
  }

  async saveSettings(scope: Scope, memberId: string, change: SettingsChange, at: Date): Promise<MemberSettings> {
    const saved = this.save.get({
      platform: scope.platform, workspace_id: scope.workspaceId, member_id: memberId,
      exam_date: change.examDate ?? null, set_exam_date: change.examDate !== undefined ? 1 : 0,
      show_exam_date: change.showExamDate === undefined ? null : change.showExamDate ? 1 : 0,
      new_topics_per_day: change.newTopicsPerDay ?? null, set_new_topics: change.newTopicsPerDay !== undefined ? 1 : 0,
      remind_at_minutes: change.remindAtMinutes ?? null, set_remind_at: change.remindAtMinutes !== undefined ? 1 : 0,
      time_zone: change.timeZone ?? null, set_time_zone: change.timeZone !== undefined ? 1 : 0,
      display_name: change.displayName ?? null,
      at: at.toISOString(),
    });
    if (!saved) throw new Error('settings upsert returned nothing');
    return toSettings(saved);
  }

  async membersWithReminders(): Promise<readonly ReminderMember[]> {
    return this.reminders.all().map((r) => ({
      platform: r.platform, workspaceId: r.workspace_id, memberId: r.member_id, remindAtMinutes: r.remind_at_minutes,
      ...(r.time_zone !== null ? { timeZone: r.time_zone } : {}),
    }));
  }

  async upcomingExams(scope: Scope, afterDate: string, limit: number): Promise<readonly UpcomingExam[]> {
    return this.exams.all(scope.platform, scope.workspaceId, afterDate, limit).map((r) => ({
      memberId: r.member_id, examDate: r.exam_date, ...(r.display_name !== null ? { displayName: r.display_name } : {}),
    }));
  }
}
