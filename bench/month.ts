/**
 * A study group's month, simulated: 20 members with different habits over 30 days, driven through the
 * real services (Studybot.handle and handleAction on an assembled app, SQLite in a temp dir) and the
 * console's travel clock with tickAll (the `/time` path). Members read the right answer from the store
 * (the post's or exam item's answerIndex) and pick it with their own probability; every write goes
 * through the bot. Seeded, so two runs print the same numbers (wall times aside).
 *
 * Prints markdown tables: topics met, reviews due per day, the readiness trajectory, mock exam scores.
 * Run: npm run bench:month
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { studyContent } from '../content/index.js';
import { EXAM_DOMAINS, type ExamDomainId } from '../content/schema.js';
import { ConsolePoster } from '../src/adapters/console/console-poster.js';
import { timeCommand, type TimeTravelDeps } from '../src/adapters/console/time-travel.js';
import { TravelClock } from '../src/adapters/console/travel-clock.js';
import { assemble, type Assembly } from '../src/compose.js';
import type { CronApi } from '../src/scheduler/daily-scheduler.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { addDays, instantOf } from '../src/core/daily/local-time.js';
import { scoreExam } from '../src/core/exam/exam-score.js';
import type { Logger } from '../src/core/ports.js';
import { buildQuestionBank } from '../src/core/questions/build-bank.js';
import { parseCard } from '../src/core/quiz/practice-scheduler.js';
import type { Reply } from '../src/core/reply.js';
import type { Actor, Place, Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { sqliteStores } from '../src/store/open-stores.js';
import { report } from './stats.js';

const DAYS = 30;
/** Day 1 is a Monday. */
const FIRST_DAY = '2026-11-30';
const ZONE = 'UTC';
const PLACE: Place = { platform: 'console', workspaceId: 'local', channelId: 'study-group' };
const SNAPSHOT_DAYS = [7, 14, 21, 30] as const;
const DOMAINS = Object.keys(EXAM_DOMAINS) as ExamDomainId[];
const SEED = 20261130;

/** mulberry32: a small seeded PRNG, 0 <= x < 1. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------
// Habits

/** Day 1..30 and its weekday (0 Sunday .. 6 Saturday). */
interface Day { readonly n: number; readonly date: string; readonly weekday: number }

type ExamHabit = 'submit' | 'abandon';

interface Habit {
  readonly name: string;
  /** The group this member is counted in for reviews due per day. */
  readonly kind: string;
  readonly accuracy: number;
  /** Practice questions wanted that day. */
  readonly practice: (day: Day) => number;
  /** Goes on with `/aws quiz more` when the day's practice is done before the count is reached. */
  readonly more?: boolean;
  /** `/aws quiz mistakes` redone after practice, at most this many a day. */
  readonly mistakes?: number;
  readonly daily: (day: Day) => boolean;
  /** A mock exam that day: submitted, or half answered and left to the deadline. */
  readonly exam?: (day: Day) => ExamHabit | undefined;
  /** Commands typed that morning (settings). */
  readonly commands?: (day: Day) => readonly string[];
}

const every = (count: number) => () => count;
const never = () => false;
const always = () => true;
const weekend = (d: Day) => d.weekday === 0 || d.weekday === 6;
const dayOf = (n: number) => addDays(FIRST_DAY, n - 1);

