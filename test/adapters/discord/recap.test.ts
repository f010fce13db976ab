import { afterEach, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import type { Place } from '../../../src/core/request.js';
import { pngSize } from '../../helpers/png.js';
import { admin, seedQuestion } from '../../core/recap/recap-helpers.js';
import { embedText, here, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

describe('weekly recap on Discord', () => {
  it('posts one channel message with the week chart attached (multipart) and shown in its embed: a 1200×560 PNG', async () => {
    h = await startHarness();
    const place: Place = { platform: 'discord', workspaceId: here.guildId ?? 'dm', channelId: here.channelId };
    await h.core.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
    await seedQuestion(h.core, place, '2026-11-17T09:00:00Z', 'lambda', [['100000000000000001', true], ['100000000000000002', false]]);
    h.clock.set('2026-11-23T08:30:00Z');
    await h.core.tickAll(h.clock.now());
    await h.core.tickAll(h.clock.now());
    const posts = h.fake.callsTo('POST', /^\/channels\/\d+\/messages$/)
      .filter((c) => embedText((c.body as { embeds?: APIEmbed[] }).embeds?.[0]).includes('Week in review'));
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post?.path).toBe(`/channels/${here.channelId}/messages`);
    expect(post?.files).toHaveLength(1);
    expect(post?.files[0]?.filename).toBe('week.png');
    expect(pngSize(post?.files[0]?.data ?? Buffer.alloc(0))).toEqual({ width: 1200, height: 560 });
    const body = post?.body as { embeds?: APIEmbed[]; attachments?: Array<{ id?: unknown; description?: string }> };
    expect(body.embeds?.[0]?.image?.url).toBe('attachment://week.png');
    expect(String(body.attachments?.[0]?.id)).toBe('0');
    expect(body.attachments?.[0]?.description).toMatch(/Answers per day/);
  });
});
