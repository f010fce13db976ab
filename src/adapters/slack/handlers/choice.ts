import { nowhere } from '../../shared/replies.js';
import { replacesClickedMessage } from '../../shared/replace-rules.js';
import { shareValue } from '../../shared/share.js';
import { buttonClick } from '../payloads.js';
import type { SlackHandlerKit } from './deps.js';

/** An answer or "did you mean" button: the core's reply to the pick, in place of the message when the kit's replace rules say so. */
export function onChoice(kit: SlackHandlerKit, body: unknown, retryNum: number | undefined): Promise<void> {
  const click = buttonClick(body);
  return kit.guarded('choice', click?.triggerId, retryNum, click?.responseUrl, async () => {
    if (!click?.place) return kit.send(click?.responseUrl, nowhere('slack'));
    const answer = await kit.bot.handleAction({ actor: kit.member(click.userId, click.userName), place: click.place, actionId: click.value });
    await kit.send(click.responseUrl, answer, {
      shareValue: shareValue({ kind: 'action', actionId: click.value }),
      replaceOriginal: replacesClickedMessage(click.ephemeral, answer),
    });
  });
}
