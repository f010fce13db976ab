import type { Pool, PoolClient } from 'pg';
import type { ExamAnswer, ExamFinish, ExamItem, ExamRecord, ExamStore, ExamTallies, NewExam } from '../../core/exam/exam-store.js';
import type { Scope } from '../../core/quiz/quiz-store.js';
import { query, row, rows, transaction } from './open-postgres.js';
import { placeOf } from './pg-rows.js';

interface ExamRow {
  id: string; platform: string; workspace_id: string; channel_id: string; member_id: string; member_name: string;
  started_at: Date; ends_at: Date; current_no: number; submitted_at: Date | null; finished_by: ExamFinish | null;
}

interface ItemRow {
  no: number; question_id: string; topic_id: string; domain: string; answer_index: number;
  choice_index: number | null; correct: boolean | null; answered_at: Date | null;
}

interface TallyRow { key: string; answered: number; correct: number }

const EXAM_COLUMNS = 'id, platform, workspace_id, channel_id, member_id, member_name, started_at, ends_at, current_no, submitted_at, finished_by';

const toItem = (r: ItemRow): ExamItem => ({
  no: r.no, questionId: r.question_id, topicId: r.topic_id, domain: r.domain, answerIndex: r.answer_index,
  ...(r.choice_index !== null ? { choiceIndex: r.choice_index } : {}),
  ...(r.correct !== null ? { correct: r.correct } : {}),
  ...(r.answered_at !== null ? { answeredAt: r.answered_at } : {}),
});

const toExam = (r: ExamRow, items: readonly ItemRow[]): ExamRecord => ({
  id: r.id, place: placeOf(r), memberId: r.member_id, memberName: r.member_name,
  startedAt: r.started_at, endsAt: r.ends_at, currentNo: r.current_no,
  ...(r.submitted_at !== null ? { submittedAt: r.submitted_at } : {}),
  ...(r.finished_by !== null ? { finishedBy: r.finished_by } : {}),
  items: items.map(toItem),
});

/**
 * Mock exams on PostgreSQL, for several instances on one database. The unique index on running exams
 * decides a race to start one; every other change is one conditional statement.
 */
export class PostgresExamStore implements ExamStore {
  constructor(private readonly pool: Pool) {}

  async startExam(exam: NewExam): Promise<{ exam: ExamRecord; created: boolean }> {
    return transaction(this.pool, async (client) => {
      // A racing start of the same member waits here on the unique index, then inserts nothing.
      const inserted = await row<ExamRow>(client, `INSERT INTO exams (id, platform, workspace_id, channel_id, member_id, member_name, started_at, ends_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING ${EXAM_COLUMNS}`, [
        exam.id, exam.place.platform, exam.place.workspaceId, exam.place.channelId, exam.member.id, exam.member.name, exam.startedAt, exam.endsAt,
      ]);
      if (inserted) {
        await query(client, `INSERT INTO exam_items (exam_id, no, question_id, topic_id, domain, answer_index)
          SELECT $1, n, q, t, d, a FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[]) AS u(n, q, t, d, a)`, [
          exam.id, exam.items.map((_, i) => i + 1), exam.items.map((i) => i.questionId), exam.items.map((i) => i.topicId),
          exam.items.map((i) => i.domain), exam.items.map((i) => i.answerIndex),
        ]);
        return { exam: toExam(inserted, await this.itemRows(client, exam.id)), created: true };
      }
      // Read COMMITTED: this statement sees the winner's committed exam.
      const running = await row<ExamRow>(client, `SELECT ${EXAM_COLUMNS} FROM exams
        WHERE platform = $1 AND workspace_id = $2 AND member_id = $3 AND submitted_at IS NULL`, [exam.place.platform, exam.place.workspaceId, exam.member.id]);
      if (!running) throw new Error(`exam ${exam.id} was neither inserted nor found running`);
      return { exam: toExam(running, await this.itemRows(client, running.id)), created: false };
    });
  }

  async getExam(id: string): Promise<ExamRecord | undefined> {
    const found = await row<ExamRow>(this.pool, `SELECT ${EXAM_COLUMNS} FROM exams WHERE id = $1`, [id]);
    return found ? toExam(found, await this.itemRows(this.pool, id)) : undefined;
  }

  async runningExam(scope: Scope, memberId: string): Promise<ExamRecord | undefined> {
    const found = await row<ExamRow>(this.pool, `SELECT ${EXAM_COLUMNS} FROM exams
      WHERE platform = $1 AND workspace_id = $2 AND member_id = $3 AND submitted_at IS NULL`, [scope.platform, scope.workspaceId, memberId]);
    return found ? toExam(found, await this.itemRows(this.pool, found.id)) : undefined;
  }

  async recordExamAnswer(answer: ExamAnswer): Promise<boolean> {
    const result = await query(this.pool, `UPDATE exam_items i SET choice_index = $3, correct = $4, answered_at = $5
      FROM exams e WHERE i.exam_id = $1 AND i.no = $2 AND e.id = i.exam_id AND e.submitted_at IS NULL AND e.ends_at > $5`,
    [answer.examId, answer.no, answer.choiceIndex, answer.correct, answer.answeredAt]);
    return result.rowCount === 1;
  }

  async moveTo(examId: string, no: number): Promise<void> {
    await query(this.pool, 'UPDATE exams SET current_no = $2 WHERE id = $1 AND submitted_at IS NULL', [examId, no]);
  }

  async finishExam(examId: string, at: Date, by: ExamFinish): Promise<boolean> {
    const result = await query(this.pool, 'UPDATE exams SET submitted_at = $2, finished_by = $3 WHERE id = $1 AND submitted_at IS NULL', [examId, at, by]);
    return result.rowCount === 1;
  }

  async expiredExams(now: Date, limit: number): Promise<readonly string[]> {
    return (await rows<{ id: string }>(this.pool, `SELECT id FROM exams WHERE submitted_at IS NULL AND ends_at <= $1
      ORDER BY ends_at LIMIT $2`, [now, limit])).map((r) => r.id);
  }

  async seenQuestionIds(scope: Scope, memberId: string): Promise<ReadonlySet<string>> {
    return new Set((await rows<{ question_id: string }>(this.pool, `SELECT DISTINCT i.question_id FROM exam_items i
      JOIN exams e ON e.id = i.exam_id WHERE e.platform = $1 AND e.workspace_id = $2 AND e.member_id = $3`,
    [scope.platform, scope.workspaceId, memberId])).map((r) => r.question_id));
  }

  async examTallies(scope: Scope, memberId: string): Promise<ExamTallies> {
    const tally = (column: 'topic_id' | 'domain') => rows<TallyRow>(this.pool, `SELECT i.${column} AS key, COUNT(*)::int AS answered,
        COUNT(*) FILTER (WHERE i.correct)::int AS correct
      FROM exam_items i JOIN exams e ON e.id = i.exam_id
      WHERE e.platform = $1 AND e.workspace_id = $2 AND e.member_id = $3 AND e.submitted_at IS NOT NULL AND i.choice_index IS NOT NULL
      GROUP BY i.${column} ORDER BY i.${column}`, [scope.platform, scope.workspaceId, memberId]);
    const [byTopic, byDomain] = await Promise.all([tally('topic_id'), tally('domain')]);
    return { byTopic, byDomain };
  }

  private async itemRows(db: Pool | PoolClient, examId: string): Promise<ItemRow[]> {
    return rows<ItemRow>(db, `SELECT no, question_id, topic_id, domain, answer_index, choice_index, correct, answered_at
      FROM exam_items WHERE exam_id = $1 ORDER BY no`, [examId]);
  }
}
