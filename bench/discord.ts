/**
 * Discord front end: interactions pushed through a fake gateway to the real discord.js client and the
 * real core (:memory: SQLite), timed from sending INTERACTION_CREATE to the arrival of the callback
 * request at the fake REST server. A mix of slash commands, autocomplete and button clicks; one at a
 * time, then 20 in flight. A bare discord.js client that answers every interaction with a fixed
 * message runs the same way for comparison. The fakes run in a child process (this same file), so
 * they do not share our event loop, and both ends of each sample are read from that process's clock.
 * Run: npm run bench:discord
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { studyContent } from '../content/index.js';
import { startDiscordClient } from '../src/adapters/discord/index.js';
import { assemble } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { autocomplete, click, slash, type InteractionPayload, type Member } from '../test/fakes/discord/interactions.js';
import { fmt, report, summarize } from './stats.js';
import { sqliteStores } from '../src/store/open-stores.js';

const WARMUP = 300;
const SEQUENTIAL = 3_000;
const CONCURRENT = 3_000;
const IN_FLIGHT = 20;
const GUILD = '200000000000000001';

type Kind = 'command' | 'autocomplete' | 'click';
interface RunRequest { readonly fake: number; readonly count: number; readonly inFlight: number }
interface RunResult { readonly samples: Array<[Kind, number, string]> }

const FAKE_FLAG = '--fake-discord';

// ---------------------------------------------------------------- child process: the fake Discords
async function fakesProcess(): Promise<void> {
  const reply = (message: unknown) => process.send?.(message as object);
  const fakes: FakeDiscord[] = [];
  const answers: string[] = [];
  let n = 0;
  const member = (i: number): Member => ({ id: String(100000000000000000n + BigInt(i % 200)), username: `member${i % 200}` });

  /** The i-th interaction of the mix: 60% slash commands, 25% autocomplete, 15% button clicks. */
  function payload(fake: FakeDiscord, i: number): { kind: Kind; p: InteractionPayload; label: string } {
    const who = member(i);
    const where = { guildId: GUILD, channelId: String(300000000000000000n + BigInt(i % 10)) };
    const pick = i % 20;
    if (pick < 12) {
      const commands: Array<[string, Record<string, string>]> = [
        ['topic', { topic: 'lambda' }], ['topic', { topic: 'fargate', aspect: 'pricing' }], ['compare', { a: 'ecs', b: 'fargate' }],
        ['topic', { topic: 'run containers without servers' }], ['quiz', {}], ['top', { period: 'week' }], ['me', {}],
        ['topic', { topic: 'k8s' }], ['help', {}], ['quiz', {}], ['topics', {}], ['daily', { action: 'status' }],
      ];
      const [sub, options] = commands[pick] ?? ['help', {}];
      return { kind: 'command', p: slash(fake.appId, who, where, sub, options), label: `/aws ${sub} ${Object.values(options).join(' ')}`.trim() };
    }
    if (pick < 17) {
      const typed = ['farg', 'lamb', 'ec', 'beanst', 'k'][pick - 12] ?? 'l';
      return { kind: 'autocomplete', p: autocomplete(fake.appId, who, where, pick % 2 ? 'compare' : 'topic', pick % 2 ? 'b' : 'topic', typed), label: `autocomplete ${typed}` };
    }
    const answer = answers.pop();
    const id = answer ?? 'lookup:lambda:pricing';
    return { kind: 'click', p: click(fake.appId, who, where, id, { id: '910000000000000001', ephemeral: answer !== undefined }), label: answer ? 'click answer' : 'click lookup' };
  }

  async function run(fake: FakeDiscord, count: number, inFlight: number): Promise<RunResult> {
    const samples: Array<[Kind, number, string]> = [];
    let next = 0;
    const lane = async () => {
      while (next < count) {
        next += 1;
        const { kind, p, label } = payload(fake, n++);
        const sent = performance.now();
        fake.interact(p);
        const call = await fake.waitForResponse(p, 1, 10_000);
        samples.push([kind, call.at - sent, label]);
        const body = call.body as { data?: { components?: Array<{ components: Array<{ custom_id: string }> }> } } | undefined;
        const first = body?.data?.components?.[0]?.components[0]?.custom_id;
        if (first?.startsWith('answer:') && answers.length < 100) answers.push(first);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, lane));
    // The fake keeps every request; drop them so its lookups stay fast over many rounds.
    fake.forget();
    return { samples };
  }

  process.on('message', async (message: { type: 'start' } | ({ type: 'run' } & RunRequest) | { type: 'stop' }) => {
    if (message.type === 'start') {
      const fake = await FakeDiscord.start();
      fakes.push(fake);
      reply({ index: fakes.length - 1, apiUrl: fake.apiUrl, token: fake.token, appId: fake.appId });
    } else if (message.type === 'run') {
      const fake = fakes[message.fake];
      if (fake) reply(await run(fake, message.count, message.inFlight));
    } else {
      for (const fake of fakes) await fake.close();
      reply('stopped');
      process.disconnect();
    }
  });
}

