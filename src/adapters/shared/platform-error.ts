/**
 * One error type for every platform failure (Slack's Web API, Discord's REST, the console's files), in
 * the manner of bolt-js's errors.ts: a code for the logs and tests, a sentence a member or admin can
 * act on, whether trying again later may help, and the original error as `cause` so its identity is
 * not lost on the way to the log. Each front end turns its library's errors into one of these
 * (slack/slack-errors.ts, discord/discord-errors.ts); everything after that handles one shape.
 */
export type FrontEnd = 'slack' | 'discord' | 'console';

export interface PlatformErrorDetails {
  /** Slack's error string, Discord's JSON code, or our kind (`unreachable`, `rate-limited`, …). */
  readonly code: string;
  /** Safe to show in the chat: says what happened and what to do. */
  readonly friendly: string;
  /** What we were doing: a Web API method, "post message", "save chart". */
  readonly operation: string;
  /** Whether the same call may succeed later unchanged (rate limits, outages), as opposed to needing a fix. */
  readonly retryable: boolean;
  /** Seconds the platform asked us to wait, when it said. */
  readonly retryAfterSec?: number;
  readonly cause?: unknown;
}

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  readonly code: string;
  readonly friendly: string;
  readonly operation: string;
  readonly retryable: boolean;
  readonly retryAfterSec?: number;

  constructor(readonly platform: FrontEnd, details: PlatformErrorDetails) {
    super(`${platform} ${details.operation} failed (${details.code}): ${details.friendly}`, details.cause !== undefined ? { cause: details.cause } : undefined);
    this.code = details.code;
    this.friendly = details.friendly;
    this.operation = details.operation;
    this.retryable = details.retryable;
    if (details.retryAfterSec !== undefined) this.retryAfterSec = details.retryAfterSec;
  }
}

/** The PlatformError of this front end inside `error`, if it is one (bolt-js's asCodedError, the other way round). */
export function asPlatformError(error: unknown, platform: FrontEnd): PlatformError | undefined {
  return error instanceof PlatformError && error.platform === platform ? error : undefined;
}
