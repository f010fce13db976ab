import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, parseMultipart, type FormPart } from '../multipart.js';
import { waitForCheck } from '../wait-for.js';
import { discordRefusal } from './limits.js';

/** One REST request as the fake received it (path without /api/v10, JSON body parsed). */
export interface RestCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly auth: string | undefined;
  /** Attachments of a multipart request (files[n] parts); its payload_json is `body`. */
  readonly files: readonly FormPart[];
  /** performance.now() when the request arrived (before its body was read). */
  readonly at: number;
}

/** A scripted answer for the next matching request. */
export interface FakeAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

interface Script {
  readonly method: string;
  readonly path: RegExp;
  readonly answers: FakeAnswer[];
}

/** A gateway connection's [shard_id, num_shards], as it identified (unsharded: [0, 1]). */
export type ShardPair = readonly [number, number];

/** Discord's routing: a server's events go to shard (guild_id >> 22) % num_shards; DMs to shard 0. */
export function shardOfGuild(guildId: string | undefined, count: number): number {
  if (!guildId || count <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

export const BOT_USER = { id: '900000000000000001', username: 'studybot', discriminator: '0', global_name: 'studybot', avatar: null, bot: true };

/**
 * Discord on 127.0.0.1: REST under /api/v10 (gateway info, interaction callbacks, webhooks, channel
 * messages, command registration) and a gateway on /gateway (HELLO, IDENTIFY, READY, heartbeats,
 * dispatches). Records every request; tests script failures and wait for requests to arrive.
 */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Requests refused for breaking Discord's limits (every test expects none). */
  readonly refused: Array<{ readonly call: RestCall; readonly body: unknown }> = [];
  /** Responses by interaction token (callbacks, follow-ups and edits all carry it in the path). */
  private readonly byToken = new Map<string, RestCall[]>();
  /** Gateway messages the bot sent (IDENTIFY, heartbeats, …). */
  readonly received: Array<{ op: number; d: unknown }> = [];
  /** performance.now() when each dispatch was sent, by interaction id. */
  readonly sentAt = new Map<string, number>();
  readonly sockets = new Set<WebSocket>();
  private readonly scripts: Script[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private sequence = 0;
  private messageIds = 0;
  private holdPaths: RegExp[] = [];
  private readonly held: Array<() => void> = [];
  /** The shard each identified (or resumed) connection serves. */
  private readonly shardOf = new Map<WebSocket, ShardPair>();
  private readonly sessions = new Map<string, ShardPair>();
  /** Which shard ids got each dispatch that carried an id (e.g. an interaction). */
  readonly deliveredTo = new Map<string, number[]>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly token: string,
    readonly appId: string,
    /** What GET /gateway/bot recommends (`shards`) and allows (`max_concurrency`). */
    readonly gatewayBot: { readonly shards: number; readonly maxConcurrency: number },
  ) {}

  /** `port`: listen there (a fake that went away coming back where the bot expects it). */
  static async start(opts: { token?: string; appId?: string; recommendedShards?: number; maxConcurrency?: number; port?: number } = {}): Promise<FakeDiscord> {
    const server = createServer();
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(server, (server.address() as AddressInfo).port, opts.token ?? 'fake-bot-token', opts.appId ?? '900000000000000002',
      { shards: opts.recommendedShards ?? 1, maxConcurrency: opts.maxConcurrency ?? 1 });
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.connected(ws));
    });
    return fake;
  }

  /** What DISCORD_API_URL would be (the library adds /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The next `method` requests whose path matches get these answers, in order; then the defaults. */
  script(method: string, path: RegExp, ...answers: FakeAnswer[]): void {
    this.scripts.push({ method, path, answers: [...answers] });
  }

  /** Requests whose path matches wait until release() (to see what the bot does meanwhile). */
  hold(path: RegExp): void {
    this.holdPaths.push(path);
  }

  release(): void {
    this.holdPaths = [];
    for (const go of this.held.splice(0)) go();
  }

  callsTo(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  /** Interaction responses (callbacks, follow-ups and edits through its token) for one interaction. */
  responsesFor(interaction: { id: string; token: string }): RestCall[] {
    return this.byToken.get(interaction.token) ?? [];
  }

  /** Forgets every recorded request (long benchmark runs). */
  forget(): void {
    this.calls.length = 0;
    this.byToken.clear();
    this.sentAt.clear();
    this.deliveredTo.clear();
  }

  /** Resolves once `check` returns something; rejects after `ms` so a test fails rather than hangs. */
  waitFor<T>(what: string, check: () => T | undefined | false | null, ms = 3_000): Promise<T> {
    return waitForCheck(this.waiters, `fake Discord: ${what}`, check, ms);
  }

  /** Waits for the n-th (1-based) response to an interaction. */
  waitForResponse(interaction: { id: string; token: string }, n = 1, ms?: number): Promise<RestCall> {
    return this.waitFor(`response ${n} to interaction ${interaction.id}`, () => this.responsesFor(interaction)[n - 1], ms);
  }

  waitForCall(method: string, path: RegExp, n = 1): Promise<RestCall> {
    return this.waitFor(`${method} ${path} #${n}`, () => this.callsTo(method, path)[n - 1]);
  }

  /**
   * Sends a gateway dispatch to every connected bot, as Discord routes it: a sharded connection only
   * gets the events of its servers (guild_id >> 22 % num_shards; DMs on shard 0).
   */
  dispatch(t: string, d: unknown): void {
    this.sequence += 1;
    const frame = JSON.stringify({ op: 0, t, s: this.sequence, d });
    const id = (d as { id?: unknown } | null)?.id;
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    if (typeof id === 'string') this.sentAt.set(id, performance.now());
    const shards: number[] = [];
    for (const ws of this.sockets) {
      const [shard, count] = this.shardOf.get(ws) ?? [0, 1];
      if (shard !== shardOfGuild(typeof guildId === 'string' ? guildId : undefined, count)) continue;
      shards.push(shard);
      ws.send(frame);
    }
    if (typeof id === 'string') this.deliveredTo.set(id, shards);
  }

  /** The [shard, count] of every identified gateway connection that is open now. */
  connectedShards(): ShardPair[] {
    return [...this.sockets].flatMap((ws) => {
      const pair = this.shardOf.get(ws);
      return pair ? [pair] : [];
    });
  }

  /** Pushes an INTERACTION_CREATE; returns the payload for waiting on its response. */
  interact<T extends { id: string; token: string }>(payload: T): T {
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Drops every gateway connection without a close frame, as a network failure would. */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  async close(): Promise<void> {
    this.release();
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private connected(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOf.delete(ws);
      this.notify();
    });
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.received.push(message);
      if (message.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (message.op === 2) this.identify(ws, message.d as { token?: string; shard?: unknown });
      if (message.op === 6) {
        const pair = this.sessions.get(String((message.d as { session_id?: unknown } | null)?.session_id));
        if (pair) this.shardOf.set(ws, pair);
        this.sequence += 1;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: this.sequence, d: {} }));
      }
      this.notify();
    });
    // Text frame: the library drops binary frames when zlib-sync is not installed.
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
  }

  private identify(ws: WebSocket, d: { token?: string; shard?: unknown }): void {
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const asked = Array.isArray(d.shard) ? d.shard : [0, 1];
    const [shard, count] = [Number(asked[0]), Number(asked[1])];
    if (!Number.isInteger(shard) || !Number.isInteger(count) || count < 1 || shard < 0 || shard >= count) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    const pair: ShardPair = [shard, count];
    this.shardOf.set(ws, pair);
    this.sequence += 1;
    const sessionId = `session-${this.sequence}`;
    this.sessions.set(sessionId, pair);
    ws.send(JSON.stringify({
      op: 0, t: 'READY', s: this.sequence,
      d: {
        v: 10, user: BOT_USER, guilds: [], session_id: sessionId,
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, shard: [shard, count],
        application: { id: this.appId, flags: 0 },
      },
    }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const bytes = await readBody(req);
    if (!url.pathname.startsWith('/api/v10/')) {
      res.writeHead(404).end();
      return;
    }
    // Messages with attachments come as multipart: the JSON in payload_json, each file in files[n].
    const contentType = req.headers['content-type'];
    const parts = isMultipart(contentType) ? await parseMultipart(bytes, contentType) : [];
    const raw = isMultipart(contentType) ? parts.find((p) => p.name === 'payload_json')?.data.toString('utf8') ?? '' : bytes.toString('utf8');
    const call: RestCall = {
      method: req.method ?? 'GET', path: decodeURIComponent(url.pathname.slice('/api/v10'.length)), query: url.searchParams,
      body: raw ? parseJson(raw) : undefined, auth: req.headers.authorization, files: parts.filter((p) => /^files\[\d+\]$/.test(p.name)), at,
    };
    this.calls.push(call);
    const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(call.path)?.[1];
    if (token) this.byToken.set(token, [...(this.byToken.get(token) ?? []), call]);
    this.notify();
    if (this.holdPaths.some((p) => p.test(call.path))) await new Promise<void>((resolve) => this.held.push(resolve));
    const answer = this.scripted(call) ?? this.checked(call) ?? this.defaultAnswer(call);
    const status = answer.status ?? 200;
    const empty = status === 204 || answer.body === undefined;
    // Like Discord: a 204 has no body and no content type (the client would try to parse JSON).
    res.writeHead(status, { ...(empty ? {} : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(empty ? undefined : JSON.stringify(answer.body));
  }

  private scripted(call: RestCall): FakeAnswer | undefined {
    const script = this.scripts.find((s) => s.method === call.method && s.path.test(call.path) && s.answers.length > 0);
    return script?.answers.shift();
  }

  private message(channelId: string, body: unknown, id?: string): Record<string, unknown> {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: id ?? `9100000000000${String(++this.messageIds).padStart(5, '0')}`, channel_id: channelId, author: BOT_USER, content: '',
      timestamp: new Date(0).toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: b.embeds ?? [], components: b.components ?? [], pinned: false, type: 0, flags: b.flags ?? 0,
    };
  }

  /** Like Discord: a message over the limits is answered 400 with the Invalid Form Body error. */
  private checked(call: RestCall): FakeAnswer | undefined {
    const isCallback = call.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(call.path);
    const isMessage = (call.method === 'POST' || call.method === 'PATCH')
      && (/^\/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.test(call.path) || /^\/channels\/\d+\/messages(\/\d+)?$/.test(call.path));
    if (!isCallback && !isMessage) return undefined;
    const refused = discordRefusal(call.body, isCallback);
    if (!refused) return undefined;
    this.refused.push({ call, body: refused });
    return { status: 400, body: refused };
  }

  private defaultAnswer(call: RestCall): FakeAnswer {
    const { method, path } = call;
    const authorised = call.auth === `Bot ${this.token}`;
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorised) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return { body: { url: `ws://127.0.0.1:${this.port}/gateway`, shards: this.gatewayBot.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.gatewayBot.maxConcurrency } } };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook) {
      if (method === 'DELETE') return { status: 204 };
      return { body: this.message('0', call.body, webhook[2] && webhook[2] !== '@original' ? webhook[2] : undefined) };
    }
    if (!authorised) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    // createDM: one DM channel per member, its id derived from theirs (like Slack's fake does).
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String((call.body as { recipient_id?: unknown } | null)?.recipient_id ?? '');
      return { body: { id: `4${recipient.slice(1)}`, type: 1, recipients: [{ id: recipient, username: 'member', discriminator: '0', avatar: null, global_name: null }] } };
    }
    const channel = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (channel && (method === 'POST' || method === 'PATCH')) return { body: this.message(channel[1] ?? '0', call.body, channel[2]) };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(call.body) ? call.body as Array<Record<string, unknown>> : [];
      return { body: list.map((c, i) => ({ ...c, id: `92000000000000000${i}`, application_id: this.appId, version: '1' })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
