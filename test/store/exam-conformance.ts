import { describe, expect, it } from 'vitest';
import type { ExamStore, NewExam } from '../../src/core/exam/exam-store.js';
import type { Place } from '../../src/core/request.js';

/** ExamStore's guarantees, run inside describeStoreConformance on every implementation. */

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const scope = { platform: 'slack', workspaceId: 'T1' };
const at = (iso: string) => new Date(iso);
const start = at('2026-11-23T10:00:00Z');
const end = at('2026-11-23T10:30:00Z');

function newExam(id: string, memberId: string, extra: Partial<NewExam> = {}): NewExam {
  return {
    id, place, member: { id: memberId, name: memberId }, startedAt: start, endsAt: end,
    items: [
      { questionId: 'q_a', topicId: 'lambda', domain: 'technology-and-services', answerIndex: 1 },
      { questionId: 'q_b', topicId: 'shared-responsibility', domain: 'security-and-compliance', answerIndex: 0 },
      { questionId: 'q_c', topicId: 'lambda', domain: 'technology-and-services', answerIndex: 3 },
    ],
    ...extra,
  };
}

export function describeExamConformance(exams: () => ExamStore): void {
  describe('mock exams', () => {
    it('stores an exam with its items in order, and finds it as the member\'s running exam', async () => {
      const { exam, created } = await exams().startExam(newExam('e1', 'ann'));
      expect(created).toBe(true);
      expect(exam.items.map((i) => [i.no, i.questionId, i.answerIndex])).toEqual([[1, 'q_a', 1], [2, 'q_b', 0], [3, 'q_c', 3]]);
      expect(exam.currentNo).toBe(1);
      expect(exam.endsAt.toISOString()).toBe(end.toISOString());
      expect((await exams().runningExam(scope, 'ann'))?.id).toBe('e1');
      expect(await exams().runningExam(scope, 'bob')).toBeUndefined();
      expect(await exams().runningExam({ platform: 'slack', workspaceId: 'T2' }, 'ann')).toBeUndefined();
    });

    it('one running exam per member per workspace: a second start returns the first and stores nothing', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      const second = await exams().startExam(newExam('e2', 'ann'));
      expect(second).toMatchObject({ created: false, exam: { id: 'e1' } });
      expect(await exams().getExam('e2')).toBeUndefined();
      // Other members and other workspaces are not affected.
      expect((await exams().startExam(newExam('e3', 'bob'))).created).toBe(true);
      expect((await exams().startExam(newExam('e4', 'ann', { place: { ...place, workspaceId: 'T2' } }))).created).toBe(true);
    });

    it('many starts racing for one member: exactly one exam is created and every caller gets it', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => exams().startExam(newExam(`race-${i}`, 'ann'))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const winner = results.find((r) => r.created)?.exam.id;
      expect(new Set(results.map((r) => r.exam.id))).toEqual(new Set([winner]));
    });

    it('after a submit the member may start another exam', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      expect(await exams().finishExam('e1', at('2026-11-23T10:10:00Z'), 'member')).toBe(true);
      expect(await exams().runningExam(scope, 'ann')).toBeUndefined();
      expect((await exams().startExam(newExam('e2', 'ann'))).created).toBe(true);
    });

    it('answers can change until the exam is submitted or its time is up, then nothing changes', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      const answer = (no: number, choiceIndex: number, iso: string) =>
        exams().recordExamAnswer({ examId: 'e1', no, choiceIndex, correct: choiceIndex === 1, answeredAt: at(iso) });
      expect(await answer(1, 2, '2026-11-23T10:01:00Z')).toBe(true);
      expect(await answer(1, 1, '2026-11-23T10:02:00Z')).toBe(true);
      expect((await exams().getExam('e1'))?.items[0]).toMatchObject({ choiceIndex: 1, correct: true });
      expect(await answer(2, 0, '2026-11-23T10:30:00Z')).toBe(false);
      expect(await answer(9, 0, '2026-11-23T10:03:00Z')).toBe(false);
      expect(await exams().finishExam('e1', at('2026-11-23T10:05:00Z'), 'member')).toBe(true);
      expect(await answer(1, 3, '2026-11-23T10:06:00Z')).toBe(false);
      const done = await exams().getExam('e1');
      expect(done?.items[0]).toMatchObject({ choiceIndex: 1, correct: true });
      expect(done?.items[1]?.choiceIndex).toBeUndefined();
      expect(done).toMatchObject({ finishedBy: 'member' });
      expect(done?.submittedAt?.toISOString()).toBe('2026-11-23T10:05:00.000Z');
    });

    it('a finish counts once: the second caller is told it was already done', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      const results = await Promise.all([
        exams().finishExam('e1', end, 'deadline'), exams().finishExam('e1', at('2026-11-23T10:20:00Z'), 'member'),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await exams().finishExam('e1', end, 'deadline')).toBe(false);
    });

    it('remembers the question the member is on, until the exam is submitted', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      await exams().moveTo('e1', 3);
      expect((await exams().getExam('e1'))?.currentNo).toBe(3);
      await exams().finishExam('e1', end, 'deadline');
      await exams().moveTo('e1', 2);
      expect((await exams().getExam('e1'))?.currentNo).toBe(3);
    });

    it('lists running exams whose time is up, earliest first, within the limit', async () => {
      await exams().startExam(newExam('late', 'ann', { endsAt: at('2026-11-23T10:40:00Z') }));
      await exams().startExam(newExam('early', 'bob', { endsAt: at('2026-11-23T10:20:00Z') }));
      await exams().startExam(newExam('later', 'cy', { endsAt: at('2026-11-23T11:00:00Z') }));
      await exams().startExam(newExam('done', 'dee', { endsAt: at('2026-11-23T10:10:00Z') }));
      await exams().finishExam('done', at('2026-11-23T10:05:00Z'), 'member');
      expect(await exams().expiredExams(at('2026-11-23T10:40:00Z'), 10)).toEqual(['early', 'late']);
      expect(await exams().expiredExams(at('2026-11-23T10:40:00Z'), 1)).toEqual(['early']);
      expect(await exams().expiredExams(at('2026-11-23T10:19:59Z'), 10)).toEqual([]);
    });

    it('knows the questions a member has had in any exam of this workspace', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      await exams().finishExam('e1', end, 'member');
      await exams().startExam(newExam('e2', 'ann', { items: [{ questionId: 'q_z', topicId: 'ec2', domain: 'cloud-concepts', answerIndex: 0 }] }));
      expect([...await exams().seenQuestionIds(scope, 'ann')].sort()).toEqual(['q_a', 'q_b', 'q_c', 'q_z']);
      expect((await exams().seenQuestionIds(scope, 'bob')).size).toBe(0);
    });

    it('exam tallies count the answered items of submitted exams, per topic and per domain', async () => {
      await exams().startExam(newExam('e1', 'ann'));
      const answer = (examId: string, no: number, correct: boolean) =>
        exams().recordExamAnswer({ examId, no, choiceIndex: 0, correct, answeredAt: at('2026-11-23T10:01:00Z') });
      await answer('e1', 1, true);
      await answer('e1', 2, false);
      // Question 3 stays unanswered: it is not an answer to count.
      expect(await exams().examTallies(scope, 'ann')).toEqual({ byTopic: [], byDomain: [] });
      await exams().finishExam('e1', end, 'deadline');
      await exams().startExam(newExam('e2', 'ann'));
      await answer('e2', 1, true); // running: not counted yet
      const tallies = await exams().examTallies(scope, 'ann');
      expect(tallies.byTopic).toEqual([{ key: 'lambda', answered: 1, correct: 1 }, { key: 'shared-responsibility', answered: 1, correct: 0 }]);
      expect(tallies.byDomain).toEqual([{ key: 'security-and-compliance', answered: 1, correct: 0 }, { key: 'technology-and-services', answered: 1, correct: 1 }]);
      expect(await exams().examTallies(scope, 'bob')).toEqual({ byTopic: [], byDomain: [] });
    });
  });
}
