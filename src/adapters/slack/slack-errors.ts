import { PlatformError } from '../shared/platform-error.js';

/**
 * Turns whatever the Slack Web API client threw into the one PlatformError: Slack's error code for the
 * logs and a message a member or admin can act on, keeping the original as `cause`.
 */
const INVITE = 'Invite me with `/invite @studybot` in that channel, then try again.';
const REINSTALL = 'An admin needs to reinstall the app from slack/manifest.yml so it has every permission it needs.';
const TOKEN = 'The bot\'s Slack token is not valid any more; an admin needs to check SLACK_BOT_TOKEN.';

const FRIENDLY: Readonly<Record<string, string>> = {
  not_in_channel: `I'm not a member of this channel. ${INVITE}`,
  channel_not_found: `I can't see this channel (private channels and DMs need me added). ${INVITE}`,
  is_archived: 'This channel is archived, so I can\'t post in it.',
  restricted_action: 'This workspace doesn\'t let me post in this channel; an admin can change its posting permissions.',
  cant_update_message: 'Slack would not let me edit that message any more.',
  message_not_found: 'The original message is gone (deleted?), so I could not update it.',
  missing_scope: `The Slack app is missing a permission. ${REINSTALL}`,
  not_allowed_token_type: `The Slack app is set up with the wrong kind of token. ${REINSTALL}`,
  not_authed: TOKEN,
  invalid_auth: TOKEN,
  token_revoked: TOKEN,
  token_expired: TOKEN,
  account_inactive: TOKEN,
  invalid_blocks: 'Slack refused the layout of my message. That is a bug on my side and it has been logged.',
  msg_too_long: 'That message is too long for Slack. That is a bug on my side and it has been logged.',
};

interface ClientErrorShape {
  code?: unknown;
  data?: { error?: unknown; needed?: unknown };
  retryAfter?: unknown;
  statusCode?: unknown;
}

/** A Slack failure we detect ourselves (an answer missing what it should carry). */
export function slackError(code: string, friendly: string, method: string): PlatformError {
  return new PlatformError('slack', { code, friendly, operation: method, retryable: false });
}

export function explainSlackError(error: unknown, method: string): PlatformError {
  if (error instanceof PlatformError && error.platform === 'slack') return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ClientErrorShape;
  const fail = (code: string, friendly: string, retryable: boolean, retryAfterSec?: number) =>
    new PlatformError('slack', { code, friendly, operation: method, retryable, cause: error, ...(retryAfterSec !== undefined ? { retryAfterSec } : {}) });
  switch (shape.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof shape.retryAfter === 'number' ? shape.retryAfter : undefined;
      return fail('ratelimited', `Slack is rate limiting me right now; please try again${seconds !== undefined ? ` in ${seconds} s` : ' shortly'}.`, true, seconds);
    }
    case 'slack_webapi_platform_error': {
      const code = typeof shape.data?.error === 'string' ? shape.data.error : 'unknown_error';
      const needed = typeof shape.data?.needed === 'string' ? ` (needs ${shape.data.needed})` : '';
      const friendly = FRIENDLY[code] ?? `Slack refused that (${code}).`;
      return fail(code, code === 'missing_scope' ? friendly.replace('permission.', `permission${needed}.`) : friendly, false);
    }
    case 'slack_webapi_http_error':
      return fail(`http_${String(shape.statusCode)}`, 'Slack is having trouble right now; please try again in a moment.', true);
    case 'slack_webapi_request_error':
      return fail('unreachable', 'I could not reach Slack; please try again in a moment.', true);
    default:
      return fail('unexpected', 'Something went wrong talking to Slack. It has been logged; please try again.', false);
  }
}