// ---------------------------------------------------------------- main: the bots under test
async function main(): Promise<void> {
  // The fakes run this same file in a child process (tsx loads it there too), talking over IPC.
  const fakes = fork(fileURLToPath(import.meta.url), [FAKE_FLAG], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = <T>(message: unknown) => new Promise<T>((resolve) => { fakes.once('message', (m) => resolve(m as T)); fakes.send(message as object); });
  const ours = await ask<{ index: number; apiUrl: string; token: string; appId: string }>({ type: 'start' });
  const theirs = await ask<{ index: number; apiUrl: string; token: string; appId: string }>({ type: 'start' });

  const db = openDatabase(':memory:');
  const posters = new Map<Platform, ChannelPoster>();
  const core = assemble({ content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: systemClock, posters, defaultTimeZone: 'UTC' });
  const running = await startDiscordClient({ bot: core.bot, logger: silentLogger, posters, token: ours.token, appId: ours.appId, apiUrl: ours.apiUrl });

  const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: theirs.apiUrl } });
  bare.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isAutocomplete()) void interaction.respond([{ name: 'AWS Lambda', value: 'lambda' }]).catch(() => undefined);
    else if (interaction.isRepliable()) void interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral }).catch(() => undefined);
  });
  await new Promise<void>((resolve, reject) => { bare.once(Events.ClientReady, () => resolve()); bare.login(theirs.token).catch(reject); });

  const load = (fake: number, count: number, inFlight: number) => ask<RunResult>({ type: 'run', fake, count, inFlight });
  await load(ours.index, WARMUP, 1);
  await load(theirs.index, WARMUP, 1);

  const sequential = (await load(ours.index, SEQUENTIAL, 1)).samples;
  const bareSequential = (await load(theirs.index, SEQUENTIAL, 1)).samples;
  const concurrent = (await load(ours.index, CONCURRENT, IN_FLIGHT)).samples;
  const bareConcurrent = (await load(theirs.index, CONCURRENT, IN_FLIGHT)).samples;

  const ms = (samples: Array<[Kind, number, string]>, kind?: Kind) => samples.filter(([k]) => !kind || k === kind).map(([, v]) => v);
  const s = summarize(ms(sequential));
  const c = summarize(ms(concurrent));
  const bs = summarize(ms(bareSequential));
  const bc = summarize(ms(bareConcurrent));
  console.log(`studybot on Discord, ${s.n} interactions one at a time: INTERACTION_CREATE to callback p50 ${fmt(s.p50)}, p99 ${fmt(s.p99)}`);
  for (const kind of ['command', 'autocomplete', 'click'] as const) {
    const k = summarize(ms(sequential, kind));
    console.log(`  ${kind.padEnd(12)} n=${k.n}: p50 ${fmt(k.p50)}, p99 ${fmt(k.p99)}`);
  }
  const labels = [...new Set(sequential.map(([, , l]) => l))].map((l) => ({ l, ...summarize(sequential.filter(([, , x]) => x === l).map(([, v]) => v)) }));
  console.log(`  slowest by p99: ${labels.sort((a, b) => b.p99 - a.p99).slice(0, 4).map((x) => `${x.l} ${fmt(x.p99)}`).join('; ')}`);
  console.log(`bare discord.js client answering "ok", same way: p50 ${fmt(bs.p50)}, p99 ${fmt(bs.p99)}`);
  console.log(`${IN_FLIGHT} in flight, ${c.n} interactions: p50 ${fmt(c.p50)}, p99 ${fmt(c.p99)} (bare client: p50 ${fmt(bc.p50)}, p99 ${fmt(bc.p99)})`);
  report('discord: INTERACTION_CREATE to callback p50', s.p50, 'ms');
  report('discord: INTERACTION_CREATE to callback p99', s.p99, 'ms', { op: '<=', value: 10 });
  report(`discord: INTERACTION_CREATE to callback p99, ${IN_FLIGHT} in flight`, c.p99, 'ms');
  report('discord: bare discord.js client p99', bs.p99, 'ms');

  await running.stop();
  await bare.destroy();
  await core.scheduler.stop();
  db.close();
  await ask({ type: 'stop' });
}

if (process.argv.includes(FAKE_FLAG)) {
  void fakesProcess();
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
