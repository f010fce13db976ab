/**
 * Fake Slack and Discord that enforce the platforms' documented posting limits, for bench/fanout.ts.
 *
 * The fakes in test/fakes (FakeSlack, FakeDiscord) answer like the platforms but cannot be told to
 * rate-limit: they only take scripted answers, one per call, whatever the timing. So each one here is
 * the test fake behind a small HTTP proxy on 127.0.0.1 that keeps the limit and answers 429 with
 * Retry-After itself, as the platform would, and forwards everything else to the fake. The real
 * SlackPoster (WebClient) and DiscordPoster (discord.js REST) talk to the proxy, so their own 429
 * handling is what is exercised. Modelled:
 * - Slack chat.postMessage: one message per second per channel (Retry-After: 1, error "ratelimited").
 *   Slack's workspace-wide cap ("several hundred messages per minute", no number given) is not modelled.
 * - Discord: 50 requests per second per bot token, over any one-second window, answered with a global
 *   429 (X-RateLimit-Global, X-RateLimit-Scope: global, Retry-After in whole seconds, rounded up, and
 *   retry_after in the body). The per-channel route limit (about 5 messages per 5 s) is not modelled:
 *   a fan-out posts once per channel, so it could not trip.
 * Every message the platform accepted is counted per channel here, and the fakes record them as well.
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { FakeSlack } from '../test/fakes/slack/fake-slack.js';

/** What the proxy decided about one request before forwarding it. */
type Verdict =
  | { readonly kind: 'forward'; readonly channel?: string }
  | { readonly kind: 'limit'; readonly status: 429; readonly headers: Record<string, string>; readonly body: unknown };

interface Incoming {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface RateLimitedPlatform {
  /** What the client is pointed at (SLACK_API_URL or DISCORD_API_URL). */
  readonly url: string;
  /** Messages the platform accepted, per channel id. */
  readonly accepted: Map<string, number>;
  /** 429s answered. */
  readonly limited: () => number;
  /** Messages accepted in all (counting repeats). */
  readonly posts: () => number;
  /** performance.now() when the channel count last grew (a channel got its first message). */
  readonly lastFirstPostAt: () => number;
  /** Messages the fake platform itself recorded, per channel (a cross-check of `accepted`). */
  readonly recorded: () => Map<string, number>;
  close(): Promise<void>;
}

class LimitingProxy {
  readonly accepted = new Map<string, number>();
  limited = 0;
  posts = 0;
  lastFirstPostAt = 0;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  private constructor(private readonly server: Server, readonly port: number, private readonly target: number,
    private readonly decide: (request: Incoming, now: number) => Verdict, private readonly acceptedBody: (status: number, body: string) => boolean) {}

  static async start(target: number, decide: (request: Incoming, now: number) => Verdict, acceptedBody: (status: number, body: string) => boolean): Promise<LimitingProxy> {
    const server = createServer();
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new LimitingProxy(server, (server.address() as AddressInfo).port, target, decide, acceptedBody);
    server.on('request', (req, res) => {
      proxy.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`proxy: ${(error as Error).message}`);
      });
    });
    return proxy;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const incoming: Incoming = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
    const verdict = this.decide(incoming, performance.now());
    if (verdict.kind === 'limit') {
      this.limited += 1;
      const text = JSON.stringify(verdict.body);
      res.writeHead(verdict.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...verdict.headers });
      res.end(text);
      return;
    }
    const answer = await this.forward(incoming);
    if (verdict.channel !== undefined && this.acceptedBody(answer.status, answer.body.toString('utf8'))) {
      const before = this.accepted.get(verdict.channel) ?? 0;
      this.accepted.set(verdict.channel, before + 1);
      this.posts += 1;
      if (before === 0) this.lastFirstPostAt = performance.now();
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || ['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)) continue;
      headers[name] = value;
    }
    if (answer.status !== 204) headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.status === 204 ? undefined : answer.body);
  }

  private forward(incoming: Incoming): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: IncomingHttpHeaders = { ...incoming.headers, host: `127.0.0.1:${this.target}`, 'content-length': String(Buffer.byteLength(incoming.body)) };
      delete headers['transfer-encoding'];
      delete headers.connection;
      const upstream = request({ host: '127.0.0.1', port: this.target, method: incoming.method, path: incoming.path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      upstream.on('error', reject);
      upstream.end(incoming.body);
    });
  }

  async close(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tally(channels: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const channel of channels) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  return counts;
}

