/**
 * A bot instance in a process of its own, for drills with real processes (kill -9, two processes on one
 * database). It is the real assembly (src/compose.ts) on the real SQLite stores with their own
 * connection; only the clock and the channel are the test's. Driven by JSON lines on stdin; answers
 * and events are JSON lines on stdout. Run it with `node --import tsx test/helpers/bot-process.ts`.
 *
 * The "channel" is an append-only file shared by every process: a message is written there the moment
 * it is handed to the platform, before the platform's answer comes back. A send the test asked to hold
 * then waits (the platform is slow to answer) until released, or until the process is killed.
 *
 *   env BOT_DB        the SQLite file
 *   env BOT_CHANNEL   the channel file (JSON lines, see ChannelEntry in bot-process-driver.ts)
 *   env BOT_NAME      a name for this instance, written with each message
 *
 *   {"id":1,"op":"hold","kind":"question"}      hold the next send of this kind ("question" | "reveal")
 *   {"id":2,"op":"release"}                     let the held sends return
 *   {"id":3,"op":"tick","at":"…Z"}              one pass of DailyService.tick at that time
 *   {"id":3,"op":"remind-tick","at":"…Z"}       one pass of the reminder sweep (DMs are written as op "direct")
 *   {"id":4,"op":"say","at":"…Z","actor":{…},"place":{…},"text":"daily on 09:00 UTC 8h"}
 *   {"id":5,"op":"action","at":"…Z","actor":{…},"place":{…},"actionId":"answer:…:0"}
 *   → {"id":…,"ok":true,"text":…}  or  {"id":…,"ok":false,"error":…}
 *   events: {"event":"ready"}, {"event":"in-send","kind":…,"channel":…}
 */
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { studyContent } from '../../content/index.js';
import { assemble } from '../../src/compose.js';
import type { ChannelPoster } from '../../src/core/channel-poster.js';
import type { DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Logger } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';
import type { Actor, Place, Platform } from '../../src/core/request.js';
import { openDatabase } from '../../src/store/open-database.js';
import { sqliteStores } from '../../src/store/open-stores.js';
import { testBank } from './assembly.js';
import { fixedClock } from './bot.js';
import { kindOf, type SendKind } from './gated-poster.js';

const dbPath = process.env.BOT_DB ?? '';
const channelPath = process.env.BOT_CHANNEL ?? '';
const name = process.env.BOT_NAME ?? `bot-${process.pid}`;
if (!dbPath || !channelPath) throw new Error('BOT_DB and BOT_CHANNEL are required');

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (data, message) => process.stderr.write(`${JSON.stringify({ name, message, err: String((data as { err?: unknown }).err ?? '') })}\n`),
};

class FileChannel implements ChannelPoster, DirectMessenger {
  readonly platform: Platform = 'slack';
  private count = 0;
  private readonly holding = new Set<SendKind>();
  private waiting: (() => void)[] = [];

  hold(kind: SendKind): void {
    this.holding.add(kind);
  }

  release(): void {
    for (const go of this.waiting.splice(0)) go();
  }

  async post(place: Place, reply: Reply): Promise<{ messageRef: string }> {
    const ref = `${name}-${++this.count}`;
    const kind = kindOf(reply);
    appendFileSync(channelPath, `${JSON.stringify({
      by: name, pid: process.pid, op: 'post', kind, channel: place.channelId, title: reply.title, ref, choices: reply.choices.map((c) => c.id),
    })}\n`);
    if (kind && this.holding.delete(kind)) {
      // Out on the platform, but its answer has not come back: the process may be killed right here.
      const released = new Promise<void>((resolve) => this.waiting.push(resolve));
      say({ event: 'in-send', kind, channel: place.channelId, ref });
      await released;
    }
    return { messageRef: ref };
  }

  async sendDirect(_workspaceId: string, memberId: string, reply: Reply): Promise<void> {
    appendFileSync(channelPath, `${JSON.stringify({ by: name, pid: process.pid, op: 'direct', channel: `dm:${memberId}`, title: reply.title, text: reply.text, ref: `${name}-${++this.count}`, choices: [] })}\n`);
  }

  async update(place: Place, messageRef: string, reply: Reply): Promise<void> {
    appendFileSync(channelPath, `${JSON.stringify({ by: name, pid: process.pid, op: 'update', channel: place.channelId, title: reply.title, ref: messageRef, choices: [] })}\n`);
  }
}

const db = openDatabase(dbPath);
const clock = fixedClock();
const channel = new FileChannel();
let ids = 0;
const app = assemble({
  content: studyContent(), stores: sqliteStores(db), logger, clock, posters: new Map([[channel.platform, channel]]),
  defaultTimeZone: 'UTC', bank: testBank(), newId: () => `${name}-${process.pid}-${++ids}`,
});

interface Command {
  id: number;
  op: 'hold' | 'release' | 'tick' | 'remind-tick' | 'say' | 'action' | 'exit';
  at?: string;
  kind?: SendKind;
  actor?: Actor;
  place?: Place;
  text?: string;
  actionId?: string;
}

async function run(command: Command): Promise<{ text?: string; title?: string }> {
  if (command.at) clock.set(command.at);
  switch (command.op) {
    case 'hold':
      channel.hold(command.kind ?? 'question');
      return {};
    case 'release':
      channel.release();
      return {};
    case 'tick':
      await app.daily.tick();
      return {};
    case 'remind-tick':
      await app.remind.tick();
      return {};
    case 'say': {
      const reply = await app.bot.handle({ actor: need(command.actor), place: need(command.place), text: command.text ?? '' });
      return { text: reply.text, ...(reply.title ? { title: reply.title } : {}) };
    }
    case 'action': {
      const reply = await app.bot.handleAction({ actor: need(command.actor), place: need(command.place), actionId: command.actionId ?? '' });
      return { text: reply.text };
    }
    case 'exit':
      db.close();
      setImmediate(() => process.exit(0));
      return {};
  }
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing argument');
  return value;
}

// Commands run concurrently: a "release" must get through while a tick is held inside its send.
const input = createInterface({ input: process.stdin });
// Without its driver (stdin closed) there is nothing more to do: stop rather than linger.
input.on('close', () => process.exit(0));
input.on('line', (line) => {
  if (!line.trim()) return;
  const command = JSON.parse(line) as Command;
  run(command).then(
    (result) => say({ id: command.id, ok: true, ...result }),
    (error: unknown) => say({ id: command.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
say({ event: 'ready', pid: process.pid });
