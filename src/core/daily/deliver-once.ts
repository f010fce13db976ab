import type { Clock, Logger } from '../ports.js';
import type { ScheduleStore } from './schedule-store.js';

/** How long a claimed delivery may stay unfinished before another attempt may take it over. */
export const ONCE_LEASE_MS = 2 * 60_000;
/** Tries before a message the platform keeps refusing is given up (a tick a minute: about five minutes). */
export const ONCE_MAX_ATTEMPTS = 5;
const RECORD_TRIES = 4;
const RECORD_PAUSE_MS = 250;

export type OnceOutcome = 'sent' | 'already' | 'busy' | 'uncertain' | 'failed' | 'given-up';

export interface OnceDeps {
  readonly schedules: ScheduleStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Sends one message under a delivery-ledger key, at most once across ticks, instances and restarts:
 * claim the key (with a fencing token), compose the message, mark the send as started, send, record.
 * The message is composed only once the key is held, so a tick that finds it delivered does no work;
 * `compose` returning undefined (nothing worth saying) records the key as skipped and sends nothing
 * ('nothing'), and a compose that throws frees the key at once. An attempt that died after handing
 * the message over leaves the key "uncertain" and it is never sent again; a refusal by the platform is
 * retried by later ticks, up to ONCE_MAX_ATTEMPTS. The same protocol as the daily question's
 * (DailyService), for messages that are one send and nothing else.
 */
export async function deliverOnce<T>(
  deps: OnceDeps, key: string, context: object, compose: () => Promise<T | undefined>, send: (message: T) => Promise<unknown>,
): Promise<OnceOutcome | 'nothing'> {
  const { schedules, clock, logger } = deps;
  if (await schedules.isDelivered(key)) return 'already';
  const claim = await schedules.claimDelivery(key, clock.now(), ONCE_LEASE_MS);
  if (!claim) return 'busy';
  if ((await schedules.deliveryState(key))?.sendingAt) {
    await schedules.completeDelivery(claim, clock.now(), 'uncertain');
    logger.error({ ...context, key }, 'an earlier attempt died while sending; it may be out, so it is not sent again');
    return 'uncertain';
  }
  let message: T | undefined;
  try {
    message = await compose();
  } catch (error) {
    await schedules.releaseDelivery(claim);
    throw error;
  }
  if (message === undefined) {
    await schedules.completeDelivery(claim, clock.now(), 'skipped');
    return 'nothing';
  }
  if (!(await schedules.markSending(claim, clock.now()))) return 'busy';
  try {
    await send(message);
  } catch (error) {
    await schedules.failDelivery(claim);
    const attempts = (await schedules.deliveryState(key))?.attempts ?? ONCE_MAX_ATTEMPTS;
    const last = attempts >= ONCE_MAX_ATTEMPTS;
    if (last) await schedules.completeDelivery(claim, clock.now(), 'undeliverable');
    logger[last ? 'error' : 'warn']({ ...context, err: error, key, attempts }, last ? 'not delivered after the last try; giving up' : 'not delivered; will retry');
    return last ? 'given-up' : 'failed';
  }
  // It is out. If the record cannot be written, the lease runs out and the next claim finds the send
  // marked as started: "uncertain", never a second copy.
  for (let attempt = 1; attempt <= RECORD_TRIES; attempt++) {
    try {
      await schedules.completeDelivery(claim, clock.now(), 'sent');
      return 'sent';
    } catch (error) {
      if (attempt === RECORD_TRIES) logger.error({ ...context, err: error, key }, 'sent, but the record did not land; it will not be sent again');
      else await clock.sleep?.(RECORD_PAUSE_MS * attempt);
    }
  }
  return 'sent';
}
