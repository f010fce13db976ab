import type { ScheduleStore } from '../daily/schedule-store.js';
import type { Clock, Logger } from '../ports.js';
import type { Reply } from '../reply.js';

export interface SendOnceDeps {
  readonly schedules: ScheduleStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A claim may stay unfinished this long before another tick or instance may take it over. */
const LEASE_MS = 2 * 60_000;
/** Tries before a DM the platform keeps refusing is given up (a tick a minute: about five minutes). */
const MAX_ATTEMPTS = 5;

export type SendOnceOutcome = 'sent' | 'already' | 'busy' | 'nothing' | 'failed' | 'given-up' | 'uncertain';

/**
 * Sends one message under a delivery key at most once, across ticks, restarts and instances, through
 * the delivery ledger the daily question uses: claim (lease + fencing token), compose, mark the point
 * of no return, send, complete. A crash after the mark is never answered by a second send.
 */
export async function sendOnce(deps: SendOnceDeps, key: string, compose: () => Promise<Reply | undefined>, send: (message: Reply) => Promise<void>): Promise<SendOnceOutcome> {
  const { schedules, clock } = deps;
  if (await schedules.isDelivered(key)) return 'already';
  const claim = await schedules.claimDelivery(key, clock.now(), LEASE_MS);
  if (!claim) return 'busy';
  if ((await schedules.deliveryState(key))?.sendingAt) {
    await schedules.completeDelivery(claim, clock.now(), 'uncertain');
    deps.logger.error({ key }, 'an earlier attempt died while sending this message; it may be out, so it is not sent again');
    return 'uncertain';
  }
  let message: Reply | undefined;
  try {
    message = await compose();
  } catch (error) {
    await schedules.releaseDelivery(claim);
    throw error;
  }
  if (!message) {
    // Recorded, so later ticks of the day do not ask again: a reminder comes at its time or not at all.
    await schedules.completeDelivery(claim, clock.now(), 'skipped');
    return 'nothing';
  }
  if (!await schedules.markSending(claim, clock.now())) return 'busy';
  try {
    await send(message);
  } catch (error) {
    await schedules.failDelivery(claim);
    const attempts = (await schedules.deliveryState(key))?.attempts ?? MAX_ATTEMPTS;
    const last = attempts >= MAX_ATTEMPTS;
    if (last) await schedules.completeDelivery(claim, clock.now(), 'undeliverable');
    deps.logger[last ? 'error' : 'warn']({ err: error, key, attempts }, last ? 'a direct message could not be delivered; giving up' : 'a direct message was not delivered; will retry');
    return last ? 'given-up' : 'failed';
  }
  await schedules.completeDelivery(claim, clock.now(), 'sent');
  return 'sent';
}
