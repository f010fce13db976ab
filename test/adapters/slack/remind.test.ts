import { afterEach, describe, expect, it } from 'vitest';
import { review, serializeCard } from '../../../src/core/quiz/practice-scheduler.js';
import { alice, startHarness, visible, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => { await h?.close(); h = undefined as unknown as Harness; });

describe('reminders in Slack', () => {
  it('opens the DM with conversations.open and posts the reminder there with chat.postMessage', async () => {
    h = await startHarness();
    const on = await h.command('remind on 18:00', alice);
    expect(visible(await h.fake.waitForResponse(on.responseUrl))).toContain('18:00 (UTC)');
    await h.core.quizStore.savePracticeCard({ platform: 'slack', workspaceId: h.where.teamId }, alice.id, 'lambda',
      serializeCard(review(undefined, true, new Date('2026-11-01T10:00:00Z'))));
    h.clock.set('2026-11-23T18:00:00Z');
    await h.core.tickAll(h.clock.now());
    const opened = await h.fake.waitForCall('conversations.open');
    expect(opened.args.users).toBe(alice.id);
    const sent = await h.fake.waitForCall('chat.postMessage');
    expect(sent.args.channel).toBe('D0ALICE');
    expect(visible(sent.args)).toContain('1 review is due: `/aws quiz`');
    // A second sweep in the same evening sends nothing more.
    await h.core.tickAll(new Date('2026-11-23T18:01:00Z'));
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
  });
});
