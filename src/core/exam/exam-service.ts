import type { Content } from '../../../content/load.js';
import type { Clock } from '../ports.js';
import type { QuestionBank } from '../questions/question.js';
import { answerText } from '../quiz/quiz-presenters.js';
import type { Scope } from '../quiz/quiz-store.js';
import { userMistake, type Reply } from '../reply.js';
import type { Actor, Place } from '../request.js';
import type { ExamAction } from './exam-actions.js';
import { pickExamQuestions } from './exam-blueprint.js';
import { examQuestionReply } from './exam-presenters.js';
import type { ExamRequest } from './exam-request.js';
import { examResultReply, reviewPages, type ReviewLookup } from './exam-review.js';
import type { ExamRecord, ExamStore } from './exam-store.js';

export interface ExamDeps {
  readonly store: ExamStore;
  readonly bank: QuestionBank;
  readonly content: Content;
  readonly clock: Clock;
  /** Fresh unique ids for exams (random UUIDs in production). */
  readonly newId: () => string;
  /** 0 <= x < 1; Math.random in production, seeded in tests that need a fixed paper. */
  readonly random: () => number;
}

/** Expired exams finished per store read by the sweep; it loops until none are left. */
const SWEEP_BATCH = 100;

const scopeOf = (place: Place): Scope => ({ platform: place.platform, workspaceId: place.workspaceId });

/**
 * Mock exam rules: setting a paper in the CLF-C02 domain mix, one question at a time, answers that
 * can change until the member submits or time runs out, and the result with a full review. Private to
 * the member; it never touches the channel leaderboard.
 */
export class ExamService {
  private readonly lookup: ReviewLookup;

  constructor(private readonly deps: ExamDeps) {
    this.lookup = {
      question: (id) => deps.bank.byId(id),
      topicName: (id) => deps.content.byId.get(id)?.name ?? id,
    };
  }

