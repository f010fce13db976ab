/**
 * Entry point 1: lines typed into the console chat (ConsoleSession.line), one long session on the
 * assembled bot. Any unicode, control characters, markup, very long lines, numbers (picks), and
 * `/as` with junk names. Everyone is an admin in the console, so `quiz` and `daily` words are kept
 * out of the lines (see couldWrite): the rest must write nothing.
 */
import fc from 'fast-check';
import { ConsoleSession } from '../../../src/adapters/console/console-chat.js';
import { plainStyle } from '../../../src/adapters/console/render.js';
import { testApp } from '../../helpers/assembly.js';
import { changes, chatText, couldWrite, expectFriendly, KnownIssueCounter, NASTY, runProperty, snapshot, tally, type FuzzSummary } from './support.js';

/** What a console user can type at the prompt. */
export const consoleLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: chatText, weight: 8 },
  { arbitrary: chatText.map((t) => `/aws ${t}`), weight: 4 },
  { arbitrary: chatText.map((t) => `/AWS${t}`), weight: 1 },
  // `/as <name>`: valid names switch the member, junk is refused.
  { arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40, unit: 'binary' }), fc.constantFrom(...NASTY), fc.string({ minLength: 30, maxLength: 40, unit: 'grapheme-ascii' })).map((n) => `/as ${n}`), weight: 3 },
  { arbitrary: fc.constantFrom('/as', '/as ', '/AS bob', '/as\tbob', '/as bob alice', '/as 👩', '/as a'.padEnd(60, 'a')), weight: 1 },
  // Picks: a number answers the latest reply that offered choices.
  { arbitrary: fc.oneof(fc.integer({ min: -5, max: 120 }).map(String), fc.constantFrom('00', '01', '1 ', ' 2', '１', '٣', '1.0', '1e1', '/answer 1', '/answer  3', '/answer', '/answer x')), weight: 4 },
  // A topic first, so the picks that follow have choices to pick from.
  { arbitrary: fc.constantFrom('/aws cont', '/aws aws', '/aws serverless', '/aws kube', 'compute'), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', '\t', '\u0000', '\r', '/quit ', ' /exit'), weight: 1 },
).filter((line) => !couldWrite(line));

export async function fuzzConsole(runs: number): Promise<FuzzSummary> {
  const app = testApp({ platform: 'console' });
  try {
    const session = new ConsoleSession(app.bot, plainStyle);
    const known = new KnownIssueCounter();
    const counts: Record<string, number> = {};
    const before = snapshot(app.db);
    const summary = await runProperty('console: ConsoleSession.line', runs, consoleLine, async (line) => {
      const changesBefore = changes(app.db);
      const who = session.who;
      const out = await session.line(line);
      if (out === undefined) {
        // Only /quit and /exit end the chat.
        if (!['/quit', '/exit'].includes(line.trim())) throw new Error(`line ${JSON.stringify(line)} ended the chat`);
        tally(counts, 'quit');
      } else if (out === '') {
        if (line.trim() !== '') throw new Error(`no output for ${JSON.stringify(line)}`);
        tally(counts, 'blank');
      } else {
        // The member's own (possibly odd) name is echoed back by /as and by `me`.
        expectFriendly(out, `${line} ${who} ${session.who}`, known);
        tally(counts, line.trim().startsWith('/as') ? 'as' : 'reply');
      }
      if (changes(app.db) !== changesBefore) throw new Error(`console line ${JSON.stringify(line)} wrote ${changes(app.db) - changesBefore} row(s)`);
    }, () => ({ ...counts, ...known.notes() }));
    const after = snapshot(app.db);
    if (JSON.stringify(after.rows) !== JSON.stringify(before.rows)) throw new Error(`console wrote: ${JSON.stringify(before.rows)} -> ${JSON.stringify(after.rows)}`);
    return summary;
  } finally {
    app.db.close();
  }
}
