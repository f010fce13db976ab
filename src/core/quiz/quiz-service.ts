import type { Content } from '../../../content/load.js';
import type { Question, QuestionBank } from '../questions/question.js';
import { redoMistake, startPractice, type PracticeOptions } from './practice-session.js';
import { questionTextHash } from '../questions/text-hash.js';
import { decideAnswer } from './answer-rules.js';
import type { Clock } from '../ports.js';
import { reply, userMistake, type Reply } from '../reply.js';
import type { Actor, Place } from '../request.js';
import { review, serializeCard } from './practice-scheduler.js';
import {
  alreadyAnswered, answerText, domainName, explanationFields, leaderboardReply, letter, optionVotes, practiceResult, questionReply,
  questionText, reportChoiceId,
} from './quiz-presenters.js';
import type { PostRecord, QuizStore, Period } from './quiz-store.js';

export interface QuizDeps {
  readonly store: QuizStore;
  readonly bank: QuestionBank;
  readonly content: Content;
  readonly clock: Clock;
  /** Fresh unique ids for posts (random UUIDs in production). */
  readonly newId: () => string;
  /** The channel's timezone, in which its weekly and monthly boards roll over (UTC when not given). */
  readonly zoneOf?: (place: Place) => Promise<string>;
}

const TOP_SIZE = 10;
/** Long enough for a sentence or two; a report is a note, not an essay. */
const REPORT_REASON_MAX = 500;
/** Daily streak lengths worth a cheer at the reveal. */
const STREAK_MILESTONES = new Set([3, 5, 7, 10, 14, 21, 30, 50, 100]);
const STREAK_NAMES_MAX = 5;

/** Quiz rules: practice questions, answers, channel questions, reveals, leaderboards and stats. */
export class QuizService {
  constructor(private readonly deps: QuizDeps) {}

  /**
   * `/aws quiz` (and `/aws quiz more`): a personal question picked by spaced repetition, new topics
   * interleaved with reviews up to a daily limit (see practice-picker.ts). `options` carries the
   * member's new-topics-a-day limit (default 5) and timezone (default UTC) until a settings port does.
   */
  startPractice(actor: Actor, place: Place, options: PracticeOptions = {}): Promise<Reply> {
    return startPractice(this.deps, actor, place, options);
  }

  /** `/aws quiz mistakes`: redo the latest question the member got wrong and has not got right since. */
  redoMistake(actor: Actor, place: Place, options: PracticeOptions = {}): Promise<Reply> {
    return redoMistake(this.deps, actor, place, options);
  }

  /** A member picked option `optionIndex` of post `postId`. */
  async answer(actor: Actor, postId: string, optionIndex: number, from?: Place): Promise<Reply> {
    const { store, bank, clock } = this.deps;
    const post = await store.getPost(postId);
    const question = post ? bank.byId(post.questionId) : undefined;
    if (!post || !question) return userMistake('That question is no longer available. Try `/aws quiz` for a new one.');
    // A click counts only from where its question was posted: a button copied to another channel,
    // workspace, server, DM or platform would otherwise score under a place it never came from.
    if (from && !answerableFrom(post, from)) {
      return userMistake(post.kind === 'daily'
        ? 'That question belongs to another channel, so I can\'t count an answer from here. Answer it where it was posted.'
        : 'That practice question was asked somewhere else. Start your own here with `/aws quiz`.');
    }
    if (!Number.isInteger(optionIndex) || optionIndex < 0 || optionIndex >= question.choices.length) {
      return userMistake(question.pick === 2 ? 'Pick one of the pairs of answers on the buttons.' : `Pick one of the options A to ${letter(question.options.length - 1)}.`);
    }
    const now = clock.now();
    const outcome = await store.recordAnswer({ postId, member: { id: actor.id, name: actor.name }, optionIndex, answeredAt: now }, decideAnswer);
    switch (outcome.status) {
      case 'unknown-post':
        return userMistake('That question is no longer available. Try `/aws quiz` for a new one.');
      case 'not-yours':
        return userMistake('That practice question belongs to someone else. Start your own with `/aws quiz`.');
      case 'duplicate':
        return alreadyAnswered(question, outcome.existing);
      case 'closed':
        return userMistake(`This question is closed. The answer was ${answerText(question)}.`);
      case 'recorded':
        if (post.kind === 'practice') {
          const scope = { platform: post.place.platform, workspaceId: post.place.workspaceId };
          const card = review(await store.practiceCard(scope, actor.id, question.topicId), outcome.answer.correct, now);
          await store.savePracticeCard(scope, actor.id, question.topicId, serializeCard(card));
          return practiceResult(question, optionIndex, `/aws ${question.topicId}`, post.id);
        }
        return reply({
          text: `Got it: ${answerText(question, optionIndex)}. The answer is revealed ${post.closesAt ? 'when the question closes' : 'soon'}; only your first answer counts.`,
          visibility: 'private',
          tone: 'success',
        });
    }
  }

