import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyContent } from '../../content/index.js';
import { TopicFinder } from '../../src/core/lookup/topic-finder.js';
import { ask, makeBot } from '../helpers/bot.js';

const bot = makeBot();
const finder = new TopicFinder(studyContent().topics);

// Strings a chat box can produce: any unicode, control characters, markup, long runs.
const chatText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.array(fc.constantFrom('lambda', 'compare', 'vs', 'pricing', '*', '`', '<@U1>', "'; --", '\u0000', '\n', 'help', 'topics', '🚀', ' '), { maxLength: 12 }).map((w) => w.join(' ')),
  fc.string({ minLength: 400, maxLength: 2_000 }),
);

describe('fuzzing the parser and the lookup', () => {
  it('never throws, always replies with text, and never leaks a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(chatText, async (text) => {
        const reply = await ask(bot, text);
        expect(reply.text.length).toBeGreaterThan(0);
        expect(reply.text).not.toMatch(/\bat .*\.ts:\d+|Error:/);
        expect(reply.tone).not.toBe('error');
      }),
      { numRuns: 3_000 },
    );
  });

  it('the finder never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const result = finder.find(text);
        expect(['found', 'ambiguous', 'none']).toContain(result.kind);
      }),
      { numRuns: 5_000 },
    );
  });
});
