import type { ExamAnswer, ExamFinish, ExamItem, ExamRecord, ExamStore, ExamTallies, NewExam } from '../core/exam/exam-store.js';
import type { Scope } from '../core/quiz/quiz-store.js';
import type { Db } from './open-database.js';
import { placeOf } from './sqlite-schedule-store.js';

interface ExamRow {
  id: string; platform: string; workspace_id: string; channel_id: string; member_id: string; member_name: string;
  started_at: string; ends_at: string; current_no: number; submitted_at: string | null; finished_by: ExamFinish | null;
}

interface ItemRow {
  no: number; question_id: string; topic_id: string; domain: string; answer_index: number;
  choice_index: number | null; correct: number | null; answered_at: string | null;
}

interface TallyRow { key: string; answered: number; correct: number }

const toItem = (r: ItemRow): ExamItem => ({
  no: r.no, questionId: r.question_id, topicId: r.topic_id, domain: r.domain, answerIndex: r.answer_index,
  ...(r.choice_index !== null ? { choiceIndex: r.choice_index } : {}),
  ...(r.correct !== null ? { correct: r.correct === 1 } : {}),
  ...(r.answered_at !== null ? { answeredAt: new Date(r.answered_at) } : {}),
});

const toExam = (r: ExamRow, items: readonly ItemRow[]): ExamRecord => ({
  id: r.id, place: placeOf(r), memberId: r.member_id, memberName: r.member_name,
  startedAt: new Date(r.started_at), endsAt: new Date(r.ends_at), currentNo: r.current_no,
  ...(r.submitted_at !== null ? { submittedAt: new Date(r.submitted_at) } : {}),
  ...(r.finished_by !== null ? { finishedBy: r.finished_by } : {}),
  items: items.map(toItem),
});

/** Mock exams on SQLite. Statements prepared once; a start is one write transaction. */
export class SqliteExamStore implements ExamStore {
  private readonly sql;
  private readonly startInTransaction;

  constructor(db: Db) {
    this.sql = {
      insertExam: db.prepare(`INSERT INTO exams (id, platform, workspace_id, channel_id, member_id, member_name, started_at, ends_at)
        VALUES (@id, @platform, @workspace_id, @channel_id, @member_id, @member_name, @started_at, @ends_at)
        ON CONFLICT DO NOTHING`),
      insertItem: db.prepare(`INSERT INTO exam_items (exam_id, no, question_id, topic_id, domain, answer_index)
        VALUES (?, ?, ?, ?, ?, ?)`),
      exam: db.prepare<[string], ExamRow>('SELECT * FROM exams WHERE id = ?'),
      items: db.prepare<[string], ItemRow>('SELECT * FROM exam_items WHERE exam_id = ? ORDER BY no'),
      running: db.prepare<[string, string, string], ExamRow>(`SELECT * FROM exams
        WHERE platform = ? AND workspace_id = ? AND member_id = ? AND submitted_at IS NULL`),
      answer: db.prepare(`UPDATE exam_items SET choice_index = @choice_index, correct = @correct, answered_at = @answered_at
        WHERE exam_id = @exam_id AND no = @no
          AND EXISTS (SELECT 1 FROM exams WHERE id = @exam_id AND submitted_at IS NULL AND ends_at > @answered_at)`),
      moveTo: db.prepare<[number, string]>('UPDATE exams SET current_no = ? WHERE id = ? AND submitted_at IS NULL'),
      finish: db.prepare<[string, string, string]>('UPDATE exams SET submitted_at = ?, finished_by = ? WHERE id = ? AND submitted_at IS NULL'),
      expired: db.prepare<[string, number], { id: string }>(`SELECT id FROM exams
        WHERE submitted_at IS NULL AND ends_at <= ? ORDER BY ends_at LIMIT ?`),
      seen: db.prepare<[string, string, string], { question_id: string }>(`SELECT DISTINCT i.question_id FROM exam_items i
        JOIN exams e ON e.id = i.exam_id WHERE e.platform = ? AND e.workspace_id = ? AND e.member_id = ?`),
      byTopic: db.prepare<[string, string, string], TallyRow>(`SELECT i.topic_id AS key, COUNT(*) AS answered, SUM(i.correct) AS correct
        FROM exam_items i JOIN exams e ON e.id = i.exam_id
        WHERE e.platform = ? AND e.workspace_id = ? AND e.member_id = ? AND e.submitted_at IS NOT NULL AND i.choice_index IS NOT NULL
        GROUP BY i.topic_id ORDER BY i.topic_id`),
      byDomain: db.prepare<[string, string, string], TallyRow>(`SELECT i.domain AS key, COUNT(*) AS answered, SUM(i.correct) AS correct
        FROM exam_items i JOIN exams e ON e.id = i.exam_id
        WHERE e.platform = ? AND e.workspace_id = ? AND e.member_id = ? AND e.submitted_at IS NOT NULL AND i.choice_index IS NOT NULL
        GROUP BY i.domain ORDER BY i.domain`),
    };
    this.startInTransaction = db.transaction((exam: NewExam): { exam: ExamRecord; created: boolean } => {
      const inserted = this.sql.insertExam.run({
        id: exam.id, platform: exam.place.platform, workspace_id: exam.place.workspaceId, channel_id: exam.place.channelId,
        member_id: exam.member.id, member_name: exam.member.name, started_at: exam.startedAt.toISOString(), ends_at: exam.endsAt.toISOString(),
      });
      if (inserted.changes === 1) {
        exam.items.forEach((item, i) => this.sql.insertItem.run(exam.id, i + 1, item.questionId, item.topicId, item.domain, item.answerIndex));
        return { exam: this.mustLoad(exam.id), created: true };
      }
      // The unique index on running exams refused it: the member's running exam is the answer.
      const running = this.sql.running.get(exam.place.platform, exam.place.workspaceId, exam.member.id);
      if (!running) throw new Error(`exam ${exam.id} was neither inserted nor found running`);
      return { exam: toExam(running, this.sql.items.all(running.id)), created: false };
    });
  }

