import type { App } from '@slack/bolt';
import type { Logger } from '../../../core/ports.js';

/**
 * Requests no listener takes (an action without a string action_id, a block_suggestion) would wait
 * unanswered until bolt gives up; they are acknowledged at once and otherwise ignored.
 */
export function ackUnhandled(app: App, logger: Logger): void {
  app.use(async (args) => {
    const body = args.body as Record<string, unknown>;
    const payload = args.payload as { action_id?: unknown } | undefined;
    const taken = 'command' in body
      || (body.type === 'block_actions' && typeof payload === 'object' && payload !== null && typeof payload.action_id === 'string');
    if (!taken && 'ack' in args && typeof args.ack === 'function') {
      logger.info({ type: typeof body.type === 'string' ? body.type : 'unknown' }, 'slack request with nothing to do acknowledged');
      await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  });
}
