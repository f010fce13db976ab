import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../../src/core/request.js';
import { cleanText, displayName } from '../../src/core/sanitize.js';
import { quoteUserText } from '../../src/core/text.js';
import { testApp } from '../helpers/assembly.js';
import { fixedClock } from '../helpers/bot.js';

describe('the one sanitizer', () => {
  it('removes bidi isolates and overrides, zero-width and control characters', () => {
    expect(cleanText('\u2066ann\u2069 \u202ebob\u202c\u200b\u200d\ufeff\u0007!')).toBe('ann bob!');
    expect(quoteUserText('look\u2067here\u2069')).toBe('look here');
  });

  it('makes names inert on every platform: formatting characters become look-alikes, length is bounded, empty becomes "someone"', () => {
    expect(displayName('*bold* _it_ ~gone~ `code`')).toBe('∗bold∗ ˍitˍ ∼gone∼ ˋcodeˋ');
    expect(displayName('<@U123> | <!channel>')).toBe('‹@U123› ǀ ‹!channel›');
    expect(displayName('Zoë Smith')).toBe('Zoë Smith');
    expect(displayName('\u200b\u2066')).toBe('someone');
    expect(Array.from(displayName('x'.repeat(200)))).toHaveLength(64);
  });

  it('a member named with markup and bidi controls shows up inert on the public board and in the reveal', async () => {
    const place: Place = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' };
    const app = testApp({ clock: fixedClock('2026-11-23T09:00:00Z') });
    const admin: Actor = { id: 'U-admin', name: 'ada', isAdmin: true };
    await app.bot.handle({ actor: admin, place, text: 'daily on 09:00 UTC 8h' });
    await app.daily.tick();
    const question = app.poster.questions()[0];
    const sneaky: Actor = { id: 'U-sneaky', name: '*winner*\u202e\u2066 `x`', isAdmin: false };
    const postId = (await app.quizStore.latestDaily(place))?.postId ?? '';
    const post = await app.quizStore.getPost(postId);
    await app.bot.handleAction({ actor: sneaky, place, actionId: question?.reply.choices[post?.answerIndex ?? 0]?.id ?? '' });
    app.clock.set('2026-11-23T17:01:00Z');
    await app.daily.tick();
    const board = (await app.bot.handle({ actor: admin, place, text: 'top' })).text;
    const reveal = app.poster.reveals()[0]?.reply.text ?? '';
    for (const shown of [board, reveal]) {
      expect(shown).toContain('∗winner∗ ˋxˋ');
      expect(shown).not.toMatch(/[*`\u202e\u2066]/);
    }
  });
});
