/**
 * Entry point 3: Discord. The real discord.js client (test/adapters/discord/harness.ts) logged in
 * to the fake gateway, fed INTERACTION_CREATE payloads:
 *  - well-formed `/aws <sub>` and `/aws-daily` commands with random option values, as Discord's
 *    wire types allow them (type 3 strings up to 6000 characters, any unicode, extra or missing
 *    options): every one gets its interaction callback, a friendly one;
 *  - malformed payloads (random custom_id, missing member/user, fields of the wrong type): the
 *    client stays up (a well-formed interaction right after is answered), and whatever it answers
 *    is friendly.
 * Nothing is written but the practice post `/aws quiz` legitimately creates.
 */
import fc from 'fast-check';
import { COMMANDS } from '../../../src/core/commands/registry.js';
import { alice, bob, dm, embedText, here, read, startHarness, type Harness, type Response } from '../../adapters/discord/harness.js';
import type { AnyCommand } from '../../../src/core/commands/command-module.js';
import type { RestCall } from '../../fakes/discord/fake-discord.js';
import { click, slash, type InteractionPayload, type Member, type Where } from '../../fakes/discord/interactions.js';
import {
  actionIds, changes, expectFriendly, junkJson, KnownIssueCounter, longText, NASTY, posts, runProperty, snapshot, tally, tolerateKnown, TABLES,
  type FuzzSummary, type KnownIssueId,
  MEMBER_SETTINGS,
} from './support.js';

/** Discord's limit for a string option value. */
const OPTION_MAX = 6_000;
/** What the adapter or the core logs when handling an interaction threw (the member gets the crash apology). */
const FAILED_LOGS = new Set(['discord: interaction failed', 'command failed']);
/**
 * Discord refusing a reply (a malformed payload's token is not one it issued: 401, 404) is logged and
 * survived, as it should be; only failures of our own code count.
 */
const ownFailure = (l: { message: string; data: Record<string, unknown> }) =>
  FAILED_LOGS.has(l.message) && !String((l.data.err as { name?: unknown } | undefined)?.name ?? '').startsWith('DiscordAPIError');
const failedCount = (h: Harness) => h.logger.lines.filter(ownFailure).length;

function members(prefix: string, fixed: readonly Member[]): fc.Arbitrary<Member> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...fixed), weight: 2 },
    {
      // Ordinary members: the permissions of a member without Manage Server (never an admin).
      arbitrary: fc.record({
        id: fc.bigInt({ min: 0n, max: 10n ** 15n }).map((n) => `${prefix}${n.toString().padStart(16, '0')}`),
        username: fc.oneof(fc.stringMatching(/^[a-z0-9_.]{2,32}$/), fc.constantFrom(...NASTY)),
        nick: fc.option(fc.oneof(fc.string({ maxLength: 32 }), fc.constantFrom(...NASTY)), { nil: undefined }),
      }).map(({ nick, ...m }) => (nick === undefined ? m : { ...m, nick })),
      weight: 3,
    },
  );
}

const places: fc.Arbitrary<Where> = fc.oneof({ arbitrary: fc.constant(here), weight: 4 }, { arbitrary: fc.constant(dm), weight: 1 });

/** The interaction's responses, waiting for the follow-up when the first one was a deferral. */
async function answerOf(h: Harness, payload: InteractionPayload): Promise<Response> {
  const first = read(await h.fake.waitForResponse(payload, 1, 8_000));
  if (first.type === 5 || first.type === 6) return read(await h.fake.waitForResponse(payload, 2, 8_000));
  return first;
}

/** What a member reads in a response, plus a check of its buttons. */
function shownIn(call: RestCall): string | undefined {
  const r = read(call);
  if (r.type === 5 || r.type === 6 || call.method === 'DELETE') return undefined;
  for (const b of r.buttons) {
    if (typeof b.custom_id !== 'string' || b.custom_id.length === 0 || b.custom_id.length > 100) throw new Error(`button custom_id out of Discord's limits: ${JSON.stringify(b.custom_id)}`);
  }
  return [embedText(r.embed), typeof r.body.content === 'string' ? r.body.content : ''].join('\n');
}

