import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../../core/reply.js';
import type { Actor, Place } from '../../core/request.js';
import type { Studybot } from '../../core/studybot.js';
import { quoteUserText } from '../../core/text.js';
import { ChartFiles } from './chart-file.js';
import { chartProblem, type ConsolePoster } from './console-poster.js';
import { colourStyle, plainStyle, renderReply, type Style } from './render.js';
import { timeCommand, type TimeTravelDeps } from './time-travel.js';

export const CONSOLE_PLACE: Place = { platform: 'console', workspaceId: 'local', channelId: 'console' };

/** In the console everyone is an admin: it is one person's own study table. */
function member(name: string): Actor {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, isAdmin: true };
}

/** A name of up to 32 letters, digits, spaces and . _ ' - (so "Zoë Smith" works), starting with a letter or digit. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.'-]{0,31}$/u;

/** Choices a reply offered, and which message they belong to (for "Answering: …"). */
interface Offered {
  readonly ids: readonly string[];
  readonly title: string;
  /** When it was shown, to tell which came last. */
  readonly seq: number;
  /** A question still waiting for this member's answer. */
  readonly open: boolean;
}

const isAnswer = (id: string) => id.startsWith('answer:') || id.startsWith('exam:');

const NO_TRAVEL = 'Time travel works only in the console with no Slack or Discord token set; this bot keeps real time.';

/**
 * The console front end's state: who is typing and the choices replies offered (so "2" picks the
 * second one). It turns each typed line into a core request and returns the text to print.
 *
 * A number answers the question the member is working on: their own open question (practice, a mock
 * exam) keeps the numbers even when a daily question arrives in the channel meanwhile; otherwise the
 * latest message with choices. The reply says which question the number answered.
 */
export class ConsoleSession {
  private actor: Actor;
  /** Per member: the choices of the latest reply to their own command. */
  private readonly own = new Map<string, Offered>();
  /** The choices of the latest message the bot posted by itself (the daily question). */
  private posted: Offered | undefined;
  private seq = 0;

  constructor(
    private readonly bot: Studybot,
    private readonly style: Style,
    startAs = 'you',
    /** Absent when the bot keeps real time: `/time` then says so. */
    private readonly time?: TimeTravelDeps,
    private readonly charts: ChartFiles = new ChartFiles(),
  ) {
    this.actor = member(startAs);
  }

  get who(): string {
    return this.actor.name;
  }

  /** Returns the text to print, or undefined when the line asks to quit. */
  async line(raw: string): Promise<string | undefined> {
    const text = raw.trim();
    if (text === '/quit' || text === '/exit') return undefined;
    if (text === '') return '';
    const as = /^\/as(?:\s+(.*))?$/i.exec(text);
    if (as) return this.switchMember(as[1]?.trim() ?? '');
    const time = /^\/time(?:\s+(.*))?$/i.exec(text);
    if (time) return this.travel(time[1] ?? '');
    const pick = /^(?:\/answer\s+)?(d?)(\d{1,2})$/i.exec(text);
    // "d2" always answers the channel's latest posted question, whatever else is open.
    const offered = pick?.[1] ? this.posted : this.offeredNow();
    if (pick && offered) {
      const actionId = offered.ids[Number(pick[2]) - 1];
      if (!actionId) return this.style.warn(`Pick a number from 1 to ${offered.ids.length} (${offered.title}).`);
      const mine = this.own.get(this.actor.id);
      if (offered === mine && isAnswer(actionId)) this.own.set(this.actor.id, { ...mine, open: false });
      const answered = await this.show(await this.bot.handleAction({ actor: this.actor, place: CONSOLE_PLACE, actionId }), 'own');
      return isAnswer(actionId) ? `${this.style.dim(`Answering: ${offered.title}`)}\n${answered}` : answered;
    }
    // The console's short word for handing in a mock exam.
    const commandText = /^\/submit$/i.test(text) ? 'exam submit' : text.replace(/^\/aws\b/i, '').trim();
    return this.show(await this.bot.handle({ actor: this.actor, place: CONSOLE_PLACE, text: commandText }), 'own');
  }

  /** Whose choices a number picks now: see the class comment. */
  private offeredNow(): Offered | undefined {
    const mine = this.own.get(this.actor.id);
    if (mine?.open) return mine;
    if (!mine) return this.posted;
    if (!this.posted) return mine;
    return mine.seq > this.posted.seq ? mine : this.posted;
  }

  private switchMember(name: string): string {
    if (!NAME.test(name)) {
      return this.style.warn(`Use /as <name> with a name of up to 32 letters, digits and spaces, e.g. /as Zoë Smith. You are still ${this.actor.name}.`);
    }
    this.actor = member(name);
    return this.style.dim(`Now typing as ${quoteUserText(name, 32)}.`);
  }

