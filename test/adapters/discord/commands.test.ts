import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, bob, dm, embedText, here, read, startHarness, type Harness } from './harness.js';
import { slash } from '../../fakes/discord/interactions.js';

const EPHEMERAL = 64;
const REPLY = 4;

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** What the console would show for the same words. */
const consoleSays = (text: string) => h.core.bot.handle({ actor: { id: alice.id, name: alice.username, isAdmin: false }, place: { platform: 'discord', workspaceId: here.guildId ?? '', channelId: here.channelId }, text });

describe('Discord slash commands (real discord.js against a fake gateway and REST)', () => {
  it('answers /aws topic lambda privately with an embed and a Share button, pinging nobody', async () => {
    const r = await h.command('topic', { topic: 'lambda' });
    expect(r.type).toBe(REPLY);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.buttons.at(-1)).toMatchObject({ custom_id: 'share:t:lambda', label: 'Share in channel' });
    expect(r.embed?.title).toBe('AWS Lambda');
    expect(r.embed?.description).toContain('no servers to manage');
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
    // Callbacks carry no bot token: the interaction token is the credential.
    expect(r.call.auth).toBeUndefined();
  });

  it('says the same as the console for the same words', async () => {
    const cases: Array<[string, Record<string, string>, string]> = [
      ['topic', { topic: 'lambda', aspect: 'pricing' }, 'lambda pricing'],
      ['compare', { a: 'ecs', b: 'fargate' }, 'compare ecs fargate'],
      ['top', { period: 'week' }, 'top week'],
      ['topics', {}, 'topics'],
      ['help', {}, 'help'],
      ['daily', { action: 'status' }, 'daily status'],
      ['topic', { topic: 'where do I store private docker images' }, 'where do I store private docker images'],
    ];
    for (const [sub, options, words] of cases) {
      const expected = await consoleSays(words);
      const r = await h.command(sub, options);
      expect(r.embed?.title ?? '', words).toBe(expected.title ?? '');
      expect(r.embed?.fields?.length ?? 0, words).toBe(expected.fields.length);
      // Like Slack: private replies, and lookups offered for sharing, go only to the member.
      expect(Boolean(r.flags & EPHEMERAL), words).toBe(expected.visibility === 'private' || expected.shareable === true);
    }
  });

  it('keeps personal replies private: quiz, me, help and mistakes are ephemeral', async () => {
    const quiz = await h.command('quiz');
    expect(quiz.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(quiz.embed?.title).toBe('Practice question');
    expect(quiz.buttons.length).toBeGreaterThanOrEqual(4);
    expect(quiz.buttons.every((b) => /^answer:post-\d+:\d{1,2}$/.test(b.custom_id))).toBe(true);
    expect(quiz.buttons[0]?.label).toMatch(/^A(\. .+| and B)?$/);

    const me = await h.command('me', {}, bob);
    expect(me.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(me.embed?.title).toBe('Your study stats');

    const unknown = await h.command('topic', { topic: 'qqqqzzzz' });
    expect(unknown.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(unknown.embed)).toContain('I couldn\'t find a topic for "qqqqzzzz"');

    const board = await h.command('top', { period: 'all' });
    expect(board.flags & EPHEMERAL).toBe(0);
  });

  it('rejects an option outside its choices with the console\'s message, privately', async () => {
    const r = await h.command('top', { period: 'decade' });
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.embed?.description).toContain('Choose week, month or all');
  });

  it('works in a DM too, as its own workspace', async () => {
    const r = await h.command('topic', { topic: 'fargate' }, alice, dm);
    expect(r.type).toBe(REPLY);
    expect(r.embed?.title).toBe('AWS Fargate');
    const status = await h.command('daily', { action: 'on' }, { ...alice, permissions: '32' }, dm);
    // No server, no Manage Server: the daily question cannot be switched on from a DM.
    expect(embedText(status.embed)).toContain('Only admins can change the daily question');
  });

  it('offers topics as the member types: "farg" shows Fargate', async () => {
    const r = await h.autocomplete('topic', 'topic', 'farg');
    expect(r.type).toBe(8);
    const choices = (r.body.choices ?? []) as Array<{ name: string; value: string }>;
    expect(choices[0]).toEqual({ name: 'AWS Fargate', value: 'fargate' });
    expect(choices.length).toBeLessThanOrEqual(25);

    const compare = await h.autocomplete('compare', 'b', 'lamb');
    expect(((compare.body.choices ?? []) as Array<{ value: string }>).map((c) => c.value)).toContain('lambda');

    const empty = await h.autocomplete('topic', 'topic', '');
    expect(((empty.body.choices ?? []) as unknown[]).length).toBeGreaterThan(0);
    expect(((empty.body.choices ?? []) as unknown[]).length).toBeLessThanOrEqual(25);

    // Not a topic option: nothing to suggest (its choices are fixed).
    const aspect = await h.autocomplete('topic', 'aspect', 'pri');
    expect(aspect.body.choices).toEqual([]);
  });

  it('a picked suggestion is the topic id, which looks up exactly that topic', async () => {
    const r = await h.command('topic', { topic: 'fargate' });
    expect(r.embed?.title).toBe('AWS Fargate');
  });

  it('answers a repeated delivery of one interaction only once', async () => {
    const payload = slash(h.fake.appId, alice, here, 'topic', { topic: 'ecs' });
    h.fake.interact(payload);
    h.fake.interact(payload);
    await h.fake.waitForResponse(payload);
    // A later interaction's answer proves the repeat was processed (and ignored) before it.
    await h.command('topic', { topic: 'lambda' });
    expect(h.fake.responsesFor(payload)).toHaveLength(1);
    expect(h.logger.lines.some((l) => l.message === 'discord: repeated interaction ignored')).toBe(true);
  });
});

