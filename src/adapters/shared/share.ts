import type { Reply } from '../../core/reply.js';
import type { CommandRequest } from '../../core/request.js';
import type { ActionRequest } from '../../core/studybot.js';

/**
 * "Share in channel": a lookup comes to the member privately with a button whose value says how to
 * build the same reply again, so sharing re-runs it rather than trusting text from the button. Two
 * kinds: `t:<text after /aws>` re-runs a command, `a:<choice id>` re-runs a pick.
 */
export type ShareSource = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'action'; readonly actionId: string };

export function shareValue(source: ShareSource): string {
  return source.kind === 'text' ? `t:${source.text}` : `a:${source.actionId}`;
}

export function readShareValue(value: string): ShareSource | undefined {
  if (value.startsWith('t:')) return { kind: 'text', text: value.slice(2) };
  if (value.startsWith('a:')) return { kind: 'action', actionId: value.slice(2) };
  return undefined;
}

/** The part of the bot a share needs. */
export interface Rerunner {
  handle(request: CommandRequest): Promise<Reply>;
  handleAction(action: ActionRequest): Promise<Reply>;
}

/**
 * The reply a share value stands for, built again for this member, or undefined when the core does
 * not offer it for sharing (any more): only what the core itself marked shareable reaches a channel.
 */
export async function rebuildShared(bot: Rerunner, request: Omit<CommandRequest, 'text'>, value: string): Promise<Reply | undefined> {
  const source = readShareValue(value);
  if (!source) return undefined;
  const original = source.kind === 'text'
    ? await bot.handle({ ...request, text: source.text })
    : await bot.handleAction({ actor: request.actor, place: request.place, actionId: source.actionId });
  return original.shareable ? original : undefined;
}
