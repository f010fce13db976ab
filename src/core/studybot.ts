import type { Content } from '../../content/load.js';
import type { AnyCommand, CommandContext } from './commands/command-module.js';
import { COMMAND_WORDS, commandNamed, DEFAULT_COMMAND } from './commands/registry.js';
import type { QuizService } from './quiz/quiz-service.js';
import type { DailyService } from './daily/daily-service.js';
import type { ReminderService } from './remind/reminder-service.js';
import type { StudyService } from './study/study-service.js';
import type { RecapService } from './recap/recap-service.js';
import { parseExamAction } from './exam/exam-actions.js';
import type { ExamService } from './exam/exam-service.js';
import { storageApology, StorageError, UserError } from './errors.js';
import { LookupKit } from './lookup/lookup-kit.js';
import { buildQuestionBank } from './questions/build-bank.js';
import { lazyBank } from './questions/lazy-bank.js';
import type { QuestionBank } from './questions/question.js';
import { parseCommandText } from './parse.js';
import { displayName } from './sanitize.js';
import type { Clock, Logger } from './ports.js';
import { topicReply } from './present/topic-reply.js';
import { aspectFromWord } from './lookup/aspect-words.js';
import { reply, sorry, staleButton, userMistake, type Reply } from './reply.js';
import type { Actor, CommandRequest, Place } from './request.js';

export interface StudybotDeps {
  readonly content: Content;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly quiz?: QuizService;
  readonly daily?: DailyService;
  readonly study?: StudyService;
  readonly exam?: ExamService;
  readonly recap?: RecapService;
  readonly remind?: ReminderService;
  /** The question bank, for answering pasted scenarios; built on first use when not given. */
  readonly bank?: QuestionBank;
}

/** A button press or numbered pick: the choice id the core handed out earlier. */
export interface ActionRequest {
  readonly actor: Actor;
  readonly place: Place;
  readonly actionId: string;
}

/** A topic offered while a member types (Discord autocomplete): its id is what the command takes. */
export interface TopicSuggestion {
  readonly id: string;
  readonly name: string;
}

/**
 * The one entry point every front end (console, Slack, Discord, scheduler) calls. It takes
 * platform-neutral requests and returns platform-neutral replies; it never throws. Narrow on purpose:
 * front ends get replies, never the finder, the content or the services behind them. The command
 * list is static (commands/registry.ts), for tools that need it without a bot.
 */
export class Studybot {
  private readonly lookup: LookupKit;

  constructor(private readonly deps: StudybotDeps) {
    const bank = deps.bank ?? lazyBank(() => buildQuestionBank(deps.content));
    this.lookup = new LookupKit(deps.content, () => bank);
  }

  /** Topics whose names start like `typed` (fuzzy), for autocomplete. */
  suggestTopics(typed: string, limit?: number): readonly TopicSuggestion[] {
    return this.lookup.finder.suggest(typed, limit).map((t) => ({ id: t.id, name: t.name }));
  }

  /** The open daily question of a channel, for a front end that starts up in the middle of one. */
  async openDailyQuestion(place: Place): Promise<Reply | undefined> {
    return this.deps.daily?.openQuestion(place);
  }

  /** The member's dashboard outside any channel (Slack's Home tab), with buttons to start studying. */
  async dashboard(actor: Actor, workspace: Pick<Place, 'platform' | 'workspaceId'>): Promise<Reply> {
    const request: CommandRequest = { actor, place: { ...workspace, channelId: '' }, text: '' };
    return this.guard(request, 'dashboard', async (context) => {
      if (!context.study) throw new UserError('no-quiz', 'Study stats are switched off in this run of the bot.');
      return context.study.dashboard(actor, workspace);
    });
  }

  /** Text typed after `/aws` (console, Slack). */
  async handle(raw: CommandRequest): Promise<Reply> {
    const request = withSafeName(raw);
    return this.guard(request, 'text', async (context) => {
      const parsed = parseCommandText(request.text, COMMAND_WORDS, DEFAULT_COMMAND, context);
      return this.execute(parsed.command, parsed.options, context);
    });
  }

  /** Named options from a structured front end (Discord slash command options). */
  async handleOptions(raw: CommandRequest, commandName: string, options: Record<string, string | undefined>): Promise<Reply> {
    const request = withSafeName(raw);
    return this.guard(request, commandName, async (context) => {
      const command = commandNamed(commandName);
      if (!command) throw new UserError('unknown-command', 'I don\'t know that command. `/aws help` lists them all.');
      return this.execute(command, options, context);
    });
  }

