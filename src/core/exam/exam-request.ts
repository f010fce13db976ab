import { UserError } from '../errors.js';
import { DEFAULT_EXAM, defaultMinutes, FULL_EXAM, MAX_MINUTES, MAX_QUESTIONS } from './exam-blueprint.js';

/** What `/aws exam …` asks for. */
export type ExamRequest =
  | { readonly kind: 'start'; readonly questions: number; readonly minutes: number; readonly full: boolean; readonly explicit: boolean }
  | { readonly kind: 'submit' };

const USAGE = '`/aws exam` (20 questions, 30 minutes), `/aws exam 40 60`, `/aws exam full` (65 in 90) or `/aws exam submit`';

function whole(word: string, max: number, problem: string): number {
  if (!/^\d{1,6}$/.test(word) || Number(word) < 1 || Number(word) > max) throw new UserError('bad-exam', `${problem} Try ${USAGE}.`);
  return Number(word);
}

/** Reads the words after `/aws exam`; anything else is a friendly UserError. */
export function parseExamRequest(size: string | undefined, minutes: string | undefined): ExamRequest {
  const first = size?.trim().toLowerCase() ?? '';
  const second = minutes?.trim().toLowerCase() ?? '';
  if (first === 'submit' || first === 'finish' || first === 'end') {
    if (second) throw new UserError('bad-exam', 'To hand in your exam, just say `/aws exam submit`.');
    return { kind: 'submit' };
  }
  if (first === 'full') {
    if (second) throw new UserError('bad-exam', `A full exam is always ${FULL_EXAM.questions} questions in ${FULL_EXAM.minutes} minutes, like the real one. Try \`/aws exam full\`.`);
    return { kind: 'start', ...FULL_EXAM, full: true, explicit: true };
  }
  if (!first) {
    if (second) throw new UserError('bad-exam', `Say how many questions first. Try ${USAGE}.`);
    return { kind: 'start', ...DEFAULT_EXAM, full: false, explicit: false };
  }
  const questions = whole(first, MAX_QUESTIONS, `A mock exam has 1 to ${MAX_QUESTIONS} questions (the real one has ${FULL_EXAM.questions}).`);
  const time = second ? whole(second.replace(/(m|min|mins|minutes)$/, ''), MAX_MINUTES, `A mock exam lasts 1 to ${MAX_MINUTES} minutes.`) : defaultMinutes(questions);
  return { kind: 'start', questions, minutes: time, full: false, explicit: true };
}
