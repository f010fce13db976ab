import type { SlashCommand } from '@slack/bolt';
import { nowhere } from '../../shared/replies.js';
import { forMemberOnly } from '../../shared/replace-rules.js';
import { shareValue } from '../../shared/share.js';
import { str } from '../../shared/text.js';
import { deliverChart } from '../chart-delivery.js';
import { commandPlace } from '../payloads.js';
import type { SlackHandlerKit } from './deps.js';

export const COMMAND = '/aws';

/** `/aws <text>`, after the ack: the core's reply, with its chart delivered and a Share button when it is shareable. */
export function onCommand(kit: SlackHandlerKit, command: SlashCommand, retryNum: number | undefined): Promise<void> {
  const url = command.response_url;
  return kit.guarded('command', command.trigger_id, retryNum, url, async () => {
    const place = commandPlace(command);
    const userId = str(command.user_id);
    if (!place || !userId) return kit.send(url, nowhere('slack'));
    const text = typeof command.text === 'string' ? command.text : '';
    const answer = await kit.bot.handle({ actor: kit.member(userId, str(command.user_name)), place, text, confirmAdmin: kit.confirmAdmin(userId) });
    const chart = answer.chart;
    const sent = chart
      ? await deliverChart({ ...kit.charts, logger: kit.logger }, { ...answer, chart }, { channelId: place.channelId, userId, private: forMemberOnly(answer) })
      : answer;
    await kit.send(url, sent, { shareValue: shareValue({ kind: 'text', text }) });
  });
}