const HABITS: readonly Habit[] = [
  { name: 'steady', kind: 'steady', accuracy: 0.8, practice: every(3), daily: always, commands: (d) => (d.n === 1 ? ['exam-date 2027-01-15'] : []) },
  { name: 'steady-60', kind: 'steady', accuracy: 0.6, practice: every(3), daily: always },
  { name: 'crammer', kind: 'crammer', accuracy: 0.7, practice: (d) => (d.n >= 22 ? 30 : 0), more: true, daily: never, commands: (d) => (d.n === 1 ? [`exam-date ${dayOf(31)}`] : []) },
  { name: 'weekend', kind: 'weekend', accuracy: 0.75, practice: (d) => (weekend(d) ? 15 : 0), more: true, daily: weekend },
  { name: 'daily-only', kind: 'daily-only', accuracy: 0.75, practice: every(0), daily: always },
  { name: 'daily-only-50', kind: 'daily-only', accuracy: 0.5, practice: every(0), daily: always },
  { name: 'exam-lover', kind: 'exams', accuracy: 0.7, practice: every(0), daily: always, exam: (d) => (d.weekday === 2 || d.weekday === 5 ? 'submit' : undefined) },
  { name: 'quitter', kind: 'quitter', accuracy: 0.7, practice: (d) => (d.n <= 7 ? 10 : 0), daily: (d) => d.n <= 7 },
  { name: 'acc-50', kind: 'accuracy', accuracy: 0.5, practice: every(5), daily: never },
  { name: 'acc-65', kind: 'accuracy', accuracy: 0.65, practice: every(5), daily: never },
  { name: 'acc-90', kind: 'accuracy', accuracy: 0.9, practice: every(5), daily: never },
  { name: 'acc-95', kind: 'accuracy', accuracy: 0.95, practice: every(5), daily: always },
  { name: 'new-1', kind: 'new-topics', accuracy: 0.8, practice: every(5), daily: never, commands: (d) => (d.n === 1 ? ['new-topics 1'] : []) },
  { name: 'new-10', kind: 'new-topics', accuracy: 0.8, practice: every(10), daily: never, commands: (d) => (d.n === 1 ? ['new-topics 10'] : []) },
  { name: 'new-20', kind: 'new-topics', accuracy: 0.85, practice: every(20), daily: never, commands: (d) => (d.n === 1 ? ['new-topics 20'] : []) },
  { name: 'new-0-from-6', kind: 'new-topics', accuracy: 0.8, practice: every(5), daily: never, commands: (d) => (d.n === 6 ? ['new-topics 0'] : []) },
  { name: 'mistakes', kind: 'mistakes', accuracy: 0.7, practice: every(5), mistakes: 3, daily: always },
  { name: 'alternate', kind: 'alternate', accuracy: 0.75, practice: (d) => (d.n % 2 === 1 ? 6 : 0), daily: (d) => d.n % 2 === 1 },
  {
    name: 'planner', kind: 'planner', accuracy: 0.8, practice: every(8), daily: always,
    exam: (d) => (d.weekday === 0 ? 'submit' : undefined), commands: (d) => (d.n === 1 ? [`exam-date ${dayOf(30)}`] : []),
  },
  { name: 'forgetful', kind: 'forgetful', accuracy: 0.75, practice: every(3), daily: always, exam: (d) => (d.weekday === 3 ? 'abandon' : undefined) },
];

// ---------------------------------------------------------------------------------------------------
// What is measured

type Verdict = 'ready' | 'almost' | 'not-yet' | 'not-started';

interface Snapshot { readonly topicsMet: number; readonly topicsTotal: number; readonly verdicts: readonly Verdict[]; readonly reviewsDue: number }

interface ExamResult { readonly member: string; readonly day: number; readonly correct: number; readonly total: number; readonly scaled: number; readonly by: string }

interface Member {
  readonly habit: Habit;
  readonly actor: Actor;
  readonly random: () => number;
  practiced: number;
  practiceRight: number;
  readonly reasons: Map<string, number>;
  /** Days on which practice said it was done for today before the member's count was reached. */
  doneDays: number;
  mistakesRedone: number;
  dailyAnswered: number;
  readonly snapshots: Map<number, Snapshot>;
  readonly dueByDay: number[];
}

const errors: string[] = [];
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (data, message) => errors.push(`warn ${message ?? ''} ${JSON.stringify(data)}`),
  error: (data, message) => errors.push(`error ${message ?? ''} ${JSON.stringify(data)}`),
};

/**
 * No real cron: `/aws daily on` syncs the scheduler's jobs even though it is never started, and a real
 * node-cron job would keep the process alive and could fire on the wall clock mid-month. The only ticks
 * are the travel clock's, as in the piped console.
 */
const noCron: CronApi = { schedule: () => ({ destroy: () => undefined }) };