  /** Whatever falls due on the way is posted (and printed by the poster) before this returns. */
  private async travel(args: string): Promise<string> {
    if (!this.time) return this.style.warn(NO_TRAVEL);
    const { text, refused } = await timeCommand(args, this.time);
    return refused ? this.style.warn(text) : this.style.dim(text);
  }

  /** A message the bot posted by itself (a daily question); its choices become answerable. */
  showPosted(reply: Reply): string {
    const shown = this.showText(reply, 'posted');
    const mine = this.own.get(this.actor.id);
    if (!mine?.open || reply.choices.length === 0) return shown;
    return `${shown}\n${this.style.dim(`Your ${mine.title.toLowerCase()} is still open: plain numbers answer it; d1 to d${reply.choices.length} answer this one.`)}`;
  }

  /** The reply's text, and for a chart the path of the PNG written for it (a terminal shows no pictures). */
  private async show(reply: Reply, to: 'own' | 'posted'): Promise<string> {
    const text = this.showText(reply, to);
    if (!reply.chart) return text;
    try {
      const path = await this.charts.write(reply.chart);
      return `${text}\n\n${this.style.accent(`📈 Chart saved to ${path}`)}`;
    } catch (error) {
      const why = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      return `${text}\n\n${this.style.warn(chartProblem(error))} ${this.style.dim(`(${why})`)}`;
    }
  }

  private showText(reply: Reply, to: 'own' | 'posted'): string {
    // Only replies with choices change what numbers pick, so a lookup in between does not make the
    // open question unanswerable.
    if (reply.choices.length > 0) {
      const ids = reply.choices.map((c) => c.id);
      const offered: Offered = { ids, title: reply.title ?? 'the last message', seq: ++this.seq, open: ids.some(isAnswer) };
      if (to === 'posted') this.posted = offered;
      else this.own.set(this.actor.id, offered);
    }
    return renderReply(reply, this.style);
  }
}

export interface ConsoleIo {
  readonly input: Readable & { isTTY?: boolean };
  readonly output: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function styleFor(io: ConsoleIo): Style {
  return io.output.isTTY && io.env.NO_COLOR === undefined ? colourStyle : plainStyle;
}

/** One-shot mode: `npm start -- "/aws lambda pricing"` prints one reply. */
export async function runOnce(bot: Studybot, text: string, io: ConsoleIo, poster?: ConsolePoster, time?: TimeTravelDeps): Promise<void> {
  const session = new ConsoleSession(bot, styleFor(io), 'you', time);
  poster?.attach((posted) => io.output.write(`${session.showPosted(posted)}\n\n`));
  const out = await session.line(text);
  io.output.write(`${out ?? ''}\n`);
}

/**
 * Interactive chat on a TTY (with a prompt) or piped mode (one command per line, no prompt, exits at
 * end of input). Lines are handled strictly in order, so whatever a `/time` jump posts is printed
 * before the next line is read.
 */
export async function runChat(bot: Studybot, io: ConsoleIo, poster?: ConsolePoster, time?: TimeTravelDeps, signal?: AbortSignal): Promise<void> {
  const interactive = Boolean(io.input.isTTY);
  const style = styleFor(io);
  const session = new ConsoleSession(bot, style, 'you', time);
  poster?.attach((posted) => io.output.write(`${session.showPosted(posted)}\n\n`));
  const rl = createInterface({ input: io.input, output: interactive ? io.output : undefined, terminal: interactive });
  // A stop signal ends the chat after the line in progress (the loop below finishes it first).
  if (signal?.aborted) rl.close();
  signal?.addEventListener('abort', () => rl.close(), { once: true });
  const prompt = () => {
    if (interactive) {
      rl.setPrompt(style.accent(`${session.who}> `));
      rl.prompt();
    }
  };
  // Resume where the group left off: an open daily question is shown again and answerable by number.
  const open = await bot.openDailyQuestion(CONSOLE_PLACE);
  if (open) io.output.write(`${session.showPosted(open)}\n\n`);
  if (interactive) {
    io.output.write(`${style.bold('studybot')}: your AWS Cloud Practitioner study group. Try ${style.accent('/aws lambda pricing')}, ${style.accent('/aws help')}, ${style.accent('/as alice')}, ${style.accent('/time +1d')}; ${style.accent('/quit')} to leave.\n`);
  }
  prompt();
  for await (const raw of rl) {
    const out = await session.line(raw);
    if (out === undefined) break;
    if (out !== '') io.output.write(`${out}\n\n`);
    prompt();
  }
  rl.close();
}
