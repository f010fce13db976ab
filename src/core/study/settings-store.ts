import type { Scope } from '../quiz/quiz-store.js';

/** A member's own study settings in one workspace. */
export interface MemberSettings {
  /** The day of the member's exam, YYYY-MM-DD, when they have set one. */
  readonly examDate?: string;
  /** Whether the member agreed to have their exam countdown named in the channel. */
  readonly showExamDate: boolean;
  /** How many new topics practice brings in a day; the default when unset. */
  readonly newTopicsPerDay?: number;
  /** Reminders are on: minutes after local midnight when one may be sent. */
  readonly remindAtMinutes?: number;
  /** The member's own IANA zone for reminders; the workspace default when unset. */
  readonly timeZone?: string;
  /** The name the member had when they last changed a setting that shows it (the countdown). */
  readonly displayName?: string;
}

/** What a save changes: a value sets it, `null` clears it, a missing key leaves it as it is. */
export interface SettingsChange {
  readonly examDate?: string | null;
  readonly showExamDate?: boolean;
  readonly newTopicsPerDay?: number | null;
  readonly remindAtMinutes?: number | null;
  readonly timeZone?: string | null;
  readonly displayName?: string;
}

/** A member whose reminders are on, as the minute sweep needs it. */
export interface ReminderMember {
  readonly platform: string;
  readonly workspaceId: string;
  readonly memberId: string;
  readonly remindAtMinutes: number;
  readonly timeZone?: string;
}

/** An exam date a member agreed to show in the channel. */
export interface UpcomingExam {
  readonly memberId: string;
  readonly displayName?: string;
  readonly examDate: string;
}

/** A member's exam day they agreed to show in the channel (their name as they last answered, if known). */
export interface SharedExamDate {
  readonly memberId: string;
  readonly memberName?: string;
  readonly examDate: string;
}

/** The study-plan port: member settings, kept per workspace. */
export interface SettingsStore {
  /**
   * Exam days from `fromDate` to `toDate` (YYYY-MM-DD, both inclusive) of members who opted in to show
   * them, soonest first; only those, so the recap can never name an exam a member kept private.
   */
  sharedExamDates(scope: Scope, fromDate: string, toDate: string): Promise<readonly SharedExamDate[]>;
  settingsOf(scope: Scope, memberId: string): Promise<MemberSettings>;
  /** Applies the change in one statement and returns the settings as they now are. */
  saveSettings(scope: Scope, memberId: string, change: SettingsChange, at: Date): Promise<MemberSettings>;
  /** Every member, in every workspace, with reminders on. */
  membersWithReminders(): Promise<readonly ReminderMember[]>;
  /** Shown exam dates in the workspace after `afterDate` (YYYY-MM-DD), soonest first, at most `limit`. */
  upcomingExams(scope: Scope, afterDate: string, limit: number): Promise<readonly UpcomingExam[]>;
}

export const NO_SETTINGS: MemberSettings = { showExamDate: false };
