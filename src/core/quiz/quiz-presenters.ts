import { EXAM_DOMAINS, type ExamDomainId } from '../../../content/schema.js';
import type { Question } from '../questions/question.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import type { AnswerRecord, Leaderboard, Period, Standing } from './quiz-store.js';

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export function letter(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

export function answerChoiceId(postId: string, optionIndex: number): string {
  return `answer:${postId}:${optionIndex}`;
}

export function domainName(domain: string): string {
  return EXAM_DOMAINS[domain as ExamDomainId]?.name ?? domain;
}

export function questionReply(question: Question, postId: string, opts: { title: string; footer: string; visibility: 'private' | 'public' }): Reply {
  return reply({
    title: opts.title,
    text: question.scenario,
    choices: question.options.map((o, i) => ({ id: answerChoiceId(postId, i), label: `${letter(i)}. ${o.label}` })),
    footer: opts.footer,
    visibility: opts.visibility,
  });
}

/** Every option with its explanation, the right one marked. */
export function explanationFields(question: Question, votes?: readonly number[]): ReplyField[] {
  return question.options.map((o, i) => {
    const count = votes ? ` · ${votes[i] ?? 0} vote${votes[i] === 1 ? '' : 's'}` : '';
    return { label: `${o.correct ? '✅' : '❌'} ${letter(i)}. ${o.label}${count}`, value: o.explanation };
  });
}

export function practiceResult(question: Question, chosen: number, studyCommand: string): Reply {
  const right = question.options[question.answerIndex];
  const correct = chosen === question.answerIndex;
  return reply({
    title: correct ? '✅ Correct!' : `❌ Not quite: the answer is ${letter(question.answerIndex)}. ${right?.label ?? ''}`,
    text: question.scenario,
    fields: explanationFields(question),
    footer: `Study it: ${studyCommand} · Next question: /aws quiz · ${domainName(question.domain)}`,
    visibility: 'private',
    tone: correct ? 'success' : 'info',
  });
}

export function alreadyAnswered(question: Question | undefined, existing: AnswerRecord): Reply {
  const label = question?.options[existing.optionIndex]?.label ?? `option ${existing.optionIndex + 1}`;
  return reply({
    text: `You already answered ${letter(existing.optionIndex)}. ${label}. Only your first answer counts.`,
    visibility: 'private',
    tone: 'warning',
  });
}

const PERIOD_TITLE: Record<Period, string> = { week: 'this week', month: 'this month', all: 'all time' };

function standingLine(s: Standing, memberId: string): string {
  const you = s.memberId === memberId ? ' (you)' : '';
  return `${s.rank}. ${s.memberName}${you}: ${s.points} pts · ${s.correct}/${s.answered} correct`;
}

export function leaderboardReply(board: Leaderboard, mine: Standing | undefined, period: Period, memberId: string): Reply {
  if (board.top.length === 0) {
    return reply({
      title: `Leaderboard, ${PERIOD_TITLE[period]}`,
      text: 'No scores yet. Answer the daily question to get on the board!',
      visibility: 'public',
    });
  }
  const lines = board.top.map((s) => standingLine(s, memberId));
  if (mine && !board.top.some((s) => s.memberId === memberId)) {
    lines.push('…', standingLine(mine, memberId));
  }
  const yours = mine ? `You are #${mine.rank} of ${board.members}.` : 'You have no score here yet: answer the daily question to join in.';
  return reply({
    title: `Leaderboard, ${PERIOD_TITLE[period]}`,
    text: `${lines.join('\n')}\n\n${yours}`,
    footer: '10 points per correct daily answer, added at the reveal; practice does not count. Equal points share a rank.',
    visibility: 'public',
  });
}
