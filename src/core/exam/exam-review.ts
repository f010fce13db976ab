import type { Question } from '../questions/question.js';
import { answerText, domainName, letter } from '../quiz/quiz-presenters.js';
import type { Tally } from '../quiz/quiz-store.js';
import { reply, type Reply, type ReplyChoice, type ReplyField } from '../reply.js';
import { examActionId } from './exam-actions.js';
import { PASSING_SCORE, scoreExam } from './exam-score.js';
import type { ExamItem, ExamRecord } from './exam-store.js';
import { utcTime } from './exam-presenters.js';

/** Under Discord's 1,024 characters per field, with room to spare. */
export const FIELD_MAX = 1000;
/** Under Discord's 6,000 characters per message and Slack's comfort: one screen of review at a time. */
export const PAGE_MAX = 5000;
/** Under Discord's 25 fields. */
const PAGE_FIELDS = 24;

export interface ReviewLookup {
  question(id: string): Question | undefined;
  topicName(topicId: string): string;
}

const pct = (t: Tally) => `${t.correct}/${t.answered} (${Math.round((100 * t.correct) / Math.max(1, t.answered))}%)`;

/** Lines joined into one field value; what does not fit is counted, never cut mid-line. */
function listValue(lines: readonly string[]): string {
  const kept: string[] = [];
  let size = 0;
  for (const [i, line] of lines.entries()) {
    const more = `… and ${lines.length - i} more`;
    if (size + line.length + 1 + more.length > FIELD_MAX) {
      kept.push(more);
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n');
}

/** Splits text into field-sized chunks at line breaks (a very long line is cut at the limit). */
function chunks(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    let line = raw;
    while (line.length > FIELD_MAX) {
      if (current) out.push(current);
      current = '';
      out.push(line.slice(0, FIELD_MAX));
      line = line.slice(FIELD_MAX);
    }
    if (current && current.length + 1 + line.length > FIELD_MAX) {
      out.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) out.push(current);
  return out;
}

/** One question's review: the stem, the member's answer, the right one and every explanation. */
export function reviewFields(item: ExamItem, lookup: ReviewLookup): ReplyField[] {
  const question = lookup.question(item.questionId);
  const mark = item.correct ? '✅' : item.choiceIndex === undefined ? '⬜' : '❌';
  const label = `${mark} Question ${item.no} · ${lookup.topicName(item.topicId)}`;
  if (!question) return [{ label, value: 'This question has left the question bank since the exam; it counts as a miss.' }];
  const yours = item.choiceIndex === undefined ? 'Not answered' : answerText(question, item.choiceIndex);
  const body = [
    question.scenario,
    `Your answer: ${yours}`,
    `Right answer: ${answerText(question)}`,
    ...question.options.map((o, i) => `${o.correct ? '✅' : '❌'} ${letter(i)}. ${o.label}: ${o.explanation}`),
  ].join('\n');
  return chunks(body).map((value, i) => ({ label: i === 0 ? label : `Question ${item.no}, continued`, value }));
}

const size = (fields: readonly ReplyField[]) => fields.reduce((s, f) => s + f.label.length + f.value.length, 0);

/** Every item's review packed into pages that each fit one message; at least one item a page. */
export function reviewPages(exam: ExamRecord, lookup: ReviewLookup, budget = PAGE_MAX): ReplyField[][] {
  const pages: ReplyField[][] = [];
  let page: ReplyField[] = [];
  for (const item of exam.items) {
    const fields = reviewFields(item, lookup);
    if (page.length > 0 && (size(page) + size(fields) > budget || page.length + fields.length > PAGE_FIELDS)) {
      pages.push(page);
      page = [];
    }
    page.push(...fields);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function howItEnded(exam: ExamRecord): string {
  if (!exam.submittedAt) return '';
  return exam.finishedBy === 'deadline'
    ? `Time ran out at ${utcTime(exam.endsAt)}, so I submitted it for you.`
    : `You submitted it at ${utcTime(exam.submittedAt)}.`;
}

/**
 * The result of a submitted exam. Page 0: the score, the estimate and its caveat, the score per domain
 * and per topic, then the review of the misses that fit, with a "Full review" button. Pages 1 and
 * on: the review of every question, a page at a time.
 */
export function examResultReply(exam: ExamRecord, lookup: ReviewLookup, page: number, note?: string): Reply {
  const score = scoreExam(exam.items);
  const title = `Mock exam result: ${score.correct} of ${score.total} correct (${score.percent}%)`;
  const footer = 'Mock exams never change the leaderboard. `/aws exam` starts another, with questions you have not had first.';
  const lead = note ? `${note}\n\n` : '';
  if (page > 0) {
    const pages = reviewPages(exam, lookup);
    const fields = pages[page - 1] ?? [];
    const choices: ReplyChoice[] = [
      ...(page > 1 ? [{ id: examActionId(exam.id, 'result', page - 1), label: '◀ Previous page' }] : []),
      ...(page < pages.length ? [{ id: examActionId(exam.id, 'result', page + 1), label: 'Next page ▶' }] : []),
      { id: examActionId(exam.id, 'result', 0), label: 'Result' },
    ];
    return reply({ title, text: `${lead}Full review, page ${page} of ${pages.length}.`, fields, choices, footer, visibility: 'private' });
  }
  const verdict = score.passed
    ? `a pass (${PASSING_SCORE} passes). Well done!`
    : `not a pass yet (${PASSING_SCORE} passes). The review shows what to study next.`;
  const text = [
    `${lead}Estimated score: ${score.scaled} of 1,000, ${verdict}`,
    howItEnded(exam),
    'About the estimate: it maps your percentage straight onto 100 to 1,000. AWS scales real scores with a model it does not publish, and the real exam has 15 unscored questions you cannot tell apart, so take it as a rough guide.',
  ].filter(Boolean).join('\n\n');
  const summary: ReplyField[] = [
    { label: 'By exam domain', value: listValue([...score.byDomain].sort((a, b) => b.answered - a.answered).map((t) => `${domainName(t.key)}: ${pct(t)}`)) },
    { label: 'By topic, weakest first', value: listValue([...score.byTopic].sort((a, b) => a.correct / a.answered - b.correct / b.answered || b.answered - a.answered).map((t) => `${lookup.topicName(t.key)}: ${pct(t)}`)) },
  ];
  const misses = exam.items.filter((i) => !i.correct);
  const fields = [...summary];
  let reviewed = 0;
  for (const item of misses) {
    const more = reviewFields(item, lookup);
    if (title.length + text.length + size(fields) + size(more) > PAGE_MAX || fields.length + more.length > PAGE_FIELDS) break;
    fields.push(...more);
    reviewed += 1;
  }
  const everything = reviewed === exam.items.length;
  const left = misses.length - reviewed;
  const tail = misses.length === 0 ? 'Every answer was right!' : left > 0 ? `Reviewed below: ${reviewed} of your ${misses.length} misses; Full review has them all.` : 'Reviewed below: every miss.';
  return reply({
    title,
    text: `${text}\n\n${tail}`,
    fields,
    choices: everything ? [] : [{ id: examActionId(exam.id, 'result', 1), label: 'Full review' }],
    footer,
    visibility: 'private',
  });
}
