import { describe, expect, it } from 'vitest';
import { awardsAtReveal, currentStreaks, decideAnswer, POINTS_PER_CORRECT } from '../../../src/core/quiz/answer-rules.js';
import type { AnswerRecord, PostRecord } from '../../../src/core/quiz/quiz-store.js';

const place = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };
const post = (over: Partial<PostRecord> = {}): PostRecord => ({
  id: 'p1', place, kind: 'daily', localDate: '2026-11-23', questionId: 'q', topicId: 't', domain: 'd', answerIndex: 1,
  postedAt: new Date('2026-11-23T09:00:00Z'), closesAt: new Date('2026-11-23T17:00:00Z'), ...over,
});
const input = (optionIndex: number, iso = '2026-11-23T10:00:00Z', id = 'ann') => ({ postId: 'p1', member: { id, name: id }, optionIndex, answeredAt: new Date(iso) });
const answer = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  postId: 'p0', memberId: 'ann', memberName: 'ann', optionIndex: 1, correct: true, answeredAt: new Date('2026-11-22T10:00:00Z'), answerStreak: 3, correctStreak: 2, ...over,
});

describe('the quiz rules, the same for every store', () => {
  it('an answer extends the daily streaks; a wrong one resets the correct streak', () => {
    const right = decideAnswer(input(1), { post: post(), previous: answer() });
    expect(right).toMatchObject({ status: 'accept', answer: { correct: true, answerStreak: 4, correctStreak: 3 } });
    const wrong = decideAnswer(input(0), { post: post(), previous: answer() });
    expect(wrong).toMatchObject({ status: 'accept', answer: { correct: false, answerStreak: 4, correctStreak: 0 } });
    expect(decideAnswer(input(1), { post: post() })).toMatchObject({ answer: { answerStreak: 1, correctStreak: 1 } });
  });

  it('refuses an answer at or after the close, after the reveal, or to someone else\'s practice question', () => {
    expect(decideAnswer(input(1, '2026-11-23T17:00:00Z'), { post: post() }).status).toBe('closed');
    expect(decideAnswer(input(1), { post: post({ revealedAt: new Date('2026-11-23T09:30:00Z') }) }).status).toBe('closed');
    const practice = post({ kind: 'practice', ownerId: 'bob' });
    expect(decideAnswer(input(1), { post: practice }).status).toBe('not-yours');
    expect(decideAnswer(input(1, undefined, 'bob'), { post: practice }).status).toBe('accept');
  });

  it('awards points at the reveal of a daily question only', () => {
    const answers = [answer({ correct: true }), answer({ memberId: 'bob', memberName: 'bob', correct: false })];
    expect(awardsAtReveal(post(), answers).map((a) => a.points)).toEqual([POINTS_PER_CORRECT, 0]);
    expect(awardsAtReveal(post({ kind: 'practice', ownerId: 'ann' }), answers)).toEqual([]);
  });

  it('a streak is alive on the latest question, or on the one before while the latest is open', () => {
    const facts = { answerBest: 5, correctBest: 4 };
    expect(currentStreaks({ ...facts, latestOpen: false, onLatest: answer() }).answerCurrent).toBe(3);
    expect(currentStreaks({ ...facts, latestOpen: true, onPrevious: answer() }).answerCurrent).toBe(3);
    expect(currentStreaks({ ...facts, latestOpen: false, onPrevious: answer() }).answerCurrent).toBe(0);
    expect(currentStreaks({ ...facts, latestOpen: false })).toEqual({ answerCurrent: 0, answerBest: 5, correctCurrent: 0, correctBest: 4 });
  });
});
