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

export function reportChoiceId(postId: string): string {
  return `report:${postId}`;
}

/** Labels up to this long fit on a button next to their letter; longer ones are listed in the text. */
const BUTTON_LABEL_MAX = 40;

/** The stem and the lettered options, as an exam paper shows them. */
export function questionText(question: Question): string {
  const options = question.options.map((o, i) => `${letter(i)}. ${o.label}`).join('\n');
  return `${question.scenario}\n\n${options}`;
}

/** What a member clicks: "B. AWS Fargate", just "B" for a long statement, "A and C" for a pair. */
export function choiceLabel(question: Question, choiceIndex: number): string {
  const choice = question.choices[choiceIndex];
  if (!choice) return letter(choiceIndex);
  if (question.pick === 2) return choice.optionIndexes.map(letter).join(' and ');
  const index = choice.optionIndexes[0] ?? choiceIndex;
  const long = question.options.some((o) => o.label.length > BUTTON_LABEL_MAX);
  return long ? letter(index) : `${letter(index)}. ${question.options[index]?.label ?? ''}`;
}

/**
 * An answer in words: "B. AWS Fargate", "A and D: X and Y" for a pair, or just the letters when the
 * options are statements too long to repeat in a title.
 */
export function answerText(question: Question, choiceIndex = question.answerIndex): string {
  const choice = question.choices[choiceIndex];
  if (!choice) return '';
  const letters = choice.optionIndexes.map(letter).join(' and ');
  if (question.options.some((o) => o.label.length > BUTTON_LABEL_MAX)) return letters;
  const labels = choice.optionIndexes.map((i) => question.options[i]?.label ?? '').join(' and ');
  return question.pick === 2 ? `${letters}: ${labels}` : `${letters}. ${labels}`;
}

export function questionReply(question: Question, postId: string, opts: { title: string; footer: string; visibility: 'private' | 'public' }): Reply {
  return reply({
    title: opts.title,
    text: questionText(question),
    choices: question.choices.map((_, i) => ({ id: answerChoiceId(postId, i), label: choiceLabel(question, i) })),
    footer: question.pick === 2 ? `Pick the pair of answers. ${opts.footer}` : opts.footer,
    visibility: opts.visibility,
  });
}

/** Every option with its explanation, the right one marked; votes count each option a member picked. */
export function explanationFields(question: Question, votes?: readonly number[]): ReplyField[] {
  return question.options.map((o, i) => {
    const count = votes ? ` · ${votes[i] ?? 0} vote${votes[i] === 1 ? '' : 's'}` : '';
    return { label: `${o.correct ? '✅' : '❌'} ${letter(i)}. ${o.label}${count}`, value: o.explanation };
  });
}

export function practiceResult(question: Question, chosen: number, studyCommand: string, postId: string): Reply {
  const correct = chosen === question.answerIndex;
  return reply({
    title: correct ? '✅ Correct!' : `❌ Not quite: the answer is ${answerText(question)}`,
    text: question.scenario,
    fields: explanationFields(question),
    choices: [{ id: reportChoiceId(postId), label: 'Report a problem' }],
    footer: `Study it: ${studyCommand} · Next question: /aws quiz · ${domainName(question.domain)} · ${question.id}`,
    visibility: 'private',
    tone: correct ? 'success' : 'info',
  });
}

/** Votes per option: a pair answer counts for both of its options. */
export function optionVotes(question: Question, choiceIndexes: readonly number[]): number[] {
  const votes = question.options.map(() => 0);
  for (const c of choiceIndexes) {
    for (const i of question.choices[c]?.optionIndexes ?? []) votes[i] = (votes[i] ?? 0) + 1;
  }
  return votes;
}

export function alreadyAnswered(question: Question | undefined, existing: AnswerRecord): Reply {
  const label = question ? answerText(question, existing.optionIndex) : `option ${existing.optionIndex + 1}`;
  return reply({
    text: `You already answered ${label}. Only your first answer counts.`,
    visibility: 'private',
    tone: 'warning',
  });
}

const PERIOD_TITLE: Record<Period, string> = { week: 'this week', month: 'this month', all: 'all time' };

function standingLine(s: Standing, memberId: string): string {
  const you = s.memberId === memberId ? ' (you)' : '';
  return `${s.rank}. ${s.memberName}${you}: ${s.points} pts · ${s.correct}/${s.answered} correct`;
}

/**
 * `waiting`: how many have answered the channel's open daily question, whose points come at its reveal,
 * so a board that looks empty (or unchanged) says why.
 */
export function leaderboardReply(board: Leaderboard, mine: Standing | undefined, period: Period, memberId: string, waiting = 0): Reply {
  const pending = waiting > 0
    ? `${waiting} ${waiting === 1 ? 'member has' : 'members have'} answered today's question; points are added at the reveal.`
    : undefined;
  if (board.top.length === 0) {
    return reply({
      title: `Leaderboard, ${PERIOD_TITLE[period]}`,
      text: pending ? `No points yet. ${pending}` : 'No scores yet. Answer the daily question to get on the board!',
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
    text: `${lines.join('\n')}\n\n${yours}${pending ? `\n${pending}` : ''}`,
    footer: '10 points per correct daily answer, added at the reveal; practice does not count. Equal points share a rank.',
    visibility: 'public',
  });
}
