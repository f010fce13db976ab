import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Actor, Place } from '../../src/core/request.js';
import type { SendKind } from './gated-poster.js';

const script = new URL('./bot-process.ts', import.meta.url).pathname;

/** One message as the shared channel file shows it. */
export interface ChannelEntry {
  readonly by: string;
  readonly pid: number;
  readonly op: 'post' | 'update' | 'direct';
  readonly kind?: SendKind;
  readonly channel: string;
  readonly title?: string;
  /** Direct messages keep their text, to check what a member read. */
  readonly text?: string;
  readonly ref: string;
  readonly choices: readonly string[];
}

/** Everything handed to the platform so far, by every process, in order. */
export function readChannel(path: string): ChannelEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ChannelEntry);
}

export const posts = (entries: readonly ChannelEntry[], kind: SendKind, channel?: string): ChannelEntry[] =>
  entries.filter((e) => e.op === 'post' && e.kind === kind && (channel === undefined || e.channel === channel));

export interface InSend { readonly kind: SendKind; readonly channel: string; readonly ref: string }
interface Response { id: number; ok: boolean; text?: string; title?: string; error?: string }

/** Guards every wait, so a broken drill fails with what the process said instead of hanging. */
const WAIT_MS = 15_000;

/** Drives test/helpers/bot-process.ts: a bot instance in its own process, with its own connection. */
export class BotProcess {
  private nextId = 0;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  private readonly events: InSend[] = [];
  private readonly eventWaiters: ((e: InSend) => void)[] = [];
  private stderr = '';
  readonly exited: Promise<void>;

  private constructor(readonly name: string, private readonly child: ChildProcessWithoutNullStreams, ready: () => void) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        if (line.trim()) this.onLine(JSON.parse(line) as Record<string, unknown>, ready);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    child.stdin.on('error', () => undefined); // the pipe breaks when the process is killed
    this.exited = new Promise((resolve) => child.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error(`${name} exited (${child.signalCode ?? child.exitCode}) before answering. stderr: ${this.stderr}`));
      this.pending.clear();
      resolve();
    }));
  }

  static async start(name: string, files: { db: string; channel: string }): Promise<BotProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, NO_COLOR: '1', BOT_DB: files.db, BOT_CHANNEL: files.channel, BOT_NAME: name },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let ready!: () => void;
    const started = new Promise<void>((resolve) => { ready = resolve; });
    const bot = new BotProcess(name, child, ready);
    await guard(Promise.race([started, bot.exited.then(() => { throw new Error(`${name} did not start: ${bot.stderr}`); })]), `${name} to start`);
    return bot;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get errors(): string {
    return this.stderr;
  }

  private onLine(line: Record<string, unknown>, ready: () => void): void {
    if (line.event === 'ready') return ready();
    if (line.event === 'in-send') {
      const event = line as unknown as InSend;
      const waiter = this.eventWaiters.shift();
      if (waiter) waiter(event);
      else this.events.push(event);
      return;
    }
    const response = line as unknown as Response;
    const waiting = this.pending.get(response.id);
    this.pending.delete(response.id);
    if (!waiting) return;
    if (response.ok) waiting.resolve(response);
    else waiting.reject(new Error(`${this.name}: ${response.error ?? 'failed'}`));
  }

  private request(command: Record<string, unknown>): Promise<Response> {
    const id = ++this.nextId;
    const answer = new Promise<Response>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.child.stdin.write(`${JSON.stringify({ id, ...command })}\n`);
    return guard(answer, `${this.name} to answer ${JSON.stringify(command)}`);
  }

  /** The next send of this kind is handed to the channel and then held open until `release()`. */
  async hold(kind: SendKind): Promise<void> {
    await this.request({ op: 'hold', kind });
  }

  async release(): Promise<void> {
    await this.request({ op: 'release' });
  }

  /** Resolves when a held send is inside the platform call (the message is in the channel file). */
  inSend(): Promise<InSend> {
    const ready = this.events.shift();
    if (ready) return Promise.resolve(ready);
    return guard(new Promise<InSend>((resolve) => this.eventWaiters.push(resolve)), `${this.name} to be inside a send`);
  }

  async tick(at: string): Promise<void> {
    await this.request({ op: 'tick', at });
  }

  /** One pass of the reminder sweep at that time. */
  async remindTick(at: string): Promise<void> {
    await this.request({ op: 'remind-tick', at });
  }

  async say(at: string, actor: Actor, place: Place, text: string): Promise<string> {
    return (await this.request({ op: 'say', at, actor, place, text })).text ?? '';
  }

  async click(at: string, actor: Actor, place: Place, actionId: string): Promise<string> {
    return (await this.request({ op: 'action', at, actor, place, actionId })).text ?? '';
  }

  /** kill -9: no cleanup, no last write; whatever the process was doing stops where it was. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
    if (this.child.signalCode !== 'SIGKILL') throw new Error(`${this.name} was not killed by SIGKILL (${this.child.signalCode ?? this.child.exitCode})`);
  }

  /** A clean stop: closes its database and exits. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.request({ op: 'exit' }).catch(() => undefined);
    await guard(this.exited, `${this.name} to exit`);
  }
}

function guard<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up waiting for ${what}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
