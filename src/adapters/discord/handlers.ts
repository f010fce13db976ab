import {
  GuildMember,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { AnyCommand } from '../../core/commands/command-module.js';
import type { Logger } from '../../core/ports.js';
import { reply as makeReply, userMistake, type Reply } from '../../core/reply.js';
import type { Actor, CommandRequest, Place } from '../../core/request.js';
import type { ActionRequest } from '../../core/studybot.js';
import { moduleFor } from './commands-json.js';
import { explainDiscordError, loggable } from './discord-errors.js';
import type { ChartRenderer } from './picture.js';
import { answer, messageContent, replyOptions, type Delivery } from './respond.js';
import type { SeenInteractions } from './seen.js';

/** The part of the Studybot the Discord front end uses (tests may slow it down). */
export interface DiscordBot {
  readonly commands: readonly AnyCommand[];
  readonly finder: { suggest(prefix: string, limit?: number): readonly { readonly id: string; readonly name: string }[] };
  handleOptions(request: CommandRequest, commandName: string, options: Record<string, string | undefined>): Promise<Reply>;
  handleAction(action: ActionRequest): Promise<Reply>;
}

export interface HandlerDeps {
  readonly bot: DiscordBot;
  readonly logger: Logger;
  readonly seen: SeenInteractions;
  /** Defer when the reply is not ready after this long (Discord allows 3 s in all). */
  readonly deferAfterMs: number;
  /** Draws a reply's chart as a PNG to attach; without it charts are left out and the text stands alone. */
  readonly renderChart?: ChartRenderer;
}

const SORRY = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';
const NOWHERE = 'I could not tell which server and channel this came from. Try `/aws` again from a channel.';
const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

/** Discord server (guild) id and channel id; DMs share one "dm" workspace. */
/** A field as Discord documents it: a non-empty string. Anything else in a payload is treated as missing. */
function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Where the interaction happened; undefined when the payload does not say (or says nonsense). */
export function placeOf(interaction: BaseInteraction): Place | undefined {
  const channelId = str(interaction.channelId);
  // Without a readable user there is nobody to answer for, so the request is treated like one from nowhere.
  if (!channelId || !str(interaction.user.id)) return undefined;
  const guildId: unknown = interaction.guildId;
  if (guildId !== null && guildId !== undefined && !str(guildId)) return undefined;
  return { platform: 'discord', workspaceId: str(guildId) ?? 'dm', channelId };
}

/**
 * Who asked. isAdmin is Manage Server (or Administrator) in this server, from the permissions
 * Discord computed for this very interaction: commands' default permissions can be changed by a
 * server's admins, so the bit is checked again here. Nobody is an admin in a DM.
 */
export function actorOf(interaction: BaseInteraction): Actor {
  const member = interaction.member;
  const nick: unknown = member instanceof GuildMember ? member.nickname : member?.nick;
  const id = str(interaction.user.id) ?? 'unknown';
  return {
    id,
    name: str(nick) ?? str(interaction.user.globalName) ?? str(interaction.user.username) ?? id,
    isAdmin: Boolean(interaction.inGuild() && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)),
  };
}

/**
 * Routes every interaction to the core. Never throws and never rejects (discord.js calls it from
 * an event emitter, where a rejection would go unhandled): failures are logged, and the member gets
 * a short apology when Discord still lets us answer.
 */
export function createInteractionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  const { logger, seen } = deps;
  return async (interaction) => {
    if (!(await seen.firstTime(interaction.id))) {
      logger.info({ interaction: interaction.id }, 'discord: repeated interaction ignored');
      return;
    }
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) await command(interaction, deps);
      else if (interaction.isButton()) await click(interaction, deps);
      else if (interaction.isRepliable()) await interaction.reply(replyOptions(userMistake('I only answer `/aws` and its buttons. Try `/aws help`.'), true));
    } catch (error) {
      const problem = explainDiscordError(error, 'answer interaction');
      logger.error({ interaction: interaction.id, type: interaction.type, code: problem.code, err: loggable(error) }, 'discord: interaction failed');
      await apologise(interaction, logger);
    }
  };
}

async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  const sorry = makeReply({ text: SORRY, tone: 'error', visibility: 'private' });
  try {
    if (interaction.replied) return;
    if (interaction.deferred) await interaction.editReply(messageContent(sorry));
    else await interaction.reply(replyOptions(sorry, true));
  } catch (error) {
    // Usually "Unknown interaction": the 3 seconds or 15 minutes are over. Nothing more to do.
    logger.warn({ interaction: interaction.id, err: loggable(error) }, 'discord: could not apologise either');
  }
}

/** The named string options of a command, as the command module declares them. */
function optionsOf(interaction: ChatInputCommandInteraction, module: AnyCommand): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  for (const spec of module.options) {
    const value: unknown = interaction.options.get(spec.name)?.value;
    // Discord's wire types for our options are strings (numbers and booleans tolerated); anything
    // else is malformed and treated as not given.
    options[spec.name] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
  return options;
}

async function command(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const { bot, logger, deferAfterMs } = deps;
  const module = moduleFor(interaction.commandName, interaction.options.getSubcommand(false), bot.commands);
  const place = placeOf(interaction);
  if (!module || !place) {
    const text = !place ? NOWHERE : 'I don\'t know that command. `/aws help` lists them all.';
    await interaction.reply(replyOptions(userMistake(text), true));
    return;
  }
  const options = optionsOf(interaction, module);
  const text = [module.name, ...Object.values(options).filter((v) => v !== undefined)].join(' ');
  const work = bot.handleOptions({ actor: actorOf(interaction), place, text }, module.name, options);
  await answer(interaction, work, () => 'reply', deferAfterMs, logger, deps.renderChart);
}

/**
 * A button: its custom_id is the choice id the core handed out. A pick on an ephemeral message
 * (practice question, "did you mean") replaces that message, which also closes its buttons; on a
 * channel message (the daily question) the result is a new message, private when the core says so.
 * Mistakes (double clicks, closed questions) are always a separate private note.
 */
async function click(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const { bot, logger, deferAfterMs } = deps;
  const place = placeOf(interaction);
  if (!place) {
    await interaction.reply(replyOptions(userMistake(NOWHERE), true));
    return;
  }
  const onEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const deliver = (reply: Reply): Delivery => (onEphemeral && reply.tone !== 'error' && reply.tone !== 'warning' && !reply.standalone ? 'update' : 'reply');
  const work = bot.handleAction({ actor: actorOf(interaction), place, actionId: str(interaction.customId) ?? '' });
  await answer(interaction, work, deliver, deferAfterMs, logger, deps.renderChart);
}

/** Topic options: the fuzzy lookup's suggestions, so typing "farg" offers Fargate. */
async function autocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const { bot } = deps;
  const module = moduleFor(interaction.commandName, interaction.options.getSubcommand(false), bot.commands);
  const focused = interaction.options.getFocused(true);
  const spec = module?.options.find((o) => o.name === focused.name);
  if (spec?.kind !== 'topic') {
    await interaction.respond([]);
    return;
  }
  const typed = String(focused.value ?? '').slice(0, CHOICE_TEXT_MAX);
  const choices = bot.finder.suggest(typed, AUTOCOMPLETE_MAX)
    .filter((t) => t.id.length <= CHOICE_TEXT_MAX)
    .map((t) => ({ name: t.name.length <= CHOICE_TEXT_MAX ? t.name : `${t.name.slice(0, CHOICE_TEXT_MAX - 1)}…`, value: t.id }));
  await interaction.respond(choices);
}
