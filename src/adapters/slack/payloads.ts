import type { BlockAction, ButtonAction, SlashCommand } from '@slack/bolt';
import type { Place } from '../../core/request.js';

/** Where a slash command was typed, or undefined when Slack left that out. */
export function commandPlace(command: SlashCommand): Place | undefined {
  if (!command.team_id || !command.channel_id) return undefined;
  return { platform: 'slack', workspaceId: command.team_id, channelId: command.channel_id };
}

export interface Click {
  readonly triggerId: string | undefined;
  readonly responseUrl: string | undefined;
  readonly userId: string;
  readonly userName: string | undefined;
  readonly value: string;
  readonly place: Place | undefined;
  readonly ephemeral: boolean;
}

/** The parts of a block_actions button click we use, or undefined for anything else. */
export function buttonClick(body: unknown): Click | undefined {
  const action = body as Partial<BlockAction<ButtonAction>>;
  const button = action.actions?.[0];
  if (action.type !== 'block_actions' || button?.type !== 'button' || !action.user?.id) return undefined;
  const container = action.container ?? {};
  const teamId = action.team?.id ?? action.user.team_id;
  const channelId = action.channel?.id ?? (typeof container.channel_id === 'string' ? container.channel_id : undefined);
  return {
    triggerId: action.trigger_id || undefined,
    responseUrl: action.response_url || undefined,
    userId: action.user.id,
    userName: action.user.username ?? action.user.name,
    value: button.value ?? '',
    place: teamId && channelId ? { platform: 'slack', workspaceId: teamId, channelId } : undefined,
    ephemeral: container.is_ephemeral === true,
  };
}
