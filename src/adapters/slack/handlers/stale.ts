import { staleButton } from '../../shared/replies.js';
import type { SlackHandlerKit } from './deps.js';

/** Anything else is a stale or foreign button: answer kindly, change nothing. */
export function onStale(kit: SlackHandlerKit, body: unknown): Promise<void> {
  return kit.afterAck.run(async () => {
    const url = typeof body === 'object' && body !== null && 'response_url' in body && typeof body.response_url === 'string' ? body.response_url : undefined;
    await kit.send(url, staleButton());
  });
}
