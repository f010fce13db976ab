import type { AnyCommand } from './command-module.js';
import { compareCommand } from './compare.js';
import { dailyCommand } from './daily.js';
import { examDateCommand } from './exam-date.js';
import { examCommand } from './exam.js';
import { helpCommand } from './help.js';
import { lookupCommand } from './lookup.js';
import { meCommand } from './me.js';
import { newTopicsCommand } from './new-topics.js';
import { recapCommand } from './recap.js';
import { remindCommand } from './remind.js';
import { reportCommand } from './report.js';
import { topCommand } from './top.js';
import { topicsCommand } from './topics.js';
import { quizCommand } from './quiz.js';

/**
 * Every `/aws` subcommand, in the order help lists them. Static and frozen: the Discord command
 * deploy script reads it without building a bot (no database, no content bank), and nothing can add
 * to it after start.
 */
export const COMMANDS: readonly AnyCommand[] = Object.freeze([
  lookupCommand, compareCommand, topicsCommand, quizCommand, examCommand, examDateCommand, newTopicsCommand, remindCommand,
  topCommand, meCommand, recapCommand, reportCommand, dailyCommand,
  helpCommand(() => COMMANDS),
]);

/** What runs when the first word names no command: the lookup. */
export const DEFAULT_COMMAND: AnyCommand = lookupCommand;

/** Command words and aliases (the default command has none: any other word is a lookup). */
export const COMMAND_WORDS: ReadonlyMap<string, AnyCommand> = new Map(
  COMMANDS.filter((c) => c !== DEFAULT_COMMAND).flatMap((c) => [c.name, ...(c.aliases ?? [])].map((word) => [word, c] as const)),
);

export function commandNamed(name: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/**
 * The text a member would type after `/aws` for these named options (the default command's name is
 * left out, as members leave it out). Structured front ends use it to replay a command as text, e.g.
 * to share a lookup into the channel.
 */
export function commandLine(name: string, options: Readonly<Record<string, string | undefined>>): string {
  const values = Object.values(options).filter((v): v is string => v !== undefined && v !== '');
  return [...(name === DEFAULT_COMMAND.name ? [] : [name]), ...values].join(' ');
}