/** The channel argument of a Web API call, form-encoded (the WebClient's default) or JSON. */
function slackChannel(incoming: Incoming): string | undefined {
  const type = String(incoming.headers['content-type'] ?? '');
  if (type.includes('application/json')) {
    const channel = (JSON.parse(incoming.body || '{}') as { channel?: unknown }).channel;
    return typeof channel === 'string' ? channel : undefined;
  }
  return new URLSearchParams(incoming.body).get('channel') ?? undefined;
}

/** Slack with chat.postMessage limited to one message per second per channel. */
export async function startRateLimitedSlack(): Promise<RateLimitedPlatform> {
  const fake = await FakeSlack.start();
  const lastPostAt = new Map<string, number>();
  const proxy = await LimitingProxy.start(fake.port, (incoming, now) => {
    const method = incoming.path.split('?')[0]?.replace(/^\/api\//, '');
    if (method !== 'chat.postMessage') return { kind: 'forward' };
    const channel = slackChannel(incoming);
    if (channel === undefined) return { kind: 'forward' };
    const last = lastPostAt.get(channel);
    if (last !== undefined && now - last < 1_000) {
      return { kind: 'limit', status: 429, headers: { 'retry-after': String(Math.max(1, Math.ceil((last + 1_000 - now) / 1_000))) }, body: { ok: false, error: 'ratelimited' } };
    }
    lastPostAt.set(channel, now);
    return { kind: 'forward', channel };
  }, (status, body) => status === 200 && (JSON.parse(body) as { ok?: unknown }).ok === true);
  return {
    url: `http://127.0.0.1:${proxy.port}/api/`,
    accepted: proxy.accepted,
    limited: () => proxy.limited,
    posts: () => proxy.posts,
    lastFirstPostAt: () => proxy.lastFirstPostAt,
    recorded: () => tally(fake.callsOf('chat.postMessage').map((c) => String(c.args.channel))),
    async close() {
      await proxy.close();
      await fake.close();
    },
  };
}

export const DISCORD_GLOBAL_PER_SECOND = 50;

/** Discord with the global limit of 50 requests per second per bot token. */
export async function startRateLimitedDiscord(token: string): Promise<RateLimitedPlatform> {
  const fake = await FakeDiscord.start({ token });
  const window: number[] = [];
  const proxy = await LimitingProxy.start(fake.port, (incoming, now) => {
    while (window.length > 0 && (window[0] ?? 0) <= now - 1_000) window.shift();
    if (window.length >= DISCORD_GLOBAL_PER_SECOND) {
      const waitSec = ((window[0] ?? now) + 1_000 - now) / 1_000;
      return {
        kind: 'limit', status: 429,
        headers: { 'retry-after': String(Math.max(1, Math.ceil(waitSec))), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
        body: { message: 'You are being rate limited.', retry_after: Number(waitSec.toFixed(3)), global: true },
      };
    }
    window.push(now);
    const channel = incoming.method === 'POST' ? /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(incoming.path.split('?')[0] ?? '')?.[1] : undefined;
    return channel === undefined ? { kind: 'forward' } : { kind: 'forward', channel };
  }, (status) => status === 200);
  return {
    url: `http://127.0.0.1:${proxy.port}/api`,
    accepted: proxy.accepted,
    limited: () => proxy.limited,
    posts: () => proxy.posts,
    lastFirstPostAt: () => proxy.lastFirstPostAt,
    recorded: () => tally(fake.callsTo('POST', /^\/channels\/\d+\/messages$/).map((c) => c.path.split('/')[2] ?? '')),
    async close() {
      await proxy.close();
      await fake.close();
    },
  };
}
