import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeText, messageBody, renderReply } from '../../../src/adapters/discord/render.js';
import { clip } from '../../../src/adapters/shared/text.js';
import { reply, type Reply } from '../../../src/core/reply.js';
import { DISCORD_LIMITS } from '../../fakes/discord/limits.js';

/** Discord's documented limits, written out in the tests (never the constants the renderer exports). */
const DISCORD = DISCORD_LIMITS;

const embedSize = (e: APIEmbed) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0)
  + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);

function expectWithinLimits(r: Reply): void {
  const message = renderReply(r);
  expect(message.embeds).toHaveLength(1);
  const embed = message.embeds[0] as APIEmbed;
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(DISCORD.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD.footer);
  expect(embedSize(embed)).toBeLessThanOrEqual(DISCORD.embedTotal);
  expect(Boolean(embed.title || embed.description || embed.fields?.length)).toBe(true);
  expect(message.components.length).toBeLessThanOrEqual(DISCORD.rows);
  for (const row of message.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(DISCORD.buttonsPerRow);
    for (const b of row.components) {
      expect(b.label?.length ?? 0).toBeGreaterThan(0);
      expect(b.label?.length ?? 0).toBeLessThanOrEqual(DISCORD.buttonLabel);
      expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD.customId);
    }
  }
}

