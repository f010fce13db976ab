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
  saveSchedule(schedule: DailySchedule): Promise<void>;
  schedule(place: Place): Promise<DailySchedule | undefined>;
  enabledSchedules(): Promise<readonly DailySchedule[]>;
  /**
   * Claims a delivery for `leaseMs`: a new key, or one whose earlier claim's lease has run out and that
   * is not done. The claim carries a fencing token; every later step names it, and a worker whose claim
   * was taken over (its lease ran out while it stalled) is refused instead of overwriting the new one.
   */
  claimDelivery(key: string, now: Date, leaseMs: number): Promise<DeliveryClaim | undefined>;
  /** The point of no return: the message is about to be handed to the platform. False if the claim was lost. */
  markSending(claim: DeliveryClaim, now: Date): Promise<boolean>;
  /** Ends the delivery. False if the claim was lost (another worker holds the key now). */
  completeDelivery(claim: DeliveryClaim, now: Date, outcome: DeliveryOutcome): Promise<boolean>;
  /** The platform refused the message: the claim is given up and the failed attempt counted. */
  failDelivery(claim: DeliveryClaim): Promise<void>;
  /** Gives up a claim before anything was sent (another worker may take it at once). */
  releaseDelivery(claim: DeliveryClaim): Promise<void>;
  isDelivered(key: string): Promise<boolean>;
  deliveryState(key: string): Promise<DeliveryState | undefined>;
}

/** A held claim on a delivery key; `token` grows with every new claim of the key. */
export interface DeliveryClaim {
  readonly key: string;
  readonly token: number;
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
