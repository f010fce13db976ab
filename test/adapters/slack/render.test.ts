import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, renderReply } from '../../../src/adapters/slack/render.js';
import { splitText } from '../../../src/adapters/shared/text.js';
import { reply, type Reply } from '../../../src/core/reply.js';
import { buttons, visible } from './blocks.js';
import { SLACK_LIMITS } from '../../fakes/slack/limits.js';

/** Slack's documented limits, written out in the tests (never the constants the renderer exports). */
const SLACK = SLACK_LIMITS;

type AnyBlock = Record<string, unknown> & { type: string };
const blocks = (r: Reply, share?: string) => renderReply(r, share ? { shareValue: share } : {}).blocks as unknown as AnyBlock[];

describe('Block Kit rendering', () => {
  it('draws title, text, fields, buttons and footer in that order', () => {
    const out = blocks(reply({
      title: 'AWS Lambda: pricing', text: 'Pay per request and `GB-second`.',
      fields: [{ label: 'Requests', value: '$0.20 per 1M', inline: true }, { label: 'Free tier', value: '1M requests', inline: true }, { label: 'Note', value: 'long one' }],
      choices: [{ id: 'answer:p1:0', label: 'A. Lambda' }, { id: 'answer:p1:1', label: 'B. EC2' }],
      footer: 'Exam: know the free tier',
    }));
    expect(out.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'actions', 'context']);
    expect(out[2]?.fields).toHaveLength(2);
    expect(buttons({ blocks: out })).toEqual([
      { action_id: 'choice-0', value: 'answer:p1:0', text: 'A. Lambda' },
      { action_id: 'choice-1', value: 'answer:p1:1', text: 'B. EC2' },
    ]);
    expect(visible({ blocks: out })).toContain('`GB-second`');
  });

  it('escapes &, < and > so text cannot become links or mentions, and keeps mentions verbatim', () => {
    const out = blocks(reply({ text: 'a < b && c > d <!channel> <@U1> @here', fields: [{ label: '<b>', value: 'x & y' }], footer: '<http://evil|click>' }));
    const text = visible({ blocks: out });
    expect(text).toContain('a &lt; b &amp;&amp; c &gt; d &lt;!channel&gt; &lt;@U1&gt; @here');
    expect(text).toContain('*&lt;b&gt;*\nx &amp; y');
    expect(text).toContain('&lt;http://evil|click&gt;');
    expect(text).not.toMatch(/<[!@h]/);
    for (const b of out) {
      const t = b.text as { type?: string; verbatim?: boolean } | undefined;
      if (t?.type === 'mrkdwn') expect(t.verbatim).toBe(true);
    }
  });

  it('clips a long title to the 150-character header limit', () => {
    const out = blocks(reply({ title: 'T'.repeat(400), text: 'x' }));
    const header = (out[0]?.text as { text: string }).text;
    expect(header).toHaveLength(SLACK.headerText);
    expect(header.endsWith('…')).toBe(true);
  });

  it('splits text longer than 3,000 characters into several sections without losing any of it', () => {
    const line = 'Lambda & Fargate run containers <fast>.';
    const text = Array.from({ length: 200 }, () => line).join('\n');
    const sections = blocks(reply({ text })).filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);
    expect(sections.length).toBeGreaterThan(2);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(SLACK.sectionText);
    expect(sections.join('\n')).toBe(escapeMrkdwn(text));
  });

  it('never splits an escaped entity', () => {
    const pieces = splitText(escapeMrkdwn('&'.repeat(2000)), 3000);
    for (const p of pieces) expect(p).toMatch(/^(&amp;)+$/);
  });

  it('keeps buttons, share button and footer when there is too much content, and says what was cut', () => {
    const fields = Array.from({ length: 80 }, (_, i) => ({ label: `Field ${i}`, value: `value ${i}` }));
    const out = blocks(reply({ title: 'Big', text: 'x', fields, choices: [{ id: 'c', label: 'Pick' }], footer: 'foot', shareable: true }), 't:lambda');
    expect(out).toHaveLength(SLACK.blocks);
    expect(out.at(-1)?.type).toBe('context');
    expect(buttons({ blocks: out }).map((b) => b.action_id)).toEqual(['choice-0', 'share']);
    expect(visible({ blocks: out })).toMatch(/and \d+ more parts that do not fit/);
  });

  it('puts at most 25 buttons in one actions block and clips labels to 75 characters', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `lookup:t${i}`, label: `${'L'.repeat(100)}${i}` }));
    const out = blocks(reply({ text: 'pick', choices }));
    const actions = out.filter((b) => b.type === 'actions');
    expect(actions.map((a) => (a.elements as unknown[]).length)).toEqual([25, 5]);
    const ids = buttons({ blocks: out }).map((b) => b.action_id);
    expect(new Set(ids).size).toBe(30);
    for (const b of buttons({ blocks: out })) expect(b.text.length).toBeLessThanOrEqual(SLACK.buttonText);
  });

  it('drops a share value or choice id that Slack could not carry rather than clip it', () => {
    const out = blocks(reply({ text: 'x', choices: [{ id: 'x'.repeat(2001), label: 'too long' }, { id: 'ok', label: 'fine' }] }), 't:'.padEnd(2001, 'y'));
    expect(buttons({ blocks: out })).toEqual([{ action_id: 'choice-1', value: 'ok', text: 'fine' }]);
  });

  it('has a plain notification text even for a reply with only fields', () => {
    const message = renderReply(reply({ text: '', fields: [{ label: 'Only', value: 'field' }] }));
    expect(message.text).toBe('Only');
    expect(message.blocks.every((b) => b.type !== 'section' || ('text' in b ? (b.text?.text.length ?? 0) > 0 : true))).toBe(true);
  });

  it('stays within every Slack limit for any reply', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 4000 });
    const arb = fc.record({
      title: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
      text,
      fields: fc.array(fc.record({ label: fc.string({ maxLength: 300 }), value: fc.string({ maxLength: 3500 }), inline: fc.boolean() }), { maxLength: 70 }),
      choices: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 120 }), label: fc.string({ maxLength: 120 }) }), { maxLength: 120 }),
      footer: fc.option(fc.string({ maxLength: 3500 }), { nil: undefined }),
      shareable: fc.boolean(),
    });
    fc.assert(fc.property(arb, (parts) => {
      const r = reply(parts);
      const out = blocks(r, 't:lambda');
      expect(out.length).toBeLessThanOrEqual(SLACK.blocks);
      for (const b of out) {
        const t = b.text as { text: string } | undefined;
        if (b.type === 'header') expect((t?.text ?? '').length).toBeLessThanOrEqual(SLACK.headerText);
        if (b.type === 'section') {
          if (t) expect(t.text.length).toBeLessThanOrEqual(SLACK.sectionText);
          if (t) expect(t.text.trim().length).toBeGreaterThan(0);
          const fields = (b.fields as Array<{ text: string }> | undefined) ?? [];
          expect(fields.length).toBeLessThanOrEqual(SLACK.sectionFields);
          for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(SLACK.sectionFieldText);
        }
        if (b.type === 'actions') expect((b.elements as unknown[]).length).toBeLessThanOrEqual(SLACK.actionsElements);
        if (b.type === 'context') {
          expect((b.elements as unknown[]).length).toBeLessThanOrEqual(SLACK.contextElements);
          for (const e of b.elements as Array<{ text: string }>) expect(e.text.length).toBeLessThanOrEqual(SLACK.contextText);
        }
      }
      const ids = buttons({ blocks: out }).map((b) => b.action_id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const b of buttons({ blocks: out })) {
        expect(b.text.length).toBeLessThanOrEqual(SLACK.buttonText);
        expect(b.text.length).toBeGreaterThan(0);
        expect(b.value.length).toBeLessThanOrEqual(SLACK.buttonValue);
        expect(b.action_id.length).toBeLessThanOrEqual(SLACK.actionId);
      }
    }), { numRuns: 200 });
  });
});
