import { EXAM_DOMAINS } from '../../../content/schema.js';
import { longDate } from '../present/dates.js';
import type { Streaks } from '../quiz/quiz-store.js';
import { reply, type Reply } from '../reply.js';
import { countdown } from './exam-date.js';
import type { DomainReadiness, Readiness, StudyStep, TopicReadiness } from './readiness.js';

export interface ExamCountdown {
  readonly date: string;
  /** Days from the member's today; negative once it has passed. */
  readonly days: number;
}

export interface MeFacts {
  readonly readiness: Readiness;
  readonly now: Date;
  readonly exam: ExamCountdown | undefined;
  readonly points: { readonly total: number; readonly rank: number; readonly week: number } | undefined;
  readonly streaks: Streaks;
  readonly topicName: (topicId: string) => string;
}

const TOPIC_LINES = 8;
const pct = (x: number) => `${Math.round(100 * x)}%`;
const VERDICT = { ready: '✅ ready', almost: '🟡 almost', 'not-yet': '🔴 not yet' } as const;

function examLine(exam: ExamCountdown | undefined): string | undefined {
  if (!exam) return undefined;
  if (exam.days < 0) return `Your exam date (${longDate(exam.date)}) has passed. Set the next one with \`/aws exam-date YYYY-MM-DD\`, or \`/aws exam-date clear\`.`;
  return `📅 Your exam is ${countdown(exam.days)} (${longDate(exam.date)}).`;
}

/** A first look for a member with no answers yet: how to start, no rows of zeros. */
export function welcomeReply(exam: ExamCountdown | undefined): Reply {
  const lines = [
    examLine(exam),
    'Nothing to show yet: this fills in as you answer. Three ways to start:',
    '• `/aws quiz`: a practice question picked for you',
    '• `/aws exam`: a 20-question mock exam in 30 minutes',
    exam ? '• Answer the daily question in the channel' : '• `/aws exam-date 2027-01-15`: set your exam day and I count down',
  ].filter((line): line is string => line !== undefined);
  return reply({ title: 'Your study stats', text: lines.join('\n'), visibility: 'private' });
}

function domainLine(d: DomainReadiness): string {
  const name = EXAM_DOMAINS[d.domain].name;
  if (d.answered === 0) return `${name}: ⬜ not started · 0 of ${d.topicsTotal} topics`;
  const recall = d.recall !== undefined ? ` · recall ${pct(d.recall)}` : '';
  return `${name}: ${VERDICT[d.verdict]} · ${pct(d.estimate)} from ${d.answered} answer${d.answered === 1 ? '' : 's'}${recall} · ${d.topicsMet} of ${d.topicsTotal} topics`;
}

function ago(then: Date, now: Date): string {
  const days = Math.floor((now.getTime() - then.getTime()) / 86_400_000);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

function topicLine(t: TopicReadiness, now: Date, name: string): string {
  const parts = [`${name}: ${t.correct}/${t.answered} right`];
  if (t.recall !== undefined) parts.push(`recall ${pct(t.recall)}`);
  if (t.lastPractised) parts.push(`practised ${ago(t.lastPractised, now)}`);
  return parts.join(' · ');
}

function stepLine(step: StudyStep, readiness: Readiness, name: (id: string) => string): string {
  if (step.why === 'due') return `Review ${name(step.topicId)}: it is due · \`/aws quiz\``;
  if (step.why === 'new') return `Start ${name(step.topicId)}: not met yet · \`/aws ${step.topicId}\``;
  const t = readiness.topics.find((x) => x.topicId === step.topicId);
  return `Study ${name(step.topicId)}: ${t ? `${t.correct}/${t.answered} right so far` : 'a weak spot'} · \`/aws ${step.topicId}\``;
}

/** `/aws me` for a member with answers: readiness first, then points and streaks. */
export function meReply(facts: MeFacts): Reply {
  const { readiness, now, streaks, points, topicName } = facts;
  const due = readiness.reviewsDue;
  const head = [
    examLine(facts.exam),
    due > 0 ? `${due} review${due === 1 ? '' : 's'} due today: \`/aws quiz\` brings them up.` : 'No reviews due today.',
  ].filter((line): line is string => line !== undefined);
  const topics = [...readiness.topics].filter((t) => t.answered > 0).sort((a, b) => b.answered - a.answered).slice(0, TOPIC_LINES);
  return reply({
    title: 'Your study stats',
    text: head.join('\n'),
    fields: [
      { label: 'Readiness by exam domain', value: readiness.domains.map(domainLine).join('\n') },
      ...(readiness.next.length > 0 ? [{ label: 'Next up', value: readiness.next.map((s, i) => `${i + 1}. ${stepLine(s, readiness, topicName)}`).join('\n') }] : []),
      ...(topics.length > 0 ? [{ label: 'Topics you answered most', value: topics.map((t) => topicLine(t, now, topicName(t.topicId))).join('\n') }] : []),
      { label: 'Points', value: points ? `${points.total} (rank #${points.rank}) · this week ${points.week}` : 'none yet', inline: true },
      { label: 'Daily streak', value: `${streaks.answerCurrent} now · best ${streaks.answerBest}`, inline: true },
      { label: 'Correct streak', value: `${streaks.correctCurrent} now · best ${streaks.correctBest}`, inline: true },
    ],
    footer: 'Daily questions, practice and mock exams count together. Percentages start from one imagined right and one wrong answer, so a single miss never ranks as your weakest. Rehearse with /aws exam.',
    visibility: 'private',
  });
}
