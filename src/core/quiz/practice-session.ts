import { instantOf, isValidTimeZone, localParts } from '../daily/local-time.js';
import type { Clock } from '../ports.js';
import type { Question, QuestionBank } from '../questions/question.js';
import { userMistake, type Reply } from '../reply.js';
import type { Actor, Place } from '../request.js';
import { DEFAULT_NEW_PER_DAY, nextQuestionIndex, pickPractice } from './practice-picker.js';
import { mistakeQuestion, noMistakes, practiceDone, practiceQuestion } from './practice-presenters.js';
import type { QuizStore } from './quiz-store.js';

/**
 * A member's practice preferences. Members will set them through a settings port (not built yet);
 * until then callers pass them, and whatever is missing or out of range falls back to the default.
 */
export interface PracticeOptions {
  /** New topics a day; a whole number from 0 up. Default DEFAULT_NEW_PER_DAY (5). */
  readonly newPerDay?: number;
  /** The member's IANA timezone, which decides when "today" starts. Default UTC. */
  readonly timeZone?: string;
  /** `/aws quiz more`: go on after today's practice is done. */
  readonly more?: boolean;
}

export interface PracticeDeps {
  readonly store: QuizStore;
  readonly bank: QuestionBank;
  readonly clock: Clock;
  readonly newId: () => string;
}

/** How many recent mistakes are looked at; enough to say how many are left without reading them all. */
const MISTAKES_LOOKED_AT = 100;
const NEW_PER_DAY_MAX = 100;

function settled(options: PracticeOptions): { newPerDay: number; timeZone: string } {
  const n = options.newPerDay;
  return {
    newPerDay: n !== undefined && Number.isInteger(n) && n >= 0 && n <= NEW_PER_DAY_MAX ? n : DEFAULT_NEW_PER_DAY,
    timeZone: options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : 'UTC',
  };
}

/** `/aws quiz` and `/aws quiz more`: the next practice question, or word that today's practice is done. */
export async function startPractice(deps: PracticeDeps, actor: Actor, place: Place, options: PracticeOptions = {}): Promise<Reply> {
  const { store, bank, clock } = deps;
  const { newPerDay, timeZone } = settled(options);
  const scope = { platform: place.platform, workspaceId: place.workspaceId };
  const now = clock.now();
  const dayStart = instantOf(localParts(now, timeZone).date, 0, timeZone);
  const [stats, cards, history] = await Promise.all([
    store.memberStats(place, actor.id, 'practice'), store.practiceCards(scope, actor.id), store.practiceHistory(scope, actor.id, dayStart),
  ]);
  const candidates = [...new Set(bank.all.map((q) => q.topicId))];
  if (candidates.length === 0) return userMistake('I have no practice questions right now. Please try again later.');
  const pick = pickPractice({ candidates, cards, practice: stats.byTopic, history, now, dayStart, newPerDay, more: options.more === true });
  if (pick.kind === 'done') return practiceDone(pick.day, pick.nextDue, now, timeZone);
  const pool = bank.forTopic(pick.topicId);
  const question = pool[nextQuestionIndex(pool.map((q) => q.id), history.find((h) => h.topicId === pick.topicId))];
  if (!question) return userMistake('I have no practice questions right now. Please try again later.');
  const postId = await postPractice(deps, actor, place, question);
  return practiceQuestion(question, postId, pick.reason);
}

/** `/aws quiz mistakes`: the latest question the member got wrong and has not answered right since. */
export async function redoMistake(deps: PracticeDeps, actor: Actor, place: Place, options: PracticeOptions = {}): Promise<Reply> {
  const { store, bank, clock } = deps;
  const { timeZone } = settled(options);
  const found = await store.mistakes({ platform: place.platform, workspaceId: place.workspaceId }, actor.id, MISTAKES_LOOKED_AT);
  // A question taken out of the bank since cannot be asked again.
  const open = found.filter((m) => bank.byId(m.questionId) !== undefined);
  const mistake = open[0];
  const question = mistake ? bank.byId(mistake.questionId) : undefined;
  if (!mistake || !question) return noMistakes();
  const postId = await postPractice(deps, actor, place, question);
  return mistakeQuestion(question, postId, mistake, open.length - 1, clock.now(), timeZone);
}

async function postPractice(deps: PracticeDeps, actor: Actor, place: Place, question: Question): Promise<string> {
  const { post } = await deps.store.createPost({
    id: deps.newId(), place, kind: 'practice', ownerId: actor.id, questionId: question.id,
    topicId: question.topicId, domain: question.domain, answerIndex: question.answerIndex, postedAt: deps.clock.now(),
  });
  return post.id;
}
