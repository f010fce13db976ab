/**
 * The load generator for bench/slack.ts, in its own worker thread so that signing, sending and
 * timing requests does not take CPU from the app under test on the main thread (in production
 * Slack's servers are elsewhere). Plain JavaScript: workers get no TypeScript loader.
 *
 * workerData: { secret, concurrency, texts }.
 * Each message { port, first, count, responseBase, recordSent } sends `count` signed `/aws` commands
 * to 127.0.0.1:port, `concurrency` in flight at a time, numbered from `first`; the reply is
 * { samples } (request-to-ack ms, completion order) and, if recordSent, { sentAt } (epoch ms at which
 * request first + k was sent, comparable across threads), or { error }.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { secret, concurrency, texts } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function load({ port, first, count, responseBase, recordSent }) {
  const samples = new Float64Array(count);
  const sentAt = recordSent ? new Float64Array(count) : undefined;
  let done = 0;
  let next = 0;
  const one = (k) => new Promise((resolve, reject) => {
    const i = first + k;
    const body = new URLSearchParams({
      token: 'x', team_id: 'T1', team_domain: 'bench', channel_id: `C${i % 20}`, channel_name: 'bench', user_id: `U${i % 50}`, user_name: `member${i % 50}`,
      command: '/aws', text: texts[i % texts.length] ?? 'help', api_app_id: 'A1', response_url: `${responseBase}${i}`, trigger_id: `bench.${i}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
    const started = performance.now();
    if (sentAt) sentAt[k] = performance.timeOrigin + started;
    const req = request({
      host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': ts, 'x-slack-signature': signature },
    }, (res) => {
      samples[done++] = performance.now() - started;
      if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
    req.end(body);
  });
  const lane = async () => {
    while (next < count) {
      const k = next;
      next += 1;
      await one(k);
    }
  };
  return Promise.all(Array.from({ length: concurrency }, lane)).then(() => ({ samples, sentAt }));
}

parentPort.on('message', (job) => {
  load(job).then(
    ({ samples, sentAt }) => parentPort.postMessage({ samples, sentAt }, sentAt ? [samples.buffer, sentAt.buffer] : [samples.buffer]),
    (error) => parentPort.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
parentPort.postMessage({ ready: true });
