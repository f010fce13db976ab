/**
 * Entry point 4: the core itself. Studybot.handleOptions with random command names and options,
 * and Studybot.handleAction with random action ids, on the assembled bot (:memory: SQLite).
 * Every call must resolve (never reject) to a well-formed, friendly reply, and write nothing but
 * the practice post a `quiz` legitimately creates.
 */
import fc from 'fast-check';
import { COMMANDS } from '../../../src/core/commands/registry.js';
import type { Actor, Place, Platform } from '../../../src/core/request.js';
import { testApp, type TestApp } from '../../helpers/assembly.js';
import {
  actionIds, changes, expectGoodReply, KnownIssueCounter, longText, NASTY, posts, runProperty, snapshot, tally, TABLES, type FuzzSummary,
  MEMBER_SETTINGS,
} from './support.js';

const OWNER: Actor = { id: 'seed-owner', name: 'owner', isAdmin: false };
const SEED_PLACE: Place = { platform: 'slack', workspaceId: 'T-seed', channelId: 'C-seed' };

/** A practice post that belongs to OWNER, so answer ids can point at a real post that is not theirs. */
export async function seedPracticePost(app: TestApp, owner: Actor = OWNER, place: Place = SEED_PLACE): Promise<string> {
  const reply = await app.bot.handle({ actor: owner, place, text: 'quiz' });
  const id = reply.choices[0]?.id.split(':')[1];
  if (!id) throw new Error(`seeding a practice post failed: ${reply.text}`);
  return id;
}

const actors = (prefix: string): fc.Arbitrary<Actor> => fc.record({
  // Platform ids are well-formed text (a lone surrogate would not survive SQLite's UTF-8 anyway).
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...NASTY)).filter(wellFormed).map((s) => `${prefix}${s}`),
  name: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY)),
  // Fuzz actors are never admins: an admin's `daily on` is a legitimate write.
  isAdmin: fc.constant(false),
});

const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

const places: fc.Arbitrary<Place> = fc.record({
  platform: fc.constantFrom<Platform>('console', 'slack', 'discord'),
  workspaceId: fc.oneof(fc.constantFrom('local', 'T0001', 'dm', 'T-seed'), fc.string({ maxLength: 30 })),
  channelId: fc.oneof(fc.constantFrom('console', 'C0STUDY', 'C-seed'), fc.string({ maxLength: 30 })),
});

export async function fuzzCore(runs: number): Promise<FuzzSummary[]> {
  const app = testApp();
  try {
    const seedPost = await seedPracticePost(app);
    const bot = app.bot;
    const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    const optionNames = [...new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)))];
    const choiceValues = [...new Set(COMMANDS.flatMap((c) => c.options.flatMap((o) => o.choices ?? [])))];
    const summaries: FuzzSummary[] = [];

    // --- handleOptions -------------------------------------------------------------------------
    {
      const known = new KnownIssueCounter();
      const counts: Record<string, number> = {};
      const before = snapshot(app.db);
      let quizzes = 0;
      const commandName = fc.oneof(
        { arbitrary: fc.constantFrom(...names), weight: 6 },
        { arbitrary: fc.constantFrom(...NASTY), weight: 1 },
        { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
      );
      const optionValue = fc.option(fc.oneof(
        { arbitrary: longText(6_000), weight: 5 },
        { arbitrary: fc.constantFrom(...choiceValues), weight: 2 },
        { arbitrary: fc.constant(''), weight: 1 },
      ), { nil: undefined, freq: 4 });
      const options = fc.dictionary(
        fc.oneof({ arbitrary: fc.constantFrom(...optionNames), weight: 5 }, { arbitrary: fc.constantFrom(...NASTY), weight: 1 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }),
        optionValue,
        { maxKeys: 5 },
      );
      summaries.push(await runProperty('core: handleOptions', runs, fc.record({ actor: actors('fz-opt-'), place: places, commandName, options }), async ({ actor, place, commandName: name, options: opts }) => {
        const postsBefore = posts(app.db).length;
        const changesBefore = changes(app.db);
        const input = [name, ...Object.keys(opts), ...Object.values(opts).filter((v): v is string => v !== undefined)].join(' ');
        const reply = await bot.handleOptions({ actor, place, text: input }, name, opts);
        // The member's own name is quoted back too ("undefined's study stats" is fine for a member called undefined).
        expectGoodReply(reply, `${input} ${actor.name}`, known);
        tally(counts, reply.tone);
        if (name === 'quiz') {
          // `/aws quiz`: at most one new practice post, owned by the member who asked. Nothing else.
          // (None when the mode is refused, there are no mistakes to redo, or today's practice is done.)
          const created = posts(app.db).slice(postsBefore);
          quizzes += created.length;
          if (created.length > 1) throw new Error(`quiz created ${created.length} posts`);
          if (created.length === 1 && (created[0]?.kind !== 'practice' || created[0]?.owner_id !== actor.id)) throw new Error(`unexpected post ${JSON.stringify(created)}`);
        } else if (name === 'exam' || name === 'mock') {
          // `/aws exam`: a member's own mock exam (or its submit) is a legitimate write; the channel's tables stay as they were.
          if (posts(app.db).length !== postsBefore) throw new Error('an exam created a post');
        } else if (MEMBER_SETTINGS.has(name)) {
          // The member's own settings are one upsert at most; nothing else.
          if (posts(app.db).length !== postsBefore || changes(app.db) - changesBefore > 1) throw new Error(`handleOptions(${JSON.stringify(name)}) wrote ${changes(app.db) - changesBefore} row(s)`);
        } else if (changes(app.db) !== changesBefore) {
          throw new Error(`handleOptions(${JSON.stringify(name)}) wrote ${changes(app.db) - changesBefore} row(s)`);
        }
      }, () => ({ ...counts, quizzes, ...known.notes() })));
      const after = snapshot(app.db);
      for (const table of TABLES) {
        const expected = before.rows[table] + (table === 'posts' ? quizzes : 0);
        if (after.rows[table] !== expected) throw new Error(`core handleOptions: ${table} has ${after.rows[table]} rows, expected ${expected}`);
      }
    }

    // --- handleAction --------------------------------------------------------------------------
    {
      const known = new KnownIssueCounter();
      const counts: Record<string, number> = {};
      const before = snapshot(app.db);
      summaries.push(await runProperty('core: handleAction', runs, fc.record({ actor: actors('fz-act-'), place: places, actionId: actionIds(seedPost) }), async ({ actor, place, actionId }) => {
        const changesBefore = changes(app.db);
        const reply = await bot.handleAction({ actor, place, actionId });
        expectGoodReply(reply, `${actionId} ${actor.name}`, known);
        tally(counts, reply.tone);
        if (changes(app.db) !== changesBefore) throw new Error(`handleAction(${JSON.stringify(actionId)}) wrote ${changes(app.db) - changesBefore} row(s)`);
      }, () => ({ ...counts, ...known.notes() })));
      const after = snapshot(app.db);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`core handleAction wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    }
    return summaries;
  } finally {
    app.db.close();
  }
}
