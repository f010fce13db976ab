/**
 * Shared pieces of the fuzz drills: how many cases to run, what bad input looks like, what a
 * friendly reply is, and how to tell that the database was not written.
 */
import fc from 'fast-check';
import { studyContent } from '../../../content/index.js';
import { normalize, words } from '../../../src/core/text.js';
import type { Reply } from '../../../src/core/reply.js';
import type { Db } from '../../../src/store/open-database.js';
import { visibleText } from '../../helpers/bot.js';

// ---------------------------------------------------------------------------------------------
// Case counts and reporting
// ---------------------------------------------------------------------------------------------

/** Cases per entry point: FUZZ_RUNS when set (a positive integer), otherwise the drill's default. */
export function fuzzRuns(defaultRuns: number): number {
  const raw = process.env.FUZZ_RUNS;
  if (raw === undefined || raw.trim() === '') return defaultRuns;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs <= 0) throw new Error(`FUZZ_RUNS must be a positive integer, got "${raw}"`);
  return runs;
}

/** fast-check settings: FUZZ_SEED replays a failure fast-check printed. */
export function fcOptions(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns, ...(seed ? { seed: Number(seed) } : {}), ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };
}

export interface FuzzSummary {
  /** Entry point, e.g. "slack: slash-command text". */
  readonly entry: string;
  /** Cases the property actually ran. */
  readonly cases: number;
  readonly ms: number;
  /** Anything worth printing next to the count (status tallies, known issues seen). */
  readonly notes?: Readonly<Record<string, number | string>>;
}

/** One line per entry point, so every drill says how many cases it ran. */
export function report(summary: FuzzSummary): FuzzSummary {
  const notes = summary.notes && Object.keys(summary.notes).length > 0
    ? ` (${Object.entries(summary.notes).map(([k, v]) => `${k}: ${v}`).join(', ')})`
    : '';
  console.log(`[fuzz] ${summary.entry}: ${summary.cases} cases in ${(summary.ms / 1000).toFixed(1)} s${notes}`);
  return summary;
}

/** Runs one property, counting the cases it ran and timing it. */
export async function runProperty<T>(
  entry: string,
  numRuns: number,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<void>,
  notes: () => Record<string, number | string> = () => ({}),
): Promise<FuzzSummary> {
  let cases = 0;
  const started = performance.now();
  await fc.assert(fc.asyncProperty(arbitrary, async (value) => {
    cases += 1;
    await check(value);
  }), fcOptions(numRuns) as fc.Parameters<[T]>);
  return report({ entry, cases, ms: performance.now() - started, notes: notes() });
}

export function tally<K extends string>(counts: Record<string, number>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

const content = studyContent();
export const TOPIC_IDS: readonly string[] = content.topics.map((t) => t.id);

/**
 * Command words that write when run by a member (quiz, exam, their reminders) or an admin (daily).
 * Kept out of free text.
 */
const WRITING_WORDS = new Set(['quiz', 'practice', 'question', 'daily', 'exam', 'mock', 'remind', 'reminder', 'reminders', 'new-topics', 'newtopics', 'exam-date', 'examdate', 'exam-day']);

/** Commands that save the member's own settings (exam date, new topics, reminders): at most one row. */
export const MEMBER_SETTINGS: ReadonlySet<string> = new Set(['exam-date', 'new-topics', 'remind']);

/**
 * Whether typed text could start `/aws quiz` (a practice post: a legitimate write) or, for the
 * console where everyone is an admin, `/aws daily on|now` (a schedule or a daily post). Checked
 * the way the parser reads text (NFKC, lower case, invisible characters dropped), so full-width
 * "ｑｕｉｚ" counts too. Conservative: the word anywhere counts, not only as the command word.
 */
export function couldWrite(text: string): boolean {
  return words(normalize(text)).some((w) => WRITING_WORDS.has(w.replace(/^\/+/, '')));
}

/** Words and fragments that have broken chat bots before: markup, mentions, injections, traps. */
export const NASTY = [
  'lambda', 'ecs', 'fargate', 'beanstalk', 'compare', 'vs', 'versus', 'and', 'pricing', 'limits', 'exam', 'pick', 'help', 'topics',
  'top', 'week', 'month', 'all', 'me', 'stats', 'on', 'off', 'status', 'now', 'reveal', 'list', '?', '/aws', 'aws', '/as', '/answer',
  '*bold*', '_it_', '~s~', '`code`', '```', '> quote', '<@U0ALICE>', '<!channel>', '<!here>', '@everyone', '@here', '<#C0STUDY>',
  '<https://evil.example|click>', '[x](https://evil.example)', '||spoiler||', '<script>alert(1)</script>', '&amp;', '&lt;', '\\',
  "'; DROP TABLE answers; --", '" OR 1=1 --', '%s%s%n', '${process.env}', '{{7*7}}', '../../etc/passwd', 'C:\\Windows',
  'undefined', 'null', 'NaN', 'Infinity', 'true', '[object Object]', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '0', '-1', '1', '2', '4', '9', '10', '99', '100', '1e309', '-0', '0x1F', '１２', '١٢', '²', '½', '09:00', '25:99', 'Europe/Berlin', 'Mars/Olympus', '8h', '-5m',
  '\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\u001b[31m', '\u001b]0;title\u0007', '\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '🚀', '👩🏽‍💻', '🇩🇪', '‮', 'ﷺ', 'Ǆ', 'ß', 'İ', 'ﬁ', 'Ⅻ', 'é', 'é', '𝓁𝒶𝓂𝒷𝒹𝒶', 'ｌａｍｂｄａ', 'λ', 'Лямбда', '兰布达', 'ラムダ', 'لامدا', 'למבדה',
  ...TOPIC_IDS.slice(0, 12),
] as const;

/** Any text a chat box, a paste or a terminal can produce. */
export const chatText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 120, unit: 'grapheme' }), weight: 3 },
  { arbitrary: fc.string({ maxLength: 60, unit: 'binary' }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 60, unit: 'grapheme-ascii' }), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 10 }).chain((ws) => fc.constantFrom(' ', '', '  ', '\n', ',', '/').map((sep) => ws.join(sep))), weight: 5 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String), weight: 1 },
  { arbitrary: fc.string({ minLength: 400, maxLength: 3_000, unit: 'grapheme' }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.integer({ min: 50, max: 2_000 })).map(([w, n]) => w.repeat(n)), weight: 1 },
).filter((text) => !couldWrite(text));

