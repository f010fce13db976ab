import type { ChannelPoster } from '../../core/channel-poster.js';
import type { DirectMessenger } from '../../core/direct-messenger.js';
import type { Reply } from '../../core/reply.js';
import type { Place } from '../../core/request.js';
import { asPlatformError } from '../shared/platform-error.js';
import { CHART_NOT_SAVED, ChartFiles } from './chart-file.js';

/**
 * Posts daily questions, reveals and weekly recaps into the console chat. The chat attaches a sink that
 * prints the message and makes its choices answerable by number. A terminal shows no pictures, so a
 * chart is saved as a PNG and its path printed under the message.
 */
export class ConsolePoster implements ChannelPoster, DirectMessenger {
  readonly platform = 'console' as const;
  private sink: ((reply: Reply) => void) | undefined;
  private sent = 0;

  constructor(private readonly charts: ChartFiles = new ChartFiles()) {}

  attach(sink: (reply: Reply) => void): void {
    this.sink = sink;
  }

  async post(_place: Place, reply: Reply): Promise<{ messageRef: string }> {
    this.sink?.(await this.withChartPath(reply));
    this.sent += 1;
    return { messageRef: `console-${this.sent}` };
  }

  /** The terminal is everyone's screen: a DM is printed, addressed, so the one it is for can tell. */
  async sendDirect(_workspaceId: string, memberId: string, reply: Reply): Promise<void> {
    this.sink?.({ ...reply, title: `📬 To ${memberId}${reply.title ? `: ${reply.title}` : ''}` });
  }

  async update(_place: Place, _messageRef: string, reply: Reply): Promise<void> {
    // The terminal cannot edit old lines; the reveal that follows says it all. Only the title changes.
    this.sink?.({ ...reply, text: '', fields: [], choices: [], footer: undefined });
  }

  private async withChartPath(reply: Reply): Promise<Reply> {
    if (!reply.chart) return reply;
    try {
      const path = await this.charts.write(reply.chart);
      return { ...reply, text: `${reply.text}\n📈 Chart saved to ${path}` };
    } catch (error) {
      return { ...reply, text: `${reply.text}\n${chartProblem(error)}` };
    }
  }
}

/** What the terminal says when a chart could not be saved: the PlatformError's text, else the same words. */
export function chartProblem(error: unknown): string {
  return asPlatformError(error, 'console')?.friendly ?? CHART_NOT_SAVED;
}
