import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DailySchedule, ScheduleStore } from '../../src/core/daily/schedule-store.js';
import type { ExamStore } from '../../src/core/exam/exam-store.js';
import { describeExamConformance } from './exam-conformance.js';
import { awardsAtReveal, currentStreaks, decideAnswer } from '../../src/core/quiz/answer-rules.js';
import type { AnswerInput, NewPost, QuestionReport, QuizStore, Tally } from '../../src/core/quiz/quiz-store.js';
import type { RequestKeys } from '../../src/core/ports.js';
import type { SettingsStore } from '../../src/core/study/settings-store.js';
import type { Place } from '../../src/core/request.js';

/**
 * Every behavioural guarantee of the store ports (QuizStore, ScheduleStore, ExamStore), written once and run
 * against each implementation: test/store/sqlite-conformance.test.ts and
 * test/store/postgres-conformance.test.ts. Each test gets freshly opened, empty stores. What only one
 * implementation has (SQLite files and migrations, PostgreSQL races between instances) stays in that
 * implementation's own test file.
 */

export interface OpenedStores {
  readonly quiz: QuizStore;
  readonly schedules: ScheduleStore;
  readonly exams: ExamStore;
  readonly requests: RequestKeys;
  readonly settings: SettingsStore;
  close(): Promise<void>;
}

export interface StoreImplementation {
  readonly name: string;
  /** Fresh, empty stores; called before every test and closed after it. */
  open(): Promise<OpenedStores>;
  /** Runs of the fast-check property tests (each run is a few dozen statements). */
  readonly propertyRuns?: number;
}

const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
const scope = { platform: 'slack', workspaceId: 'T1' };
const at = (iso: string) => new Date(iso);
const daily = (id: string, localDate: string, extra: Partial<NewPost> = {}): NewPost => ({
  id, place, kind: 'daily', localDate, questionId: `q_${localDate}`, topicId: 'fargate', domain: 'technology-and-services',
  answerIndex: 1, postedAt: at(`${localDate}T09:00:00Z`), closesAt: at(`${localDate}T17:00:00Z`), ...extra,
});
const practice = (id: string, ownerId: string, extra: Partial<NewPost> = {}): NewPost => ({
  id, place, kind: 'practice', ownerId, questionId: `q_${id}`, topicId: 'fargate', domain: 'technology-and-services',
  answerIndex: 1, postedAt: at('2026-11-23T09:00:00Z'), ...extra,
});
const answer = (postId: string, memberId: string, optionIndex: number, iso: string, name = memberId): AnswerInput => ({
  postId, member: { id: memberId, name }, optionIndex, answeredAt: at(iso),
});
const byKey = (tallies: readonly Tally[]) => [...tallies].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

