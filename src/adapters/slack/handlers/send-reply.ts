import type { Reply } from '../../../core/reply.js';
import { forMemberOnly } from '../../shared/replace-rules.js';
import { renderReply } from '../render.js';
import type { SendHow, SlackHandlerDeps } from './deps.js';

/** Posts a reply through the response_url; a failure (expired after 30 minutes, …) is only logged. */
export async function sendReply(deps: Pick<SlackHandlerDeps, 'logger' | 'responses'>, url: string | undefined, reply: Reply, how: SendHow = {}): Promise<void> {
  if (!url) {
    deps.logger.warn({}, 'slack request without a response_url; nowhere to answer');
    return;
  }
  const message = renderReply(reply, reply.shareable && how.shareValue ? { shareValue: how.shareValue } : {});
  try {
    await deps.responses.post(url, {
      response_type: forMemberOnly(reply) ? 'ephemeral' : 'in_channel',
      replace_original: how.replaceOriginal ?? false,
      text: message.text,
      blocks: message.blocks,
    });
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not answer through the response_url');
  }
}