  async startExam(exam: NewExam): Promise<{ exam: ExamRecord; created: boolean }> {
    return this.startInTransaction.immediate(exam);
  }

  async getExam(id: string): Promise<ExamRecord | undefined> {
    const row = this.sql.exam.get(id);
    return row ? toExam(row, this.sql.items.all(id)) : undefined;
  }

  async runningExam(scope: Scope, memberId: string): Promise<ExamRecord | undefined> {
    const row = this.sql.running.get(scope.platform, scope.workspaceId, memberId);
    return row ? toExam(row, this.sql.items.all(row.id)) : undefined;
  }

  async recordExamAnswer(answer: ExamAnswer): Promise<boolean> {
    return this.sql.answer.run({
      exam_id: answer.examId, no: answer.no, choice_index: answer.choiceIndex, correct: answer.correct ? 1 : 0,
      answered_at: answer.answeredAt.toISOString(),
    }).changes === 1;
  }

  async moveTo(examId: string, no: number): Promise<void> {
    this.sql.moveTo.run(no, examId);
  }

  async finishExam(examId: string, at: Date, by: ExamFinish): Promise<boolean> {
    return this.sql.finish.run(at.toISOString(), by, examId).changes === 1;
  }

  async expiredExams(now: Date, limit: number): Promise<readonly string[]> {
    return this.sql.expired.all(now.toISOString(), limit).map((r) => r.id);
  }

  async seenQuestionIds(scope: Scope, memberId: string): Promise<ReadonlySet<string>> {
    return new Set(this.sql.seen.all(scope.platform, scope.workspaceId, memberId).map((r) => r.question_id));
  }

  async examTallies(scope: Scope, memberId: string): Promise<ExamTallies> {
    const tally = (r: TallyRow) => ({ key: r.key, answered: r.answered, correct: r.correct });
    return {
      byTopic: this.sql.byTopic.all(scope.platform, scope.workspaceId, memberId).map(tally),
      byDomain: this.sql.byDomain.all(scope.platform, scope.workspaceId, memberId).map(tally),
    };
  }

  private mustLoad(id: string): ExamRecord {
    const row = this.sql.exam.get(id);
    if (!row) throw new Error(`exam ${id} missing right after insert`);
    return toExam(row, this.sql.items.all(id));
  }
}