describe('Discord rendering', () => {
  it('draws title, text, fields, footer and buttons; colour follows the tone', () => {
    const message = renderReply(reply({
      title: 'AWS Lambda', text: 'Runs code.\nUse `lambda` for it.', fields: [{ label: 'Billing', value: 'per ms', inline: true }],
      footer: 'More: /aws lambda pricing', choices: [{ id: 'lookup:lambda:pricing', label: 'Pricing' }], tone: 'success',
    }));
    expect(message.embeds[0]).toEqual({
      color: 0x57f287, title: 'AWS Lambda', description: 'Runs code.\nUse `lambda` for it.',
      footer: { text: 'More: /aws lambda pricing' }, fields: [{ name: 'Billing', value: 'per ms', inline: true }],
    });
    expect(message.components).toEqual([{ type: 1, components: [{ type: 2, style: 2, custom_id: 'lookup:lambda:pricing', label: 'Pricing' }] }]);
    expect(messageBody(message).allowed_mentions).toEqual({ parse: [] });
  });

  it('shows user text literally: no bold, links, mentions, headings or lists', () => {
    expect(escapeText('**bold** _it_ ~~s~~ ||spoiler|| [x](http://e.com)')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\[x\\](http://e.com)');
    expect(escapeText('<@123> <#456> <t:1:R> @everyone')).toBe('\\<@123> \\<#456> \\<t:1:R> @everyone');
    expect(escapeText('# Title\n> quote\n- item\n1. first\nback\\slash')).toBe('\\# Title\n\\> quote\n\\- item\n1\\. first\nback\\\\slash');
    // Code spans are the one markup the core uses; their insides stay as typed.
    expect(escapeText('run `aws *s3* ls` now*')).toBe('run `aws *s3* ls` now\\*');
  });

  it('clips without leaving a dangling escape, half an emoji or an open code span', () => {
    const md = (text: string, max: number) => clip(text, max, { markdown: true });
    expect(md('abcdef', 4)).toBe('abc…');
    expect(md('abc\\*def', 5)).toBe('abc…');
    expect(md('ab\\*cdef', 5)).toBe('ab\\*…');
    expect(md('a😀😀😀😀', 5)).toBe('a😀…');
    expect(md('x `code span` y', 8)).toBe('x `cod`…');
  });

  it('adds a Share button only when asked, after the choices, and only if its custom_id fits', () => {
    const r = reply({ text: 'x', choices: [{ id: 'lookup:lambda:pricing', label: 'Pricing' }] });
    expect(renderReply(r).components.flatMap((row) => row.components).map((b) => b.custom_id)).toEqual(['lookup:lambda:pricing']);
    const shared = renderReply(r, { shareId: 'share:t:lambda' }).components.flatMap((row) => row.components);
    expect(shared.map((b) => [b.custom_id, b.label])).toEqual([['lookup:lambda:pricing', 'Pricing'], ['share:t:lambda', 'Share in channel']]);
    expect(renderReply(r, { shareId: `share:t:${'x'.repeat(DISCORD.customId)}` }).components.flatMap((row) => row.components)).toHaveLength(1);
  });

  it('splits a long field into continuation fields and keeps a big reply within 25 fields and 6,000 characters', () => {
    const long = renderReply(reply({ text: 'x', fields: [{ label: 'Notes', value: 'word '.repeat(500) }] }));
    const fields = long.embeds[0]?.fields ?? [];
    expect(fields.length).toBe(3);
    expect(fields[0]?.name).toBe('Notes');
    expect(fields.map((f) => f.value).join(' ').replace(/\s+/g, ' ').trim()).toBe('word '.repeat(500).trim());

    const huge = reply({ title: 'T'.repeat(400), text: 'd'.repeat(5000), fields: Array.from({ length: 40 }, (_, i) => ({ label: `F${i}`, value: 'v'.repeat(900) })), footer: 'f'.repeat(3000) });
    expectWithinLimits(huge);
    const fitted = renderReply(huge).embeds[0]?.fields ?? [];
    expect(fitted.at(-1)?.value).toMatch(/^…and \d+ more parts that do not fit in one Discord message\.$/);
  });

  it('puts at most 5 buttons in a row and 5 rows, and leaves out ids that would not fit a custom_id', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `answer:p:${i}`, label: `Option ${i} ${'x'.repeat(100)}` }));
    const message = renderReply(reply({ text: 'q', choices: [...choices.slice(0, 3), { id: 'l'.repeat(101), label: 'too long' }, { id: 'answer:p:0', label: 'again' }, ...choices.slice(3)] }));
    expect(message.components.map((r) => r.components.length)).toEqual([5, 5, 5, 5, 5]);
    expect(message.components[0]?.components.map((b) => b.custom_id)).toEqual(['answer:p:0', 'answer:p:1', 'answer:p:2', 'answer:p:3', 'answer:p:4']);
    expect(message.dropped).toContain('l'.repeat(101));
    expect(message.dropped).toContain('answer:p:0');
    expect(message.dropped).toHaveLength(2 + 5);
    expect(message.components[0]?.components[0]?.label?.length).toBe(80);
  });

  it('sends an empty component list when a reply has no choices, so an edit closes old buttons', () => {
    expect(renderReply(reply({ text: 'closed' })).components).toEqual([]);
    expect(renderReply(reply({ text: '' })).embeds[0]?.description).toBe('—');
    expect(renderReply(reply({ text: 't', fields: [{ label: '', value: '' }] })).embeds[0]?.fields).toEqual([{ name: '\u200b', value: '\u200b', inline: false }]);
  });

  it('stays within every limit for any reply', () => {
    const text = fc.string({ maxLength: 7000, unit: fc.constantFrom('a', ' ', '\n', '*', '`', '\\', '<', '#', '-', '😀', 'é', '_') });
    const arbitraryReply = fc.record({
      title: fc.option(text, { nil: undefined }),
      text,
      fields: fc.array(fc.record({ label: text, value: text, inline: fc.boolean() }), { maxLength: 40 }),
      choices: fc.array(fc.record({ id: fc.string({ maxLength: 120 }), label: text }), { maxLength: 40 }),
      footer: fc.option(text, { nil: undefined }),
      visibility: fc.constantFrom('private' as const, 'public' as const),
      tone: fc.constantFrom('info' as const, 'success' as const, 'warning' as const, 'error' as const),
    });
    fc.assert(fc.property(arbitraryReply, (r) => { expectWithinLimits(r); }), { numRuns: 150 });
  });
});
