import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.js';

describe('GET /healthz, for a load balancer in front of several HTTP instances', () => {
  it('answers 200 while the instance takes work, and 503 once it is stopping', async () => {
    const h = await startHarness();
    const ok = await fetch(`${h.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    expect(ok.headers.get('cache-control')).toBe('no-store');

    // Stopping: the check turns 503 before the server closes, so no new request is routed here.
    const stopping = h.slack.stop();
    const during = await fetch(`${h.url}/healthz`).then((r) => r.status, () => 'closed');
    expect([503, 'closed']).toContain(during);
    await stopping;
    await h.close().catch(() => undefined);
  });
});
