import type { Member, Scope, Tally } from '../quiz/quiz-store.js';
import type { Place } from '../request.js';

/**
 * The port through which mock exams keep state. It persists and makes each change atomic; the exam's
 * rules (src/core/exam/) decide what is right, when time is up and what a score is.
 */

/** One question of an exam as it is set, before anyone answers it. */
export interface NewExamItem {
  readonly questionId: string;
  readonly topicId: string;
  readonly domain: string;
  /** The right choice when the exam was set, so a later bank change cannot re-mark it. */
  readonly answerIndex: number;
}

export interface NewExam {
  readonly id: string;
  readonly place: Place;
  readonly member: Member;
  readonly startedAt: Date;
  readonly endsAt: Date;
  /** In the order they are asked; numbered from 1. */
  readonly items: readonly NewExamItem[];
}

export interface ExamItem extends NewExamItem {
  /** 1-based position in the exam. */
  readonly no: number;
  readonly choiceIndex?: number;
  readonly correct?: boolean;
  readonly answeredAt?: Date;
}

/** Who ended the exam: the member (submit) or the clock (deadline). */
export type ExamFinish = 'member' | 'deadline';

export interface ExamRecord {
  readonly id: string;
  readonly place: Place;
  readonly memberId: string;
  readonly memberName: string;
  readonly startedAt: Date;
  readonly endsAt: Date;
  /** The question the member is on, 1-based; where `/aws exam` resumes. */
  readonly currentNo: number;
  readonly submittedAt?: Date;
  readonly finishedBy?: ExamFinish;
  readonly items: readonly ExamItem[];
}

export interface ExamAnswer {
  readonly examId: string;
  readonly no: number;
  readonly choiceIndex: number;
  /** Decided by the core. */
  readonly correct: boolean;
  readonly answeredAt: Date;
}

export interface ExamTallies {
  readonly byTopic: readonly Tally[];
  readonly byDomain: readonly Tally[];
}

export interface ExamStore {
  /**
   * Stores the exam and its items in one unit of work, unless the member already has a running exam in
   * this workspace: then nothing is stored and that exam comes back (created: false). The database
   * guarantees it, so two starts racing from two processes still leave one running exam.
   */
  startExam(exam: NewExam): Promise<{ readonly exam: ExamRecord; readonly created: boolean }>;
  getExam(id: string): Promise<ExamRecord | undefined>;
  /** The member's exam not yet submitted in this workspace (whether or not its time is up). */
  runningExam(scope: Scope, memberId: string): Promise<ExamRecord | undefined>;
  /** Sets (or changes) an answer; false, changing nothing, once the exam is submitted or `answeredAt` is past its end. */
  recordExamAnswer(answer: ExamAnswer): Promise<boolean>;
  /** Remembers the question the member is on; ignored once the exam is submitted. */
  moveTo(examId: string, no: number): Promise<void>;
  /** Marks the exam submitted; true only for the call that did it, so a result is final once. */
  finishExam(examId: string, at: Date, by: ExamFinish): Promise<boolean>;
  /** Ids of running exams whose end is at or before `now`, the earliest first, at most `limit`. */
  expiredExams(now: Date, limit: number): Promise<readonly string[]>;
  /** Question ids of every exam this member has had in this workspace. */
  seenQuestionIds(scope: Scope, memberId: string): Promise<ReadonlySet<string>>;
  /** The member's answered items of submitted exams, per topic and per exam domain. */
  examTallies(scope: Scope, memberId: string): Promise<ExamTallies>;
}