describe('Discord deadline: defers when the core is slow', () => {
  let slow: Harness;
  beforeAll(async () => {
    slow = await startHarness({
      deferAfterMs: 20,
      wrapBot: (bot) => ({
        handle: (request) => bot.handle(request),
        suggestTopics: (typed, limit) => bot.suggestTopics(typed, limit),
        handleOptions: async (...args) => { await new Promise((r) => setTimeout(r, 120)); return bot.handleOptions(...args); },
        handleAction: async (action) => { await new Promise((r) => setTimeout(r, 120)); return bot.handleAction(action); },
      }),
    });
  });
  afterAll(async () => { await slow?.close(); });

  it('defers privately, then posts a public answer and removes the placeholder', async () => {
    const first = await slow.command('top', { period: 'all' });
    expect(first.type).toBe(5);
    expect(first.flags & EPHEMERAL).toBe(EPHEMERAL);
    // The first follow-up after a deferral would inherit its ephemeral flag: resolve the placeholder first.
    const resolved = read(await slow.fake.waitForResponse(first.payload, 2));
    expect(resolved.call.method).toBe('PATCH');
    expect(resolved.call.path).toMatch(/\/messages\/@original$/);
    const followUp = read(await slow.fake.waitForResponse(first.payload, 3));
    expect(followUp.call.method).toBe('POST');
    expect(followUp.flags & EPHEMERAL).toBe(0);
    expect(followUp.embed?.title).toMatch(/Leaderboard/);
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    const removed = read(await slow.fake.waitForResponse(first.payload, 4));
    expect(removed.call.method).toBe('DELETE');
    expect(removed.call.path).toMatch(/\/messages\/@original$/);
  });

  it('defers privately and fills in a private answer in place', async () => {
    const first = await slow.command('quiz');
    expect(first.type).toBe(5);
    const edit = read(await slow.fake.waitForResponse(first.payload, 2));
    expect(edit.call.method).toBe('PATCH');
    expect(edit.embed?.title).toBe('Practice question');
    expect(edit.buttons.length).toBeGreaterThanOrEqual(2);
    expect(slow.fake.responsesFor(first.payload)).toHaveLength(2);
  });

  it('a slow click on a private question acknowledges the click, then edits that message', async () => {
    const quiz = await slow.command('quiz');
    const edit = read(await slow.fake.waitForResponse(quiz.payload, 2));
    const clicked = await slow.click(edit.buttons[0]?.custom_id ?? '', { id: '910000000000099999', ephemeral: true });
    expect(clicked.type).toBe(6);
    const result = read(await slow.fake.waitForResponse(clicked.payload, 2));
    expect(result.call.method).toBe('PATCH');
    expect(result.embed?.title).toMatch(/^(✅ Correct!|❌ Not quite)/);
    expect(result.buttons.map((b) => b.label)).toEqual(['Report a problem']);
  });
});
