import type { ChartSpec } from '../charts/chart-spec.js';
import { addDays } from '../daily/local-time.js';
import { shortDate } from '../present/dates.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { countdown, daysBetween } from '../study/exam-date.js';
import type { SharedExamDate } from '../study/settings-store.js';
import type { RecapFacts } from './recap-facts.js';

export interface RecapWords {
  readonly facts: RecapFacts;
  /** Monday of the week recapped (YYYY-MM-DD). */
  readonly monday: string;
  /** The last local day counted: Sunday, or today for the week so far. */
  readonly lastDay: string;
  readonly today: string;
  readonly exams: readonly SharedExamDate[];
  readonly chart: ChartSpec | undefined;
  readonly topicName: (topicId: string) => string;
  readonly visibility: Reply['visibility'];
}

const pct = (x: number) => `${Math.round(100 * x)}%`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** Enough exams to cheer on without turning the recap into a calendar. */
const EXAMS_SHOWN = 5;

const span = (monday: string, lastDay: string) => (monday === lastDay ? shortDate(monday) : `${shortDate(monday)} to ${shortDate(lastDay)}`);

/** The weekly recap: the week in one line, then what to study, who climbed, and who sits the exam soon. */
export function recapReply(w: RecapWords): Reply {
  const { facts, topicName } = w;
  const fields: ReplyField[] = [];
  fields.push({
    label: 'Weakest topics',
    value: facts.weakest.length === 0
      ? 'None: every topic was answered right. 🎉'
      : facts.weakest.map((t) => `${topicName(t.topicId)}: ${t.correct} of ${t.answered} right · \`/aws ${t.topicId}\``).join('\n'),
  });
  if (facts.hardest) {
    const h = facts.hardest;
    fields.push({ label: 'Hardest question', value: `${topicName(h.topicId)} (\`${h.questionId}\`): ${h.correct} of ${h.answered} right (${pct(h.correct / h.answered)})` });
  }
  if (facts.movers.length > 0) {
    fields.push({
      label: 'Biggest movers',
      value: facts.movers.map((m) => `${m.name}: ${m.points} points (+${m.pointsGain})${m.accuracyBefore === undefined ? `, ${pct(m.accuracy)} right` : `, ${pct(m.accuracyBefore)} → ${pct(m.accuracy)} right`}`).join('\n'),
    });
  }
  if (facts.streaks.length > 0) {
    fields.push({ label: 'Streaks', value: facts.streaks.map((s) => `🔥 ${s.name}: ${s.days} questions in a row`).join('\n') });
  }
  const named = w.exams.filter((e): e is SharedExamDate & { memberName: string } => e.memberName !== undefined).slice(0, EXAMS_SHOWN);
  if (named.length > 0) {
    fields.push({ label: 'Exams coming up', value: named.map((e) => `📅 ${e.memberName}: ${shortDate(e.examDate)}, ${countdown(daysBetween(w.today, e.examDate))}. Good luck!`).join('\n') });
  }
  return reply({
    title: `Week in review: ${span(w.monday, w.lastDay)}`,
    text: `${plural(facts.answers, 'answer')} from ${plural(facts.members, 'member')} · ${pct(facts.correct / facts.answers)} right as a group.`,
    fields,
    footer: 'Practise a weak topic with /aws quiz. Want your exam day here? /aws exam-date show',
    visibility: w.visibility,
    ...(w.chart ? { chart: w.chart } : {}),
  });
}

/** `/aws recap` on a week with no answers: kind, and says how to get going. */
export function quietRecapReply(monday: string, lastDay: string): Reply {
  return reply({
    title: `Week in review: ${span(monday, lastDay)}`,
    text: 'A quiet week: nobody answered the daily question here. The next one is a fresh start, and `/aws quiz` is there any time.',
    visibility: 'private',
  });
}

/** The last day of the week starting `monday`. */
export const sundayOf = (monday: string): string => addDays(monday, 6);
