import type { APIEmbed, AttachmentPayload } from 'discord.js';
import type { ChartSpec } from '../../core/charts/chart-spec.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { CHART_NOT_DRAWN } from '../shared/replies.js';
import { loggable } from './discord-errors.js';

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

/** A chart drawn for one message: the file to attach and its name, which the embed points at. */
export interface Picture {
  readonly name: string;
  readonly png: Buffer;
  readonly description: string;
}

/** Discord's limit for an attachment's description (its alt text). */
const DESCRIPTION_MAX = 1024;

/**
 * Draws the reply's chart, if it has one. A drawing that fails costs the picture, not the reply: the
 * member gets the text (which says the same numbers) with a short note.
 */
export async function drawPicture(reply: Reply, render: ChartRenderer, logger: Logger): Promise<{ reply: Reply; picture?: Picture }> {
  if (!reply.chart) return { reply };
  try {
    const png = await render(reply.chart);
    return { reply, picture: { name: reply.chart.fileName, png, description: reply.chart.altText.slice(0, DESCRIPTION_MAX) } };
  } catch (error) {
    logger.error({ err: loggable(error), chart: reply.chart.fileName }, 'discord: chart could not be drawn');
    return { reply: { ...reply, text: `${reply.text}\n${CHART_NOT_DRAWN}` } };
  }
}

/** The attachment, and the embed showing it inline (an attachment:// image is the uploaded file). */
export function attachPicture(embeds: APIEmbed[], picture: Picture | undefined): { embeds: APIEmbed[]; files?: AttachmentPayload[] } {
  if (!picture) return { embeds };
  const [first, ...rest] = embeds;
  return {
    embeds: first ? [{ ...first, image: { url: `attachment://${picture.name}` } }, ...rest] : embeds,
    files: [{ attachment: picture.png, name: picture.name, description: picture.description }],
  };
}
