import { addDays, formatMinutes, localParts } from '../daily/local-time.js';
import type { Question } from '../questions/question.js';
import { reply, type Reply } from '../reply.js';
import type { PracticeDay, PracticeReason } from './practice-picker.js';
import { domainName, questionReply } from './quiz-presenters.js';
import type { Mistake } from './quiz-store.js';

const WHY: Record<PracticeReason, string> = {
  due: 'due for review', weak: 'a weak spot of yours', new: 'new to you', ahead: 'review ahead of schedule',
};

export function practiceQuestion(question: Question, postId: string, reason: PracticeReason): Reply {
  return questionReply(question, postId, {
    title: 'Practice question',
    footer: `${domainName(question.domain)} · ${WHY[reason]} · practice never changes the leaderboard`,
    visibility: 'private',
  });
}

/** "today 18:00", "tomorrow 09:10" or "Wed 26 Nov 09:10" (any other day, past or future), in the member's timezone. */
export function whenLocal(instant: Date, now: Date, timeZone: string): string {
  const at = localParts(instant, timeZone);
  const today = localParts(now, timeZone).date;
  const time = formatMinutes(at.minutes);
  if (at.date === today) return `today ${time}`;
  if (at.date === addDays(today, 1)) return `tomorrow ${time}`;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
  return `${day.replace(',', '')} ${time}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Today's practice is done: what was done, when the next review is due, and how to go on anyway. */
export function practiceDone(day: PracticeDay, nextDue: Date | undefined, now: Date, timeZone: string): Reply {
  const next = nextDue ? `Next review due ${whenLocal(nextDue, now, timeZone)}.` : 'New topics open again tomorrow.';
  return reply({
    title: 'Practice done for today',
    text: `You're done for today: ${plural(day.newToday, 'new topic')}, ${plural(day.reviewsToday, 'review')}. ${next}`,
    footer: 'Want to keep going anyway? /aws quiz more · Redo what you got wrong: /aws quiz mistakes',
    visibility: 'private',
    tone: 'success',
  });
}

export function noMistakes(): Reply {
  return reply({
    text: 'No mistakes to redo: everything you got wrong you have since answered right. Nice work! Try `/aws quiz` for more practice.',
    visibility: 'private',
    tone: 'success',
  });
}

/** A question the member got wrong, asked again as practice. */
export function mistakeQuestion(question: Question, postId: string, mistake: Mistake, left: number, now: Date, timeZone: string): Reply {
  const more = left > 0 ? `${plural(left, 'more mistake')} after this: /aws quiz mistakes` : 'the last one on your list';
  return questionReply(question, postId, {
    title: 'Redo a mistake',
    footer: `${domainName(question.domain)} · you got it wrong ${whenLocal(mistake.answeredAt, now, timeZone)} · ${more}`,
    visibility: 'private',
  });
}
