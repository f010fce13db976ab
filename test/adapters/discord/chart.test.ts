import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/request.js';
import { pngSize } from '../../helpers/png.js';
import { practise } from '../../helpers/practice.js';
import { alice, embedText, here, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function harnessWithAnswers(opts: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const started = await startHarness(opts);
  const place: Place = { platform: 'discord', workspaceId: here.guildId ?? 'dm', channelId: here.channelId };
  await practise(started.core.bot, { id: alice.id, name: alice.username, isAdmin: false }, place, 3);
  return started;
}

describe('/aws me view:chart on Discord', () => {
  it('answers privately with the PNG attached (multipart) and shown in the embed', async () => {
    h = await harnessWithAnswers();
    const res = await h.command('me', { view: 'chart' });
    expect(res.type).toBe(4);
    expect(res.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedText(res.embed)).toMatch(/Cloud Concepts: /);
    expect(res.embed?.image?.url).toBe('attachment://progress.png');
    const [file] = res.call.files;
    expect(file?.filename).toBe('progress.png');
    expect(pngSize(file?.data ?? Buffer.alloc(0))).toEqual({ width: 1000, height: 560 });
    const attachments = res.body.attachments as Array<{ id?: string; description?: string }> | undefined;
    expect(attachments?.[0]?.id).toBe('0');
    expect(attachments?.[0]?.description).toMatch(/accuracy per exam domain/);
  });

  it('a slow drawing defers first, then the picture arrives with the edited reply', async () => {
    h = await harnessWithAnswers({
      deferAfterMs: 0,
      renderChart: async (spec) => {
        const { renderChart } = await import('../../../src/adapters/charts/render-chart.js');
        await new Promise((resolve) => setTimeout(resolve, 50));
        return renderChart(spec);
      },
    });
    const res = await h.command('me', { view: 'chart' });
    expect(res.type).toBe(5);
    const edit = await h.fake.waitFor('the edited reply with its picture', () => h?.fake.calls.find((c) => c.method === 'PATCH' && c.files.length > 0));
    expect(pngSize(edit.files[0]?.data ?? Buffer.alloc(0))).toEqual({ width: 1000, height: 560 });
  });

  it('a member with no answers gets a friendly word and no attachment', async () => {
    h = await startHarness();
    const res = await h.command('me', { view: 'chart' });
    expect(embedText(res.embed)).toMatch(/nothing to draw yet/);
    expect(res.call.files).toHaveLength(0);
    expect(res.embed?.image).toBeUndefined();
  });

  it('a chart that cannot be drawn costs the picture, not the reply', async () => {
    h = await harnessWithAnswers({ renderChart: () => Promise.reject(new Error('no canvas today')) });
    const res = await h.command('me', { view: 'chart' });
    expect(embedText(res.embed)).toMatch(/could not draw the picture/);
    expect(res.call.files).toHaveLength(0);
    expect(h.logger.lines.some((l) => l.level === 'error' && /chart could not be drawn/.test(l.message))).toBe(true);
  });
});
