import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, bob, embedText, read, startHarness, type Harness } from './harness.js';
import { click } from '../../fakes/discord/interactions.js';

const EPHEMERAL = 64;

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A practice question for `who`: its buttons, as the member sees them on the ephemeral message. */
async function practice(who = alice) {
  const quiz = await h.command('quiz', {}, who);
  expect(quiz.buttons.length).toBeGreaterThanOrEqual(2);
  return { buttons: quiz.buttons, message: { id: `91${String(Date.now()).slice(-10)}${Math.floor(Math.random() * 1e5)}`, ephemeral: true } };
}

describe('Discord buttons', () => {
  it('an answer on a practice question replaces the question with the result, closing its buttons', async () => {
    const { buttons, message } = await practice();
    const r = await h.click(buttons[0]?.custom_id ?? '', message);
    expect(r.type).toBe(7);
    expect(r.embed?.title).toMatch(/^(✅ Correct!|❌ Not quite: the answer is [A-F]\b)/);
    // The answer buttons are gone; only the way to report a problem with the question is left.
    expect(r.buttons.map((b) => b.label)).toEqual(['Report a problem']);
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a double click counts once and says so privately', async () => {
    const { buttons, message } = await practice(bob);
    const id = buttons[1]?.custom_id ?? '';
    // Both clicks leave before either answer arrives, as with a fast double click.
    const first = h.fake.interact(click(h.fake.appId, bob, { guildId: '200000000000000001', channelId: '300000000000000001' }, id, message));
    const second = h.fake.interact(click(h.fake.appId, bob, { guildId: '200000000000000001', channelId: '300000000000000001' }, id, message));
    const [a, b] = [read(await h.fake.waitForResponse(first)), read(await h.fake.waitForResponse(second))];
    expect(a.type).toBe(7);
    expect(b.type).toBe(4);
    expect(b.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(b.embed)).toMatch(/You already answered B\. .*Only your first answer counts\./);
    const stats = await h.command('me', {}, bob);
    // Counted once: /aws me (readiness since #14) lists the topic with one answer, not two.
    expect(embedText(stats.embed)).toMatch(/Topics you answered most\n[^\n]+: \d\/1 right/);
  });

  it('"Report a problem" on a practice result is a private note that leaves the result in place', async () => {
    const { buttons, message } = await practice(alice);
    const result = await h.click(buttons[0]?.custom_id ?? '', message);
    const report = result.buttons.find((b) => b.label === 'Report a problem');
    expect(report?.custom_id).toMatch(/^report:/);
    const r = await h.click(report?.custom_id ?? '', message);
    expect(r.type).toBe(4);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(r.embed)).toMatch(/Thank you: I noted it/);
  });

  it('a "did you mean" pick shows that topic in place of the suggestions', async () => {
    const r = await h.click('lookup:fargate', { id: '910000000000000077', ephemeral: true });
    expect(r.type).toBe(7);
    expect(r.embed?.title).toBe('AWS Fargate');
  });

  it('a pick on a channel message answers with a new message', async () => {
    const r = await h.click('lookup:lambda:pricing', { id: '910000000000000078' });
    expect(r.type).toBe(4);
    expect(r.embed?.title).toMatch(/^AWS Lambda: /);
  });

  it('a button that no longer does anything gets a clear private note', async () => {
    for (const id of ['answer:no-such-post:1', 'lookup:no-such-topic', 'share', 'x'.repeat(100)]) {
      const r = await h.click(id, { id: '910000000000000079', ephemeral: true });
      expect(r.type, id).toBe(4);
      expect(r.flags & EPHEMERAL, id).toBe(EPHEMERAL);
      expect(embedText(r.embed), id).toMatch(/no longer (available|does anything)/);
    }
  });

  it('someone else\'s practice question cannot be answered', async () => {
    const { buttons, message } = await practice(alice);
    const r = await h.click(buttons[0]?.custom_id ?? '', { ...message, ephemeral: false }, bob);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(r.embed)).toContain('belongs to someone else');
  });
});
