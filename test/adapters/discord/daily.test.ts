import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ada, alice, bob, embedText, here, read, startHarness, type Harness } from './harness.js';
import { MANAGE_SERVER } from '../../fakes/discord/interactions.js';

const EPHEMERAL = 64;
const POSTS = /^\/channels\/300000000000000001\/messages$/;
const EDITS = /^\/channels\/300000000000000001\/messages\/\d+$/;

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h?.close(); });

async function switchOn(settings = '09:00 UTC 8h') {
  const r = await h.command(null, { action: 'on', settings }, ada, here, 'aws-daily');
  expect(r.embed?.title).toBe('Daily question is on');
  return r;
}

describe('Discord daily question', () => {
  it('needs Manage Server to change settings, checked when the interaction arrives', async () => {
    const member = await h.command('daily', { action: 'on' }, alice);
    expect(member.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(member.embed)).toContain('Only admins can change the daily question');
    // A server may open /aws-daily to everyone in its settings; the bit is still checked here.
    const viaAdminCommand = await h.command(null, { action: 'on' }, bob, here, 'aws-daily');
    expect(embedText(viaAdminCommand.embed)).toContain('Only admins can change the daily question');
    const status = await h.command('daily', { action: 'status' }, alice);
    expect(status.embed?.title).toBe('Daily question');

    const on = await switchOn();
    expect(on.flags & EPHEMERAL).toBe(0);
    const administrator = await h.command('daily', { action: 'off' }, { id: '100000000000000009', username: 'root', permissions: String(1 << 3) });
    expect(embedText(administrator.embed)).toContain('The daily question is off');
    expect(MANAGE_SERVER).toBe('32');
  });

  it('posts through the scheduler with answer buttons, counts clicks once, and the reveal closes the buttons', async () => {
    await switchOn();
    await h.core.scheduler.tick('test');
    const post = await h.fake.waitForCall('POST', POSTS);
    const question = read(post);
    expect(question.embed?.title).toMatch(/^Question of the day · 2026-11-23$/);
    expect(question.buttons.length).toBeGreaterThanOrEqual(2);
    expect(question.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.auth).toBe(`Bot ${h.fake.token}`);
    // A second tick in the same minute posts nothing new.
    await h.core.scheduler.tick('test');
    expect(h.fake.callsTo('POST', POSTS)).toHaveLength(1);

    // Alice picks the right answer, Bob a wrong one.
    const postId = question.buttons[0]?.custom_id.split(':')[1] ?? '';
    const right = h.core.bank.byId((await h.core.quizStore.getPost(postId))?.questionId ?? '')?.answerIndex ?? 0;
    const wrong = right === 0 ? 1 : 0;
    // The poster handed the message id Discord returned to the core, which edits it at the reveal.
    const messageId = (await h.core.quizStore.getPost(postId))?.messageRef ?? '';
    expect(messageId).toMatch(/^\d{17,20}$/);
    const letter = (i: number) => 'ABCDEF'[i];
    // The same button from another channel, another server or a DM counts nothing.
    for (const where of [{ ...here, channelId: '300000000000000099' }, { ...here, guildId: '200000000000000099' }]) {
      const stray = await h.click(`answer:${postId}:${right}`, { id: messageId }, alice, where);
      expect(embedText(stray.embed)).toMatch(/belongs to another channel/);
    }
    expect(await h.core.quizStore.answersFor(postId)).toHaveLength(0);
    const a = await h.click(`answer:${postId}:${right}`, { id: messageId }, alice);
    expect(a.type).toBe(4);
    expect(a.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(a.embed)).toMatch(new RegExp(`^Got it: ${letter(right)}\\. `, 'm'));
    const again = await h.click(`answer:${postId}:${wrong}`, { id: messageId }, alice);
    expect(again.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(again.embed)).toContain(`You already answered ${letter(right)}.`);
    const b = await h.click(`answer:${postId}:${wrong}`, { id: messageId }, bob);
    expect(embedText(b.embed)).toMatch(new RegExp(`^Got it: ${letter(wrong)}\\. `, 'm'));
    const first = question.buttons[0];

    h.clock.advance(8 * 60 * 60_000);
    await h.core.scheduler.tick('test');
    const reveal = read(await h.fake.waitForCall('POST', POSTS, 2));
    expect(reveal.embed?.title).toMatch(/^Answer: [A-F]\. /);
    expect(embedText(reveal.embed)).toMatch(/votes?/);
    const closed = await h.fake.waitForCall('PATCH', EDITS);
    expect(closed.path).toBe(`/channels/${here.channelId}/messages/${messageId}`);
    expect(read(closed).buttons).toEqual([]);
    expect(read(closed).body.components).toEqual([]);
    expect(read(closed).embed?.title).toMatch(/· closed$/);

    const late = await h.click(first?.custom_id ?? '', { id: messageId }, { id: '100000000000000005', username: 'late' });
    expect(late.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(late.embed)).toMatch(/This question is closed\. The answer was [A-F]\./);

    const board = await h.command('top', { period: 'all' });
    // Ranks are escaped so Discord does not renumber them as a list (ties share a rank).
    expect(embedText(board.embed)).toMatch(/^1\\\. alice \(you\): 10 pts · 1\/1 correct$/m);
    expect(embedText(board.embed)).toMatch(/^2\\\. Bobby: 0 pts · 0\/1 correct$/m);
  });

  it('/aws daily now posts at once and tells the admin privately', async () => {
    const r = await h.command('daily', { action: 'now' }, ada);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(r.embed)).toContain('Posted today\'s question');
    expect(h.fake.callsTo('POST', POSTS)).toHaveLength(1);
  });

  it('a post the channel refuses (missing access) is logged clearly and tried again on the next tick', async () => {
    await switchOn();
    h.fake.script('POST', POSTS, { status: 403, body: { message: 'Missing Access', code: 50001 } });
    await h.core.scheduler.tick('test');
    const line = h.logger.lines.find((l) => l.data.code === '50001');
    expect(line?.level).toBe('warn');
    expect(line?.message).toContain('I cannot see that channel. Add me to it (View Channel)');
    expect(JSON.stringify(line)).not.toContain(h.fake.token);
    await h.core.scheduler.tick('test');
    expect(h.fake.callsTo('POST', POSTS)).toHaveLength(2);
    const again = await h.command('daily', { action: 'now' }, ada);
    expect(embedText(again.embed)).toContain('already out');
  });

  it('/aws daily now in a channel that is gone says so to the admin', async () => {
    h.fake.script('POST', POSTS, { status: 404, body: { message: 'Unknown Channel', code: 10003 } });
    const r = await h.command('daily', { action: 'now' }, ada);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(r.embed)).toContain('I could not post the question in this channel');
    expect(h.logger.lines.some((l) => l.data.code === '10003' && l.message.includes('That channel no longer exists'))).toBe(true);
  });

  it('waits out a short rate limit and posts; gives up at once on a long one', async () => {
    h.fake.script('POST', POSTS, { status: 429, headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.05, global: false } });
    const ok = await h.command('daily', { action: 'now' }, ada);
    expect(embedText(ok.embed)).toContain('Posted today\'s question');
    expect(h.fake.callsTo('POST', POSTS)).toHaveLength(2);
    expect(h.logger.lines.some((l) => l.message === 'discord: rate limited')).toBe(true);

    await switchOn();
    h.clock.advance(8 * 60 * 60_000);
    h.fake.script('POST', POSTS, { status: 429, headers: { 'retry-after': '60', 'x-ratelimit-scope': 'shared' }, body: { message: 'You are being rate limited.', retry_after: 60, global: false } });
    await h.core.scheduler.tick('test');
    const line = h.logger.lines.find((l) => l.data.code === 'rate-limited');
    expect(line?.message).toMatch(/slow down; try again in 6\d s/);
    // The reveal is still owed; the next tick delivers it.
    await h.core.scheduler.tick('test');
    expect(read(h.fake.callsTo('POST', POSTS).at(-1) ?? (await h.fake.waitForCall('POST', POSTS, 4))).embed?.title).toMatch(/^Answer: /);
  });

  it('a reveal still goes out when the old question message cannot be edited', async () => {
    await switchOn();
    await h.core.scheduler.tick('test');
    h.fake.script('PATCH', EDITS, { status: 404, body: { message: 'Unknown Message', code: 10008 } });
    h.clock.advance(8 * 60 * 60_000);
    await h.core.scheduler.tick('test');
    expect(read(await h.fake.waitForCall('POST', POSTS, 2)).embed?.title).toMatch(/^Answer: /);
    expect(h.logger.lines.some((l) => l.data.code === '10008')).toBe(true);
  });
});
