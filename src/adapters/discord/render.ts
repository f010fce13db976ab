import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Reply, ReplyTone } from '../../core/reply.js';
import { clip as clipText, moreParts, oneLine, splitText } from '../shared/text.js';

/** Discord's message limits (discord.com/developers/docs/resources/message). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

const COLOURS: Record<ReplyTone, number> = { info: 0x5865f2, success: 0x57f287, warning: 0xfee75c, error: 0xed4245 };
/** Discord refuses empty field names and values; a zero-width space is its usual stand-in. */
const BLANK = '\u200b';

/** Never let message text ping anyone: names and topics are shown, not resolved. */
export const NO_MENTIONS = { parse: [] as [] };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface DiscordMessage {
  readonly embeds: APIEmbed[];
  /** Always present, so an edit without choices removes the old buttons. */
  readonly components: ButtonRow[];
  /** Choices left out because their id does not fit a custom_id (or repeats one). */
  readonly dropped: readonly string[];
}

// Markdown that means something anywhere in a line, and what means something only at its start.
const INLINE = /[\\*_~|`[\]<]/g;
const LINE_START = /^(\s*)([#>+-])/gm;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;
const CODE_SPAN = /(`[^`\n]+`)/;

/**
 * Escapes Discord markdown in core text. Code spans (`like this`) and line breaks are the only markup
 * the core uses, so they stay; everything else shows literally, and `<` is escaped so nothing can turn
 * into a mention, channel link or timestamp.
 */
export function escapeText(text: string): string {
  return text
    .split(CODE_SPAN)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(INLINE, '\\$&').replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\.')))
    .join('');
}

/** Discord text is escaped markdown: a cut must not leave a dangling escape or an open code span. */
const clip = (text: string, max: number) => clipText(text, max, { markdown: true });

function fieldsOf(reply: Reply): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  for (const field of reply.fields) {
    const name = clip(escapeText(oneLine(field.label)), LIMITS.fieldName) || BLANK;
    const value = escapeText(field.value.trim());
    const parts = value.length > 0 ? splitText(value, LIMITS.fieldValue) : [BLANK];
    parts.forEach((part, i) => fields.push({ name: i === 0 ? name : BLANK, value: part, inline: parts.length === 1 && field.inline === true }));
  }
  return fields;
}

const size = (embed: APIEmbed) => (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
  + (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

/** Keeps the embed within 25 fields and 6,000 characters: trailing fields go first, with a note. */
function fit(embed: APIEmbed, fields: readonly APIEmbedField[]): APIEmbed {
  const total = fields.length;
  const note = (hidden: number): APIEmbedField => ({ name: BLANK, value: moreParts(hidden, 'Discord') });
  const withNote = (keep: number) => (keep >= total ? [...fields] : [...fields.slice(0, keep), note(total - keep)]);
  let keep = total > LIMITS.fields ? LIMITS.fields - 1 : total;
  while (keep > 0 && size({ ...embed, fields: withNote(keep) }) > LIMITS.embedTotal) keep -= 1;
  let fitted: APIEmbed = { ...embed, fields: withNote(keep) };
  const over = size(fitted) - LIMITS.embedTotal;
  if (over > 0 && fitted.description) fitted = { ...fitted, description: clip(fitted.description, Math.max(1, fitted.description.length - over)) };
  return fitted;
}

/** Renders a reply; `shareId` adds a "Share in channel" button with that custom_id (left out if it does not fit). */
export interface RenderOptions {
  readonly shareId?: string;
}

function buttons(reply: Reply, options: RenderOptions): { rows: ButtonRow[]; dropped: string[] } {
  const dropped: string[] = [];
  const seen = new Set<string>();
  const all: APIButtonComponentWithCustomId[] = [];
  reply.choices.forEach((choice, i) => {
    // A clipped custom_id would point at the wrong thing; better no button than a wrong one.
    if (choice.id.length === 0 || choice.id.length > LIMITS.customId || seen.has(choice.id) || all.length >= LIMITS.buttonsPerRow * LIMITS.rows) {
      dropped.push(choice.id);
      return;
    }
    seen.add(choice.id);
    all.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: choice.id,
      label: clip(oneLine(choice.label), LIMITS.buttonLabel) || `Option ${i + 1}`,
    });
  });
  const share = options.shareId;
  if (share && share.length <= LIMITS.customId && !seen.has(share) && all.length < LIMITS.buttonsPerRow * LIMITS.rows) {
    all.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: share, label: 'Share in channel' });
  }
  const rows: ButtonRow[] = [];
  for (let i = 0; i < all.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: all.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return { rows, dropped };
}

/**
 * Draws a platform-neutral reply as one Discord embed plus rows of buttons (one per choice, its
 * custom_id the choice id). Stays within Discord's limits: clips the title, description, labels and
 * footer, splits long field values, and drops trailing fields with a note when the embed would be
 * too big. Pure: the caller decides ephemeral or not and adds allowed_mentions.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const title = reply.title ? clip(escapeText(oneLine(reply.title)), LIMITS.title) : '';
  const description = clip(escapeText(reply.text.trim()), LIMITS.description);
  const footer = reply.footer ? clip(reply.footer.trim(), LIMITS.footer) : '';
  const embed = fit({
    color: COLOURS[reply.tone],
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  }, fieldsOf(reply));
  // An embed needs something to show; a reply with nothing at all gets a dash.
  const shown = embed.title || embed.description || embed.fields?.length ? embed : { ...embed, description: '—' };
  const { rows, dropped } = buttons(reply, options);
  return { embeds: [shown], components: rows, dropped };
}

/** The same reply as a REST message body (channel posts and edits). */
export function messageBody(message: DiscordMessage): { embeds: APIEmbed[]; components: ButtonRow[]; allowed_mentions: typeof NO_MENTIONS } {
  return { embeds: message.embeds, components: message.components, allowed_mentions: NO_MENTIONS };
}
