import type { BlockAction, ButtonAction, SlashCommand } from '@slack/bolt';
import type { Place } from '../../core/request.js';
// A forged or repeated form field (which arrives as an array) or a wrong type is treated as missing.
import { str } from '../shared/text.js';


/** Where a slash command was typed, or undefined when Slack left that out. */
export function commandPlace(command: SlashCommand): Place | undefined {
  const workspaceId = str(command.team_id);
  const channelId = str(command.channel_id);
  if (!workspaceId || !channelId) return undefined;
  return { platform: 'slack', workspaceId, channelId };
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
  const userId = str(action.user?.id);
  if (action.type !== 'block_actions' || button?.type !== 'button' || !userId) return undefined;
  const container = action.container ?? {};
  const teamId = str(action.team?.id) ?? str(action.user?.team_id);
  const channelId = str(action.channel?.id) ?? str(container.channel_id);
  return {
    triggerId: str(action.trigger_id),
    responseUrl: str(action.response_url),
    userId,
    userName: str(action.user?.username) ?? str(action.user?.name),
    value: str(button.value) ?? '',
    place: teamId && channelId ? { platform: 'slack', workspaceId: teamId, channelId } : undefined,
    ephemeral: container.is_ephemeral === true,
  };
}
