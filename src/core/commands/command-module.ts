import type { z } from 'zod';
import type { Content } from '../../../content/load.js';
import type { LookupKit } from '../lookup/lookup-kit.js';
import type { TopicFinder } from '../lookup/topic-finder.js';
import type { QuizService } from '../quiz/quiz-service.js';
import type { DailyService } from '../daily/daily-service.js';
import type { StudyService } from '../study/study-service.js';
import type { ExamService } from '../exam/exam-service.js';
import type { RecapService } from '../recap/recap-service.js';
import type { ReminderService } from '../remind/reminder-service.js';
import type { Reply } from '../reply.js';
import type { CommandRequest } from '../request.js';

/**
 * One `/aws` subcommand. The option list drives both the text parser (console, Slack) and the Discord
 * option builder, so the two cannot drift apart.
 */
export interface OptionSpec {
  readonly name: string;
  /** At most 100 characters (Discord's limit). */
  readonly description: string;
  /** topic: autocompleted from the content; choice: one of `choices`; text: free words. */
  readonly kind: 'topic' | 'choice' | 'text';
  readonly required: boolean;
  readonly choices?: readonly string[];
}

export interface CommandContext {
  readonly request: CommandRequest;
  readonly content: Content;
  readonly finder: TopicFinder;
  /** Reads questions: topics named, intent, facts, scenarios, services not covered. */
  readonly lookup: LookupKit;
  /** Absent when the bot runs without a database (content-only tools). */
  readonly quiz?: QuizService;
  readonly daily?: DailyService;
  readonly study?: StudyService;
  readonly exam?: ExamService;
  readonly recap?: RecapService;
  readonly remind?: ReminderService;
}

export interface CommandModule<Args = Record<string, string | undefined>> {
  readonly name: string;
  /** Extra words that call this command ("vs" for compare). */
  readonly aliases?: readonly string[];
  /** At most 100 characters (Discord's limit). */
  readonly summary: string;
  readonly usage: string;
  readonly examples: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Validates the named option values, whichever front end produced them. */
  readonly args: z.ZodType<Args>;
  /**
   * Turns the words after the command name into named options. Default: positional, the last
   * option takes the remaining words.
   */
  readonly fromWords?: (words: readonly string[], context: CommandContext) => Record<string, string | undefined>;
  /**
   * Whether these arguments need admin rights. Only then is the front end asked who is an admin
   * (CommandRequest.confirmAdmin): on Slack that answer costs a users.info call.
   */
  readonly needsAdmin?: (args: Args) => boolean;
  run(args: Args, context: CommandContext): Reply | Promise<Reply>;
}

/** Erases the argument type so modules of different shapes share one registry. */
export type AnyCommand = CommandModule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- registry of heterogeneous argument shapes; each module validates its own args with zod before run()

export function positional(options: readonly OptionSpec[], input: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  options.forEach((option, i) => {
    const last = i === options.length - 1;
    const value = last ? input.slice(i).join(' ') : input[i];
    out[option.name] = value && value.length > 0 ? value : undefined;
  });
  return out;
}
