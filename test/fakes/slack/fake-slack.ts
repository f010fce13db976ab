import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, parseMultipart } from '../multipart.js';
import { slackRefusal } from './limits.js';
import { waitForCheck } from '../wait-for.js';

/** One Web API call as the fake received it; `blocks` and other JSON arguments are parsed. */
export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | undefined;
}

/** One message posted to a response_url. */
export interface ResponsePost {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

/** A scripted answer for the next call of a method. */
export interface FakeAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: Record<string, unknown>;
}

/** A file uploaded the files.uploadV2 way: announced, its bytes posted, then completed into a channel. */
export interface FakeUpload {
  readonly fileId: string;
  readonly filename: string;
  readonly length: number;
  readonly altText?: string;
  /** The bytes posted to the upload URL (the file part of the multipart body). */
  data?: Buffer;
  /** Set by files.completeUploadExternal. */
  completed?: { readonly channelId: string | undefined; readonly title: string | undefined };
}

export interface FakeUser {
  readonly name?: string;
  readonly is_admin?: boolean;
  readonly is_owner?: boolean;
}

const JSON_ARGS = new Set(['blocks', 'attachments', 'metadata', 'files', 'view']);

/**
 * Slack on 127.0.0.1: the Web API (POST /api/<method>), response_urls (POST /response/<id>) and,
 * once enabled, Socket Mode (apps.connections.open hands out ws://…/socket). It records everything
 * and answers like Slack; tests script failures per method and wait for calls to arrive.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Messages refused for breaking Slack's limits (every test expects none). */
  readonly refused: Array<{ readonly method: string; readonly error: string; readonly errors: readonly string[] }> = [];
  readonly users = new Map<string, FakeUser>();
  /** Files by id, from files.getUploadURLExternal on. */
  readonly uploads = new Map<string, FakeUpload>();
  private fileIds = 0;
  readonly team = { id: 'T0001', domain: 'study' };
  private readonly scripted = new Map<string, FakeAnswer[]>();
  private readonly held = new Map<string, Array<() => void>>();
  private readonly holding = new Set<string>();
  private readonly waiters: Array<() => void> = [];
  private ts = 1_700_000_000;
  private responseIds = 0;
  private wss: WebSocketServer | undefined;
  readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private envelopeIds = 0;

  private constructor(private readonly server: Server, readonly port: number) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeSlack(server, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url for one command or click. */
  responseUrl(): string {
    this.responseIds += 1;
    return `http://127.0.0.1:${this.port}/response/${this.responseIds}`;
  }

  /** The next calls of `method` get these answers, in order; then the defaults again. */
  script(method: string, ...answers: FakeAnswer[]): void {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), ...answers]);
  }

  /** Calls of `method` wait until release(method) is called. */
  hold(method: string): void {
    this.holding.add(method);
  }

  release(method: string): void {
    this.holding.delete(method);
    for (const go of this.held.get(method) ?? []) go();
    this.held.delete(method);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(url: string): ResponsePost[] {
    const id = url.split('/').at(-1) ?? '';
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `check` returns something; rejects after `ms` so a test fails rather than hangs. */
  waitFor<T>(what: string, check: () => T | undefined | false, ms = 5_000): Promise<T> {
    return waitForCheck(this.waiters, `fake Slack: ${what}`, check, ms);
  }

  /** Waits for the n-th (1-based) message posted to a response_url. */
  waitForResponse(url: string, n = 1): Promise<Record<string, unknown>> {
    return this.waitFor(`response ${n} to ${url}`, () => this.responsesTo(url)[n - 1]?.body);
  }

  waitForCall(method: string, n = 1): Promise<ApiCall> {
    return this.waitFor(`${method} call ${n}`, () => this.callsOf(method)[n - 1]);
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const url = req.url ?? '';
    if (url.startsWith('/upload/')) {
      await this.receiveUpload(url.slice('/upload/'.length), bytes, req.headers['content-type'], res);
      return;
    }
    if (url.startsWith('/response/')) {
      // hold('response_url') keeps the bot's answer in flight (shutdown drills).
      if (this.holding.has('response_url')) {
        await new Promise<void>((resolve) => this.held.set('response_url', [...(this.held.get('response_url') ?? []), resolve]));
      }
      const answer = this.nextScripted('response_url');
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      // Like Slack: a message over the limits is refused (HTTP 400, the error as plain text) and never shown.
      const refused = slackRefusal(body);
      if (refused) this.refused.push({ method: 'response_url', ...refused });
      else this.responses.push({ id: url.slice('/response/'.length), body });
      this.notify();
      if (refused) res.writeHead(400, { 'content-type': 'text/plain' }).end(refused.error);
      else res.writeHead(answer?.status ?? 200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!url.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.slice('/api/'.length).split('?')[0] ?? '';
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    this.calls.push({ method, args, token: auth?.replace(/^Bearer /, '') });
    this.notify();
    if (this.holding.has(method)) {
      await new Promise<void>((resolve) => this.held.set(method, [...(this.held.get(method) ?? []), resolve]));
    }
    const answer = this.nextScripted(method) ?? { body: this.checked(method, args) ?? this.defaultAnswer(method, args) };
    // Default answers can change state a test waits on (a completed upload).
    this.notify();
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? { ok: false, error: 'ratelimited' }));
  }

  /** The upload URL: like Slack's, it takes the bytes as a multipart body and answers 200. */
  private async receiveUpload(fileId: string, bytes: Buffer, contentType: string | undefined, res: ServerResponse): Promise<void> {
    const upload = this.uploads.get(fileId);
    if (!upload) {
      res.writeHead(404).end();
      return;
    }
    const file = isMultipart(contentType) ? (await parseMultipart(bytes, contentType)).find((p) => p.filename !== undefined)?.data : bytes;
    upload.data = file;
    this.notify();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${file?.length ?? 0}`);
  }

  /** Waits until a file was completed into a channel; returns it with its bytes. */
  waitForUpload(n = 1): Promise<FakeUpload & { data: Buffer }> {
    return this.waitFor(`completed upload ${n}`, () => {
      const done = [...this.uploads.values()].filter((u): u is FakeUpload & { data: Buffer } => u.completed !== undefined && u.data !== undefined);
      return done[n - 1];
    });
  }

  private nextScripted(method: string): FakeAnswer | undefined {
    const queue = this.scripted.get(method);
    return queue && queue.length > 0 ? queue.shift() : undefined;
  }

  /** Like Slack: a message (or Home view) over the limits gets ok:false with Slack's error. */
  private checked(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined {
    if (method !== 'chat.postMessage' && method !== 'chat.update' && method !== 'chat.postEphemeral') return undefined;
    const refused = slackRefusal(args);
    if (!refused) return undefined;
    this.refused.push({ method, ...refused });
    return { ok: false, error: refused.error, errors: refused.errors };
  }

  private defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: `https://${this.team.domain}.slack.com/`, team: 'Study', user: 'studybot', team_id: this.team.id, user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        this.ts += 1;
        return { ok: true, channel: args.channel, ts: `${this.ts}.000100`, message: { text: args.text } };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'users.info': {
        const id = String(args.user);
        const user = this.users.get(id);
        return user ? { ok: true, user: { id, name: user.name ?? id, is_admin: user.is_admin ?? false, is_owner: user.is_owner ?? false } } : { ok: false, error: 'user_not_found' };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? '').replace(/^U/, '')}` } };
      case 'files.getUploadURLExternal': {
        this.fileIds += 1;
        const fileId = `F${String(this.fileIds).padStart(8, '0')}`;
        this.uploads.set(fileId, { fileId, filename: String(args.filename), length: Number(args.length), ...(typeof args.alt_text === 'string' ? { altText: args.alt_text } : {}) });
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(args.files) ? args.files as Array<{ id?: string; title?: string }> : [];
        const known = files.map((f) => this.uploads.get(String(f.id)));
        // Like Slack: a file whose bytes never arrived cannot be completed.
        if (known.some((u) => !u?.data)) return { ok: false, error: 'file_not_found' };
        files.forEach((f, i) => {
          const upload = known[i];
          if (upload) upload.completed = { channelId: typeof args.channel_id === 'string' ? args.channel_id : undefined, title: f.title };
        });
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case 'views.publish':
        // Like Slack: the Home tab takes at most 100 blocks.
        return Array.isArray((args.view as { blocks?: unknown } | undefined)?.blocks) && ((args.view as { blocks: unknown[] }).blocks.length <= 100)
          ? { ok: true, view: { id: 'V0HOME', type: 'home', ...(args.view as object) } }
          : { ok: false, error: 'invalid_arguments' };
      case 'apps.connections.open':
        return this.wss ? { ok: true, url: `ws://127.0.0.1:${this.port}/socket` } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Accepts Socket Mode connections on /socket: sends hello, and records the app's acks. */
  enableSocketMode(): void {
    const wss = new WebSocketServer({ noServer: true });
    this.wss = wss;
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('close', () => {
          this.sockets.delete(ws);
          this.notify();
        });
        ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
          if (message.envelope_id) this.acks.get(message.envelope_id)?.(message.payload ?? null);
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0001' } }));
        this.notify();
      });
    });
  }

  /** Pushes an envelope to every connected app; resolves with the payload of the app's ack. */
  sendEnvelope(type: 'slash_commands' | 'interactive' | 'events_api', payload: Record<string, unknown>, retryAttempt = 0): Promise<unknown> {
    this.envelopeIds += 1;
    const envelopeId = `env-${this.envelopeIds}`;
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${envelopeId}`)), 5_000);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    const envelope = { envelope_id: envelopeId, type, accepts_response_payload: type === 'slash_commands', payload, retry_attempt: retryAttempt, retry_reason: retryAttempt > 0 ? 'timeout' : '' };
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    for (const method of [...this.holding]) this.release(method);
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value;
  return args;
}
