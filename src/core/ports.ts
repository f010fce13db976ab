/** Small interfaces through which the outside world reaches the core. */

/** Structured logger; pino satisfies it, tests can pass a silent one. */
export interface Logger {
  debug(data: object, message?: string): void;
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
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
