import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { PlatformError } from '../shared/platform-error.js';

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

/** A Discord failure we detect ourselves (an answer missing what it should carry). */
export function discordError(code: string, friendly: string, action: string): PlatformError {
  return new PlatformError('discord', { code, friendly, operation: action, retryable: false });
}

/**
 * Turns anything a REST call threw into the one PlatformError: Discord's JSON error code (e.g. 50001),
 * `rate-limited`, `http-503`, `unreachable`, … Keeps the library's error as the cause, never the
 * request body or the token.
 */
export function explainDiscordError(error: unknown, action: string): PlatformError {
  if (error instanceof PlatformError && error.platform === 'discord') return error;
  const fail = (code: string, friendly: string, retryable: boolean, retryAfterSec?: number) =>
    new PlatformError('discord', { code, friendly, operation: action, retryable, cause: error, ...(retryAfterSec !== undefined ? { retryAfterSec } : {}) });
  if (error instanceof RateLimitError) {
    const retryAfterSec = Math.max(1, Math.ceil(error.retryAfter / 1000));
    return fail('rate-limited', `Discord asks me to slow down; try again in ${retryAfterSec} s.`, true, retryAfterSec);
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number.NaN;
    if (error.status === 401) return fail('401', 'Discord did not accept the bot token (DISCORD_TOKEN). Reset it in the Developer Portal and update the setting.', false);
    const friendly = KNOWN[code] ?? `Discord refused it (${error.status}: ${('message' in error.rawError ? error.rawError.message : undefined) ?? 'no reason given'}).`;
    return fail(String(error.code || error.status), friendly, false);
  }
  if (error instanceof HTTPError) {
    return fail(`http-${error.status}`, `Discord had a server problem (${error.status}); I will try again later.`, true);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && (error.name === 'AbortError' || /ECONNREFUSED|ENOTFOUND|ECONNRESET|fetch failed|timed? ?out/i.test(message))) {
    return fail('unreachable', 'I could not reach Discord; check the network (or DISCORD_API_URL).', true);
  }
  return fail('unexpected', `Unexpected error: ${message}`, false);
}

/**
 * What to log about a REST error: name, message, status and code. Not the URL (an interaction's
 * URL carries its token) nor the request body.
 */
export function loggable(error: unknown): Record<string, unknown> {
  const cause = error instanceof PlatformError ? error.cause : error;
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