const dir = mkdtempSync(join(tmpdir(), 'studybot-bench-month-'));
try {
  const content = studyContent();
  const bankStarted = performance.now();
  const bank = buildQuestionBank(content);
  const bankMs = performance.now() - bankStarted;

  const started = performance.now();
  // The travel clock on a fixed base: the month does not depend on when the bench runs.
  const clock = new TravelClock({ now: () => instantOf(FIRST_DAY, 6 * 60, ZONE) });
  const poster = new ConsolePoster();
  const db = openDatabase(join(dir, 'month.db'));
  let ids = 0;
  const app: Assembly = assemble({
    content, stores: sqliteStores(db), logger, clock, bank, defaultTimeZone: ZONE,
    posters: new Map<Platform, ChannelPoster>([['console', poster]]), newId: () => `m-${++ids}`, random: prng(SEED), cron: noCron,
  });
  const time: TimeTravelDeps = { clock, timeZone: ZONE, tickAll: app.tickAll, nextDueAfter: app.nextDueAfter, logger };
  const bot = app.bot;

  // The channel: every question posted, its choices answerable until the reveal.
  let dailyPosts = 0;
  let reveals = 0;
  let openDaily: Reply | undefined;
  poster.attach((posted) => {
    if (posted.choices.some((c) => c.id.startsWith('answer:'))) {
      dailyPosts += 1;
      openDaily = posted;
    } else if (posted.title?.startsWith('Answer:')) {
      reveals += 1;
      openDaily = undefined;
    }
  });

  const travel = async (date: string, hhmm: string) => {
    const { text, refused } = await timeCommand(`${date} ${hhmm}`, time);
    if (refused) throw new Error(`/time ${date} ${hhmm}: ${text}`);
  };
  const say = (actor: Actor, text: string) => bot.handle({ actor, place: PLACE, text });
  const press = (actor: Actor, actionId: string) => bot.handleAction({ actor, place: PLACE, actionId });

  // Each member's own stream, seeded from a master stream: mulberry32 streams from adjacent seeds start alike.
  const seeds = prng(SEED + 1);
  const members: Member[] = HABITS.map((habit) => ({
    habit, actor: { id: `u-${habit.name}`, name: habit.name, isAdmin: false }, random: prng(Math.floor(seeds() * 2 ** 32)),
    practiced: 0, practiceRight: 0, reasons: new Map(), doneDays: 0, mistakesRedone: 0, dailyAnswered: 0,
    snapshots: new Map(), dueByDay: [],
  }));
  const exams: ExamResult[] = [];

  /** Picks the right choice with the member's accuracy, else one of the wrong ones at random. */
  const choose = (m: Member, right: number, count: number): number => {
    if (count <= 1 || m.random() < m.habit.accuracy) return right;
    const wrong = Math.floor(m.random() * (count - 1));
    return wrong >= right ? wrong + 1 : wrong;
  };

  /** Answers a practice (or daily) question reply; true when it had answer buttons. */
  const answerQuestion = async (m: Member, question: Reply): Promise<boolean | undefined> => {
    const choices = question.choices.filter((c) => c.id.startsWith('answer:'));
    const postId = choices[0]?.id.split(':')[1];
    if (!postId) return undefined;
    const post = await app.quizStore.getPost(postId);
    if (!post) throw new Error(`post ${postId} not found`);
    const pick = choose(m, post.answerIndex, choices.length);
    const picked = choices.find((c) => c.id === `answer:${postId}:${pick}`);
    if (!picked) throw new Error(`no choice ${pick} on post ${postId}`);
    await press(m.actor, picked.id);
    return pick === post.answerIndex;
  };

  const practise = async (m: Member, count: number) => {
    // Once told the day's practice is done, a member who wants more says `/aws quiz more` from then on.
    let more = false;
    for (let i = 0; i < count; i++) {
      let question = await say(m.actor, more ? 'quiz more' : 'quiz');
      if (question.title === 'Practice done for today') {
        m.doneDays += 1;
        if (!m.habit.more) break;
        more = true;
        question = await say(m.actor, 'quiz more');
      }
      const why = /· (due for review|a weak spot of yours|new to you|review ahead of schedule) ·/.exec(question.footer ?? '')?.[1] ?? 'other';
      const right = await answerQuestion(m, question);
      if (right === undefined) throw new Error(`${m.habit.name}, day practice: no question: ${question.title ?? ''} ${question.text}`);
      m.reasons.set(why, (m.reasons.get(why) ?? 0) + 1);
      m.practiced += 1;
      if (right) m.practiceRight += 1;
    }
    for (let i = 0; i < (m.habit.mistakes ?? 0); i++) {
      const redo = await say(m.actor, 'quiz mistakes');
      if ((await answerQuestion(m, redo)) === undefined) break;
      m.mistakesRedone += 1;
    }
  };

  /** A mock exam from `/aws exam`: every question answered (or half, to be left to the deadline). */
  const takeExam = async (m: Member, day: Day, how: ExamHabit): Promise<string | undefined> => {
    let shown = await say(m.actor, 'exam');
    const examId = /^exam:([^:]+):/.exec(shown.choices[0]?.id ?? '')?.[1];
    if (!examId) throw new Error(`no exam for ${m.habit.name}: ${shown.text}`);
    const record = await app.examStore.getExam(examId);
    if (!record) throw new Error(`exam ${examId} not stored`);
    const upTo = how === 'submit' ? record.items.length : Math.ceil(record.items.length / 2);
    for (const item of record.items.slice(0, upTo)) {
      const buttons = shown.choices.filter((c) => new RegExp(`^exam:${examId}:${item.no}:\\d+$`).test(c.id));
      const pick = choose(m, item.answerIndex, buttons.length);
      const button = buttons.find((c) => c.id === `exam:${examId}:${item.no}:${pick}`);
      if (!button) throw new Error(`exam ${examId} question ${item.no}: no button ${pick}`);
      shown = await press(m.actor, button.id);
    }
    if (how === 'abandon') return examId;
    const result = await say(m.actor, 'exam submit');
    const score = /^Mock exam result: (\d+) of (\d+) correct/.exec(result.title ?? '');
    const scaled = /Estimated score: (\d+) of 1,000/.exec(result.text);
    if (!score || !scaled) throw new Error(`unexpected exam result: ${result.title ?? ''}`);
    exams.push({ member: m.habit.name, day: day.n, correct: Number(score[1]), total: Number(score[2]), scaled: Number(scaled[1]), by: 'member' });
    return undefined;
  };

  /** `/aws me`, read as a member reads it: each domain's verdict and topics met, and reviews due today. */
  const me = async (m: Member): Promise<Snapshot> => {
    const shown = await say(m.actor, 'me');
    const field = shown.fields.find((f) => f.label === 'Readiness by exam domain');
    const due = Number(/(\d+) reviews? due today/.exec(shown.text)?.[1] ?? 0);
    if (!field) return { topicsMet: 0, topicsTotal: 0, verdicts: DOMAINS.map(() => 'not-started'), reviewsDue: due };
    let met = 0;
    let total = 0;
    const verdicts = DOMAINS.map((domain): Verdict => {
      const line = field.value.split('\n').find((l) => l.startsWith(`${EXAM_DOMAINS[domain].name}:`)) ?? '';
      const topics = /(\d+) of (\d+) topics/.exec(line);
      met += Number(topics?.[1] ?? 0);
      total += Number(topics?.[2] ?? 0);
      return line.includes('✅ ready') ? 'ready' : line.includes('🟡 almost') ? 'almost' : line.includes('🔴 not yet') ? 'not-yet' : 'not-started';
    });
    return { topicsMet: met, topicsTotal: total, verdicts, reviewsDue: due };
  };

  /** Reviews due by the end of the member's day, as `/aws me` counts them (read from the cards). */
  const reviewsDue = async (m: Member, endOfDay: Date): Promise<number> => {
    const cards = await app.quizStore.practiceCards({ platform: PLACE.platform, workspaceId: PLACE.workspaceId }, m.actor.id);
    let due = 0;
    for (const json of cards.values()) {
      const card = parseCard(json);
      if (card && card.reps > 0 && card.due.getTime() <= endOfDay.getTime()) due += 1;
    }
    return due;
  };

  const admin: Actor = { id: 'u-admin', name: 'admin', isAdmin: true };
  const on = await say(admin, 'daily on 09:00 UTC');
  if (on.tone !== 'success') throw new Error(`daily on: ${on.text}`);

  for (let n = 1; n <= DAYS; n++) {
    const date = dayOf(n);
    const day: Day = { n, date, weekday: new Date(`${date}T12:00:00Z`).getUTCDay() };
    await travel(date, '08:00');
    const endOfDay = new Date(instantOf(addDays(date, 1), 0, ZONE).getTime() - 1);
    for (const m of members) {
      for (const command of m.habit.commands?.(day) ?? []) {
        const answer = await say(m.actor, command);
        if (answer.tone !== 'success') throw new Error(`${m.habit.name}: ${command}: ${answer.text}`);
      }
      m.dueByDay.push(await reviewsDue(m, endOfDay));
    }

    await travel(date, '09:30');
    const question = openDaily;
    if (!question) throw new Error(`day ${n}: no open daily question at 09:30`);
    for (const m of members) {
      if (m.habit.daily(day) && (await answerQuestion(m, question)) !== undefined) m.dailyAnswered += 1;
    }

    await travel(date, '12:00');
    for (const m of members) {
      const count = m.habit.practice(day);
      if (count > 0) await practise(m, count);
    }

    await travel(date, '18:00');
    const abandoned: { m: Member; examId: string }[] = [];
    for (const m of members) {
      const how = m.habit.exam?.(day);
      if (!how) continue;
      const left = await takeExam(m, day, how);
      if (left) abandoned.push({ m, examId: left });
    }
    // Past every deadline: the tick submits what was left running.
    await travel(date, '23:00');
    for (const { m, examId } of abandoned) {
      const exam = await app.examStore.getExam(examId);
      if (!exam?.submittedAt) throw new Error(`exam ${examId} still running after its deadline`);
      const score = scoreExam(exam.items);
      exams.push({ member: m.habit.name, day: n, correct: score.correct, total: score.total, scaled: score.scaled, by: exam.finishedBy ?? '?' });
    }

    if ((SNAPSHOT_DAYS as readonly number[]).includes(n)) {
      for (const m of members) m.snapshots.set(n, await me(m));
    }
  }
  const simulatedMs = performance.now() - started;
  await app.scheduler.stop();
  db.close();

  // -------------------------------------------------------------------------------------------------
  // Tables

  const out: string[] = [];
  const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) => {
    out.push(`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  };
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const median = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  const snap = (m: Member, n: number) => m.snapshots.get(n);
  const topicsTotal = members.map((m) => snap(m, 30)?.topicsTotal ?? 0).find((t) => t > 0) ?? 0;

  out.push(`## A month with studybot: ${members.length} members, ${DAYS} days (${dayOf(1)} to ${dayOf(DAYS)}, ${ZONE})`, '');
  out.push(`Daily question at 09:00, revealed at 17:00: ${dailyPosts} posted, ${reveals} revealed. Bank: ${bank.all.length} questions on ${new Set(bank.all.map((q) => q.topicId)).size} topics.`, '');

  out.push('### Members: habits, practice and topics met', '');
  table(
    ['member', 'habit', 'acc.', 'practice answered (right)', 'new · due · weak · ahead', 'days practice was done early', 'daily answered', `topics met d7 / d14 / d30 (of ${topicsTotal})`],
    members.map((m) => [
      m.habit.name, m.habit.kind, pct(m.habit.accuracy),
      `${m.practiced} (${m.practiced > 0 ? pct(m.practiceRight / m.practiced) : '–'})`,
      ['new to you', 'due for review', 'a weak spot of yours', 'review ahead of schedule'].map((r) => m.reasons.get(r) ?? 0).join(' · '),
      m.doneDays, m.dailyAnswered,
      [7, 14, 30].map((n) => snap(m, n)?.topicsMet ?? 0).join(' / '),
    ]),
  );

  out.push('### Reviews due per day (cards due by the end of the day, counted each morning)', '');
  const kinds = [...new Set(members.map((m) => m.habit.kind))];
  table(
    ['day', 'group', ...kinds.map((k) => `${k} (${members.filter((m) => m.habit.kind === k).length})`)],
    Array.from({ length: DAYS }, (_, i) => {
      const date = dayOf(i + 1);
      const weekday = new Date(`${date}T12:00:00Z`).toUTCString().slice(0, 3);
      const of = (ms: readonly Member[]) => ms.reduce((s, m) => s + (m.dueByDay[i] ?? 0), 0);
      return [`${i + 1} ${weekday}`, of(members), ...kinds.map((k) => of(members.filter((m) => m.habit.kind === k)))];
    }),
  );

  out.push('### Readiness by domain from `/aws me` (CC · SEC · TECH · BILL: ✅ ready, 🟡 almost, 🔴 not yet, ⬜ not started)', '');
  const mark: Record<Verdict, string> = { ready: '✅', almost: '🟡', 'not-yet': '🔴', 'not-started': '⬜' };
  table(
    ['member', ...SNAPSHOT_DAYS.map((n) => `day ${n}`), 'ready d30', 'reviews due d30'],
    members.map((m) => [
      m.habit.name,
      ...SNAPSHOT_DAYS.map((n) => (snap(m, n)?.verdicts ?? []).map((v) => mark[v]).join('')),
      (snap(m, 30)?.verdicts ?? []).filter((v) => v === 'ready').length,
      snap(m, 30)?.reviewsDue ?? 0,
    ]),
  );

  out.push('### Mock exams (20 questions in 30 minutes; estimated score of 1,000, 700 passes)', '');
  table(
    ['member', 'day', 'correct', 'score', 'submitted by'],
    exams.map((e) => [e.member, e.day, `${e.correct}/${e.total}`, e.scaled, e.by]),
  );
  const byMember = [...new Set(exams.map((e) => e.member))].map((name) => {
    const mine = exams.filter((e) => e.member === name);
    return [name, mine.length, mine.map((e) => e.scaled).join(' → '), Math.round(mine.reduce((s, e) => s + e.scaled, 0) / mine.length)];
  });
  table(['member', 'exams', 'scores in order', 'mean'], byMember);

  const wall = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
  out.push(`Simulated in ${wall(simulatedMs)} wall time (question bank built beforehand in ${wall(bankMs)}); ${errors.length} warnings or errors logged.`, '');
  console.log(out.join('\n'));
  for (const e of errors.slice(0, 5)) console.log(e);

  // -------------------------------------------------------------------------------------------------
  // Headline figures

  const readyIn = (m: Member) => (snap(m, 30)?.verdicts ?? []).filter((v) => v === 'ready').length;
  const groupDue = Array.from({ length: DAYS }, (_, i) => members.reduce((s, m) => s + (m.dueByDay[i] ?? 0), 0));
  report('month: median topics met by day 7', median(members.map((m) => snap(m, 7)?.topicsMet ?? 0)), 'topics');
  report('month: median topics met by day 30', median(members.map((m) => snap(m, 30)?.topicsMet ?? 0)), 'topics');
  report('month: members ready in ≥3 domains on day 30', members.filter((m) => readyIn(m) >= 3).length, 'members');
  report('month: peak reviews due in a day (group)', Math.max(...groupDue), 'reviews');
  report('month: mock exams taken', exams.length, 'exams');
  report('month: mean mock exam score', exams.length > 0 ? exams.reduce((s, e) => s + e.scaled, 0) / exams.length : 0, 'of 1,000');
  report('month: daily questions posted and revealed', Math.min(dailyPosts, reveals), 'days', { op: '>=', value: DAYS });
  report('month: warnings and errors logged', errors.length, 'lines', { op: '<=', value: 0 });
  report('month: simulated in', simulatedMs, 'ms');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
