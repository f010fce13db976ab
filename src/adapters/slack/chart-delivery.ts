import type { ChartSpec } from '../../core/charts/chart-spec.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { SlackChartUploader } from './chart-upload.js';
import { CHART_NOT_DRAWN } from '../shared/replies.js';
import { explainSlackError } from './slack-errors.js';

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface ChartDeliveryDeps {
  readonly uploader: SlackChartUploader;
  readonly render: ChartRenderer;
  readonly logger: Logger;
}

/**
 * Sends a reply's chart as a file and returns the reply to post through the response_url, with a line
 * saying where the picture went (or why it did not). A private reply's chart goes to the member's DM;
 * a public one into the channel the command came from.
 */
export async function deliverChart(deps: ChartDeliveryDeps, reply: Reply & { chart: ChartSpec }, where: { channelId: string; userId: string; private: boolean }): Promise<Reply> {
  let png: Buffer;
  try {
    png = await deps.render(reply.chart);
  } catch (error) {
    deps.logger.error({ err: error, chart: reply.chart.fileName }, 'slack: chart could not be drawn');
    return withNote(reply, CHART_NOT_DRAWN);
  }
  try {
    const channel = where.private ? await deps.uploader.dmWith(where.userId) : where.channelId;
    await deps.uploader.upload(channel, reply.chart, png);
  } catch (error) {
    // callSlack has logged Slack's code; the member hears what to do.
    return withNote(reply, `I could not send the picture: ${explainSlackError(error, 'files.uploadV2').friendly}`);
  }
  return where.private ? withNote(reply, '📈 I sent the picture to our direct messages, so only you see it.') : reply;
}

function withNote(reply: Reply, note: string): Reply {
  return { ...reply, text: `${reply.text}\n${note}` };
}