  /** A choice the user picked from an earlier reply. */
  async handleAction(action: ActionRequest): Promise<Reply> {
    const request: CommandRequest = withSafeName({ actor: action.actor, place: action.place, text: '' });
    // Front ends pass what the platform sent; anything but a string is a stale or forged button.
    const actionId = typeof action.actionId === 'string' ? action.actionId : '';
    return this.guard(request, `action:${actionId.split(':')[0] ?? ''}`, async (context) => {
      const [kind, target, detail] = actionId.split(':');
      if (kind === 'exam') {
        const exam = parseExamAction(actionId);
        if (!exam) throw new UserError('stale-action', 'That exam button no longer does anything. `/aws exam` shows your exam.');
        if (!context.exam) throw new UserError('no-exam', 'Mock exams are switched off in this run of the bot.');
        return context.exam.act(request.actor, action.place, exam);
      }
      if (kind === 'answer' && target && detail !== undefined && /^\d{1,2}$/.test(detail)) {
        if (!context.quiz) throw new UserError('no-quiz', 'Quizzes are switched off in this run of the bot.');
        return context.quiz.answer(request.actor, target, Number(detail), action.place);
      }
      if (kind === 'report' && target && detail === undefined) {
        if (!context.quiz) throw new UserError('no-quiz', 'Quizzes are switched off in this run of the bot.');
        return context.quiz.report(request.actor, action.place, { postId: target });
      }
      const topicId = target;
      const aspectWord = detail;
      if (kind === 'lookup' && topicId) {
        const topic = this.lookup.finder.topicById(topicId);
        if (topic) return topicReply(topic, aspectWord ? aspectFromWord(aspectWord) : undefined);
      }
      throw new UserError('stale-action', staleButton().text);
    });
  }

  private async execute(command: AnyCommand, options: Record<string, string | undefined>, context: CommandContext): Promise<Reply> {
    const parsed = command.args.safeParse(options);
    if (!parsed.success) {
      const first = parsed.error.issues[0]?.message ?? 'something is missing';
      throw new UserError('bad-arguments', `${capitalise(first)}. Usage: \`${command.usage}\``);
    }
    return command.run(parsed.data, await this.withAdminIfNeeded(command, parsed.data, context));
  }

  /** Asks the front end who is an admin only when this command needs it (see CommandRequest.confirmAdmin). */
  private async withAdminIfNeeded(command: AnyCommand, args: unknown, context: CommandContext): Promise<CommandContext> {
    const { request } = context;
    if (request.actor.isAdmin || !request.confirmAdmin || !command.needsAdmin?.(args)) return context;
    const isAdmin = await request.confirmAdmin();
    return { ...context, request: { ...request, actor: { ...request.actor, isAdmin } } };
  }

  private async guard(request: CommandRequest, label: string, work: (context: CommandContext) => Promise<Reply>): Promise<Reply> {
    const started = this.deps.clock.now().getTime();
    const context: CommandContext = {
      request, content: this.deps.content, finder: this.lookup.finder, lookup: this.lookup,
      ...(this.deps.quiz ? { quiz: this.deps.quiz } : {}), ...(this.deps.daily ? { daily: this.deps.daily } : {}),
      ...(this.deps.study ? { study: this.deps.study } : {}), ...(this.deps.exam ? { exam: this.deps.exam } : {}),
      ...(this.deps.recap ? { recap: this.deps.recap } : {}),
      ...(this.deps.remind ? { remind: this.deps.remind } : {}),
    };
    const log = { command: label, platform: request.place.platform, workspace: request.place.workspaceId, channel: request.place.channelId, user: request.actor.id };
    try {
      const result = await work(context);
      this.deps.logger.info({ ...log, ms: this.deps.clock.now().getTime() - started, outcome: 'ok' }, 'command');
      return result;
    } catch (error) {
      const ms = this.deps.clock.now().getTime() - started;
      if (error instanceof UserError) {
        this.deps.logger.info({ ...log, ms, outcome: 'user-error', code: error.code }, 'command');
        return userMistake(error.friendly);
      }
      if (error instanceof StorageError) {
        this.deps.logger.error({ ...log, ms, outcome: 'storage', problem: error.problem, err: error.cause }, 'storage problem');
        return reply({ text: storageApology(error.problem), tone: 'error', visibility: 'private' });
      }
      this.deps.logger.error({ ...log, ms, outcome: 'failed', err: error }, 'command failed');
      return sorry();
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every request's member name through the one sanitizer, so whatever stores or shows it gets it clean. */
function withSafeName(request: CommandRequest): CommandRequest {
  const name = displayName(typeof request.actor.name === 'string' ? request.actor.name : '');
  return name === request.actor.name ? request : { ...request, actor: { ...request.actor, name } };
}
