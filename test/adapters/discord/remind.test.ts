import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review, serializeCard } from '../../../src/core/quiz/practice-scheduler.js';
import { alice, embedText, here, read, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h?.close(); });

describe('reminders in Discord', () => {
  it('creates the DM channel (user.createDM) and sends the reminder into it', async () => {
    const on = await h.command('remind', { settings: 'on 18:00' }, alice);
    expect(embedText(on.embed)).toContain('18:00 (UTC)');
    await h.core.quizStore.savePracticeCard({ platform: 'discord', workspaceId: here.guildId ?? '' }, alice.id, 'lambda',
      serializeCard(review(undefined, true, new Date('2026-11-01T10:00:00Z'))));
    h.clock.set('2026-11-23T18:00:00Z');
    await h.core.tickAll(h.clock.now());
    const created = await h.fake.waitForCall('POST', /^\/users\/@me\/channels$/);
    expect(created.body).toEqual({ recipient_id: alice.id });
    const dmChannel = `4${alice.id.slice(1)}`;
    const sent = await h.fake.waitForCall('POST', new RegExp(`^/channels/${dmChannel}/messages$`));
    expect(embedText(read(sent).embed)).toContain('1 review is due: `/aws quiz`');
    await h.core.tickAll(new Date('2026-11-23T18:01:00Z'));
    expect(h.fake.callsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);
  });
});