  /** `/aws exam …`: start one, show the running one again, or submit it. */
  async command(actor: Actor, place: Place, request: ExamRequest): Promise<Reply> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const running = await store.runningExam(scopeOf(place), actor.id);
    if (request.kind === 'submit') {
      if (!running) return userMistake('You have no mock exam running. `/aws exam` starts one: 20 questions in 30 minutes.');
      return this.submit(running, now);
    }
    // Time ran out while nobody looked (and before the sweep came by): finish it first, then show it.
    if (running && now >= running.endsAt) return this.finishAndShow(running, 'deadline', now);
    if (running) {
      const note = request.explicit
        ? 'You already have a mock exam running, so here it is again. Submit it (`/aws exam submit`) before starting another.'
        : 'Welcome back: your mock exam is still running.';
      return this.show(running, running.currentNo, now, note);
    }
    return this.start(actor, place, request, now);
  }

  private async start(actor: Actor, place: Place, request: Extract<ExamRequest, { kind: 'start' }>, now: Date): Promise<Reply> {
    const { store, bank } = this.deps;
    const seen = await store.seenQuestionIds(scopeOf(place), actor.id);
    const picked = pickExamQuestions(bank.all, request.questions, seen, this.deps.random);
    if (!picked) {
      const have = bank.all.length;
      return userMistake(request.full
        ? `I'm sorry: the question bank has ${have} questions right now, not enough for a full ${request.questions}-question exam. \`/aws exam ${have}\` gives you every one of them.`
        : `I'm sorry: the question bank has only ${have} questions right now. Try \`/aws exam ${have}\` or fewer.`);
    }
    const { exam, created } = await store.startExam({
      id: this.deps.newId(),
      place,
      member: { id: actor.id, name: actor.name },
      startedAt: now,
      endsAt: new Date(now.getTime() + request.minutes * 60_000),
      items: picked.map((q) => ({ questionId: q.id, topicId: q.topicId, domain: q.domain, answerIndex: q.answerIndex })),
    });
    // Another start of this member's won the race: theirs is the exam.
    if (!created) return this.show(exam, exam.currentNo, now, 'You already have a mock exam running, so here it is again.');
    const unseen = picked.filter((q) => !seen.has(q.id)).length;
    const fresh = seen.size === 0 ? '' : unseen === picked.length ? ' All questions are new to you.' : ` ${unseen} of ${picked.length} questions are new to you.`;
    const intro = `Your mock exam: ${picked.length} question${picked.length === 1 ? '' : 's'} in ${request.minutes} minutes, in the CLF-C02 domain mix. Only you see it, and you can change answers until you submit.${fresh}`;
    return this.show(exam, 1, now, intro);
  }

  /** A button of an exam: answer, back, next, submit, or a page of the result. */
  async act(actor: Actor, place: Place, action: ExamAction): Promise<Reply> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const exam = await store.getExam(action.examId);
    if (!exam) return userMistake('I can\'t find that exam. `/aws exam` starts a new one.');
    if (exam.memberId !== actor.id || exam.place.platform !== place.platform || exam.place.workspaceId !== place.workspaceId) {
      return userMistake('That mock exam belongs to someone else. Start your own with `/aws exam`.');
    }
    if (exam.submittedAt) {
      if (action.kind === 'result') return this.resultPage(exam, action.no);
      return examResultReply(exam, this.lookup, 0, 'This exam is already submitted, so its answers can no longer change. Here is your result.');
    }
    if (now >= exam.endsAt) return this.finishAndShow(exam, 'deadline', now);
    if (action.kind === 'result') return this.show(exam, exam.currentNo, now, 'The review opens once you submit the exam.');
    if (action.no < 1 || action.no > exam.items.length) return userMistake(`That exam has questions 1 to ${exam.items.length}.`);
    switch (action.kind) {
      case 'answer': return this.answer(exam, action.no, action.choiceIndex, now);
      case 'back': return this.moveAndShow(exam, Math.max(1, action.no - 1), now);
      case 'next': return this.moveAndShow(exam, Math.min(exam.items.length, action.no + 1), now);
      case 'submit': return this.submit(exam, now);
    }
  }

  /**
   * Submits every running exam whose time is up, at its deadline. Called by the scheduler's minute
   * sweep; idempotent and safe from several processes at once. Returns how many this call finished.
   */
  async finishExpired(now: Date = this.deps.clock.now()): Promise<number> {
    const { store } = this.deps;
    let finished = 0;
    for (;;) {
      const ids = await store.expiredExams(now, SWEEP_BATCH);
      for (const id of ids) {
        const exam = await store.getExam(id);
        if (exam && await store.finishExam(id, exam.endsAt, 'deadline')) finished += 1;
      }
      if (ids.length < SWEEP_BATCH) return finished;
    }
  }

  private async answer(exam: ExamRecord, no: number, choiceIndex: number, now: Date): Promise<Reply> {
    const { store, bank } = this.deps;
    const item = exam.items[no - 1];
    const question = item ? bank.byId(item.questionId) : undefined;
    if (!item || !question) return this.show(exam, no, now, 'This question can no longer be answered; it counts as a miss.');
    if (choiceIndex >= question.choices.length) return userMistake('That is not one of this question\'s answers. Pick one of the buttons.');
    const saved = await store.recordExamAnswer({ examId: exam.id, no, choiceIndex, correct: choiceIndex === item.answerIndex, answeredAt: now });
    if (!saved) return this.afterRefusal(exam.id, now);
    const next = Math.min(no + 1, exam.items.length);
    await store.moveTo(exam.id, next);
    const updated = await store.getExam(exam.id);
    if (!updated) return userMistake('I can\'t find that exam. `/aws exam` starts a new one.');
    const last = no === exam.items.length;
    const note = `Saved: ${answerText(question, choiceIndex)} for question ${no}.${last ? ' That was the last question: press Submit exam when you are ready, or Back to check your answers.' : ''}`;
    return this.show(updated, next, now, note);
  }

  /** The store refused an answer: the exam was submitted meanwhile (by the member or the sweep) or time ran out. */
  private async afterRefusal(examId: string, now: Date): Promise<Reply> {
    const exam = await this.deps.store.getExam(examId);
    if (!exam) return userMistake('I can\'t find that exam. `/aws exam` starts a new one.');
    if (exam.submittedAt) return examResultReply(exam, this.lookup, 0, 'This exam is already submitted, so its answers can no longer change. Here is your result.');
    return this.finishAndShow(exam, 'deadline', now);
  }

  private async moveAndShow(exam: ExamRecord, no: number, now: Date): Promise<Reply> {
    await this.deps.store.moveTo(exam.id, no);
    return this.show(exam, no, now);
  }

  private async submit(exam: ExamRecord, now: Date): Promise<Reply> {
    return this.finishAndShow(exam, now >= exam.endsAt ? 'deadline' : 'member', now);
  }

  /** Finishes the exam (once, whoever gets there first) and shows the result. */
  private async finishAndShow(exam: ExamRecord, by: 'member' | 'deadline', now: Date): Promise<Reply> {
    const { store } = this.deps;
    await store.finishExam(exam.id, by === 'deadline' ? exam.endsAt : now, by);
    const finished = await store.getExam(exam.id) ?? exam;
    const note = by === 'deadline' ? 'Time is up on your mock exam, so it has been submitted. `/aws exam` starts a new one.' : undefined;
    return examResultReply(finished, this.lookup, 0, note);
  }

  private resultPage(exam: ExamRecord, page: number): Reply {
    const pages = reviewPages(exam, this.lookup).length;
    if (page > pages) return userMistake(`The review of that exam has pages 1 to ${pages}.`);
    return examResultReply(exam, this.lookup, page);
  }

  /** Callers have checked that time is not up. */
  private show(exam: ExamRecord, no: number, now: Date, note?: string): Reply {
    const item = exam.items[no - 1];
    return examQuestionReply(exam, no, item ? this.deps.bank.byId(item.questionId) : undefined, now, note);
  }
}
