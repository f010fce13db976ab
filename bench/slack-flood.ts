/**
 * Slack intake under a flood: 100 unsigned bodies of 3.9 MB (just under bolt's old 4 MB limit) keep
 * arriving from a worker thread while signed `/aws` commands are sent one after another and timed
 * from request to acknowledgement. Real bolt behind the intake guard, real core on :memory: SQLite.
 * Run: npm run bench:slack-flood (add NODE_OPTIONS=--max-old-space-size=96 to try a small heap).
 */
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { studyContent } from '../content/index.js';
import { startSlackApp } from '../src/adapters/slack/index.js';
import { assemble } from '../src/compose.js';
import type { ChannelPoster } from '../src/core/channel-poster.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { Platform } from '../src/core/request.js';
import { openDatabase } from '../src/store/open-database.js';
import { sqliteStores } from '../src/store/open-stores.js';
import { fmt, report, summarize } from './stats.js';

const SECRET = 'bench-signing-secret';
const COMMANDS = 300;
const FLOOD = 100;

// Plain JavaScript workers, so they need no TypeScript loader.
const FAKE_SLACK = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const method = req.url.replace('/api/', '');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(method === 'auth.test' ? { ok: true, team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' } : { ok: true, user: { id: 'U', is_admin: false } }));
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;
const FLOODER = `
const { request } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const body = Buffer.alloc(3900000, 'a');
let stop = false, sent = 0;
parentPort.on('message', () => { stop = true; });
function one() {
  if (stop) return;
  const req = request(workerData.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) } }, (res) => { res.resume(); res.on('end', next); });
  req.on('error', next);
  req.end(body);
  function next() { sent += 1; setImmediate(one); }
}
for (let i = 0; i < workerData.flood; i++) one();
setInterval(() => { if (stop) { parentPort.postMessage(sent); process.exit(0); } }, 50);
`;

async function main(): Promise<void> {
  const fake = new Worker(FAKE_SLACK, { eval: true });
  const fakePort = await new Promise<number>((resolve) => fake.once('message', resolve));
  const db = openDatabase(':memory:');
  const posters = new Map<Platform, ChannelPoster>();
  const core = assemble({ content: studyContent(), stores: sqliteStores(db), logger: silentLogger, clock: systemClock, posters, defaultTimeZone: 'UTC' });
  const slack = await startSlackApp({
    bot: core.bot, logger: silentLogger, posters, botToken: 'xoxb-bench', apiUrl: `http://127.0.0.1:${fakePort}/api/`, clientRetries: 0,
    mode: { kind: 'http', signingSecret: SECRET, port: 0, host: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${slack.port ?? 0}/slack/events`;
  const flooder = new Worker(FLOODER, { eval: true, workerData: { url, flood: FLOOD } });
  await new Promise((resolve) => setTimeout(resolve, 500));

  const acks: number[] = [];
  for (let i = 0; i < COMMANDS; i++) {
    const body = new URLSearchParams({
      command: '/aws', text: 'lambda pricing', user_id: 'U1', user_name: 'u', team_id: 'T1', channel_id: 'C1', channel_name: 'c',
      response_url: `http://127.0.0.1:${fakePort}/response/${i}`, trigger_id: `t${i}`, api_app_id: 'A1', token: 'x',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body });
    await res.arrayBuffer();
    acks.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`a signed command got ${res.status}`);
  }
  flooder.postMessage('stop');
  const flooded = await new Promise<number>((resolve) => flooder.once('message', resolve));
  const s = summarize(acks);
  console.log(`${COMMANDS} signed commands while ${flooded} unsigned 3.9 MB bodies arrived: ack p50 ${fmt(s.p50)}, p99 ${fmt(s.p99)}, max ${fmt(Math.max(...acks))}`);
  report('slack flood: signed ack p99 under 100 unsigned 3.9 MB bodies', s.p99, 'ms', { op: '<=', value: 300 });
  await slack.stop();
  await fake.terminate();
  db.close();
}

await main();
