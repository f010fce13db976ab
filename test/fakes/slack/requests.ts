import { createHmac } from 'node:crypto';

/** What Slack sends with every HTTP request: `v0=` + HMAC-SHA256(secret, `v0:<ts>:<raw body>`). */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  readonly secret?: string;
  /** Seconds since the epoch; default now. */
  readonly timestamp?: number;
  /** Sent instead of the computed signature (forgeries); null sends none. */
  readonly signature?: string | null;
  readonly retryNum?: number;
  /** Events API requests are JSON; commands and clicks are form-encoded. */
  readonly json?: boolean;
}

export interface Sent {
  readonly status: number;
  readonly body: string;
}

/** POSTs a form body to the app's /slack/events the way Slack does, signed unless told otherwise. */
export async function sendToApp(appUrl: string, body: string, opts: SendOptions = {}): Promise<Sent> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.json ? 'application/json' : 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  const sig = opts.signature === undefined ? signature(opts.secret ?? '', timestamp, body) : opts.signature;
  if (sig !== null) headers['x-slack-signature'] = sig;
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(`${appUrl}/slack/events`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

let triggers = 0;
export const newTriggerId = () => `${Date.now()}.${++triggers}.trigger`;

export interface Member {
  readonly id: string;
  readonly name: string;
}

export interface Where {
  readonly teamId: string;
  readonly channelId: string;
}

/** The slash command payload fields Slack sends (form-encoded). */
export function slashCommandPayload(text: string, who: Member, where: Where, responseUrl: string, triggerId = newTriggerId()): Record<string, string> {
  return {
    token: 'legacy-verification-token', team_id: where.teamId, team_domain: 'study', channel_id: where.channelId, channel_name: 'study',
    user_id: who.id, user_name: who.name, command: '/aws', text, api_app_id: 'A0001', is_enterprise_install: 'false',
    response_url: responseUrl, trigger_id: triggerId,
  };
}

export function slashCommandBody(...args: Parameters<typeof slashCommandPayload>): string {
  return new URLSearchParams(slashCommandPayload(...args)).toString();
}

export interface ClickOptions {
  readonly actionId: string;
  readonly value: string;
  /** The message the button sits on; absent (with ephemeral) for ephemeral messages. */
  readonly messageTs?: string;
  readonly ephemeral?: boolean;
  readonly triggerId?: string;
}

/** A block_actions button click as Slack sends it (the JSON inside `payload=`). */
export function clickPayload(who: Member, where: Where, responseUrl: string, click: ClickOptions): Record<string, unknown> {
  const actionTs = `${Date.now() / 1000}`;
  return {
    type: 'block_actions',
    user: { id: who.id, username: who.name, name: who.name, team_id: where.teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: click.ephemeral
      ? { type: 'message', message_ts: click.messageTs ?? '1.0', channel_id: where.channelId, is_ephemeral: true }
      : { type: 'message', message_ts: click.messageTs ?? '1.0', channel_id: where.channelId, is_ephemeral: false },
    trigger_id: click.triggerId ?? newTriggerId(),
    team: { id: where.teamId, domain: 'study' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: where.channelId, name: 'study' },
    ...(click.ephemeral ? {} : { message: { type: 'message', user: 'UBOT', ts: click.messageTs ?? '1.0', text: 'question', blocks: [] } }),
    state: { values: {} },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: click.actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value: click.value, action_ts: actionTs }],
  };
}

export function clickBody(...args: Parameters<typeof clickPayload>): string {
  return new URLSearchParams({ payload: JSON.stringify(clickPayload(...args)) }).toString();
}

/** An Events API callback as Slack sends it (JSON), e.g. app_home_opened. */
export function eventCallback(teamId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token', team_id: teamId, api_app_id: 'A0001', type: 'event_callback',
    event: { event_ts: `${Date.now() / 1000}`, ...event }, event_id: `Ev${Date.now()}${++triggers}`, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  };
}

/** A button pressed on the app's Home tab: a view container, no channel, no response_url. */
export function homeClickPayload(who: Member, teamId: string, actionId: string, value: string, triggerId = newTriggerId()): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: who.id, username: who.name, name: who.name, team_id: teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'view', view_id: 'V0HOME' },
    trigger_id: triggerId,
    team: { id: teamId, domain: 'study' },
    enterprise: null,
    is_enterprise_install: false,
    view: { id: 'V0HOME', team_id: teamId, type: 'home', blocks: [], private_metadata: '', callback_id: '', state: { values: {} }, hash: 'h', app_id: 'A0001', bot_id: 'BBOT' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'x' }, value, action_ts: `${Date.now() / 1000}` }],
  };
}
