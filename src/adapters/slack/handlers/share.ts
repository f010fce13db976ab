import { cannotShare, nowhere, sharedBy } from '../../shared/replies.js';
import { rebuildShared } from '../../shared/share.js';
import { userMistake } from '../../../core/reply.js';
import { buttonClick } from '../payloads.js';
import { explainSlackError } from '../slack-errors.js';
import type { SlackHandlerKit } from './deps.js';

/**
 * "Share in channel": the reply is built again for this member and, if the core still offers it for
 * sharing, posted in the channel with chat.postMessage; the private preview is then removed.
 */
export function onShare(kit: SlackHandlerKit, body: unknown, retryNum: number | undefined): Promise<void> {
  const click = buttonClick(body);
  return kit.guarded('share', click?.triggerId, retryNum, click?.responseUrl, async () => {
    if (!click?.place) return kit.send(click?.responseUrl, nowhere('slack'));
    const actor = kit.member(click.userId, click.userName);
    const original = await rebuildShared(kit.bot, { actor, place: click.place }, click.value);
    if (!original) return kit.send(click.responseUrl, cannotShare());
    try {
      await kit.poster.post(click.place, sharedBy(original, actor.name));
    } catch (error) {
      return kit.send(click.responseUrl, userMistake(explainSlackError(error, 'chat.postMessage').friendly));
    }
    if (click.ephemeral && click.responseUrl) {
      await kit.responses.post(click.responseUrl, { delete_original: true }).catch((error: unknown) => kit.logger.warn({ err: error }, 'could not remove the shared preview'));
    }
  });
}
