import { systemClock, type Clock } from '../../core/ports.js';

/**
 * A clock the console can move forward: real time plus an offset that only grows. The core sees a
 * plain Clock and never knows it travels; only the console chat holds this object.
 */
export class TravelClock implements Clock {
  private offsetMs = 0;
  readonly sleep?: (ms: number) => Promise<void>;

  constructor(private readonly base: Clock = systemClock) {
    // Pauses are real pauses: a retry waits out a busy database whatever the bot's time says.
    if (base.sleep) this.sleep = (ms) => base.sleep?.(ms) ?? Promise.resolve();
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** How far ahead of real time the bot is, in ms (0 before any travel). */
  get aheadMs(): number {
    return this.offsetMs;
  }

  /** Moves to `instant`. Never backwards: what happened (posts, reveals, scores) stays in the past. */
  moveTo(instant: Date): void {
    const offset = instant.getTime() - this.base.now().getTime();
    if (offset < this.offsetMs) throw new RangeError('a travel clock never goes backwards');
    this.offsetMs = offset;
  }
}

/**
 * The clock main.ts gives the core. With a Slack or Discord token the bot serves real people on real
 * time: a plain clock, and no travel object for anyone to reach.
 */
export function clockFor(chatPlatforms: boolean, base: Clock = systemClock): { readonly clock: Clock; readonly travel?: TravelClock } {
  if (chatPlatforms) return { clock: base };
  const travel = new TravelClock(base);
  return { clock: travel, travel };
}