/** Strings up to `max` characters, weighted towards the long end now and then. */
export function longText(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: chatText, weight: 6 },
    { arbitrary: fc.string({ minLength: Math.min(max, 1_000), maxLength: max, unit: 'grapheme' }).filter((t) => !couldWrite(t)), weight: 1 },
    { arbitrary: fc.constantFrom(...NASTY).map((w) => w.repeat(Math.max(1, Math.floor(max / Math.max(1, w.length))))).map((t) => t.slice(0, max)), weight: 1 },
  );
}

/** A value of the wrong JSON type for a field that should be a string or an object. */
export const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  fc.constant([]),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 3 }),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.constant(null)), { maxKeys: 3 }),
);

/** Action ids as a member's client could send them back: real shapes, near misses and junk. */
export function actionIds(realPostId: string): fc.Arbitrary<string> {
  const digits = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom('-1', '1.5', '１', '١', '00', '007', '', ' 1', '1e1', 'NaN'));
  const junkPost = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', 'post-', 'post-0', 'post-999999', '%', "' OR 1=1 --", '\u0000'))
    .filter((id) => !/^post-\d+$/.test(id) || id === 'post-0' || id === 'post-999999');
  return fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.string({ maxLength: 100, unit: 'binary' }),
    fc.tuple(junkPost, digits).map(([p, d]) => `answer:${p}:${d}`),
    // The seeded practice post belongs to someone else: answering it must be refused, not stored.
    digits.map((d) => `answer:${realPostId}:${d}`),
    fc.tuple(fc.constantFrom(...TOPIC_IDS, ...NASTY), fc.option(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })), { nil: undefined }))
      .map(([t, a]) => (a === undefined ? `lookup:${t}` : `lookup:${t}:${a}`)),
    fc.array(fc.oneof(fc.constantFrom('answer', 'lookup', 'share', 'choice', ':', '', ...TOPIC_IDS.slice(0, 5)), fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join(':')),
    fc.constantFrom('', ':', '::', ':::', 'answer', 'answer:', 'answer::', 'lookup', 'lookup:', 'lookup::pricing', 'a:', 't:', 'share', 'choice-1'),
  );
}

// ---------------------------------------------------------------------------------------------
// Friendly replies
// ---------------------------------------------------------------------------------------------

/** The core's and the adapters' apology when something threw: it means a code path crashed. */
export const SORRY = /something went wrong on my side/i;

/**
 * Bugs found by these drills in files they may not change (see the report in fuzz/README.md).
 * While a bug is listed, its symptom is counted and printed instead of failing the run, so the
 * drills stay green until it is fixed and go on guarding everything else; FUZZ_STRICT=1 turns the
 * list off (then each one fails the run). `pattern` issues are recognised in reply text; the others
 * are recognised by the drill from the input that causes them.
 */
