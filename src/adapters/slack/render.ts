import type { types } from '@slack/bolt';
import type { Reply, ReplyField } from '../../core/reply.js';
import { clip, moreParts, oneLine, splitText } from '../shared/text.js';

type Block = types.KnownBlock;
type Button = types.Button;

/** Slack's Block Kit limits (api.slack.com/reference/block-kit). */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFieldText: 2000,
  sectionFields: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 300,
} as const;

/** Share button's action id; its value says how to rebuild the reply (see ../shared/share.ts). */
export const SHARE_ACTION = 'share';
/** Answer and "did you mean" buttons: `choice-<i>`, unique within the message; value = choice id. */
export const CHOICE_ACTION = /^choice-\d+$/;
/** At most this many actions blocks of choices (25 buttons each): the rest of the 50 are content. */
const MAX_CHOICE_BLOCKS = 4;

export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows it where blocks cannot be drawn. */
  readonly text: string;
  readonly blocks: Block[];
}

export interface RenderOptions {
  /** Adds a "Share in channel" button carrying this value (dropped if longer than Slack allows). */
  readonly shareValue?: string;
}

/** Slack's mrkdwn needs only these three escaped; everything else stays literal text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


// verbatim: Slack must not turn words into links or mentions ("@channel" in a topic stays text).
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text) });

function label(text: string): string {
  const clean = escapeMrkdwn(text.trim());
  // A '*' inside would end the bold early; show such a label plain rather than garbled.
  return clean.includes('*') || clean.length === 0 ? clean : `*${clean}*`;
}

function fieldBlocks(fields: readonly ReplyField[]): Block[] {
  const blocks: Block[] = [];
  let row: types.MrkdwnElement[] = [];
  const flush = () => {
    if (row.length > 0) blocks.push({ type: 'section', fields: row });
    row = [];
  };
  for (const field of fields) {
    if (!field.label.trim() && !field.value.trim()) continue;
    const text = `${label(field.label)}\n${escapeMrkdwn(field.value)}`;
    if (field.inline && text.length <= LIMITS.sectionFieldText) {
      row.push(mrkdwn(text));
      if (row.length === LIMITS.sectionFields) flush();
      continue;
    }
    flush();
    blocks.push(...splitText(text, LIMITS.sectionText).map(section));
  }
  flush();
  return blocks;
}

function choiceBlocks(reply: Reply): Block[] {
  const buttons: Button[] = [];
  reply.choices.forEach((choice, i) => {
    // A clipped value would point at the wrong thing; the core promises ids that fit, so skip any that do not.
    if (choice.id.length === 0 || choice.id.length > LIMITS.buttonValue) return;
    buttons.push({
      type: 'button',
      action_id: `choice-${i}`,
      text: { type: 'plain_text', text: clip(choice.label.trim() || `Option ${i + 1}`, LIMITS.buttonText), emoji: true },
      value: choice.id,
    });
  });
  const blocks: Block[] = [];
  for (let i = 0; i < buttons.length && blocks.length < MAX_CHOICE_BLOCKS; i += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

function shareBlock(value: string | undefined): Block[] {
  if (!value || value.length > LIMITS.buttonValue) return [];
  return [{
    type: 'actions',
    elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value }],
  }];
}

/** The plain text Slack shows in notifications: the title, else the start of the text. */
export function fallbackText(reply: Reply): string {
  const source = reply.title?.trim() || reply.text.trim() || reply.fields[0]?.label || 'studybot';
  return escapeMrkdwn(clip(oneLine(source), LIMITS.fallbackText));
}

/**
 * Draws a platform-neutral reply as Block Kit: header, text sections, field sections, answer buttons,
 * an optional share button and a context footer. Stays within Slack's limits by clipping the
 * header and button labels, splitting long text, and cutting trailing content with a note when a
 * reply would need more than 50 blocks.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const title = reply.title?.trim();
  const head: Block[] = title ? [{ type: 'header', text: { type: 'plain_text', text: clip(title, LIMITS.headerText), emoji: true } }] : [];
  let body: Block[] = [
    ...splitText(escapeMrkdwn(reply.text), LIMITS.sectionText).map(section),
    ...fieldBlocks(reply.fields),
  ];
  const footer = reply.footer?.trim();
  const tail: Block[] = [
    ...choiceBlocks(reply),
    ...shareBlock(options.shareValue),
    ...(footer ? [{ type: 'context', elements: [mrkdwn(splitText(escapeMrkdwn(footer), LIMITS.contextText)[0] ?? '…')] } satisfies Block] : []),
  ];
  const room = LIMITS.blocks - head.length - tail.length;
  if (body.length > room) {
    const kept = Math.max(0, room - 1);
    const hidden = body.length - kept;
    body = [
      ...body.slice(0, kept),
      { type: 'context', elements: [mrkdwn(moreParts(hidden, 'Slack'))] },
    ];
  }
  return { text: fallbackText(reply), blocks: [...head, ...body, ...tail] };
}
