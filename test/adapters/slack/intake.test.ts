import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signature, slashCommandBody } from '../../fakes/slack/requests.js';
import { admin, alice, SECRET, startHarness, visible, type Harness } from './harness.js';

/** A raw POST to the app, with any headers and body, as an attacker or a broken client would send it. */
async function post(url: string, body: string | Buffer, headers: Record<string, string>): Promise<number> {
  try {
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    // The guard closes the connection on a refused body; the client may see that instead of the status.
    return 0;
  }
}

const now = () => Math.floor(Date.now() / 1000);
const signed = (body: string, timestamp = now(), type = 'application/x-www-form-urlencoded') => ({
  'content-type': type, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SECRET, timestamp, body),
});

describe('Slack intake guard (real bolt app over loopback)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ adminIds: [admin.id], intakeLimits: { maxBodyBytes: 64 * 1024, maxUnverified: 2, maxSkewSeconds: 300, readTimeoutMs: 2_000 } });
  });
  afterEach(async () => {
    await h.close();
  });

  it('refuses unsigned, future-dated, oversized and malformed requests with a status, and nothing reaches the bot', async () => {
    const big = Buffer.alloc(1024 * 1024, 'a');
    expect(await post(h.url, big, { 'content-type': 'application/x-www-form-urlencoded' })).toSatisfy((s: number) => s === 401 || s === 0);
    const cmd = slashCommandBody('daily on 09:00 UTC', admin, h.where, h.fake.responseUrl());
    expect(await post(h.url, cmd, signed(cmd, now() + 365 * 24 * 3600))).toBe(401);
    expect(await post(h.url, cmd, signed(cmd, now() - 600))).toBe(401);
    const padded = `${cmd}&pad=${'x'.repeat(100 * 1024)}`;
    expect(await post(h.url, padded, signed(padded))).toSatisfy((s: number) => s === 413 || s === 0);
    for (const body of ['payload=null', 'payload=%7Bnot%20json', 'payload=%5B1%2C2%5D', 'nothing=here']) {
      expect(await post(h.url, body, signed(body)), body).toBe(400);
    }
    expect(await post(h.url, '[]', signed('[]', now(), 'application/json'))).toBe(400);
    expect(h.fake.responses).toHaveLength(0);
    expect(await h.core.scheduleStore.schedule({ platform: 'slack', workspaceId: h.where.teamId, channelId: h.where.channelId })).toBeUndefined();
    expect(h.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('caps bodies being read at once: a third slow sender is told to come back, and a real command still gets through after', async () => {
    const slow = [0, 1].map(() => {
      const req = request(`${h.url}/slack/events`, { method: 'POST', headers: { ...signed('x'), 'content-length': '1000' } });
      req.on('error', () => undefined);
      req.write('a'); // …and never finishes
      return req;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cmd = slashCommandBody('fargate', alice, h.where, h.fake.responseUrl());
    expect(await post(h.url, cmd, signed(cmd))).toBe(503);
    for (const req of slow) req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ok = await h.command('fargate');
    expect(ok.status).toBe(200);
    expect(visible(await h.fake.waitForResponse(ok.responseUrl))).toMatch(/Fargate/);
  });

  it('a signed command is acknowledged while unsigned bodies near the old 4 MB limit pour in', async () => {
    const flood = Array.from({ length: 30 }, () => post(h.url, Buffer.alloc(3_900_000, 'a'), { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '3900000' }));
    const ok = await h.command('lambda pricing');
    expect(ok.status).toBe(200);
    await Promise.all(flood);
    expect(visible(await h.fake.waitForResponse(ok.responseUrl))).toMatch(/Lambda/);
  });
});