export const KNOWN_ISSUES = {
  'zod-default-message': {
    pattern: /Invalid input: expected string, received undefined\. ?/g as RegExp | undefined,
    what: 'src/core/commands/compare.ts, lookup.ts: a missing required value (/aws compare, /aws compare lambda, /aws vs x; handleOptions topic/compare without it) shows zod\'s raw "Invalid input: expected string, received undefined."',
  },
  'slack-unrouted-no-ack': {
    pattern: undefined,
    what: 'src/adapters/slack/app.ts: a block_actions body whose first action has no string action_id (missing, a number, null; actions [] or [junk]) or a block_suggestion matches no listener and is never acked: bolt answers 404 after 3 s',
  },
  'slack-wrong-typed-field': {
    pattern: /\\?\[?object [A-Z]\w*\\?\]?/g as RegExp | undefined,
    what: 'src/adapters/slack/payloads.ts (buttonClick, commandPlace) and app.ts (actorOf): fields that are not strings are passed on: a click value 5 makes core handleAction throw ("actionId.split is not a function"); a repeated form field (team_id, channel_id or user_id twice) becomes an array, and /aws me, top, daily fail in SQLite ("Too many parameter values were provided"); an object user.username breaks the share footer ("text.replace is not a function"); the member gets the crash apology',
  },
  'discord-non-string-custom-id': {
    pattern: undefined,
    what: 'src/adapters/discord/handlers.ts: a button whose custom_id is not a string (5, null) reaches core handleAction, which throws before its guard; the member gets the crash apology',
  },
  'discord-wrong-typed-fields': {
    pattern: /\\?\[?object [A-Z]\w*\\?\]?/g as RegExp | undefined,
    what: 'src/adapters/discord/handlers.ts placeOf/actorOf: a guild_id, channel_id, user id or nick/global_name/username that is not a string is passed on: an object nick reads "[object Object]\'s study stats"; an object guild_id or user id reaches SQLite in /aws me, top, daily ("Too few parameter values were provided") and the member gets the crash apology',
  },
  'discord-non-primitive-option-value': {
    pattern: /"?object Object"?/g as RegExp | undefined,
    what: 'src/adapters/discord/handlers.ts optionsOf: an option value that is an object or array is String()-ed ("[object Object]")',
  },
} as const;
export type KnownIssueId = keyof typeof KNOWN_ISSUES;

/** Known issues whose symptom is the crash apology (the input made a code path throw). */
const CRASHING_ISSUES: ReadonlySet<KnownIssueId> = new Set(['slack-wrong-typed-field', 'discord-non-string-custom-id', 'discord-wrong-typed-fields']);

/** Whether known issues are tolerated (FUZZ_STRICT=1 says no). */
export function tolerateKnown(): boolean {
  return !strict();
}

// The bugs listed above are fixed; they fail the drills unless FUZZ_STRICT=0 asks to tolerate them.
const strict = () => process.env.FUZZ_STRICT !== '0';

/** What a member could read that they should not: stack traces, internals, raw errors. */
const FORBIDDEN: ReadonlyArray<readonly [string, RegExp]> = [
  ['stack trace', /\bat (?:async )?[\w$.<>]*\s*\(?(?:file:|node:|\/)[^\n]*:\d+/],
  ['source path', /(?:file:\/\/|node_modules|\/src\/|\.ts:\d+|\.js:\d+)/],
  ['error name', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|ZodError|SqliteError|DiscordAPIError|AbortError|RangeError)\b/],
  ['raw error', /\bError: /],
  ['network error', /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)\b/],
  ['sql', /\bSQLITE_[A-Z]+|\bno such (?:table|column)\b/],
  ['zod', /Invalid input|expected \w+, received \w+/],
  ['undefined', /\bundefined\b/i],
  ['null', /\bnull\b/i],
  ['NaN', /\bNaN\b/],
  ['object', /\[object \w+\]|\bobject Object\b/],
  ['apology for a crash', SORRY],
];

/** Folds text the way the bot quotes it back, so an echo of the input can be recognised. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[`*_~|<>@#&[\]()\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, ' ').replace(/\s+/g, ' ');
}

export interface Friendliness {
  /** Problems found; empty when the reply is fine. */
  readonly problems: string[];
  /** Known issues seen in this reply (ids). */
  readonly known: string[];
}

