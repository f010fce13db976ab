import type { Place } from '../request.js';

/** A channel's daily-question settings. */
export interface DailySchedule {
  readonly place: Place;
  readonly enabled: boolean;
  /** Minutes after local midnight when the question is posted. */
  readonly postAtMinutes: number;
  readonly timeZone: string;
  /** How long the question stays open before the reveal. */
  readonly revealAfterMinutes: number;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

/**
 * Port for schedules and for exactly-once delivery (what was posted and answered is the quiz store's). A delivery key ("post:<id>", "reveal:<id>") is
 * claimed before the message is sent and completed after; a claim older than its lease can be taken
 * over, so a crash mid-send is retried, never left in progress forever.
 */
export interface ScheduleStore {
  saveSchedule(schedule: DailySchedule): void;
  schedule(place: Place): DailySchedule | undefined;
  enabledSchedules(): readonly DailySchedule[];
  claimDelivery(key: string, now: Date, leaseMs: number): boolean;
  /** The point of no return: the message is about to be handed to the platform. */
  markSending(key: string, now: Date): void;
  completeDelivery(key: string, now: Date, outcome: DeliveryOutcome): void;
  /** The platform refused the message: the claim is given up and the failed attempt counted. */
  failDelivery(key: string): void;
  /** Gives up a claim before anything was sent (another instance may take it at once). */
  releaseDelivery(key: string): void;
  isDelivered(key: string): boolean;
  deliveryState(key: string): DeliveryState | undefined;
}

/**
 * How a delivery ended: sent; skipped (nothing to send); undeliverable (the platform refused it too
 * many times); uncertain (an earlier attempt died after handing the message over, so it may be out and
 * is not sent again); abandoned (the daily question was switched off while it was failing).
 */
export type DeliveryOutcome = 'sent' | 'skipped' | 'undeliverable' | 'uncertain' | 'abandoned';

export interface DeliveryState {
  readonly attempts: number;
  /** Set while an attempt has handed the message to the platform and not yet recorded the result. */
  readonly sendingAt?: Date;
  readonly outcome?: DeliveryOutcome;
}