  /**
   * Posts a channel question for `localDate`. Idempotent: a second call for the same channel and
   * date returns the first post (created: false), so a double fire never posts twice.
   */
  async postChannelQuestion(place: Place, opts: { localDate: string; question: Question; closesAt: Date }): Promise<{ post: PostRecord; created: boolean; reply: Reply }> {
    const { store, clock } = this.deps;
    const { post, created } = await store.createPost({
      id: this.deps.newId(), place, kind: 'daily', localDate: opts.localDate, questionId: opts.question.id,
      topicId: opts.question.topicId, domain: opts.question.domain, answerIndex: opts.question.answerIndex,
      postedAt: clock.now(), closesAt: opts.closesAt,
    });
    const question = this.deps.bank.byId(post.questionId) ?? opts.question;
    return { post, created, reply: this.channelQuestionReply(post, question) };
  }

  /** The message of a channel question that is still open, e.g. to show it again after a restart. */
  async openQuestionReply(postId: string): Promise<Reply | undefined> {
    const post = await this.deps.store.getPost(postId);
    const question = post ? this.deps.bank.byId(post.questionId) : undefined;
    if (!post || !question || post.revealedAt || (post.closesAt && post.closesAt <= this.deps.clock.now())) return undefined;
    return this.channelQuestionReply(post, question);
  }

  private channelQuestionReply(post: PostRecord, question: Question): Reply {
    return questionReply(question, post.id, {
      title: `Question of the day · ${post.localDate ?? ''}`,
      footer: `${domainName(question.domain)} · one answer each, the first counts · 10 points if right`,
      visibility: 'public',
    });
  }

  /** The reveal of a channel question: the answer, the votes and every explanation. */
  async revealReply(postId: string): Promise<Reply | undefined> {
    const { store, bank, content } = this.deps;
    const post = await store.getPost(postId);
    const question = post ? bank.byId(post.questionId) : undefined;
    if (!post || !question) return undefined;
    const answers = await store.answersFor(postId);
    const votes = optionVotes(question, answers.map((a) => a.optionIndex));
    const right = answers.filter((a) => a.correct);
    const names = right.map((a) => a.memberName);
    const who = right.length === 0
      ? 'Nobody got it this time: tomorrow is a new chance.'
      : names.length <= 10 ? `Right: ${names.join(', ')} (${right.length} of ${answers.length}).` : `${right.length} of ${answers.length} got it right.`;
    const streaking = answers.filter((a) => STREAK_MILESTONES.has(a.answerStreak)).sort((a, b) => b.answerStreak - a.answerStreak);
    // A big group on a streak would fill the reveal: the longest few by name, the rest counted.
    const milestones = streaking.slice(0, STREAK_NAMES_MAX).map((a) => `${a.memberName}: ${a.answerStreak} days in a row`);
    if (streaking.length > STREAK_NAMES_MAX) milestones.push(`and ${streaking.length - STREAK_NAMES_MAX} more on a streak`);
    const topic = content.byId.get(question.topicId);
    return reply({
      title: `Answer: ${answerText(question)}`,
      text: `${question.scenario}\n\n${who}${milestones.length > 0 ? `\n🔥 ${milestones.join(' · ')}` : ''}`,
      fields: explanationFields(question, votes),
      choices: [{ id: reportChoiceId(postId), label: 'Report a problem' }],
      footer: `Study it: /aws ${question.topicId}${topic ? ` (${topic.name})` : ''} · ${domainName(question.domain)} · ${question.id}`,
      visibility: 'public',
    });
  }

