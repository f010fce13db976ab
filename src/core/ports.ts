/** Small interfaces through which the outside world reaches the core. */

/** Structured logger; pino satisfies it, tests can pass a silent one. */
export interface Logger {
  debug(data: object, message?: string): void;
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
}

/**
 * Platform request keys already taken (a Slack trigger_id, a Discord interaction id), kept in the
 * database every instance shares, so a request the platform delivers again, to this instance or to
 * another behind the load balancer, does its work once.
 */
export interface RequestKeys {
  /** True for the first taker of `key` within `ttlMs` from `now`; false for every repeat in that window. */
  firstTime(key: string, now: Date, ttlMs: number): Promise<boolean>;
}

export interface Clock {
  now(): Date;
  /** Waits a moment (a short pause before retrying a write); a test clock may leave it out and not wait. */
  sleep?(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
