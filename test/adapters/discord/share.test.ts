import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, bob, embedText, read, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const REPLY = 4;
const UPDATE = 7;

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe('Discord Share button (as on Slack)', () => {
  it('shares a private lookup into the channel: the preview is replaced by a note, the answer follows publicly', async () => {
    const preview = await h.command('compare', { a: 'ecs', b: 'fargate' });
    expect(preview.flags & EPHEMERAL).toBe(EPHEMERAL);
    const share = preview.buttons.find((b) => b.label === 'Share in channel');
    expect(share?.custom_id).toBe('share:t:compare ecs fargate');

    const clicked = await h.click(share?.custom_id ?? '', { id: '910000000000000501', ephemeral: true }, bob);
    expect(clicked.type).toBe(UPDATE);
    expect(embedText(clicked.embed)).toContain('Shared in the channel');
    expect(clicked.buttons).toEqual([]);
    const posted = read(await h.fake.waitForResponse(clicked.payload, 2));
    expect(posted.call.method).toBe('POST');
    expect(posted.flags & EPHEMERAL).toBe(0);
    expect(posted.embed?.title).toBe(preview.embed?.title);
    expect(posted.embed?.footer?.text).toContain('Shared by Bobby');
    expect(posted.buttons.map((b) => b.label)).not.toContain('Share in channel');
    expect(posted.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('offers sharing for a "did you mean" pick too, re-running the pick', async () => {
    const picked = await h.click('lookup:fargate', { id: '910000000000000502', ephemeral: true });
    expect(picked.type).toBe(UPDATE);
    expect(picked.buttons.at(-1)?.custom_id).toBe('share:a:lookup:fargate');
    const shared = await h.click('share:a:lookup:fargate', { id: '910000000000000502', ephemeral: true }, alice);
    expect(shared.type).toBe(UPDATE);
    expect(read(await h.fake.waitForResponse(shared.payload, 2)).embed?.title).toBe('AWS Fargate');
  });

  it('refuses to share what the core does not offer for sharing (a forged button), privately', async () => {
    for (const id of ['share:t:daily now', 'share:t:me', 'share:x:lambda', 'share:']) {
      const r = await h.click(id, { id: '910000000000000503', ephemeral: true });
      expect(r.type, id).toBe(REPLY);
      expect(r.flags & EPHEMERAL, id).toBe(EPHEMERAL);
      expect(embedText(r.embed), id).toMatch(/can no longer be shared/);
    }
    expect(h.fake.callsTo('POST', /^\/channels\//)).toHaveLength(0);
  });
});
