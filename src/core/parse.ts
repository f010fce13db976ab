import type { AnyCommand, CommandContext } from './commands/command-module.js';
import { positional } from './commands/command-module.js';
import { UserError } from './errors.js';
import { MAX_INPUT_LENGTH, normalize, words } from './text.js';

export interface ParsedCommand {
  readonly command: AnyCommand;
  readonly options: Record<string, string | undefined>;
}

/** Leading words people add out of habit: "/aws /aws lambda", "aws lambda". */
const NOISE = new Set(['/aws', 'aws']);

/**
 * Reads the text after `/aws` into a command and its named options. Anything that is not a command
 * word is a topic lookup, so `/aws lambda pricing` and `/aws how much does lambda cost` both work.
 */
export function parseCommandText(
  text: string,
  commands: ReadonlyMap<string, AnyCommand>,
  fallback: AnyCommand,
  context: CommandContext,
): ParsedCommand {
  if (text.length > MAX_INPUT_LENGTH) {
    throw new UserError('input-too-long', `That message is ${text.length.toLocaleString('en-US')} characters long; I read up to ${MAX_INPUT_LENGTH}. Try a shorter question, e.g. \`/aws lambda limits\`.`);
  }
  const all = words(normalize(text));
  while (all.length > 0 && NOISE.has(all[0] ?? '')) all.shift();
  if (all.length === 0) {
    throw new UserError('empty', 'Ask me about a topic, e.g. `/aws lambda` or `/aws compare ecs fargate`. `/aws help` lists every command.');
  }
  const head = (all[0] ?? '').replace(/^\//, '');
  const command = commands.get(head);
  const chosen = command ?? fallback;
  const rest = command ? all.slice(1) : all;
  const options = chosen.fromWords ? chosen.fromWords(rest, context) : positional(chosen.options, rest);
  return { command: chosen, options };
}
