import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';

/**
 * A Discord REST failure as something an operator or member can act on. Keeps the library's error
 * as the cause (its identity is not lost), never the request body or the token.
 */
export class DiscordProblem extends Error {
  override readonly name = 'DiscordProblem';
  constructor(
    /** Discord's JSON error code (e.g. 50001), `rate-limited`, `http-503`, `unreachable`, … */
    readonly code: string,
    /** One sentence for the person who can fix it. */
    readonly friendly: string,
    readonly action: string,
    options?: { cause?: unknown; retryAfterSec?: number },
  ) {
    super(`Discord ${action} failed (${code}): ${friendly}`, options?.cause !== undefined ? { cause: options.cause } : undefined);
    if (options?.retryAfterSec !== undefined) this.retryAfterSec = options.retryAfterSec;
  }
  readonly retryAfterSec?: number;
}

const KNOWN: Partial<Record<number, string>> = {
  [RESTJSONErrorCodes.MissingAccess]: 'I cannot see that channel. Add me to it (View Channel) or use another channel.',
  [RESTJSONErrorCodes.MissingPermissions]: 'I may not post there. Give me Send Messages and Embed Links in that channel.',
  [RESTJSONErrorCodes.UnknownChannel]: 'That channel no longer exists, or I was removed from its server.',
  [RESTJSONErrorCodes.UnknownMessage]: 'The message I wanted to change is gone (deleted or too old).',
  [RESTJSONErrorCodes.UnknownGuild]: 'I am not in that server any more.',
  [RESTJSONErrorCodes.UnknownInteraction]: 'Discord no longer accepts an answer to this (it took longer than 3 seconds, or it was answered already).',
  [RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]: 'This was answered already.',
  [RESTJSONErrorCodes.CannotSendMessagesToThisUser]: 'That member does not accept direct messages from me.',
  [RESTJSONErrorCodes.InvalidFormBodyOrContentType]: 'Discord refused the message format; this is a bug on my side and has been logged.',
};

/** Turns anything a REST call threw into a DiscordProblem. */
export function explainDiscordError(error: unknown, action: string): DiscordProblem {
  if (error instanceof DiscordProblem) return error;
  if (error instanceof RateLimitError) {
    const retryAfterSec = Math.max(1, Math.ceil(error.retryAfter / 1000));
    return new DiscordProblem('rate-limited', `Discord asks me to slow down; try again in ${retryAfterSec} s.`, action, { cause: error, retryAfterSec });
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number.NaN;
    if (error.status === 401) return new DiscordProblem('401', 'Discord did not accept the bot token (DISCORD_TOKEN). Reset it in the Developer Portal and update the setting.', action, { cause: error });
    const friendly = KNOWN[code] ?? `Discord refused it (${error.status}: ${('message' in error.rawError ? error.rawError.message : undefined) ?? 'no reason given'}).`;
    return new DiscordProblem(String(error.code || error.status), friendly, action, { cause: error });
  }
  if (error instanceof HTTPError) {
    return new DiscordProblem(`http-${error.status}`, `Discord had a server problem (${error.status}); I will try again later.`, action, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && (error.name === 'AbortError' || /ECONNREFUSED|ENOTFOUND|ECONNRESET|fetch failed|timed? ?out/i.test(message))) {
    return new DiscordProblem('unreachable', 'I could not reach Discord; check the network (or DISCORD_API_URL).', action, { cause: error });
  }
  return new DiscordProblem('unexpected', `Unexpected error: ${message}`, action, { cause: error });
}

/**
 * What to log about a REST error: name, message, status and code. Not the URL (an interaction's
 * URL carries its token) nor the request body.
 */
export function loggable(error: unknown): Record<string, unknown> {
  const cause = error instanceof DiscordProblem ? error.cause : error;
  if (!(cause instanceof Error)) return { message: String(cause) };
  const extra = cause as Error & { status?: unknown; code?: unknown };
  const message = cause.message.replace(/\/(interactions|webhooks)\/[^\s]+/g, '/$1/…');
  return {
    name: cause.name,
    message,
    ...(typeof extra.status === 'number' ? { status: extra.status } : {}),
    ...(extra.code !== undefined ? { code: extra.code } : {}),
  };
}
