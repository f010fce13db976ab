import { describe, expect, it } from 'vitest';
import { nextQuestionIndex, pickPractice, type PickInput } from '../../../src/core/quiz/practice-picker.js';
import type { PracticeTopicHistory } from '../../../src/core/quiz/quiz-store.js';
import { whenLocal } from '../../../src/core/quiz/practice-presenters.js';

const now = new Date('2026-11-23T12:00:00Z');
const dayStart = new Date('2026-11-23T00:00:00Z');
const card = (dueIso: string) => JSON.stringify({ due: dueIso, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, reps: 1, lapses: 0, state: 2, learning_steps: 0 });
const history = (topicId: string, firstIso: string, postsSince: number): PracticeTopicHistory => ({
  topicId, firstPostedAt: new Date(firstIso), lastPostedAt: new Date(firstIso), lastQuestionId: `q-${topicId}`, posts: Math.max(1, postsSince), postsSince,
});
const base: PickInput = {
  candidates: ['a', 'b', 'c', 'n1', 'n2', 'n3'],
  cards: new Map([['a', card('2026-11-22T09:00:00Z')], ['b', card('2026-11-23T08:00:00Z')], ['c', card('2026-11-25T08:00:00Z')]]),
  practice: [], history: [], now, dayStart, newPerDay: 2, more: false,
};

describe('pickPractice', () => {
  it('starts the day with a new topic, then the most overdue review', () => {
    expect(pickPractice(base)).toMatchObject({ kind: 'topic', reason: 'new' });
    const afterNew = { ...base, history: [history('n1', '2026-11-23T09:00:00Z', 1)] };
    expect(pickPractice(afterNew)).toEqual({ kind: 'topic', topicId: 'a', reason: 'due' });
  });

  it('stops opening new topics at the daily limit and serves reviews only', () => {
    const twoNewOneReview = { ...base, cards: new Map([...base.cards, ['n1', card('2026-11-26T00:00:00Z')], ['n2', card('2026-11-26T00:00:00Z')]]), history: [history('n1', '2026-11-23T09:00:00Z', 1), history('n2', '2026-11-23T09:05:00Z', 1), history('x', '2026-11-20T09:00:00Z', 5)] };
    // newToday 2 = limit, so even with more new ones left and new <= reviews, a review comes.
    expect(pickPractice(twoNewOneReview)).toEqual({ kind: 'topic', topicId: 'a', reason: 'due' });
  });

  it('when nothing is due and the limit is reached, the day is done and says when the next review is due', () => {
    const input = { ...base, cards: new Map([['c', card('2026-11-25T08:00:00Z')], ['n1', card('2026-11-26T08:00:00Z')], ['n2', card('2026-11-24T09:10:00Z')]]),
      history: [history('n1', '2026-11-23T09:00:00Z', 1), history('n2', '2026-11-23T09:05:00Z', 2)] };
    expect(pickPractice(input)).toEqual({ kind: 'done', day: { newToday: 2, reviewsToday: 1 }, nextDue: new Date('2026-11-24T09:10:00Z') });
    expect(pickPractice({ ...input, candidates: ['c', 'n1', 'n2', 'n3'], more: true })).toEqual({ kind: 'topic', topicId: 'n3', reason: 'new' });
    expect(pickPractice({ ...input, candidates: ['c', 'n1', 'n2'], more: true })).toEqual({ kind: 'topic', topicId: 'n2', reason: 'ahead' });
  });

  it('a weak spot is a review once a day, not again after it was practised today', () => {
    const input = { ...base, cards: new Map([['c', card('2026-11-25T08:00:00Z')]]), newPerDay: 0,
      practice: [{ key: 'c', answered: 2, correct: 1 }], history: [history('c', '2026-11-20T09:00:00Z', 0)] };
    expect(pickPractice(input)).toEqual({ kind: 'topic', topicId: 'c', reason: 'weak' });
    const practisedToday = { ...input, history: [{ ...history('c', '2026-11-20T09:00:00Z', 1), lastPostedAt: new Date('2026-11-23T10:00:00Z') }] };
    expect(pickPractice(practisedToday)).toMatchObject({ kind: 'done' });
  });
});

describe('nextQuestionIndex', () => {
  it('rotates through a topic and never repeats the question just asked when there are others', () => {
    expect(nextQuestionIndex(['q1', 'q2', 'q3'], undefined)).toBe(0);
    expect(nextQuestionIndex(['q1', 'q2', 'q3'], { ...history('t', '2026-11-20T09:00:00Z', 0), posts: 1, lastQuestionId: 'q1' })).toBe(1);
    // The bank changed order since: the turn lands on the last one asked, so take the next.
    expect(nextQuestionIndex(['q1', 'q2', 'q3'], { ...history('t', '2026-11-20T09:00:00Z', 0), posts: 3, lastQuestionId: 'q1' })).toBe(1);
    expect(nextQuestionIndex(['q1'], { ...history('t', '2026-11-20T09:00:00Z', 0), posts: 4, lastQuestionId: 'q1' })).toBe(0);
  });
});

describe('whenLocal', () => {
  it('says today, tomorrow or the day, in the member\'s timezone', () => {
    expect(whenLocal(new Date('2026-11-23T18:00:00Z'), now, 'UTC')).toBe('today 18:00');
    expect(whenLocal(new Date('2026-11-24T09:10:00Z'), now, 'UTC')).toBe('tomorrow 09:10');
    expect(whenLocal(new Date('2026-11-26T09:10:00Z'), now, 'UTC')).toBe('Thu 26 Nov 09:10');
    expect(whenLocal(new Date('2026-11-23T18:00:00Z'), now, 'Europe/Berlin')).toBe('today 19:00');
    expect(whenLocal(new Date('2026-11-23T12:00:00Z'), now, 'Pacific/Auckland')).toBe('today 01:00');
  });
});