/**
 * Checks what a member reads. A forbidden word is tolerated only when the member typed it
 * themselves (the bot quotes input back: "I couldn't find a topic for "undefined"").
 */
export function friendliness(shown: string, input: string, allowed: readonly KnownIssueId[] = ['zod-default-message']): Friendliness {
  const problems: string[] = [];
  const known: string[] = [];
  let text = shown;
  for (const id of allowed) {
    const pattern = KNOWN_ISSUES[id].pattern;
    if (!pattern || !tolerateKnown()) continue;
    pattern.lastIndex = 0;
    if (pattern.test(text)) known.push(id);
    pattern.lastIndex = 0;
    text = text.replace(pattern, '');
  }
  if (text.trim().length === 0 && known.length === 0) problems.push('empty reply');
  const typed = fold(input);
  for (const [what, pattern] of FORBIDDEN) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (what !== 'apology for a crash' && typed.includes(fold(match[0]).trim())) continue;
    const excuse = what === 'apology for a crash' && tolerateKnown() ? allowed.find((id) => CRASHING_ISSUES.has(id)) : undefined;
    if (excuse) {
      known.push(excuse);
      continue;
    }
    problems.push(`${what}: "${match[0]}" in ${JSON.stringify(shown.slice(0, 300))}`);
  }
  return { problems, known };
}

// ---------------------------------------------------------------------------------------------
// The database
// ---------------------------------------------------------------------------------------------

export const TABLES = ['posts', 'answers', 'scores', 'practice_cards', 'daily_schedules', 'deliveries'] as const;
export type Table = (typeof TABLES)[number];

export interface DbSnapshot {
  readonly rows: Record<Table, number>;
  /** SQLite's total_changes(): rows inserted, updated or deleted since the connection opened. */
  readonly changes: number;
}

export function snapshot(db: Db): DbSnapshot {
  const rows = {} as Record<Table, number>;
  for (const table of TABLES) rows[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { rows, changes: changes(db) };
}

/**
 * Rows written so far, leaving out the request ledger: every request a platform delivers is noted
 * there (so a retry is dropped on any instance), which is bookkeeping, not a change a member can see.
 * In these runs ledger keys are only ever added (none expires within a run), so its row count is the
 * number of its writes.
 */
export function changes(db: Db): number {
  const total = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const ledger = (db.prepare('SELECT COUNT(*) AS n FROM seen_requests').get() as { n: number }).n;
  return total - ledger;
}

export interface PostRow {
  readonly id: string;
  readonly kind: string;
  readonly owner_id: string | null;
}

export function posts(db: Db): PostRow[] {
  return db.prepare('SELECT id, kind, owner_id FROM posts ORDER BY rowid').all() as PostRow[];
}

// ---------------------------------------------------------------------------------------------
// Checking a reply
// ---------------------------------------------------------------------------------------------

/** Counts known issues across a run, for the summary line. */
export class KnownIssueCounter {
  readonly seen: Record<string, number> = {};

  add(ids: readonly string[]): void {
    for (const id of ids) tally(this.seen, id);
  }

  notes(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.seen).map(([id, n]) => [`known issue ${id}`, n]));
  }
}

/** Fails (with the text) when what a member reads is not friendly; counts known issues. */
export function expectFriendly(shown: string, input: string, known: KnownIssueCounter, allowed?: readonly KnownIssueId[]): void {
  const result = friendliness(shown, input, allowed);
  known.add(result.known);
  if (result.problems.length > 0) throw new Error(`unfriendly reply to ${JSON.stringify(input.slice(0, 200))}:\n  ${result.problems.join('\n  ')}`);
}

const TONES = new Set(['info', 'success', 'warning', 'error']);

/** A core Reply: the right shape, not the crash apology, friendly text, choices that fit a button. */
export function expectGoodReply(reply: Reply, input: string, known: KnownIssueCounter): void {
  if (typeof reply !== 'object' || reply === null) throw new Error(`not a reply: ${String(reply)}`);
  if (typeof reply.text !== 'string') throw new Error(`reply.text is ${typeof reply.text}`);
  if (!TONES.has(reply.tone)) throw new Error(`reply.tone is ${String(reply.tone)}`);
  if (reply.tone === 'error') throw new Error(`error reply (something threw) to ${JSON.stringify(input.slice(0, 200))}: ${reply.text}`);
  for (const choice of reply.choices) {
    if (typeof choice.id !== 'string' || choice.id.length === 0 || typeof choice.label !== 'string') throw new Error(`bad choice ${JSON.stringify(choice)}`);
  }
  expectFriendly(visibleText(reply), input, known);
}
