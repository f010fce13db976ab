import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { commandLine } from '../../core/commands/registry.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { CommandRequest } from '../../core/request.js';
import type { ActionRequest, TopicSuggestion } from '../../core/studybot.js';
import { replacesClickedMessage } from '../shared/replace-rules.js';
import { nowhere, onlyAws, sorry, unknownCommand } from '../shared/replies.js';
import { clip, str } from '../shared/text.js';
import { moduleFor } from './commands-json.js';
import { explainDiscordError, loggable } from './discord-errors.js';
import { actorOf, optionsOf, placeOf } from './interaction-parts.js';
import type { ChartRenderer } from './picture.js';
import { answer, messageContent, replyOptions } from './respond.js';
import type { SeenInteractions } from './seen.js';
import { isShareClick, shareClick, shareId } from './share-click.js';

/** The part of the Studybot the Discord front end uses (tests may slow it down). */
export interface DiscordBot {
  handle(request: CommandRequest): Promise<Reply>;
  handleOptions(request: CommandRequest, commandName: string, options: Record<string, string | undefined>): Promise<Reply>;
  handleAction(action: ActionRequest): Promise<Reply>;
  suggestTopics(typed: string, limit?: number): readonly TopicSuggestion[];
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

/** Discord's limits for autocomplete: 25 choices, names and values of 100 characters. */
const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

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
      else if (interaction.isRepliable()) await interaction.reply(replyOptions(onlyAws(), true));
    } catch (error) {
      const problem = explainDiscordError(error, 'answer interaction');
      logger.error({ interaction: interaction.id, type: interaction.type, code: problem.code, err: loggable(error) }, 'discord: interaction failed');
      await apologise(interaction, logger);
    }
  };
}

async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.replied) return;
    if (interaction.deferred) await interaction.editReply(messageContent(sorry()));
    else await interaction.reply(replyOptions(sorry(), true));
  } catch (error) {
    // Usually "Unknown interaction": the 3 seconds or 15 minutes are over. Nothing more to do.
    logger.warn({ interaction: interaction.id, err: loggable(error) }, 'discord: could not apologise either');
  }
}

/** `/aws <subcommand> …` or `/aws-daily …`: the command module's options, as typed. */
async function command(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const module = moduleFor(interaction.commandName, interaction.options.getSubcommand(false));
  const place = placeOf(interaction);
  if (!module || !place) {
    await interaction.reply(replyOptions(!place ? nowhere('discord') : unknownCommand(), true));
    return;
  }
  const options = optionsOf(interaction, module);
  const text = commandLine(module.name, options);
  const work = deps.bot.handleOptions({ actor: actorOf(interaction), place, text }, module.name, options);
  const share = shareId({ kind: 'text', text });
  await answer(interaction, work, { deliver: () => 'reply', deferAfterMs: deps.deferAfterMs, logger: deps.logger, ...(deps.renderChart ? { render: deps.renderChart } : {}), ...(share ? { shareId: share } : {}) });
}

/**
 * A button: a Share button, or a choice whose custom_id is the choice id the core handed out. The
 * kit's replace rules decide whether the answer replaces the clicked message or comes as a new one.
 */
async function click(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const place = placeOf(interaction);
  if (!place) {
    await interaction.reply(replyOptions(nowhere('discord'), true));
    return;
  }
  const customId = str(interaction.customId) ?? '';
  if (isShareClick(customId)) {
    await shareClick(interaction, place, deps.bot, deps.logger);
    return;
  }
  const onPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  const work = deps.bot.handleAction({ actor: actorOf(interaction), place, actionId: customId });
  const share = shareId({ kind: 'action', actionId: customId });
  await answer(interaction, work, {
    deliver: (reply) => (replacesClickedMessage(onPrivate, reply) ? 'update' : 'reply'),
    deferAfterMs: deps.deferAfterMs, logger: deps.logger,
    ...(deps.renderChart ? { render: deps.renderChart } : {}), ...(share ? { shareId: share } : {}),
  });
}

/** Topic options: the fuzzy lookup's suggestions, so typing "farg" offers Fargate. */
async function autocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const module = moduleFor(interaction.commandName, interaction.options.getSubcommand(false));
  const focused = interaction.options.getFocused(true);
  const spec = module?.options.find((o) => o.name === focused.name);
  if (spec?.kind !== 'topic') {
    await interaction.respond([]);
    return;
  }
  const typed = String(focused.value ?? '').slice(0, CHOICE_TEXT_MAX);
  const choices = deps.bot.suggestTopics(typed, AUTOCOMPLETE_MAX)
    .filter((t) => t.id.length <= CHOICE_TEXT_MAX)
    .map((t) => ({ name: clip(t.name, CHOICE_TEXT_MAX), value: t.id }));
  await interaction.respond(choices);
}
