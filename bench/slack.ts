/**
 * Slack front end: signed `/aws` slash commands over loopback HTTP, 50 in flight at a time, timed
 * from sending the request to receiving Slack's acknowledgement (the HTTP response). Our app (real
 * bolt, real core on :memory: SQLite, doing the work after the ack) is measured against a bare bolt
 * app that only acks "ok", in the same run, alternating rounds. Fake Slack (users.info and the
 * response_urls) and the load generator (bench/slack-load.mjs) each run in a worker thread, so the
 * main thread runs only the app under test, as in production where Slack is remote. Also prints how long
 * the answers took to arrive, since under this load they wait behind the acks (see after-ack.ts).
 * Run: npm run bench:slack
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { App } from '@slack/bolt';
import { studyContent } from '../content/index.js';
import { startSlackApp } from '../src/adapters/slack/index.js';
import { boltLogger } from '../src/adapters/slack/bolt-logger.js';
import { assemble } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { fmt, report, summarize } from './stats.js';
import { sqliteStores } from '../src/store/open-stores.js';

const SECRET = 'bench-signing-secret';
const CONCURRENCY = 50;
const REQUESTS = 1_500;
const WARMUP = 2_000;
// Short alternating rounds: a burst of load from elsewhere on the machine hits both apps alike.
const ROUNDS = 8;
const TEXTS = ['lambda pricing', 'fargate', 'compare ecs fargate', 'k8s', 'how much does lambda cost', 'topics', 'help', 'me', 'top week', 'quiz'];

// Plain JavaScript so the worker needs no TypeScript loader: answers users.info and response_urls.
const FAKE_SLACK = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
let responses = 0;
const arrived = [];
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/count') return res.end(String(responses));
    if (req.url === '/arrivals') return res.end(JSON.stringify(arrived));
    if (req.url.startsWith('/response/')) {
      responses += 1;
      arrived.push([Number(req.url.slice(10)), performance.timeOrigin + performance.now()]);
      return res.end('ok');
    }
    const method = req.url.replace('/api/', '');
    const body = method === 'auth.test' ? { ok: true, team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' }
      : method === 'users.info' ? { ok: true, user: { id: 'U', is_admin: false } } : { ok: true, ts: '1.1' };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

async function main(): Promise<void> {
  const worker = new Worker(FAKE_SLACK, { eval: true, execArgv: [] });
  const fakePort = await new Promise<number>((resolve) => worker.once('message', resolve));
  const fakeUrl = `http://127.0.0.1:${fakePort}`;

  const db = openDatabase(':memory:');
  const posters = new Map<Platform, ChannelPoster>();
  const core = assemble({ content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: systemClock, posters, defaultTimeZone: 'UTC' });
  const ours = await startSlackApp({
    bot: core.bot, logger: silentLogger, posters, botToken: 'xoxb-bench', apiUrl: `${fakeUrl}/api/`, clientRetries: 0,
    mode: { kind: 'http', signingSecret: SECRET, port: 0, host: '127.0.0.1' },
  });

  const bare = new App({ token: 'xoxb-bench', signingSecret: SECRET, logger: boltLogger(silentLogger), deferInitialization: true, convoStore: false, clientOptions: { slackApiUrl: `${fakeUrl}/api/`, retryConfig: { retries: 0 } } });
  await bare.init();
  bare.command('/aws', async ({ ack }) => { await ack('ok'); });
  const bareServer = await bare.start({ port: 0, host: '127.0.0.1' });
  const barePort = (bareServer.address() as { port: number }).port;

  // The load generator (signing, sending, timing) runs in its own thread too, so the main thread runs
  // only the app under test, as in production where Slack is remote. Both apps get the same generator.
  const loader = new Worker(new URL('./slack-load.mjs', import.meta.url), { workerData: { secret: SECRET, concurrency: CONCURRENCY, texts: TEXTS }, execArgv: [] });
  await new Promise((resolve, reject) => { loader.once('message', resolve); loader.once('error', reject); });
  loader.removeAllListeners('error');
  let sent = 0;
  /** When each of our commands was sent (epoch ms, comparable across threads), by request number. */
  const sentAt = new Map<number, number>();
  const timed = new Set<number>();

  /** Sends `count` signed commands, CONCURRENCY at a time, from the load worker; returns request-to-ack times in ms. */
  async function load(port: number, count: number): Promise<number[]> {
    const first = sent;
    sent += count;
    const recordSent = port === ours.port;
    const result = await new Promise<{ samples?: Float64Array; sentAt?: Float64Array; error?: string }>((resolve, reject) => {
      loader.once('message', resolve);
      loader.once('error', reject);
      loader.postMessage({ port, first, count, responseBase: `${fakeUrl}/response/`, recordSent });
    });
    loader.removeAllListeners('error');
    if (result.error !== undefined || !result.samples) throw new Error(`load generator failed: ${result.error ?? 'no samples'}`);
    if (recordSent && result.sentAt) result.sentAt.forEach((at, k) => sentAt.set(first + k, at));
    return Array.from(result.samples);
  }

  /** Our app keeps working after each ack; let it finish before the next round is timed. */
  async function settle(expected: number): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const done = Number(await (await fetch(`${fakeUrl}/count`)).text());
      if (done >= expected) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('our app did not answer every command');
  }

  let answered = 0;
  await load(ours.port ?? 0, WARMUP);
  answered += WARMUP;
  await settle(answered);
  await load(barePort, WARMUP);

  const ourSamples: number[] = [];
  const bareSamples: number[] = [];
  const roundRatios: number[] = [];
  /** How busy the main thread (the app under test alone) was while each app was being timed. */
  const busy = { ours: { active: 0, idle: 0 }, bare: { active: 0, idle: 0 } };
  const timedLoad = async (who: 'ours' | 'bare', port: number) => {
    const before = performance.eventLoopUtilization();
    const samples = await load(port, REQUESTS);
    const { active, idle } = performance.eventLoopUtilization(before);
    busy[who].active += active;
    busy[who].idle += idle;
    return samples;
  };
  const utilization = (who: 'ours' | 'bare') => Math.round((100 * busy[who].active) / (busy[who].active + busy[who].idle));
  for (let round = 0; round < ROUNDS; round++) {
    const runOurs = async () => {
      const first = sent;
      const samples = await timedLoad('ours', ours.port ?? 0);
      for (let i = first; i < sent; i++) timed.add(i);
      answered += REQUESTS;
      await settle(answered);
      return samples;
    };
    const runBare = () => timedLoad('bare', barePort);
    let mine: number[];
    let theirs: number[];
    if (round % 2 === 0) {
      mine = await runOurs();
      theirs = await runBare();
    } else {
      theirs = await runBare();
      mine = await runOurs();
    }
    ourSamples.push(...mine);
    bareSamples.push(...theirs);
    roundRatios.push(summarize(mine).p99 / summarize(theirs).p99);
  }

  const arrivals = JSON.parse(await (await fetch(`${fakeUrl}/arrivals`)).text()) as Array<[number, number]>;
  const answerMs = arrivals.filter(([i]) => timed.has(i)).map(([i, at]) => at - (sentAt.get(i) ?? at));
  const answers = summarize(answerMs);
  const a = summarize(ourSamples);
  const b = summarize(bareSamples);
  console.log(`studybot /aws, ${a.n} signed commands at ${CONCURRENCY} concurrent: request to ack p50 ${fmt(a.p50)}, p99 ${fmt(a.p99)}`);
  console.log(`bare bolt app acking "ok", same run: p50 ${fmt(b.p50)}, p99 ${fmt(b.p99)}`);
  console.log(`p99 ratio per round (ours / bare): ${roundRatios.map((r) => r.toFixed(2)).join(' ')}; median ${summarize(roundRatios).p50.toFixed(2)}`);
  console.log(`main thread busy while timed: ours ${utilization('ours')}%, bare ${utilization('bare')}%`);
  console.log(`request to answer (response_url) under the same load, where answers queue behind acks: p50 ${fmt(answers.p50)}, p99 ${fmt(answers.p99)} (${answers.n} answers)`);
  report('slack: request to ack p50', a.p50, 'ms');
  report('slack: request to ack p99', a.p99, 'ms', { op: '<=', value: 15 });
  report('slack: p99 ratio vs bare bolt', a.p99 / b.p99, 'x', { op: '<=', value: 1.3 });
  report('slack: request to answer p99 under load', answers.p99, 'ms');

  await loader.terminate();
  await ours.stop();
  await bare.stop();
  await core.scheduler.stop();
  db.close();
  await worker.terminate();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