  /** The question message as it should look once closed: same text, no buttons. */
  async closedQuestionReply(postId: string): Promise<Reply | undefined> {
    const post = await this.deps.store.getPost(postId);
    const question = post ? this.deps.bank.byId(post.questionId) : undefined;
    if (!post || !question) return undefined;
    return reply({
      title: `Question of the day · ${post.localDate ?? ''} · closed`,
      text: questionText(question),
      fields: [{ label: 'Answer', value: `✅ ${answerText(question)}` }],
      footer: 'This question is closed; the reveal is posted below.',
      visibility: 'public',
    });
  }

  /**
   * A member reports a problem with a question, from the button on a reveal or practice result (by
   * post) or with `/aws report <question id> [reason]`. The report is kept for the text the member
   * saw; the daily question skips that text from now on.
   */
  async report(actor: Actor, place: Place, target: { postId: string } | { questionId: string }, reason?: string): Promise<Reply> {
    const { store, bank, clock } = this.deps;
    const questionId = 'postId' in target ? (await store.getPost(target.postId))?.questionId : target.questionId;
    const question = questionId ? bank.byId(questionId) : undefined;
    if (!question) {
      return userMistake('postId' in target
        ? 'I can\'t find that question any more, so there is nothing to report. Thank you for looking out!'
        : `I don't know a question "${target.questionId}". The id is in the footer of each answer, like \`q_1a2b3c4d5e6f\`.`);
    }
    const why = reason?.trim().slice(0, REPORT_REASON_MAX);
    const { first } = await store.reportQuestion({
      questionId: question.id, textHash: questionTextHash(question), place,
      member: { id: actor.id, name: actor.name }, ...(why ? { reason: why } : {}), reportedAt: clock.now(),
    });
    const said = why ? 'I noted your reason' : first ? 'I noted it' : 'I had already noted your report';
    return reply({
      text: `Thank you: ${said}. This question (${question.id}) won't be a daily question again until it has been checked and fixed.${why ? '' : ` To say what is wrong: \`/aws report ${question.id} <what is wrong>\``}`,
      visibility: 'private',
      tone: 'success',
      standalone: true,
    });
  }

  async leaderboard(actor: Actor, place: Place, period: Period): Promise<Reply> {
    const scope = { platform: place.platform, workspaceId: place.workspaceId };
    const now = this.deps.clock.now();
    const zone = await this.deps.zoneOf?.(place);
    const board = await this.deps.store.leaderboard(scope, period, now, TOP_SIZE, zone);
    const mine = await this.deps.store.standingOf(scope, period, now, actor.id, zone);
    const open = await this.deps.store.latestDaily(place);
    const waiting = open && !open.revealedAt ? (await this.deps.store.answersFor(open.postId)).length : 0;
    return leaderboardReply(board, mine, period, actor.id, waiting);
  }
}

/** A daily question takes answers from its own channel; a practice question from its own workspace (and owner). */
function answerableFrom(post: PostRecord, from: Place): boolean {
  const sameWorkspace = post.place.platform === from.platform && post.place.workspaceId === from.workspaceId;
  return post.kind === 'daily' ? sameWorkspace && post.place.channelId === from.channelId : sameWorkspace;
}
