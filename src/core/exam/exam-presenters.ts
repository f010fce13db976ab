import type { Question } from '../questions/question.js';
import { answerText, choiceLabel, questionText } from '../quiz/quiz-presenters.js';
import { reply, type Reply, type ReplyChoice } from '../reply.js';
import { examActionId, examAnswerId } from './exam-actions.js';
import type { ExamRecord } from './exam-store.js';

/** "10:42 UTC": members are in many time zones; UTC is the one the bot can say without asking. */
export function utcTime(at: Date): string {
  return `${at.toISOString().slice(11, 16)} UTC`;
}

export function minutesLeft(exam: ExamRecord, now: Date): number {
  return Math.max(0, Math.ceil((exam.endsAt.getTime() - now.getTime()) / 60_000));
}

/** "Question 3 of 20 · 24 min left · ends 10:42 UTC", on every question so the deadline is never a surprise. */
export function examProgress(exam: ExamRecord, no: number, now: Date): string {
  return `Question ${no} of ${exam.items.length} · ${minutesLeft(exam, now)} min left · ends ${utcTime(exam.endsAt)}`;
}

function navigation(exam: ExamRecord, no: number): ReplyChoice[] {
  return [
    ...(no > 1 ? [{ id: examActionId(exam.id, 'back', no), label: '◀ Back' }] : []),
    ...(no < exam.items.length ? [{ id: examActionId(exam.id, 'next', no), label: 'Next ▶' }] : []),
    { id: examActionId(exam.id, 'submit', no), label: 'Submit exam' },
  ];
}

/**
 * Question `no` of a running exam: the stem and options, the member's current answer marked, the
 * choices as buttons, then Back, Next and Submit.
 */
export function examQuestionReply(exam: ExamRecord, no: number, question: Question | undefined, now: Date, note?: string): Reply {
  const item = exam.items[no - 1];
  const answered = exam.items.filter((i) => i.choiceIndex !== undefined).length;
  const chosen = item?.choiceIndex;
  const lead = note ? `${note}\n\n` : '';
  const progress = `${examProgress(exam, no, now)} · ${answered} of ${exam.items.length} answered`;
  if (!question) {
    return reply({
      title: 'Mock exam',
      text: `${lead}This question has left the question bank since your exam began, so it cannot be shown; it counts as a miss. Please go on with Next.`,
      choices: navigation(exam, no),
      footer: progress,
      visibility: 'private',
    });
  }
  const yours = chosen !== undefined ? `\n\nYour answer: ${answerText(question, chosen)} (you can change it until you submit)` : '';
  return reply({
    title: 'Mock exam',
    text: `${lead}${questionText(question)}${yours}`,
    choices: [
      ...question.choices.map((_, i) => ({ id: examAnswerId(exam.id, no, i), label: `${chosen === i ? '✓ ' : ''}${choiceLabel(question, i)}` })),
      ...navigation(exam, no),
    ],
    footer: question.pick === 2 ? `${progress} · Select TWO: pick the pair` : progress,
    visibility: 'private',
  });
}
