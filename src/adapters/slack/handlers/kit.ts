import { sorry } from '../../shared/replies.js';
import type { SlackHandlerDeps, SlackHandlerKit } from './deps.js';
import { sendReply } from './send-reply.js';

/** The helpers every Slack listener shares, built once over the deps. */
export function handlerKit(deps: SlackHandlerDeps): SlackHandlerKit {
  const { logger, seen, afterAck, admins } = deps;
  const send: SlackHandlerKit['send'] = (url, reply, how) => sendReply(deps, url, reply, how);
  return {
    ...deps,
    send,
    // Listeners do not wait for this: bolt's per-request state is let go at once.
    guarded: (kind, key, retryNum, responseUrl, work) => afterAck.run(async () => {
      if (key ? !(await seen.firstTime(`${kind}:${key}`)) : (retryNum ?? 0) > 0) {
        logger.info({ kind, retryNum }, 'slack repeat of a handled request ignored');
        return;
      }
      try {
        await work();
      } catch (error) {
        logger.error({ kind, err: error }, 'slack request failed');
        await send(responseUrl, sorry());
      }
    }),
    member: (id, name) => ({ id, name: name || id, isAdmin: admins.isConfigured(id) }),
    confirmAdmin: (id) => () => admins.isAdmin(id),
  };
}