export function describeStoreConformance(impl: StoreImplementation): void {
  describe(`${impl.name} stores (conformance)`, () => {
    let opened: OpenedStores | undefined;
    beforeEach(async () => {
      opened = await impl.open();
    });
    afterEach(async () => {
      await opened?.close();
      opened = undefined;
    });
    const quiz = (): QuizStore => {
      if (!opened) throw new Error('stores not open');
      return opened.quiz;
    };
    const schedules = (): ScheduleStore => {
      if (!opened) throw new Error('stores not open');
      return opened.schedules;
    };

    /** One daily question a day in `where`; each member answers the given option; each day is revealed. */
    async function days(answersByDay: Record<string, [string, number][]>, where: Place = place): Promise<QuizStore> {
      const store = quiz();
      for (const [day, answers] of Object.entries(answersByDay)) {
        const id = `p-${where.platform}-${where.workspaceId}-${where.channelId}-${day}`;
        await store.createPost(daily(id, day, { place: where }));
        for (const [member, option] of answers) {
          await store.recordAnswer(answer(id, member, option, `${day}T10:00:00Z`), decideAnswer);
        }
        await store.markRevealed(id, at(`${day}T17:00:00Z`), awardsAtReveal);
      }
      return store;
    }

    describe('member settings', () => {
      const settings = (): SettingsStore => {
        if (!opened) throw new Error('stores not open');
        return opened.settings;
      };
      const me = { platform: 'slack', workspaceId: 'T1' };
      const when = at('2026-11-23T10:00:00Z');
      it('start empty, keep each field until it is changed or cleared, and stay per workspace and member', async () => {
        expect(await settings().settingsOf(me, 'ann')).toEqual({ showExamDate: false });
        expect(await settings().saveSettings(me, 'ann', { examDate: '2027-01-15' }, when)).toEqual({ examDate: '2027-01-15', showExamDate: false });
        expect(await settings().saveSettings(me, 'ann', { showExamDate: true, newTopicsPerDay: 3 }, when))
          .toEqual({ examDate: '2027-01-15', showExamDate: true, newTopicsPerDay: 3 });
        expect(await settings().saveSettings(me, 'ann', { examDate: null }, when)).toEqual({ showExamDate: true, newTopicsPerDay: 3 });
        expect(await settings().settingsOf({ platform: 'slack', workspaceId: 'T2' }, 'ann')).toEqual({ showExamDate: false });
        expect(await settings().settingsOf(me, 'bob')).toEqual({ showExamDate: false });
      });
      it('two saves of different fields at once both land', async () => {
        await Promise.all([
          settings().saveSettings(me, 'cy', { examDate: '2027-02-01' }, when),
          settings().saveSettings(me, 'cy', { newTopicsPerDay: 8 }, when),
        ]);
        expect(await settings().settingsOf(me, 'cy')).toEqual({ examDate: '2027-02-01', showExamDate: false, newTopicsPerDay: 8 });
      });
      it('keep reminders, the member\'s zone and display name, and list only members with reminders on', async () => {
        expect(await settings().membersWithReminders()).toEqual([]);
        expect(await settings().saveSettings(me, 'ann', { remindAtMinutes: 18 * 60, displayName: 'Ann' }, when))
          .toEqual({ showExamDate: false, remindAtMinutes: 1080, displayName: 'Ann' });
        expect(await settings().saveSettings(me, 'ann', { timeZone: 'Europe/Berlin', remindAtMinutes: 450 }, when))
          .toEqual({ showExamDate: false, remindAtMinutes: 450, timeZone: 'Europe/Berlin', displayName: 'Ann' });
        await settings().saveSettings(me, 'bob', { newTopicsPerDay: 2 }, when);
        await settings().saveSettings({ platform: 'discord', workspaceId: 'G1' }, 'cy', { remindAtMinutes: 1200 }, when);
        expect(await settings().membersWithReminders()).toEqual([
          { platform: 'discord', workspaceId: 'G1', memberId: 'cy', remindAtMinutes: 1200 },
          { platform: 'slack', workspaceId: 'T1', memberId: 'ann', remindAtMinutes: 450, timeZone: 'Europe/Berlin' },
        ]);
        // Off clears the time but keeps the zone for the next time they switch it on.
        expect(await settings().saveSettings(me, 'ann', { remindAtMinutes: null }, when)).toEqual({ showExamDate: false, timeZone: 'Europe/Berlin', displayName: 'Ann' });
        expect((await settings().membersWithReminders()).map((m) => m.memberId)).toEqual(['cy']);
      });
      it('list shown exam dates after a day, soonest first, at most the limit, per workspace', async () => {
        await settings().saveSettings(me, 'ann', { examDate: '2027-01-20', showExamDate: true, displayName: 'Ann' }, when);
        await settings().saveSettings(me, 'bo', { examDate: '2027-01-12', showExamDate: true, displayName: 'Bo' }, when);
        await settings().saveSettings(me, 'cy', { examDate: '2027-01-05', showExamDate: false, displayName: 'Cy' }, when);
        await settings().saveSettings(me, 'di', { examDate: '2026-12-01', showExamDate: true, displayName: 'Di' }, when);
        await settings().saveSettings(me, 'ed', { examDate: '2027-03-01', showExamDate: true }, when);
        await settings().saveSettings({ platform: 'slack', workspaceId: 'T2' }, 'fi', { examDate: '2027-01-02', showExamDate: true, displayName: 'Fi' }, when);
        expect(await settings().upcomingExams(me, '2026-12-01', 3)).toEqual([
          { memberId: 'bo', displayName: 'Bo', examDate: '2027-01-12' },
          { memberId: 'ann', displayName: 'Ann', examDate: '2027-01-20' },
          { memberId: 'ed', examDate: '2027-03-01' },
        ]);
        expect((await settings().upcomingExams(me, '2027-01-12', 1)).map((e) => e.memberId)).toEqual(['ann']);
        await settings().saveSettings(me, 'bo', { showExamDate: false }, when);
        expect((await settings().upcomingExams(me, '2026-12-01', 3)).map((e) => e.memberId)).toEqual(['ann', 'ed']);
      });
      it('sharedExamDates: only opted-in members with an exam day in the range, soonest first, named as they last answered', async () => {
        await settings().saveSettings(me, 'ann', { examDate: '2026-12-10', showExamDate: true }, when);
        await settings().saveSettings(me, 'bob', { examDate: '2026-12-05' }, when);
        await settings().saveSettings(me, 'cy', { examDate: '2026-12-01', showExamDate: true }, when);
        await settings().saveSettings(me, 'dee', { examDate: '2027-06-01', showExamDate: true }, when);
        await settings().saveSettings(me, 'eve', { showExamDate: true }, when);
        await settings().saveSettings({ platform: 'slack', workspaceId: 'T2' }, 'fay', { examDate: '2026-12-02', showExamDate: true }, when);
        await quiz().createPost(daily('p1', '2026-11-20'));
        await quiz().createPost(daily('p2', '2026-11-21'));
        await quiz().recordAnswer(answer('p1', 'ann', 1, '2026-11-20T10:00:00Z', 'Ann Old'), decideAnswer);
        await quiz().recordAnswer(answer('p2', 'ann', 1, '2026-11-21T10:00:00Z', 'Ann'), decideAnswer);
        expect(await settings().sharedExamDates(me, '2026-11-23', '2027-01-31')).toEqual([
          { memberId: 'cy', examDate: '2026-12-01' },
          { memberId: 'ann', memberName: 'Ann', examDate: '2026-12-10' },
        ]);
        expect(await settings().sharedExamDates(me, '2026-12-02', '2026-12-10')).toEqual([{ memberId: 'ann', memberName: 'Ann', examDate: '2026-12-10' }]);
      });
    });

    describe('channel daily answers', () => {
      it('channelDailyAnswers: the channel\'s daily answers in the range, with question, topic, streak and post time; practice and other channels left out', async () => {
        const store = quiz();
        await store.createPost(daily('mon', '2026-11-23', { topicId: 'lambda' }));
        await store.createPost(daily('tue', '2026-11-24'));
        await store.createPost(practice('prac', 'ann'));
        await store.createPost(daily('c2', '2026-11-23', { place: { ...place, channelId: 'C2' } }));
        for (const [post, member, option, iso] of [
          ['mon', 'bob', 0, '2026-11-23T11:00:00Z'], ['mon', 'ann', 1, '2026-11-23T10:00:00Z'], ['tue', 'ann', 1, '2026-11-24T10:00:00Z'],
          ['tue', 'cy', 1, '2026-11-30T00:00:00Z'], ['prac', 'ann', 1, '2026-11-23T10:00:00Z'], ['c2', 'ann', 1, '2026-11-23T10:00:00Z'],
        ] as const) await store.recordAnswer(answer(post, member, option, iso), decideAnswer);
        const found = await store.channelDailyAnswers(place, at('2026-11-23T00:00:00Z'), at('2026-11-30T00:00:00Z'));
        expect(found.map((a) => [a.postId, a.memberId, a.correct, a.topicId, a.questionId, a.answerStreak])).toEqual([
          ['mon', 'ann', true, 'lambda', 'q_2026-11-23', 1], ['mon', 'bob', false, 'lambda', 'q_2026-11-23', 1], ['tue', 'ann', true, 'fargate', 'q_2026-11-24', 2],
        ]);
        expect(found[0]?.answeredAt).toEqual(at('2026-11-23T10:00:00Z'));
        expect(found[0]?.postedAt).toEqual(at('2026-11-23T09:00:00Z'));
        expect(found[0]?.memberName).toBe('ann');
        expect(await store.channelDailyAnswers(place, at('2026-12-01T00:00:00Z'), at('2026-12-08T00:00:00Z'))).toEqual([]);
      });
    });

    describeExamConformance(() => {
      if (!opened) throw new Error('stores not open');
      return opened.exams;
    });

    describe('request keys', () => {
      const requests = (): RequestKeys => {
        if (!opened) throw new Error('stores not open');
        return opened.requests;
      };
      it('a key is taken once within its window, by whoever comes first, and again after it', async () => {
        const t0 = at('2026-11-23T10:00:00Z');
        const later = (ms: number) => new Date(t0.getTime() + ms);
        expect(await requests().firstTime('slack:command:T1', t0, 60_000)).toBe(true);
        expect(await requests().firstTime('slack:command:T1', later(59_999), 60_000)).toBe(false);
        expect(await requests().firstTime('slack:command:T2', later(1), 60_000)).toBe(true);
        expect(await requests().firstTime('slack:command:T1', later(60_000), 60_000)).toBe(true);
        expect(await requests().firstTime('slack:command:T1', later(60_001), 60_000)).toBe(false);
      });
      it('many takers of one key at once: exactly one wins', async () => {
        const t0 = at('2026-11-23T10:00:00Z');
        const results = await Promise.all(Array.from({ length: 20 }, () => requests().firstTime('discord:123', t0, 60_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
      it('expired keys are swept, and a swept key is new again', async () => {
        const t0 = at('2026-11-23T10:00:00Z');
        for (let i = 0; i < 600; i++) await requests().firstTime(`k${i}`, t0, 1_000);
        expect(await requests().firstTime('k0', new Date(t0.getTime() + 2_000), 1_000)).toBe(true);
      });
    });

    describe('answers', () => {
      it('the first answer counts; a second one is reported and changes nothing', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        const first = await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
        const again = await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 0, answeredAt: at('2026-11-23T10:00:01Z') }, decideAnswer);
        expect(first).toEqual({
          status: 'recorded',
          answer: { postId: 'p1', memberId: 'U1', memberName: 'ann', optionIndex: 1, correct: true, answeredAt: at('2026-11-23T10:00:00Z'), answerStreak: 1, correctStreak: 1 },
        });
        expect(again).toMatchObject({ status: 'duplicate', existing: { optionIndex: 1, correct: true } });
        if (first.status !== 'recorded') throw new Error('unreachable');
        expect(again).toEqual({ status: 'duplicate', existing: first.answer });
        expect(await store.answersFor('p1')).toEqual([first.answer]);
        // Points come at the reveal, so the board never hints at the answer while the question is open.
        expect(await store.standingOf(scope, 'all', at('2026-11-23T12:00:00Z'), 'U1')).toBeUndefined();
        expect(await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal)).toBe(true);
        expect(await store.markRevealed('p1', at('2026-11-23T17:00:01Z'), awardsAtReveal)).toBe(false);
        expect((await store.standingOf(scope, 'all', at('2026-11-23T18:00:00Z'), 'U1'))?.points).toBe(10);
      });

      it('an answer to a post that does not exist is refused', async () => {
        const store = quiz();
        expect(await store.recordAnswer(answer('nope', 'U1', 1, '2026-11-23T10:00:00Z'), decideAnswer)).toEqual({ status: 'unknown-post' });
        expect(await store.answersFor('nope')).toEqual([]);
        expect(await store.getPost('nope')).toBeUndefined();
      });

      it('one daily post per channel per date, even when created twice', async () => {
        const store = quiz();
        const a = await store.createPost(daily('p1', '2026-11-23'));
        const b = await store.createPost(daily('p2', '2026-11-23'));
        expect(a.created).toBe(true);
        expect(b.created).toBe(false);
        expect(b.post.id).toBe('p1');
        expect(b.post).toEqual(a.post);
        expect(await store.getPost('p2')).toBeUndefined();
        // Another channel, or another date, is another daily post.
        expect((await store.createPost(daily('p3', '2026-11-23', { place: { ...place, channelId: 'C2' } }))).created).toBe(true);
        expect((await store.createPost(daily('p4', '2026-11-24'))).created).toBe(true);
      });

      it('a post reads back as it was created, with its message and its reveal', async () => {
        const store = quiz();
        const post = daily('p1', '2026-11-23');
        expect(await store.createPost(post)).toEqual({ post, created: true });
        expect(await store.getPost('p1')).toEqual(post);
        await store.setMessageRef('p1', '1700000000.000100');
        expect(await store.getPost('p1')).toEqual({ ...post, messageRef: '1700000000.000100' });
        await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal);
        expect(await store.getPost('p1')).toEqual({ ...post, messageRef: '1700000000.000100', revealedAt: at('2026-11-23T17:00:00Z') });

        const mine = practice('p2', 'U1', { answerIndex: 2, topicId: 'lambda', domain: 'cloud-concepts' });
        expect(await store.createPost(mine)).toEqual({ post: mine, created: true });
        expect(await store.getPost('p2')).toEqual(mine);
      });

      it('a revealed or expired question takes no answers', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T17:00:00Z') }, decideAnswer)).status).toBe('closed');
        await store.createPost(daily('p2', '2026-11-24'));
        expect(await store.markRevealed('p2', at('2026-11-24T12:00:00Z'), awardsAtReveal)).toBe(true);
        expect(await store.markRevealed('p2', at('2026-11-24T12:00:01Z'), awardsAtReveal)).toBe(false);
        expect((await store.recordAnswer({ postId: 'p2', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-24T12:30:00Z') }, decideAnswer)).status).toBe('closed');
        expect(await store.answersFor('p2')).toHaveLength(0);
        expect(await store.answersFor('p1')).toHaveLength(0);
      });

      it('an early close refuses later answers and is never pushed back', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        expect((await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z'), decideAnswer)).status).toBe('recorded');
        await store.closeNow('p1', at('2026-11-23T11:00:00Z'));
        expect((await store.getPost('p1'))?.closesAt).toEqual(at('2026-11-23T11:00:00Z'));
        expect((await store.recordAnswer(answer('p1', 'U2', 1, '2026-11-23T11:30:00Z'), decideAnswer)).status).toBe('closed');
        // A later close does not reopen the window.
        await store.closeNow('p1', at('2026-11-23T12:00:00Z'));
        expect((await store.getPost('p1'))?.closesAt).toEqual(at('2026-11-23T11:00:00Z'));
        expect((await store.recordAnswer(answer('p1', 'U3', 1, '2026-11-23T11:45:00Z'), decideAnswer)).status).toBe('closed');
        expect((await store.answersFor('p1')).map((a) => a.memberId)).toEqual(['U1']);

        // A practice question has no window until it is closed.
        await store.createPost(practice('p2', 'U1'));
        await store.closeNow('p2', at('2026-11-23T12:00:00Z'));
        expect((await store.getPost('p2'))?.closesAt).toEqual(at('2026-11-23T12:00:00Z'));
        expect((await store.recordAnswer(answer('p2', 'U1', 1, '2026-11-23T12:00:00Z'), decideAnswer)).status).toBe('closed');
      });

      it('practice answers never touch the leaderboard and belong to their owner', async () => {
        const store = quiz();
        await store.createPost({ ...daily('p1', '2026-11-23'), kind: 'practice', localDate: undefined, ownerId: 'U1', closesAt: undefined });
        expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U2', name: 'bob' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer)).status).toBe('not-yours');
        expect((await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer)).status).toBe('recorded');
        expect((await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-23T12:00:00Z'), 10)).top).toHaveLength(0);
        expect((await store.memberStats(place, 'U1', 'practice')).byTopic).toEqual([{ key: 'fargate', answered: 1, correct: 1 }]);
        expect((await store.answersFor('p1')).map((a) => a.memberId)).toEqual(['U1']);
        // Not even when it is revealed.
        expect(await store.markRevealed('p1', at('2026-11-23T12:00:00Z'), awardsAtReveal)).toBe(true);
        expect(await store.leaderboard(scope, 'all', at('2026-11-23T12:00:00Z'), 10)).toEqual({ top: [], members: 0 });
        expect(await store.standingOf(scope, 'all', at('2026-11-23T12:00:00Z'), 'U1')).toBeUndefined();
        expect((await store.memberStats(place, 'U1', 'daily')).byTopic).toEqual([]);
      });

      it('the rules come from the caller: the store stores what `decide` accepts and nothing it refuses', async () => {
        const store = quiz();
        await store.createPost(daily('p0', '2026-11-22'));
        await store.createPost(daily('p1', '2026-11-23'));
        expect(await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z'), () => ({ status: 'closed' }))).toEqual({ status: 'closed' });
        expect(await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z'), () => ({ status: 'not-yours' }))).toEqual({ status: 'not-yours' });
        expect(await store.answersFor('p1')).toEqual([]);
        // `decide` sees the post and the member's answer to the channel's previous daily question.
        const previous = await store.recordAnswer(answer('p0', 'U1', 0, '2026-11-22T10:00:00Z'), decideAnswer);
        if (previous.status !== 'recorded') throw new Error('previous answer expected');
        const seen: unknown[] = [];
        const outcome = await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z'), (input, context) => {
          seen.push(context);
          return decideAnswer(input, context);
        });
        expect(seen).toEqual([{ post: daily('p1', '2026-11-23'), previous: previous.answer }]);
        expect(outcome).toMatchObject({ status: 'recorded', answer: { correct: true, answerStreak: 2, correctStreak: 1 } });
      });
    });

    describe('leaderboards', () => {
      it('two workspaces never share a leaderboard', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        await store.createPost(daily('p2', '2026-11-23', { place: { platform: 'slack', workspaceId: 'T2', channelId: 'C1' } }));
        await store.createPost(daily('p3', '2026-11-23', { place: { platform: 'discord', workspaceId: 'T1', channelId: 'C1' } }));
        await store.recordAnswer({ postId: 'p1', member: { id: 'U1', name: 'ann' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
        await store.recordAnswer({ postId: 'p2', member: { id: 'U2', name: 'bob' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
        await store.recordAnswer({ postId: 'p3', member: { id: 'U3', name: 'cy' }, optionIndex: 1, answeredAt: at('2026-11-23T10:00:00Z') }, decideAnswer);
        for (const id of ['p1', 'p2', 'p3']) await store.markRevealed(id, at('2026-11-23T17:00:00Z'), awardsAtReveal);
        const names = async (ws: string, platform = 'slack') => (await store.leaderboard({ platform, workspaceId: ws }, 'all', at('2026-11-24T00:00:00Z'), 10)).top.map((s) => s.memberName);
        expect(await names('T1')).toEqual(['ann']);
        expect(await names('T2')).toEqual(['bob']);
        expect(await names('T1', 'discord')).toEqual(['cy']);
        expect(await store.standingOf({ platform: 'slack', workspaceId: 'T2' }, 'all', at('2026-11-24T00:00:00Z'), 'U1')).toBeUndefined();
      });

      it('equal points share a rank and the next rank skips', async () => {
        const store = await days({ '2026-11-23': [['ann', 1], ['bob', 1], ['cy', 0], ['dee', 1]] });
        const board = await store.leaderboard({ platform: 'slack', workspaceId: 'T1' }, 'all', at('2026-11-24T00:00:00Z'), 10);
        expect(board.top.map((s) => [s.memberName, s.rank])).toEqual([['ann', 1], ['bob', 1], ['dee', 1], ['cy', 4]]);
        expect(board.members).toBe(4);
        expect(await store.standingOf(scope, 'all', at('2026-11-24T00:00:00Z'), 'cy'))
          .toEqual({ memberId: 'cy', memberName: 'cy', points: 0, correct: 0, answered: 1, rank: 4 });
      });

      it('lists only the top members, counts every scorer, and orders equal points by name ignoring case', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z', 'cy'), decideAnswer);
        await store.recordAnswer(answer('p1', 'U2', 1, '2026-11-23T10:01:00Z', 'Bob'), decideAnswer);
        await store.recordAnswer(answer('p1', 'U3', 1, '2026-11-23T10:02:00Z', 'ann'), decideAnswer);
        await store.recordAnswer(answer('p1', 'U4', 0, '2026-11-23T10:03:00Z', 'Dee'), decideAnswer);
        await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal);
        const board = await store.leaderboard(scope, 'all', at('2026-11-24T00:00:00Z'), 2);
        expect(board.members).toBe(4);
        expect(board.top).toEqual([
          { memberId: 'U3', memberName: 'ann', points: 10, correct: 1, answered: 1, rank: 1 },
          { memberId: 'U2', memberName: 'Bob', points: 10, correct: 1, answered: 1, rank: 1 },
        ]);
        expect(await store.standingOf(scope, 'all', at('2026-11-24T00:00:00Z'), 'U4'))
          .toEqual({ memberId: 'U4', memberName: 'Dee', points: 0, correct: 0, answered: 1, rank: 4 });
        expect(await store.standingOf(scope, 'all', at('2026-11-24T00:00:00Z'), 'U9')).toBeUndefined();
        expect(await store.leaderboard({ platform: 'slack', workspaceId: 'T9' }, 'all', at('2026-11-24T00:00:00Z'), 10)).toEqual({ top: [], members: 0 });
      });

      it('the week, the month and all time each count the answers given in them', async () => {
        // 2026-10-30 and 2026-11-20 are Fridays; 2026-11-23 is the Monday that starts the week of the 24th.
        const store = await days({
          '2026-10-30': [['ann', 1]],
          '2026-11-20': [['ann', 1], ['bob', 0]],
          '2026-11-23': [['ann', 1]],
        });
        const now = at('2026-11-24T12:00:00Z');
        const points = async (period: 'week' | 'month' | 'all') => {
          const board = await store.leaderboard(scope, period, now, 10);
          return { members: board.members, top: board.top.map((s) => [s.memberName, s.points, s.answered, s.rank]) };
        };
        expect(await points('week')).toEqual({ members: 1, top: [['ann', 10, 1, 1]] });
        expect(await points('month')).toEqual({ members: 2, top: [['ann', 20, 2, 1], ['bob', 0, 1, 2]] });
        expect(await points('all')).toEqual({ members: 2, top: [['ann', 30, 3, 1], ['bob', 0, 1, 2]] });
        expect(await store.standingOf(scope, 'week', now, 'bob')).toBeUndefined();
        expect(await store.standingOf(scope, 'month', now, 'bob')).toMatchObject({ points: 0, answered: 1, rank: 2 });
        // The week of 2026-11-20 is an earlier week.
        expect((await store.leaderboard(scope, 'week', at('2026-11-20T18:00:00Z'), 10)).top.map((s) => [s.memberName, s.points]))
          .toEqual([['ann', 10], ['bob', 0]]);
      });

      it('ranks match a plain count of members with more points, whatever the history (property)', async () => {
        const store = quiz();
        let run = 0;
        await fc.assert(
          fc.asyncProperty(fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 3 })), { maxLength: 8 }), { minLength: 1, maxLength: 6 }), async (history) => {
            // Each run in a workspace of its own: as good as an empty store, without opening one per run.
            const workspaceId = `W${++run}`;
            const where: Place = { platform: 'slack', workspaceId, channelId: 'C1' };
            for (const [d, answers] of history.entries()) {
              const day = `2026-11-${String(10 + d).padStart(2, '0')}`;
              const id = `${workspaceId}-p${d}`;
              await store.createPost(daily(id, day, { place: where }));
              for (const [member, option] of answers) {
                await store.recordAnswer({ postId: id, member: { id: `U${member}`, name: `m${member}` }, optionIndex: option, answeredAt: at(`${day}T10:00:00Z`) }, decideAnswer);
              }
              await store.markRevealed(id, at(`${day}T17:00:00Z`), awardsAtReveal);
            }
            const board = await store.leaderboard({ platform: 'slack', workspaceId }, 'all', at('2026-11-30T00:00:00Z'), 100);
            for (const s of board.top) {
              expect(s.rank).toBe(1 + board.top.filter((o) => o.points > s.points).length);
              expect(await store.standingOf({ platform: 'slack', workspaceId }, 'all', at('2026-11-30T00:00:00Z'), s.memberId)).toEqual(s);
            }
            expect(board.members).toBe(board.top.length);
            // And the points are the plain sum of correct answers.
            const expected = new Map<string, number>();
            for (const answers of history) {
              const first = new Map<number, number>();
              for (const [member, option] of answers) if (!first.has(member)) first.set(member, option);
              for (const [member, option] of first) expected.set(`U${member}`, (expected.get(`U${member}`) ?? 0) + (option === 1 ? 10 : 0));
            }
            expect(new Map(board.top.map((s) => [s.memberId, s.points]))).toEqual(expected);
          }),
          { numRuns: impl.propertyRuns ?? 200 },
        );
      });
    });

    describe('streaks', () => {
      it('counts consecutive daily questions answered and consecutive correct answers, current and best', async () => {
        const store = await days({
          '2026-11-16': [['ann', 1]],
          '2026-11-17': [['ann', 1]],
          '2026-11-18': [['ann', 0]],
          '2026-11-19': [['ann', 1]],
          '2026-11-20': [],
          '2026-11-21': [['ann', 1]],
          '2026-11-22': [['ann', 1]],
        });
        expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks)).toEqual({ answerCurrent: 2, answerBest: 4, correctCurrent: 2, correctBest: 2 });
      });

      it('a missed day breaks the current streak, and a new open question does not revive it', async () => {
        const store = await days({ '2026-11-21': [['ann', 1]], '2026-11-22': [['ann', 1]], '2026-11-23': [] });
        expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks).answerCurrent).toBe(0);
        await store.createPost(daily('p-open', '2026-11-24'));
        // Still 0: the 23rd was missed. A new open question does not revive it.
        expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks).answerCurrent).toBe(0);
        expect(currentStreaks((await store.memberStats(place, 'ann', 'daily')).streaks).answerBest).toBe(2);
      });

      it('an open question keeps yesterday\'s streak alive until it is revealed', async () => {
        const alive = await days({ '2026-11-21': [['bob', 1]], '2026-11-22': [['bob', 1]] });
        await alive.createPost(daily('p-open', '2026-11-23'));
        expect(currentStreaks((await alive.memberStats(place, 'bob', 'daily')).streaks).answerCurrent).toBe(2);
        expect(currentStreaks((await alive.memberStats(place, 'bob', 'daily')).streaks).correctCurrent).toBe(2);
        // Revealed without bob's answer: the streak is broken.
        await alive.markRevealed('p-open', at('2026-11-23T17:00:00Z'), awardsAtReveal);
        expect(currentStreaks((await alive.memberStats(place, 'bob', 'daily')).streaks)).toEqual({ answerCurrent: 0, answerBest: 2, correctCurrent: 0, correctBest: 2 });
      });

      it('each answer carries the streaks it extends, per channel', async () => {
        const store = quiz();
        const streaksOf = async (postId: string, option: number, iso: string, where = place) => {
          const outcome = await store.recordAnswer(answer(postId, 'ann', option, iso), decideAnswer);
          if (outcome.status !== 'recorded') throw new Error(`answer to ${postId} not recorded: ${outcome.status}`);
          return [outcome.answer.answerStreak, outcome.answer.correctStreak];
        };
        for (const day of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']) await store.createPost(daily(`p-${day}`, day));
        await store.createPost(daily('c2-2026-11-21', '2026-11-21', { place: { ...place, channelId: 'C2' } }));
        expect(await streaksOf('p-2026-11-20', 1, '2026-11-20T10:00:00Z')).toEqual([1, 1]);
        expect(await streaksOf('p-2026-11-21', 0, '2026-11-21T10:00:00Z')).toEqual([2, 0]);
        expect(await streaksOf('c2-2026-11-21', 1, '2026-11-21T10:00:00Z')).toEqual([1, 1]);
        expect(await streaksOf('p-2026-11-22', 1, '2026-11-22T10:00:00Z')).toEqual([3, 1]);
        // The 23rd is missed.
        expect(await streaksOf('p-2026-11-24', 1, '2026-11-24T10:00:00Z')).toEqual([1, 1]);
      });
    });

    describe('reveals', () => {
      it('award points exactly once: a second reveal is refused and adds nothing', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z', 'ann'), decideAnswer);
        await store.recordAnswer(answer('p1', 'U2', 0, '2026-11-23T10:01:00Z', 'bob'), decideAnswer);
        expect(await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), awardsAtReveal)).toBe(true);
        expect(await store.markRevealed('p1', at('2026-11-23T17:00:01Z'), awardsAtReveal)).toBe(false);
        expect(await store.markRevealed('p1', at('2026-11-24T09:00:00Z'), awardsAtReveal)).toBe(false);
        expect((await store.getPost('p1'))?.revealedAt).toEqual(at('2026-11-23T17:00:00Z'));
        const now = at('2026-11-24T00:00:00Z');
        expect(await store.standingOf(scope, 'all', now, 'U1')).toEqual({ memberId: 'U1', memberName: 'ann', points: 10, correct: 1, answered: 1, rank: 1 });
        expect(await store.standingOf(scope, 'all', now, 'U2')).toEqual({ memberId: 'U2', memberName: 'bob', points: 0, correct: 0, answered: 1, rank: 2 });
        expect((await store.leaderboard(scope, 'all', now, 10)).members).toBe(2);

        // A second question adds to the same score.
        await store.createPost(daily('p2', '2026-11-24'));
        await store.recordAnswer(answer('p2', 'U1', 1, '2026-11-24T10:00:00Z', 'ann'), decideAnswer);
        await store.recordAnswer(answer('p2', 'U2', 1, '2026-11-24T10:00:00Z', 'bob'), decideAnswer);
        expect(await store.markRevealed('p2', at('2026-11-24T17:00:00Z'), awardsAtReveal)).toBe(true);
        const later = at('2026-11-25T00:00:00Z');
        expect(await store.standingOf(scope, 'all', later, 'U1')).toMatchObject({ points: 20, correct: 2, answered: 2, rank: 1 });
        expect(await store.standingOf(scope, 'all', later, 'U2')).toMatchObject({ points: 10, correct: 1, answered: 2, rank: 2 });
        expect((await store.leaderboard(scope, 'all', later, 10)).members).toBe(2);
      });

      it('of a post that does not exist is refused', async () => {
        expect(await quiz().markRevealed('nope', at('2026-11-23T17:00:00Z'), awardsAtReveal)).toBe(false);
      });

      it('add the points the given award rule gives, with the answers of the post', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-23'));
        await store.recordAnswer(answer('p1', 'U1', 1, '2026-11-23T10:00:00Z', 'ann'), decideAnswer);
        await store.recordAnswer(answer('p1', 'U2', 0, '2026-11-23T10:01:00Z', 'bob'), decideAnswer);
        const seen: unknown[] = [];
        expect(await store.markRevealed('p1', at('2026-11-23T17:00:00Z'), (post, answers) => {
          seen.push([post.id, post.revealedAt, answers.map((a) => a.memberId)]);
          return answers.map((a) => ({ memberId: a.memberId, memberName: a.memberName, answeredAt: a.answeredAt, correct: a.correct, points: a.correct ? 3 : 1, periods: ['all', 'w2026-W48', 'm2026-11'] }));
        })).toBe(true);
        expect(seen).toEqual([['p1', at('2026-11-23T17:00:00Z'), ['U1', 'U2']]]);
        const board = await store.leaderboard(scope, 'all', at('2026-11-24T00:00:00Z'), 10);
        expect(board.top.map((s) => [s.memberId, s.points, s.correct, s.answered, s.rank])).toEqual([['U1', 3, 1, 1, 1], ['U2', 1, 0, 1, 2]]);
      });
    });

    describe('member stats', () => {
      it('accuracy by topic and domain across the workspace, per kind; streaks in the channel', async () => {
        const store = quiz();
        const c2 = { ...place, channelId: 'C2' };
        await store.createPost(daily('c1', '2026-11-23'));
        await store.createPost(daily('c2', '2026-11-23', { place: c2, topicId: 'ecs' }));
        await store.createPost(daily('t2', '2026-11-23', { place: { ...place, workspaceId: 'T2' }, topicId: 'ecs' }));
        await store.createPost(practice('pr', 'ann', { topicId: 'lambda', domain: 'cloud-concepts' }));
        await store.recordAnswer(answer('c1', 'ann', 1, '2026-11-23T10:00:00Z'), decideAnswer);
        await store.recordAnswer(answer('c2', 'ann', 0, '2026-11-23T10:00:00Z'), decideAnswer);
        await store.recordAnswer(answer('t2', 'ann', 1, '2026-11-23T10:00:00Z'), decideAnswer);
        await store.recordAnswer(answer('pr', 'ann', 1, '2026-11-23T10:00:00Z'), decideAnswer);
        await store.recordAnswer(answer('c1', 'bob', 0, '2026-11-23T10:00:00Z'), decideAnswer);

        const dailyStats = await store.memberStats(place, 'ann', 'daily');
        expect(byKey(dailyStats.byTopic)).toEqual([{ key: 'ecs', answered: 1, correct: 0 }, { key: 'fargate', answered: 1, correct: 1 }]);
        expect(byKey(dailyStats.byDomain)).toEqual([{ key: 'technology-and-services', answered: 2, correct: 1 }]);
        expect(currentStreaks(dailyStats.streaks)).toEqual({ answerCurrent: 1, answerBest: 1, correctCurrent: 1, correctBest: 1 });
        expect(currentStreaks((await store.memberStats(c2, 'ann', 'daily')).streaks)).toEqual({ answerCurrent: 1, answerBest: 1, correctCurrent: 0, correctBest: 0 });

        const practiceStats = await store.memberStats(place, 'ann', 'practice');
        expect(practiceStats.byTopic).toEqual([{ key: 'lambda', answered: 1, correct: 1 }]);
        expect(practiceStats.byDomain).toEqual([{ key: 'cloud-concepts', answered: 1, correct: 1 }]);

        const nobody = await store.memberStats(place, 'cy', 'daily');
        expect(nobody).toMatchObject({ byTopic: [], byDomain: [] });
        expect(currentStreaks(nobody.streaks)).toEqual({ answerCurrent: 0, answerBest: 0, correctCurrent: 0, correctBest: 0 });
      });

      it('streak facts name the latest two daily questions and whether the latest is open', async () => {
        const store = await days({ '2026-11-21': [['ann', 1]], '2026-11-22': [['ann', 0]] });
        expect((await store.memberStats(place, 'ann', 'daily')).streaks).toMatchObject({
          latestOpen: false, onLatest: { postId: 'p-slack-T1-C1-2026-11-22', answerStreak: 2, correctStreak: 0 },
          onPrevious: { postId: 'p-slack-T1-C1-2026-11-21', answerStreak: 1, correctStreak: 1 }, answerBest: 2, correctBest: 1,
        });
        await store.createPost(daily('p-open', '2026-11-23'));
        const facts = (await store.memberStats(place, 'ann', 'daily')).streaks;
        expect(facts).toMatchObject({ latestOpen: true, onPrevious: { postId: 'p-slack-T1-C1-2026-11-22' } });
        expect(facts.onLatest).toBeUndefined();
      });
    });

    describe('answer history (charts)', () => {
      const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((d) => at(`${d}T00:00:00Z`));
      /** A post open all week around `iso`, so any answer time in the test is accepted. */
      const openPost = (id: string, kind: 'daily' | 'practice', iso: string, extra: Partial<NewPost> = {}): NewPost => ({
        ...(kind === 'daily' ? daily(id, iso.slice(0, 10)) : practice(id, 'ann')),
        postedAt: at('2026-10-01T00:00:00Z'), closesAt: at('2027-01-01T00:00:00Z'), ...extra,
      });

      it('memberDomainHistory: a member\'s daily and practice answers in the workspace, per period and domain', async () => {
        const store = quiz();
        const answerOn = async (id: string, kind: 'daily' | 'practice', iso: string, option: number, extra: Partial<NewPost> = {}, member = 'ann') => {
          await store.createPost(openPost(id, kind, iso, extra));
          await store.recordAnswer(answer(id, member, option, iso), decideAnswer);
        };
        await answerOn('before', 'daily', '2026-11-01T23:59:59.999Z', 1);
        await answerOn('edge', 'daily', '2026-11-09T00:00:00Z', 1, { localDate: '2026-11-08' });
        await answerOn('w1a', 'daily', '2026-11-10T10:00:00Z', 0);
        await answerOn('w1b', 'practice', '2026-11-11T10:00:00Z', 1, { domain: 'cloud-concepts' });
        await answerOn('w0', 'daily', '2026-11-03T10:00:00Z', 1, { domain: 'security-and-compliance' });
        await answerOn('other-channel', 'daily', '2026-11-04T10:00:00Z', 1, { place: { ...place, channelId: 'C2' } });
        await answerOn('other-workspace', 'daily', '2026-11-04T10:00:00Z', 1, { place: { ...place, workspaceId: 'T2' } });
        await answerOn('bob', 'daily', '2026-11-05T10:00:00Z', 1, {}, 'bob');
        await answerOn('last-edge', 'daily', '2026-11-23T00:00:00Z', 1, { localDate: '2026-11-22' });

        expect(await store.memberDomainHistory(scope, 'ann', weeks)).toEqual([
          { period: 0, domain: 'security-and-compliance', answered: 1, correct: 1 },
          { period: 0, domain: 'technology-and-services', answered: 1, correct: 1 },
          { period: 1, domain: 'cloud-concepts', answered: 1, correct: 1 },
          { period: 1, domain: 'technology-and-services', answered: 2, correct: 1 },
        ]);
        expect(await store.memberDomainHistory({ ...scope, workspaceId: 'T2' }, 'ann', weeks)).toEqual([{ period: 0, domain: 'technology-and-services', answered: 1, correct: 1 }]);
        expect(await store.memberDomainHistory(scope, 'cy', weeks)).toEqual([]);
      });

      it('channelDailyHistory: the channel\'s daily answers of every member, per period and domain; practice is left out', async () => {
        const store = quiz();
        const dayEdges = ['2026-11-23', '2026-11-24', '2026-11-25'].map((d) => at(`${d}T00:00:00Z`));
        await store.createPost(openPost('mon', 'daily', '2026-11-23T10:00:00Z'));
        await store.createPost(openPost('tue', 'daily', '2026-11-24T10:00:00Z', { domain: 'cloud-concepts' }));
        await store.createPost(openPost('prac', 'practice', '2026-11-23T10:00:00Z'));
        await store.createPost(openPost('c2', 'daily', '2026-11-23T10:00:00Z', { place: { ...place, channelId: 'C2' } }));
        for (const [post, member, option, iso] of [
          ['mon', 'ann', 1, '2026-11-23T10:00:00Z'], ['mon', 'bob', 0, '2026-11-23T11:00:00Z'], ['mon', 'cy', 1, '2026-11-24T08:00:00Z'],
          ['tue', 'ann', 1, '2026-11-24T10:00:00Z'], ['prac', 'ann', 1, '2026-11-23T10:00:00Z'], ['c2', 'ann', 1, '2026-11-23T10:00:00Z'],
        ] as const) await store.recordAnswer(answer(post, member, option, iso), decideAnswer);

        expect(await store.channelDailyHistory(place, dayEdges)).toEqual([
          { period: 0, domain: 'technology-and-services', answered: 2, correct: 1 },
          { period: 1, domain: 'cloud-concepts', answered: 1, correct: 1 },
          { period: 1, domain: 'technology-and-services', answered: 1, correct: 1 },
        ]);
        expect(await store.channelDailyHistory({ ...place, channelId: 'C3' }, dayEdges)).toEqual([]);
      });

      it('boundaries that make no periods (fewer than two, out of order, not a time) give nothing', async () => {
        const store = quiz();
        await store.createPost(openPost('p', 'daily', '2026-11-10T10:00:00Z'));
        await store.recordAnswer(answer('p', 'ann', 1, '2026-11-10T10:00:00Z'), decideAnswer);
        for (const bad of [[], [weeks[0] ?? at('2026-11-02T00:00:00Z')], [...weeks].reverse(), [at('nonsense'), at('2026-11-30T00:00:00Z')]]) {
          expect(await store.memberDomainHistory(scope, 'ann', bad)).toEqual([]);
          expect(await store.channelDailyHistory(place, bad)).toEqual([]);
        }
      });
    });

    describe('practice cards', () => {
      it('are kept per member, topic and workspace, and a save replaces the card', async () => {
        const store = quiz();
        const other = { platform: 'slack', workspaceId: 'T2' };
        expect(await store.practiceCard(scope, 'U1', 'ecs')).toBeUndefined();
        expect(await store.practiceCards(scope, 'U1')).toEqual(new Map());
        await store.savePracticeCard(scope, 'U1', 'ecs', '{"due":"2026-11-24T00:00:00.000Z"}');
        await store.savePracticeCard(scope, 'U1', 'lambda', '{"due":"2026-11-25T00:00:00.000Z"}');
        await store.savePracticeCard(scope, 'U2', 'ecs', '{"due":"2026-12-01T00:00:00.000Z"}');
        await store.savePracticeCard(other, 'U1', 'ecs', '{"due":"2027-01-01T00:00:00.000Z"}');
        expect(await store.practiceCard(scope, 'U1', 'ecs')).toBe('{"due":"2026-11-24T00:00:00.000Z"}');
        await store.savePracticeCard(scope, 'U1', 'ecs', '{"due":"2026-11-30T00:00:00.000Z"}');
        expect(await store.practiceCard(scope, 'U1', 'ecs')).toBe('{"due":"2026-11-30T00:00:00.000Z"}');
        expect(await store.practiceCards(scope, 'U1')).toEqual(new Map([
          ['ecs', '{"due":"2026-11-30T00:00:00.000Z"}'],
          ['lambda', '{"due":"2026-11-25T00:00:00.000Z"}'],
        ]));
        expect(await store.practiceCard(scope, 'U2', 'ecs')).toBe('{"due":"2026-12-01T00:00:00.000Z"}');
        expect(await store.practiceCard(other, 'U1', 'ecs')).toBe('{"due":"2027-01-01T00:00:00.000Z"}');
        expect(await store.practiceCard({ platform: 'discord', workspaceId: 'T1' }, 'U1', 'ecs')).toBeUndefined();
      });
    });

    describe('practice history', () => {
      it('one entry per topic: first and last post, the latest question, and posts in all and since an instant', async () => {
        const store = quiz();
        const post = (id: string, owner: string, topicId: string, iso: string, extra: Partial<NewPost> = {}) =>
          store.createPost(practice(id, owner, { topicId, questionId: `q_${id}`, postedAt: at(iso), ...extra }));
        expect(await store.practiceHistory(scope, 'U1', at('2026-11-23T00:00:00Z'))).toEqual([]);
        await post('e1', 'U1', 'ecs', '2026-11-21T09:00:00Z');
        await post('e2', 'U1', 'ecs', '2026-11-23T09:00:00Z');
        await post('e3', 'U1', 'ecs', '2026-11-23T08:00:00Z');
        await post('l1', 'U1', 'lambda', '2026-11-23T10:00:00Z');
        // Not U1's practice: another member, another workspace, a daily question.
        await post('x1', 'U2', 'ecs', '2026-11-23T11:00:00Z');
        await post('x2', 'U1', 'ecs', '2026-11-23T12:00:00Z', { place: { ...place, workspaceId: 'T2' } });
        await store.createPost(daily('d1', '2026-11-23', { topicId: 'ecs' }));
        const history = [...await store.practiceHistory(scope, 'U1', at('2026-11-23T00:00:00Z'))].sort((a, b) => (a.topicId < b.topicId ? -1 : 1));
        expect(history).toEqual([
          { topicId: 'ecs', firstPostedAt: at('2026-11-21T09:00:00Z'), lastPostedAt: at('2026-11-23T09:00:00Z'), lastQuestionId: 'q_e2', posts: 3, postsSince: 2 },
          { topicId: 'lambda', firstPostedAt: at('2026-11-23T10:00:00Z'), lastPostedAt: at('2026-11-23T10:00:00Z'), lastQuestionId: 'q_l1', posts: 1, postsSince: 1 },
        ]);
      });
    });

    describe('mistakes', () => {
      it('questions whose latest answer was wrong, daily and practice, newest first; corrected ones drop out', async () => {
        const store = quiz();
        // Daily q_2026-11-20 wrong (answer index 1); q_2026-11-21 right.
        await days({ '2026-11-20': [['U1', 0]], '2026-11-21': [['U1', 1], ['U2', 0]] });
        const redo = async (id: string, questionId: string, option: number, iso: string, memberId = 'U1') => {
          await store.createPost(practice(id, memberId, { questionId, topicId: 'ecs', postedAt: at(iso) }));
          await store.recordAnswer(answer(id, memberId, option, iso), decideAnswer);
        };
        await redo('p1', 'q_a', 2, '2026-11-22T10:00:00Z');
        await redo('p2', 'q_b', 3, '2026-11-23T10:00:00Z');
        await redo('p3', 'q_b', 1, '2026-11-23T11:00:00Z'); // q_b corrected since
        await redo('p4', 'q_c', 1, '2026-11-22T12:00:00Z');
        await redo('p5', 'q_c', 0, '2026-11-23T12:00:00Z'); // q_c right, then wrong again
        await redo('p6', 'q_z', 0, '2026-11-23T13:00:00Z', 'U2');
        expect(await store.mistakes(scope, 'U1', 10)).toEqual([
          { questionId: 'q_c', topicId: 'ecs', kind: 'practice', optionIndex: 0, answeredAt: at('2026-11-23T12:00:00Z') },
          { questionId: 'q_a', topicId: 'ecs', kind: 'practice', optionIndex: 2, answeredAt: at('2026-11-22T10:00:00Z') },
          { questionId: 'q_2026-11-20', topicId: 'fargate', kind: 'daily', optionIndex: 0, answeredAt: at('2026-11-20T10:00:00Z') },
        ]);
        expect((await store.mistakes(scope, 'U1', 2)).map((m) => m.questionId)).toEqual(['q_c', 'q_a']);
        expect(await store.mistakes({ platform: 'slack', workspaceId: 'T2' }, 'U1', 10)).toEqual([]);
        expect((await store.mistakes(scope, 'U2', 10)).map((m) => m.questionId)).toEqual(['q_z', 'q_2026-11-21']);
      });
    });

    describe('question reports', () => {
      const report = (memberId: string, iso: string, extra: Partial<QuestionReport> = {}): QuestionReport => ({
        questionId: 'q1', textHash: 'h1', place, member: { id: memberId, name: memberId }, reportedAt: at(iso), ...extra,
      });

      it('one per member and text; a second report updates the reason only when it gives one', async () => {
        const store = quiz();
        expect(await store.reportedQuestions()).toEqual([]);
        expect(await store.reportQuestion(report('ann', '2026-11-23T10:00:00Z', { reason: 'two answers are right' }))).toEqual({ first: true });
        expect(await store.reportQuestion(report('ann', '2026-11-23T10:05:00Z', { reason: 'B is right too' }))).toEqual({ first: false });
        expect(await store.reportedQuestions()).toEqual([
          { questionId: 'q1', textHash: 'h1', count: 1, reasons: ['B is right too'], lastReportedAt: at('2026-11-23T10:05:00Z') },
        ]);
        expect(await store.reportQuestion(report('ann', '2026-11-23T10:10:00Z'))).toEqual({ first: false });
        expect(await store.reportedQuestions()).toEqual([
          { questionId: 'q1', textHash: 'h1', count: 1, reasons: ['B is right too'], lastReportedAt: at('2026-11-23T10:10:00Z') },
        ]);
        expect(await store.reportQuestion(report('bob', '2026-11-23T11:00:00Z', { reason: 'typo' }))).toEqual({ first: true });
        expect(await store.reportQuestion(report('cy', '2026-11-23T11:30:00Z'))).toEqual({ first: true });
        const [q1] = await store.reportedQuestions();
        expect(q1).toMatchObject({ questionId: 'q1', textHash: 'h1', count: 3, lastReportedAt: at('2026-11-23T11:30:00Z') });
        expect([...(q1?.reasons ?? [])].sort()).toEqual(['B is right too', 'typo']);
      });

      it('a fixed text is a new report, and the most reported come first', async () => {
        const store = quiz();
        await store.reportQuestion(report('ann', '2026-11-23T10:00:00Z'));
        await store.reportQuestion(report('bob', '2026-11-23T10:01:00Z'));
        expect(await store.reportQuestion(report('ann', '2026-11-24T10:00:00Z', { textHash: 'h2', reason: 'still wrong' }))).toEqual({ first: true });
        expect(await store.reportQuestion(report('ann', '2026-11-23T12:00:00Z', { questionId: 'q2' }))).toEqual({ first: true });
        expect(await store.reportedQuestions()).toEqual([
          { questionId: 'q1', textHash: 'h1', count: 2, reasons: [], lastReportedAt: at('2026-11-23T10:01:00Z') },
          { questionId: 'q1', textHash: 'h2', count: 1, reasons: ['still wrong'], lastReportedAt: at('2026-11-24T10:00:00Z') },
          { questionId: 'q2', textHash: 'h1', count: 1, reasons: [], lastReportedAt: at('2026-11-23T12:00:00Z') },
        ]);
      });
    });

    describe('daily queries', () => {
      const c2: Place = { ...place, channelId: 'C2' };

      it('askedQuestionIds: the daily questions of this channel only', async () => {
        const store = quiz();
        expect(await store.askedQuestionIds(place)).toEqual(new Set());
        await store.createPost(daily('p1', '2026-11-21'));
        await store.createPost(daily('p2', '2026-11-22'));
        await store.createPost(daily('p3', '2026-11-22', { place: c2, questionId: 'q_other' }));
        await store.createPost(practice('pr', 'U1', { questionId: 'q_practice' }));
        expect(await store.askedQuestionIds(place)).toEqual(new Set(['q_2026-11-21', 'q_2026-11-22']));
        expect(await store.askedQuestionIds(c2)).toEqual(new Set(['q_other']));
      });

      it('recentTopics: the channel\'s latest daily topics by date, newest first', async () => {
        const store = quiz();
        await store.createPost(daily('p22', '2026-11-22', { topicId: 'fargate' }));
        await store.createPost(daily('p20', '2026-11-20', { topicId: 'ecs' }));
        await store.createPost(daily('p21', '2026-11-21', { topicId: 'lambda' }));
        await store.createPost(daily('o23', '2026-11-23', { place: c2, topicId: 'ec2' }));
        await store.createPost(practice('pr', 'U1', { topicId: 'batch' }));
        expect(await store.recentTopics(place, 2)).toEqual(['fargate', 'lambda']);
        expect(await store.recentTopics(place, 10)).toEqual(['fargate', 'lambda', 'ecs']);
        expect(await store.recentTopics(c2, 10)).toEqual(['ec2']);
        expect(await store.recentTopics({ ...place, channelId: 'C3' }, 10)).toEqual([]);
      });

      it('channelTopicTallies: how the channel did per topic on daily questions', async () => {
        const store = quiz();
        await store.createPost(daily('p1', '2026-11-21', { topicId: 'ecs' }));
        await store.createPost(daily('p2', '2026-11-22', { topicId: 'fargate' }));
        await store.createPost(daily('p3', '2026-11-23', { topicId: 'ecs' }));
        await store.createPost(daily('o1', '2026-11-21', { place: c2, topicId: 'ecs' }));
        await store.createPost(practice('pr', 'ann', { topicId: 'ecs' }));
        for (const [postId, member, option] of [
          ['p1', 'ann', 1], ['p1', 'bob', 0], ['p2', 'ann', 1], ['p3', 'bob', 1], ['o1', 'ann', 1], ['pr', 'ann', 1],
        ] as const) {
          const day = postId === 'p2' ? '2026-11-22' : postId === 'p3' ? '2026-11-23' : '2026-11-21';
          expect((await store.recordAnswer(answer(postId, member, option, `${day}T10:00:00Z`), decideAnswer)).status).toBe('recorded');
        }
        expect(byKey(await store.channelTopicTallies(place))).toEqual([
          { key: 'ecs', answered: 3, correct: 2 },
          { key: 'fargate', answered: 1, correct: 1 },
        ]);
        expect(await store.channelTopicTallies(c2)).toEqual([{ key: 'ecs', answered: 1, correct: 1 }]);
        expect(await store.channelTopicTallies({ ...place, channelId: 'C3' })).toEqual([]);
      });

      it('overdueReveals: daily posts not revealed whose window has ended, oldest close first', async () => {
        const store = quiz();
        const t2: Place = { ...place, workspaceId: 'T2' };
        await store.createPost(daily('a', '2026-11-22'));
        await store.createPost(daily('b', '2026-11-23', { place: c2, closesAt: at('2026-11-23T11:00:00Z') }));
        await store.createPost(daily('c', '2026-11-23'));
        await store.createPost(daily('d', '2026-11-21', { place: t2 }));
        await store.markRevealed('d', at('2026-11-21T17:00:00Z'), awardsAtReveal);
        await store.createPost(practice('pr', 'U1', { closesAt: at('2026-11-22T10:00:00Z') }));
        const now = at('2026-11-23T12:00:00Z');
        expect(await store.overdueReveals(now)).toEqual([
          { postId: 'a', place, localDate: '2026-11-22', closesAt: at('2026-11-22T17:00:00Z') },
          { postId: 'b', place: c2, localDate: '2026-11-23', closesAt: at('2026-11-23T11:00:00Z') },
        ]);
        // A window that ends exactly now has ended.
        expect((await store.overdueReveals(at('2026-11-23T11:00:00Z'))).map((p) => p.postId)).toEqual(['a', 'b']);
        expect((await store.overdueReveals(at('2026-11-22T16:59:59Z'))).map((p) => p.postId)).toEqual([]);
        // An early close makes a post overdue; a reveal ends it.
        await store.closeNow('c', at('2026-11-23T11:30:00Z'));
        await store.markRevealed('a', at('2026-11-23T11:59:00Z'), awardsAtReveal);
        expect(await store.overdueReveals(now)).toEqual([
          { postId: 'b', place: c2, localDate: '2026-11-23', closesAt: at('2026-11-23T11:00:00Z') },
          { postId: 'c', place, localDate: '2026-11-23', closesAt: at('2026-11-23T11:30:00Z') },
        ]);
      });

      it('latestDaily: the channel\'s newest daily post by date, with its window and reveal', async () => {
        const store = quiz();
        expect(await store.latestDaily(place)).toBeUndefined();
        await store.createPost(daily('p23', '2026-11-23'));
        await store.createPost(daily('p21', '2026-11-21'));
        await store.createPost(daily('o24', '2026-11-24', { place: c2 }));
        await store.createPost(practice('pr', 'U1', { postedAt: at('2026-11-25T09:00:00Z') }));
        expect(await store.latestDaily(place)).toEqual({ postId: 'p23', localDate: '2026-11-23', closesAt: at('2026-11-23T17:00:00Z') });
        await store.markRevealed('p23', at('2026-11-23T17:00:05Z'), awardsAtReveal);
        expect(await store.latestDaily(place)).toEqual({
          postId: 'p23', localDate: '2026-11-23', closesAt: at('2026-11-23T17:00:00Z'), revealedAt: at('2026-11-23T17:00:05Z'),
        });
        expect((await store.latestDaily(c2))?.postId).toBe('o24');
        expect(await store.latestDaily({ ...place, channelId: 'C3' })).toBeUndefined();
      });
    });

    describe('schedules', () => {
      const schedule = (where: Place, extra: Partial<DailySchedule> = {}): DailySchedule => ({
        place: where, enabled: true, postAtMinutes: 9 * 60, timeZone: 'Europe/Berlin', revealAfterMinutes: 480,
        updatedBy: 'U0', updatedAt: at('2026-11-20T08:00:00Z'), ...extra,
      });

      it('are saved, replaced, and the enabled ones listed in a fixed order', async () => {
        const store = schedules();
        expect(await store.schedule(place)).toBeUndefined();
        expect(await store.enabledSchedules()).toEqual([]);
        const c1 = schedule(place, { enabled: false });
        const c2 = schedule({ ...place, channelId: 'C2' }, { timeZone: 'UTC', postAtMinutes: 0 });
        const discord = schedule({ platform: 'discord', workspaceId: 'G1', channelId: 'C9' }, { postAtMinutes: 1439, revealAfterMinutes: 1 });
        await store.saveSchedule(c2);
        await store.saveSchedule(c1);
        await store.saveSchedule(discord);
        expect(await store.schedule(place)).toEqual(c1);
        expect(await store.enabledSchedules()).toEqual([discord, c2]);
        const updated = schedule(place, { postAtMinutes: 600, timeZone: 'America/New_York', revealAfterMinutes: 60, updatedBy: 'U9', updatedAt: at('2026-11-21T08:00:00Z') });
        await store.saveSchedule(updated);
        expect(await store.schedule(place)).toEqual(updated);
        expect(await store.enabledSchedules()).toEqual([discord, updated, c2]);
      });
    });

    describe('delivery claims', () => {
      it('one holder at a time; a lease that runs out can be taken over, and the old holder is fenced off', async () => {
        const store = schedules();
        const first = await store.claimDelivery('reveal:p1', at('2026-11-23T10:00:00Z'), 120_000);
        expect(first).toEqual({ key: 'reveal:p1', token: 1 });
        expect(await store.claimDelivery('reveal:p1', at('2026-11-23T10:01:00Z'), 120_000)).toBeUndefined();
        expect(await store.claimDelivery('reveal:p1', at('2026-11-23T10:01:59.999Z'), 120_000)).toBeUndefined();
        // The first holder stalls past its lease; another worker takes the key over.
        const second = await store.claimDelivery('reveal:p1', at('2026-11-23T10:02:00Z'), 120_000);
        expect(second).toEqual({ key: 'reveal:p1', token: 2 });
        if (!first || !second) throw new Error('claims expected');
        expect(await store.markSending(first, at('2026-11-23T10:02:01Z'))).toBe(false);
        expect(await store.completeDelivery(first, at('2026-11-23T10:02:02Z'), 'sent')).toBe(false);
        expect(await store.isDelivered('reveal:p1')).toBe(false);
        expect(await store.markSending(second, at('2026-11-23T10:02:03Z'))).toBe(true);
        expect(await store.completeDelivery(second, at('2026-11-23T10:02:04Z'), 'sent')).toBe(true);
        expect(await store.isDelivered('reveal:p1')).toBe(true);
        expect(await store.claimDelivery('reveal:p1', at('2026-11-23T11:00:00Z'), 120_000)).toBeUndefined();
      });

      it('keys are independent', async () => {
        const store = schedules();
        expect(await store.claimDelivery('post:p1', at('2026-11-23T10:00:00Z'), 120_000)).toEqual({ key: 'post:p1', token: 1 });
        expect(await store.claimDelivery('reveal:p1', at('2026-11-23T10:00:00Z'), 120_000)).toEqual({ key: 'reveal:p1', token: 1 });
        expect(await store.claimDelivery('post:p1', at('2026-11-23T10:00:01Z'), 120_000)).toBeUndefined();
      });

      it('a stale token changes nothing: not sending, completing, failing or releasing', async () => {
        const store = schedules();
        const key = 'reveal:stale';
        const stale = await store.claimDelivery(key, at('2026-11-20T09:00:00Z'), 1_000);
        const fresh = await store.claimDelivery(key, at('2026-11-20T09:00:02Z'), 60_000);
        expect(fresh).toEqual({ key, token: 2 });
        if (!stale || !fresh) throw new Error('claims expected');
        expect(await store.markSending(stale, at('2026-11-20T09:00:03Z'))).toBe(false);
        await store.failDelivery(stale);
        await store.releaseDelivery(stale);
        expect(await store.completeDelivery(stale, at('2026-11-20T09:00:03Z'), 'sent')).toBe(false);
        expect(await store.isDelivered(key)).toBe(false);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0 });
        // The stale worker's release and failure did not free the key for a third claimer.
        expect(await store.claimDelivery(key, at('2026-11-20T09:00:04Z'), 60_000)).toBeUndefined();
        // A token from nowhere is refused too.
        expect(await store.markSending({ key, token: 3 }, at('2026-11-20T09:00:04Z'))).toBe(false);
        expect(await store.completeDelivery({ key, token: 3 }, at('2026-11-20T09:00:04Z'), 'sent')).toBe(false);

        expect(await store.markSending(fresh, at('2026-11-20T09:00:05Z'))).toBe(true);
        expect(await store.completeDelivery(fresh, at('2026-11-20T09:00:06Z'), 'sent')).toBe(true);
        expect(await store.isDelivered(key)).toBe(true);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0, sendingAt: at('2026-11-20T09:00:05Z'), outcome: 'sent' });
      });

      it('a failed attempt is counted and the key can be claimed again at once', async () => {
        const store = schedules();
        const claim = await store.claimDelivery('post:p1', at('2026-11-23T10:00:00Z'), 120_000);
        if (!claim) throw new Error('claim expected');
        await store.markSending(claim, at('2026-11-23T10:00:01Z'));
        await store.failDelivery(claim);
        expect(await store.deliveryState('post:p1')).toEqual({ attempts: 1 });
        const again = await store.claimDelivery('post:p1', at('2026-11-23T10:00:02Z'), 120_000);
        expect(again).toEqual({ key: 'post:p1', token: 2 });
        if (!again) throw new Error('claim expected');
        // The failed claim cannot count a second time; the new one counts its own.
        await store.failDelivery(claim);
        expect(await store.deliveryState('post:p1')).toEqual({ attempts: 1 });
        await store.failDelivery(again);
        expect(await store.deliveryState('post:p1')).toEqual({ attempts: 2 });
        const third = await store.claimDelivery('post:p1', at('2026-11-23T10:00:03Z'), 120_000);
        expect(third).toEqual({ key: 'post:p1', token: 3 });
        if (!third) throw new Error('claim expected');
        expect(await store.completeDelivery(third, at('2026-11-23T10:00:04Z'), 'undeliverable')).toBe(true);
        expect(await store.deliveryState('post:p1')).toEqual({ attempts: 2, outcome: 'undeliverable' });
        expect(await store.isDelivered('post:p1')).toBe(true);
      });

      it('a release frees the key at once, unless the message is already being sent', async () => {
        const store = schedules();
        const claim = await store.claimDelivery('post:p1', at('2026-11-23T10:00:00Z'), 120_000);
        if (!claim) throw new Error('claim expected');
        await store.releaseDelivery(claim);
        expect(await store.deliveryState('post:p1')).toEqual({ attempts: 0 });
        const next = await store.claimDelivery('post:p1', at('2026-11-23T10:00:01Z'), 120_000);
        expect(next).toEqual({ key: 'post:p1', token: 2 });
        if (!next) throw new Error('claim expected');
        expect(await store.markSending(next, at('2026-11-23T10:00:02Z'))).toBe(true);
        // Past the point of no return the lease stands: nobody may send it again before it runs out.
        await store.releaseDelivery(next);
        expect(await store.claimDelivery('post:p1', at('2026-11-23T10:00:03Z'), 120_000)).toBeUndefined();
        expect(await store.claimDelivery('post:p1', at('2026-11-23T10:02:01Z'), 120_000)).toEqual({ key: 'post:p1', token: 3 });
      });

      it('isDelivered and deliveryState follow a delivery; the first outcome stands', async () => {
        const store = schedules();
        const key = 'reveal:p9';
        expect(await store.isDelivered(key)).toBe(false);
        expect(await store.deliveryState(key)).toBeUndefined();
        const claim = await store.claimDelivery(key, at('2026-11-23T10:00:00Z'), 120_000);
        if (!claim) throw new Error('claim expected');
        expect(await store.isDelivered(key)).toBe(false);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0 });
        expect(await store.markSending(claim, at('2026-11-23T10:00:01Z'))).toBe(true);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0, sendingAt: at('2026-11-23T10:00:01Z') });
        expect(await store.isDelivered(key)).toBe(false);
        expect(await store.completeDelivery(claim, at('2026-11-23T10:00:02Z'), 'skipped')).toBe(true);
        expect(await store.isDelivered(key)).toBe(true);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0, sendingAt: at('2026-11-23T10:00:01Z'), outcome: 'skipped' });
        // Done is done: a second outcome, a late send mark or a failure change nothing.
        expect(await store.completeDelivery(claim, at('2026-11-23T10:00:03Z'), 'sent')).toBe(false);
        expect(await store.markSending(claim, at('2026-11-23T10:00:04Z'))).toBe(false);
        await store.failDelivery(claim);
        await store.releaseDelivery(claim);
        expect(await store.deliveryState(key)).toEqual({ attempts: 0, sendingAt: at('2026-11-23T10:00:01Z'), outcome: 'skipped' });
        expect(await store.claimDelivery(key, at('2026-11-24T10:00:00Z'), 120_000)).toBeUndefined();
      });

      it('every outcome ends the delivery', async () => {
        const store = schedules();
        for (const outcome of ['sent', 'skipped', 'undeliverable', 'uncertain', 'abandoned'] as const) {
          const key = `post:${outcome}`;
          const claim = await store.claimDelivery(key, at('2026-11-23T10:00:00Z'), 1_000);
          if (!claim) throw new Error('claim expected');
          expect(await store.completeDelivery(claim, at('2026-11-23T10:00:00.500Z'), outcome)).toBe(true);
          expect(await store.isDelivered(key)).toBe(true);
          expect((await store.deliveryState(key))?.outcome).toBe(outcome);
          expect(await store.claimDelivery(key, at('2026-11-23T11:00:00Z'), 1_000)).toBeUndefined();
        }
      });
    });
  });
}
