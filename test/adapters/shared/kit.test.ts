import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPlatformError, PlatformError } from '../../../src/adapters/shared/platform-error.js';
import { forMemberOnly, replacesClickedMessage } from '../../../src/adapters/shared/replace-rules.js';
import { cannotShare, nowhere, sharedBy, sorry, staleButton } from '../../../src/adapters/shared/replies.js';
import { readShareValue, rebuildShared, shareValue } from '../../../src/adapters/shared/share.js';
import { clip, moreParts, oneLine, splitText, str } from '../../../src/adapters/shared/text.js';
import { reply, userMistake } from '../../../src/core/reply.js';
import { alice, makeBot, testPlace } from '../../helpers/bot.js';

describe('the front-end kit: text', () => {
  it('clips to the limit with …, never splitting a character', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('a😀😀', 4)).toBe('a😀…');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
      const out = clip(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF]…$|^[\uDC00-\uDFFF]/);
    }));
  });

  it('splits at line breaks, then spaces, never blank, never inside an entity, an escape or a character', () => {
    expect(splitText('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(splitText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(splitText('\n\n\n   ', 2)).toEqual([]);
    for (const piece of splitText('&amp;'.repeat(100), 33)) expect(piece).toMatch(/^(&amp;)+$/);
    for (const piece of splitText('\\*'.repeat(100), 33)) expect(piece).toMatch(/^(\\\*)+$/);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2_000 }), fc.integer({ min: 10, max: 500 }), (text, max) => {
      const pieces = splitText(text, max);
      for (const p of pieces) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(p.trim().length).toBeGreaterThan(0);
      }
      // Nothing but the line breaks and spaces it cut at goes missing.
      expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }));
  });

  it('says how many parts were left out, in the platform\'s name', () => {
    expect(moreParts(1, 'Slack')).toBe('…and 1 more part that do not fit in one Slack message.');
    expect(moreParts(3, 'Discord')).toBe('…and 3 more parts that do not fit in one Discord message.');
  });

  it('reads only non-empty strings from payloads and folds whitespace', () => {
    expect([str('x'), str(''), str(['x']), str(1), str(undefined)]).toEqual(['x', undefined, undefined, undefined, undefined]);
    expect(oneLine('  a \n\t b  ')).toBe('a b');
  });
});

describe('the front-end kit: replies, share and replace rules', () => {
  it('has one apology, one stale-button note and platform words for "from nowhere"', () => {
    expect(sorry()).toMatchObject({ tone: 'error', visibility: 'private' });
    expect(staleButton().text).toBe('That button no longer does anything. Try the command again.');
    expect(nowhere('slack').text).toContain('workspace and channel');
    expect(nowhere('discord').text).toContain('server and channel');
    expect(cannotShare().visibility).toBe('private');
    const shared = sharedBy(reply({ text: 'x', footer: 'More: /aws ecs', shareable: true }), 'ann <@U1>');
    expect(shared).toMatchObject({ visibility: 'public', shareable: false, footer: 'More: /aws ecs\nShared by ann U1' });
  });

  it('encodes and reads share values both ways', () => {
    expect(shareValue({ kind: 'text', text: 'lambda pricing' })).toBe('t:lambda pricing');
    expect(shareValue({ kind: 'action', actionId: 'lookup:fargate' })).toBe('a:lookup:fargate');
    expect(readShareValue('t:lambda')).toEqual({ kind: 'text', text: 'lambda' });
    expect(readShareValue('a:lookup:x')).toEqual({ kind: 'action', actionId: 'lookup:x' });
    expect(readShareValue('lambda')).toBeUndefined();
  });

  it('rebuilds only what the core offers for sharing', async () => {
    const bot = makeBot();
    const request = { actor: alice, place: testPlace };
    expect((await rebuildShared(bot, request, 't:lambda'))?.title).toBe('AWS Lambda');
    expect((await rebuildShared(bot, request, 'a:lookup:fargate'))?.title).toBe('AWS Fargate');
    expect(await rebuildShared(bot, request, 't:help')).toBeUndefined();
    expect(await rebuildShared(bot, request, 'x:lambda')).toBeUndefined();
  });

  it('replaces a clicked private message only with an answer for the member alone, never with a mistake or a note', () => {
    const privateAnswer = reply({ text: 'ok', visibility: 'private' });
    expect(replacesClickedMessage(true, privateAnswer)).toBe(true);
    expect(replacesClickedMessage(true, reply({ text: 'topic', shareable: true }))).toBe(true);
    expect(replacesClickedMessage(false, privateAnswer)).toBe(false);
    expect(replacesClickedMessage(true, reply({ text: 'public' }))).toBe(false);
    expect(replacesClickedMessage(true, userMistake('twice'))).toBe(false);
    expect(replacesClickedMessage(true, sorry())).toBe(false);
    expect(replacesClickedMessage(true, { ...privateAnswer, standalone: true })).toBe(false);
    expect(forMemberOnly(reply({ text: 'x' }))).toBe(false);
  });
});

describe('the front-end kit: PlatformError', () => {
  it('carries a code, a friendly text, retryable and the cause, and knows its platform', () => {
    const cause = new Error('socket hang up');
    const error = new PlatformError('discord', { code: 'unreachable', friendly: 'I could not reach Discord.', operation: 'post message', retryable: true, cause });
    expect(error).toMatchObject({ name: 'PlatformError', platform: 'discord', code: 'unreachable', retryable: true, cause });
    expect(error.message).toBe('discord post message failed (unreachable): I could not reach Discord.');
    expect(error.retryAfterSec).toBeUndefined();
    expect(asPlatformError(error, 'discord')).toBe(error);
    expect(asPlatformError(error, 'slack')).toBeUndefined();
    expect(asPlatformError(cause, 'discord')).toBeUndefined();
  });
});
