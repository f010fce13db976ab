import type { APIEmbed } from 'discord.js';
import { FakeCron } from '../../helpers/fake-cron.js';
import { studyContent } from '../../../content/index.js';
import type { DiscordBot } from '../../../src/adapters/discord/handlers.js';
import type { ChartRenderer } from '../../../src/adapters/discord/picture.js';
import { startDiscordClient, type RunningDiscord } from '../../../src/adapters/discord/index.js';
import { assemble, type Assembly } from '../../../src/compose.js';
import type { ChannelPoster } from '../../../src/core/channel-poster.js';
import type { Clock, Logger } from '../../../src/core/ports.js';
import type { Platform } from '../../../src/core/request.js';
import { openDatabase, type Db } from '../../../src/store/open-database.js';
import { testBank } from '../../helpers/assembly.js';
import { fixedClock } from '../../helpers/bot.js';
import { FakeDiscord, type RestCall } from '../../fakes/discord/fake-discord.js';
import { autocomplete, click, MANAGE_SERVER, slash, type InteractionPayload, type Member, type Where } from '../../fakes/discord/interactions.js';
import { recordingLogger } from '../../helpers/recording-logger.js';
import { sqliteStores } from '../../../src/store/open-stores.js';

export const alice: Member = { id: '100000000000000001', username: 'alice' };
export const bob: Member = { id: '100000000000000002', username: 'bob', nick: 'Bobby' };
export const ada: Member = { id: '100000000000000003', username: 'ada', permissions: MANAGE_SERVER };
export const here: Where = { guildId: '200000000000000001', channelId: '300000000000000001' };
export const dm: Where = { channelId: '300000000000000099' };

export { recordingLogger, type LogLine } from '../../helpers/recording-logger.js';

/** An interaction response as Discord reads it: callback type, flags, embeds and buttons. */
export interface Response {
  readonly call: RestCall;
  readonly type: number | undefined;
  readonly flags: number;
  readonly embed: APIEmbed | undefined;
  readonly buttons: Array<{ custom_id: string; label: string }>;
  readonly body: Record<string, unknown>;
}

export function read(call: RestCall): Response {
  const body = (call.body ?? {}) as Record<string, unknown>;
  // Callbacks wrap the message in { type, data }; webhook follow-ups and edits are the message itself.
  const isCallback = call.path.endsWith('/callback');
  const message = (isCallback ? body.data : body) as Record<string, unknown> | undefined;
  const rows = (message?.components ?? []) as Array<{ components: Array<{ custom_id: string; label: string }> }>;
  return {
    call,
    type: isCallback ? (body.type as number) : undefined,
    flags: Number(message?.flags ?? 0),
    embed: (message?.embeds as APIEmbed[] | undefined)?.[0],
    buttons: rows.flatMap((r) => r.components),
    body: message ?? {},
  };
}

/** Everything a member would read in an embed, as one string. */
export function embedText(embed: APIEmbed | undefined): string {
  if (!embed) return '';
  return [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text ?? ''].join('\n');
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly discord: RunningDiscord;
  readonly core: Assembly;
  readonly db: Db;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly logger: ReturnType<typeof recordingLogger>;
  readonly posters: Map<Platform, ChannelPoster>;
  /** `/aws <sub> …` (sub null with command 'aws-daily'); resolves with the first response. */
  command(sub: string | null, options?: Record<string, string>, who?: Member, where?: Where, commandName?: string): Promise<Response & { payload: InteractionPayload }>;
  click(customId: string, message: { id: string; ephemeral?: boolean }, who?: Member, where?: Where): Promise<Response & { payload: InteractionPayload }>;
  autocomplete(sub: string, focused: string, typed: string, who?: Member): Promise<Response & { payload: InteractionPayload }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly deferAfterMs?: number;
  /** Wraps the real bot, e.g. to make it slow. */
  readonly wrapBot?: (bot: DiscordBot) => DiscordBot;
  readonly renderChart?: ChartRenderer;
}

/**
 * The real discord.js Client, assembled with the real core on :memory: SQLite and a fixed clock,
 * logged in to a fake Discord on 127.0.0.1. Same wiring as main.ts: the Discord front end registers
 * its poster in the map the daily service reads.
 */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logger = recordingLogger();
  const db = openDatabase(':memory:');
  const posters = new Map<Platform, ChannelPoster>();
  const clock = fixedClock();
  let ids = 0;
  const core = assemble({
    content: studyContent(), stores: sqliteStores(db), logger, clock: clock as Clock, posters, defaultTimeZone: 'UTC', bank: testBank(), newId: () => `post-${++ids}`,
    cron: new FakeCron(),
  });
  const bot = opts.wrapBot ? opts.wrapBot(core.bot) : core.bot;
  const discord = await startDiscordClient({
    bot, logger, posters, token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl,
    rest: { retries: 0, timeout: 2_000 }, readyTimeoutMs: 5_000,
    ...(opts.deferAfterMs !== undefined ? { deferAfterMs: opts.deferAfterMs } : {}),
    ...(opts.renderChart ? { renderChart: opts.renderChart } : {}),
  });
  const first = async (payload: InteractionPayload) => ({ ...read(await fake.waitForResponse(fake.interact(payload))), payload });
  return {
    fake, discord, core, db, clock, logger, posters,
    command: (sub, options = {}, who = alice, where = here, commandName = 'aws') => first(slash(fake.appId, who, where, sub, options, commandName)),
    click: (customId, message, who = alice, where = here) => first(click(fake.appId, who, where, customId, message)),
    autocomplete: (sub, focused, typed, who = alice) => first(autocomplete(fake.appId, who, here, sub, focused, typed)),
    async close() {
      await discord.stop();
      const refused = [...fake.refused];
      await fake.close();
      db.close();
      // The fake refuses what the platform would; a front end that sent such a message has a bug.
      if (refused.length > 0) throw new Error(`the platform refused ${refused.length} message(s): ${JSON.stringify(refused).slice(0, 500)}`);
    },
  };
}