function inputOf(payload: unknown, who: Member): string {
  return `${JSON.stringify(payload)} ${who.username} ${who.nick ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Well-formed commands with random options
// ---------------------------------------------------------------------------------------------

/** `/aws <sub>` (and `/aws-daily`) with random values for its options; arbitraries built once, not per case. */
export function commandCases(h: Harness) {
  const modules = COMMANDS;
  const optionNames = [...new Set(modules.flatMap((m) => m.options.map((o) => o.name)))];
  const free = longText(OPTION_MAX);
  const huge = fc.string({ minLength: 5_000, maxLength: OPTION_MAX });
  const value = (choices: readonly string[]) => fc.oneof(
    { arbitrary: free, weight: 6 },
    { arbitrary: choices.length > 0 ? fc.constantFrom(...choices) : fc.constantFrom(...NASTY), weight: 3 },
    { arbitrary: huge, weight: 1 },
  ).map((v) => v.slice(0, OPTION_MAX));
  const extra = fc.oneof(
    { arbitrary: fc.constant({} as Record<string, string>), weight: 5 },
    { arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...optionNames), fc.stringMatching(/^[a-z_-]{1,32}$/)), value([]), { maxKeys: 2 }), weight: 1 },
  );
  const casesFor = (command: string, sub: fc.Arbitrary<string | null>, declared: AnyCommand['options']) => fc.record({
    who: members('11', [alice]),
    where: places,
    sub,
    extra,
    values: fc.tuple(...declared.map((o) => fc.option(value(o.choices ?? []), { nil: undefined, freq: 4 }))),
  }).map(({ who, where, sub: name, extra: more, values }) => {
    const options: Record<string, string> = { ...more };
    declared.forEach((o, i) => {
      const v = values[i];
      if (v !== undefined) options[o.name] = v;
    });
    return { who, where, command, sub: name, options };
  });
  const daily = modules.find((m) => m.name === 'daily');
  return fc.oneof(
    ...modules.map((m) => ({ arbitrary: casesFor('aws', fc.constant(m.name), m.options), weight: 8 })),
    { arbitrary: casesFor('aws-daily', fc.constant(null), daily?.options ?? []), weight: 8 },
    { arbitrary: casesFor('aws', fc.oneof(fc.stringMatching(/^[a-z0-9_-]{1,32}$/), fc.constantFrom('quiz2', 'Topic', '__proto__')), []), weight: 8 },
  );
}

export async function fuzzDiscordCommands(h: Harness, runs: number): Promise<FuzzSummary> {
  const known = new KnownIssueCounter();
  const counts: Record<string, number> = {};
  const before = snapshot(h.db);
  let quizzes = 0;
  let slowest = 0;
  const failedBefore = failedCount(h);
  const summary = await runProperty('discord: /aws options', runs, commandCases(h), async ({ who, where, command, sub, options }) => {
    const postsBefore = posts(h.db).length;
    const changesBefore = changes(h.db);
    const started = performance.now();
    const payload = h.fake.interact(slash(h.fake.appId, who, where, sub, options, command));
    const answer = await answerOf(h, payload);
    const ms = performance.now() - started;
    if (ms > slowest) slowest = ms;
    if (answer.type === undefined) tally(counts, 'deferred');
    if (answer.type !== 4 && answer.type !== undefined) throw new Error(`callback type ${String(answer.type)}`);
    for (const call of h.fake.responsesFor(payload)) {
      const shown = shownIn(call);
      if (shown !== undefined) expectFriendly(shown, `${Object.values(options).join(' ')} ${Object.keys(options).join(' ')} ${sub ?? ''} ${who.username} ${who.nick ?? ''}`, known);
    }
    tally(counts, command === 'aws' ? `/aws ${sub && COMMANDS.some((m) => m.name === sub) ? sub : '(unknown)'}` : `/${command}`);
    if (command === 'aws' && sub === 'quiz') {
      // At most one practice post, the member's own (none for a refused mode or nothing to redo).
      const created = posts(h.db).slice(postsBefore);
      quizzes += created.length;
      if (created.length > 1 || (created.length === 1 && (created[0]?.kind !== 'practice' || created[0]?.owner_id !== who.id))) throw new Error(`/aws quiz created ${JSON.stringify(created)}`);
    } else if (command === 'aws' && (sub === 'exam' || sub === 'exam-date')) {
      // A member's own mock exam, or exam date (`date: off` clears it), is a legitimate write; the channel's tables stay as they were.
      if (posts(h.db).length !== postsBefore) throw new Error('/aws exam created a post');
    } else if (command === 'aws' && sub !== null && MEMBER_SETTINGS.has(sub)) {
      // A member's own settings (exam date, new topics, reminders) are one upsert at most; nothing else.
      if (posts(h.db).length !== postsBefore || changes(h.db) - changesBefore > 1) throw new Error(`/aws ${sub} wrote ${changes(h.db) - changesBefore} row(s)`);
    } else if (changes(h.db) !== changesBefore) {
      throw new Error(`/${command} ${sub ?? ''} wrote ${changes(h.db) - changesBefore} row(s)`);
    }
  }, () => ({ ...counts, quizzes, 'slowest answer ms': Math.round(slowest), ...known.notes() }));
  const after = snapshot(h.db);
  for (const table of TABLES) {
    const expected = before.rows[table] + (table === 'posts' ? quizzes : 0);
    if (after.rows[table] !== expected) throw new Error(`discord commands: ${table} has ${after.rows[table]} rows, expected ${expected}`);
  }
  const failed = failedCount(h) - failedBefore;
  if (failed > 0) throw new Error(`${failed} well-formed interactions failed inside the app`);
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Malformed payloads
// ---------------------------------------------------------------------------------------------

type Edit = { readonly at: 'top' | 'member' | 'user' | 'data' | 'option'; readonly key: string; readonly value?: unknown; readonly remove: boolean };

const TOP = ['member', 'user', 'channel', 'channel_id', 'guild_id', 'data', 'type', 'app_permissions', 'locale', 'guild_locale', 'entitlements', 'message', 'application_id', 'version', 'context', 'authorizing_integration_owners', 'id', 'token'] as const;
const MEMBER = ['user', 'permissions', 'nick', 'roles', 'joined_at', 'flags'] as const;
const USER = ['id', 'username', 'global_name', 'discriminator', 'avatar'] as const;
const DATA = ['custom_id', 'component_type', 'name', 'options', 'type', 'id'] as const;
const OPTION = ['value', 'type', 'name'] as const;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ at: fc.constant('top' as const), key: fc.constantFrom(...TOP), value: junkJson, remove: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ at: fc.constant('member' as const), key: fc.constantFrom(...MEMBER), value: junkJson, remove: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ at: fc.constant('user' as const), key: fc.constantFrom(...USER), value: junkJson, remove: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ at: fc.constant('data' as const), key: fc.constantFrom(...DATA), value: junkJson, remove: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ at: fc.constant('option' as const), key: fc.constantFrom(...OPTION), value: junkJson, remove: fc.boolean() }), weight: 2 },
);

const asRecord = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : undefined);

function applyEdit(payload: Record<string, unknown>, e: Edit): void {
  const member = asRecord(payload.member);
  const data = asRecord(payload.data);
  const sub = Array.isArray(data?.options) ? asRecord((data.options as unknown[])[0]) : undefined;
  const option = sub && Array.isArray(sub.options) ? asRecord((sub.options as unknown[])[0]) : undefined;
  const target = e.at === 'top' ? payload
    : e.at === 'member' ? member
      : e.at === 'user' ? asRecord(member?.user) ?? asRecord(payload.user)
        : e.at === 'data' ? data
          : option;
  if (!target) return;
  if (e.remove) delete target[e.key];
  // A copy: fast-check reuses generated values while shrinking; later edits must not change them.
  else target[e.key] = structuredClone(e.value);
}

function payloadCases(seedPostId: string, subs: readonly string[]) {
  const customId = fc.oneof(
    { arbitrary: actionIds(seedPostId).map((id) => id.slice(0, 100)), weight: 4 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }), weight: 1 },
  ).filter((id) => id.length > 0);
  const base = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('click' as const), customId, ephemeral: fc.boolean() }), weight: 3 },
    {
      arbitrary: fc.record({
        kind: fc.constant('slash' as const),
        sub: fc.constantFrom(...subs),
        options: fc.dictionary(fc.constantFrom('topic', 'aspect', 'a', 'b', 'period', 'action', 'settings'), fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 40 })), { maxKeys: 2 }),
      }),
      weight: 2,
    },
  );
  return fc.record({
    who: members('12', [{ id: '100000000000000004', username: 'carol' }]),
    where: places,
    base,
    edits: fc.oneof({ arbitrary: fc.constant([] as Edit[]), weight: 1 }, { arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }), weight: 4 }),
  });
}

/** Known issues a payload may trigger (so their symptom is counted, not failed). */
function knownFor(edits: readonly Edit[]): KnownIssueId[] {
  const ids: KnownIssueId[] = ['zod-default-message'];
  for (const e of edits) {
    if (e.at === 'data' && e.key === 'custom_id' && (e.remove || typeof e.value !== 'string')) ids.push('discord-non-string-custom-id');
    const typedId = e.remove || e.value === null || typeof e.value === 'string';
    const field = (e.at === 'top' && ['guild_id', 'channel_id', 'channel', 'user', 'member'].includes(e.key)) || (e.at === 'user' && ['id', 'username', 'global_name'].includes(e.key))
      || (e.at === 'member' && ['nick', 'user'].includes(e.key));
    if (!typedId && field) ids.push('discord-wrong-typed-fields');
    if (e.at === 'option' && e.key === 'value' && !e.remove && typeof e.value === 'object' && e.value !== null) ids.push('discord-non-primitive-option-value');
  }
  return ids;
}

export async function fuzzDiscordPayloads(h: Harness, runs: number, seedPostId: string): Promise<FuzzSummary> {
  const known = new KnownIssueCounter();
  const counts: Record<string, number> = {};
  const before = snapshot(h.db);
  const subs = COMMANDS.map((m) => m.name).filter((n) => n !== 'quiz' && n !== 'exam');
  const sent: Array<{ payload: InteractionPayload; input: string; allowed: KnownIssueId[]; edits: readonly Edit[] }> = [];
  let mayFail = 0;
  const check = (entry: (typeof sent)[number]) => {
    const calls = h.fake.responsesFor(entry.payload);
    for (const call of calls) {
      const shown = shownIn(call);
      try {
        if (shown !== undefined) expectFriendly(shown, entry.input, known, entry.allowed);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n  after edits ${JSON.stringify(entry.edits)}`);
      }
    }
    return calls.length;
  };
  let sentinels = 0;
  const failedBefore = failedCount(h);
  const summary = await runProperty('discord: malformed payloads', runs, payloadCases(seedPostId, subs), async ({ who, where, base, edits }) => {
    const changesBefore = changes(h.db);
    const payload = (base.kind === 'click'
      ? click(h.fake.appId, who, where, base.customId, { id: '910000000000000001', ephemeral: base.ephemeral })
      : slash(h.fake.appId, who, where, base.sub, base.options)) as Record<string, unknown>;
    for (const e of edits) applyEdit(payload, e);
    const entry = { payload: payload as InteractionPayload, input: inputOf(payload, who), allowed: knownFor(edits), edits };
    if (entry.allowed.length > 1 && tolerateKnown()) mayFail += 1;
    sent.push(entry);
    h.fake.dispatch('INTERACTION_CREATE', payload);
    if (edits.length === 0) {
      // Well-formed: it must get its callback.
      await answerOf(h, entry.payload);
      tally(counts, 'well-formed, answered');
    } else {
      // The client is still up: a well-formed interaction sent right after is answered.
      sentinels += 1;
      await h.fake.waitForResponse(h.fake.interact(click(h.fake.appId, alice, here, `lookup:no-such-topic-${sentinels}`, { id: '910000000000000002', ephemeral: true })), 1, 8_000);
      tally(counts, 'malformed');
    }
    check(entry);
    if (changes(h.db) !== changesBefore) throw new Error(`payload wrote ${changes(h.db) - changesBefore} row(s)`);
  }, () => ({ ...counts, ...known.notes() }));
  // Late answers: give the client a moment, then read every answer once more.
  await h.fake.waitForResponse(h.fake.interact(click(h.fake.appId, alice, here, 'lookup:lambda', { id: '910000000000000003' })), 1, 8_000);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const late: Record<string, number> = {};
  for (const entry of sent) {
    if (entry.edits.length === 0) continue;
    const p = entry.payload as Record<string, unknown>;
    const answerable = typeof p.id === 'string' && typeof p.token === 'string' && (p.type === 2 || p.type === 3);
    const answered = check(entry) > 0;
    tally(late, `malformed ${answered ? 'answered' : 'not answered'}${answered ? '' : answerable ? ' (type 2/3 with id and token)' : ' (no id/token, or another type)'}`);
    if (!answered && answerable && process.env.FUZZ_DEBUG) console.log('no answer after', JSON.stringify(entry.edits));
  }
  console.log(`[fuzz] discord: malformed payloads, outcomes: ${Object.entries(late).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  const after = snapshot(h.db);
  if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`discord payloads wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  const failed = failedCount(h) - failedBefore;
  if (failed > mayFail) {
    if (process.env.FUZZ_DEBUG) console.log(h.logger.lines.filter(ownFailure).map((l) => JSON.stringify(l.data).slice(0, 400)).join('\n'));
    throw new Error(`${failed} interactions failed inside the app; only ${mayFail} had a known cause`);
  }
  return summary;
}

/** A client on the harness with a practice post that belongs to bob (no fuzz member is bob or ada). */
export async function discordFixture(): Promise<{ h: Harness; seedPostId: string }> {
  const h = await startHarness();
  const r = await h.command('quiz', {}, bob);
  const seedPostId = r.buttons[0]?.custom_id.split(':')[1];
  if (!seedPostId) throw new Error(`could not seed a practice post: ${JSON.stringify(r.body).slice(0, 300)}`);
  return { h, seedPostId };
}

export async function fuzzDiscord(runs: number): Promise<FuzzSummary[]> {
  const { h, seedPostId } = await discordFixture();
  try {
    const summaries = [await fuzzDiscordCommands(h, runs), await fuzzDiscordPayloads(h, runs, seedPostId)];
    if (h.discord.client.ws.status !== 0) throw new Error(`gateway status ${h.discord.client.ws.status} after the fuzz`);
    const r = await h.command('topic', { topic: 'lambda' });
    if (r.embed?.title !== 'AWS Lambda') throw new Error(`the client no longer answers: ${JSON.stringify(r.body).slice(0, 200)}`);
    return summaries;
  } finally {
    await h.close();
  }
}
