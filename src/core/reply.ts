/**
 * The platform-neutral reply every command returns. Renderers (console, Slack Block Kit, Discord
 * embeds) draw it; the core never formats for one platform. Text may contain `code` spans and line
 * breaks, nothing else: each renderer escapes the rest for its own markup.
 */
import type { ChartSpec } from './charts/chart-spec.js';

export interface ReplyField {
  readonly label: string;
  readonly value: string;
  /** A hint that the field is short enough to sit beside its neighbours. */
  readonly inline?: boolean;
}

export interface ReplyChoice {
  /** Opaque value the platform sends back when the choice is picked (fits Slack and Discord limits). */
  readonly id: string;
  readonly label: string;
}

export type ReplyTone = 'info' | 'success' | 'warning' | 'error';

export interface Reply {
  readonly title?: string;
  readonly text: string;
  readonly fields: readonly ReplyField[];
  readonly choices: readonly ReplyChoice[];
  readonly footer?: string;
  /** Private replies go only to the person who asked (ephemeral on Slack and Discord). */
  readonly visibility: 'private' | 'public';
  readonly tone: ReplyTone;
  /** Whether a "share in channel" button makes sense for this reply. */
  readonly shareable?: boolean;
  /**
   * A note about the message whose button was clicked (a report of a problem with it): it never
   * replaces that message, so the member keeps what they were reading.
   */
  readonly standalone?: boolean;
  /**
   * A picture to send with the reply, as a description: each front end renders it to an image
   * (src/adapters/charts) and delivers it its own way. Text and fields still say what it shows.
   */
  readonly chart?: ChartSpec;
}

export function reply(parts: Partial<Reply> & Pick<Reply, 'text'>): Reply {
  return {
    fields: [],
    choices: [],
    visibility: 'public',
    tone: 'info',
    ...parts,
  };
}

/** A private, friendly reply to a user mistake. */
export function userMistake(text: string, footer?: string): Reply {
  return reply({ text, tone: 'warning', visibility: 'private', ...(footer ? { footer } : {}) });
}

/** The one apology for a bug or an outage: what went wrong is in the log, not in the chat. */
export const SORRY_TEXT = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';

export function sorry(): Reply {
  return reply({ text: SORRY_TEXT, tone: 'error', visibility: 'private' });
}

/** A button from an old message, or one nobody handed out. */
export function staleButton(): Reply {
  return userMistake('That button no longer does anything. Try the command again.');
}
