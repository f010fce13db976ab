import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/request.js';
import { practise } from '../../helpers/practice.js';
import { admin, seedQuestion } from '../../core/recap/recap-helpers.js';
import { alice, buttons, startHarness, visible, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

/** alice with practice, a two-day daily streak in the study channel and an exam date. */
async function aliceStudying(): Promise<Harness> {
  const started = await startHarness();
  const place: Place = { platform: 'slack', workspaceId: started.where.teamId, channelId: started.where.channelId };
  const actor = { id: alice.id, name: alice.name, isAdmin: false };
  await started.core.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
  await seedQuestion(started.core, place, '2026-11-21T09:00:00Z', 'lambda', [[alice.id, true]]);
  await seedQuestion(started.core, place, '2026-11-22T09:00:00Z', 'ecs', [[alice.id, true]]);
  await practise(started.core.bot, actor, place, 2);
  await started.core.bot.handle({ actor, place, text: 'exam-date 2027-01-15' });
  return started;
}

const view = (call: { args: Record<string, unknown> }) => call.args.view as Record<string, unknown>;

describe('Slack App Home', () => {
  it('app_home_opened publishes the member\'s own dashboard: readiness by domain, reviews, countdown, streaks, and two buttons', async () => {
    h = await aliceStudying();
    const sent = await h.event({ type: 'app_home_opened', user: alice.id, channel: 'D0ALICE', tab: 'home' });
    expect(sent.status).toBe(200);
    const published = await h.fake.waitForCall('views.publish');
    expect(published.args.user_id).toBe(alice.id);
    expect(view(published).type).toBe('home');
    const shown = visible(view(published));
    expect(shown).toMatch(/Your study dashboard/);
    expect(shown).toMatch(/Readiness by exam domain/);
    expect(shown).toMatch(/Technology and Services|Cloud Concepts/);
    expect(shown).toMatch(/reviews? due today|No reviews due today/);
    expect(shown).toMatch(/📅 Your exam is in \d+ days \(15 January 2027\)/);
    expect(shown).toMatch(/Daily streak\*?\s*2 now/);
    expect(buttons(view(published)).map((b) => b.value)).toEqual(['home:practice', 'home:exam']);
  });

  it('the Messages tab opening publishes nothing; a second Home opening refreshes it', async () => {
    h = await aliceStudying();
    await h.event({ type: 'app_home_opened', user: alice.id, channel: 'D0ALICE', tab: 'messages' });
    await h.event({ type: 'app_home_opened', user: alice.id, channel: 'D0ALICE', tab: 'home' });
    await h.fake.waitForCall('views.publish');
    await h.event({ type: 'app_home_opened', user: alice.id, channel: 'D0ALICE', tab: 'home' });
    await h.fake.waitForCall('views.publish', 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fake.callsOf('views.publish')).toHaveLength(2);
  });

  it('the Practice button starts a practice question in the member\'s DM (conversations.open) and says so on the Home tab', async () => {
    h = await aliceStudying();
    await h.event({ type: 'app_home_opened', user: alice.id, channel: 'D0ALICE', tab: 'home' });
    const home = await h.fake.waitForCall('views.publish');
    const practice = buttons(view(home)).find((b) => b.value === 'home:practice');
    if (!practice) throw new Error('no practice button');
    const clicked = await h.homeClick(alice, practice.action_id, practice.value);
    expect(clicked.status).toBe(200);
    const opened = await h.fake.waitForCall('conversations.open');
    expect(opened.args.users).toBe(alice.id);
    const posted = await h.fake.waitFor('practice question in the DM', () => h?.fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'D0ALICE'));
    expect(visible(posted.args)).toMatch(/Practice/i);
    expect(buttons(posted.args).some((b) => b.value.startsWith('answer:'))).toBe(true);
    const said = await h.fake.waitForCall('views.publish', 2);
    expect(visible(view(said))).toMatch(/practice question is waiting in our direct messages/);
    // Nothing went to the study channel.
    expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0STUDY')).toHaveLength(0);
  });

  it('the Mock exam button starts the exam in the DM', async () => {
    h = await aliceStudying();
    await h.homeClick(alice, 'choice-1', 'home:exam');
    const posted = await h.fake.waitFor('exam in the DM', () => h?.fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'D0ALICE'));
    expect(visible(posted.args)).toMatch(/exam/i);
    const said = await h.fake.waitForCall('views.publish');
    expect(visible(view(said))).toMatch(/mock exam has started/);
  });
});
