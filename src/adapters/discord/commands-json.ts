import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand, OptionSpec } from '../../core/commands/command-module.js';
import { COMMANDS } from '../../core/commands/registry.js';
import { clip as clipText, oneLine } from '../shared/text.js';

/** The one command every member uses: `/aws <subcommand> …`, one subcommand per command module. */
export const COMMAND = 'aws';
/**
 * The daily settings again, as their own top-level command, because Discord sets default member
 * permissions per top-level command only: `/aws-daily` needs Manage Server by default (server admins
 * can widen or narrow that under Server Settings → Integrations), `/aws daily` stays open so everyone
 * can ask for the status. The Manage Server bit is checked again on arrival for both.
 */
export const ADMIN_COMMAND = 'aws-daily';
/** The command module `/aws-daily` runs. */
export const ADMIN_MODULE = 'daily';
/** Manage Server (a.k.a. MANAGE_GUILD), as the decimal string Discord expects. */
export const MANAGE_SERVER = PermissionFlagsBits.ManageGuild.toString();

/** Discord's limits for command JSON (discord.com/developers/docs/interactions/application-commands). */
const LIMITS = { description: 100, choices: 25, choiceText: 100, subcommands: 25, options: 25 } as const;
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Descriptions and choice names are one plain line. */
const clip = (text: string, max: number) => clipText(oneLine(text), max);

function checkName(name: string, what: string): string {
  if (!NAME.test(name)) throw new Error(`${what} "${name}" is not a valid Discord command name (1-32 lower-case letters, digits, - or _)`);
  return name;
}

/** One OptionSpec as a Discord string option: topic → autocomplete, choice → fixed choices, text → free. */
export function optionJson(spec: OptionSpec, commandName: string): APIApplicationCommandBasicOption {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: checkName(spec.name, `option of ${commandName}`),
    description: clip(spec.description, LIMITS.description),
    required: spec.required,
  };
  switch (spec.kind) {
    case 'topic':
      return { ...base, autocomplete: true };
    case 'choice': {
      const choices = spec.choices ?? [];
      if (choices.length === 0 || choices.length > LIMITS.choices) {
        throw new Error(`option ${spec.name} of ${commandName} needs 1 to ${LIMITS.choices} choices for Discord, has ${choices.length}`);
      }
      return { ...base, choices: choices.map((c) => ({ name: clip(c, LIMITS.choiceText), value: c })) };
    }
    case 'text':
      return base;
  }
}

/** Discord wants required options before optional ones; the order is otherwise kept. */
function optionsJson(command: AnyCommand): APIApplicationCommandBasicOption[] {
  if (command.options.length > LIMITS.options) throw new Error(`${command.name} has more than ${LIMITS.options} options`);
  const options = command.options.map((spec) => optionJson(spec, command.name));
  return [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
}

function subcommandJson(command: AnyCommand): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: checkName(command.name, 'command'),
    description: clip(command.summary, LIMITS.description),
    options: optionsJson(command),
  };
}

/**
 * The application commands, built from the same command modules the console and Slack parse text
 * for, so the words and options cannot drift apart. Global form (with contexts); `forGuild` drops the
 * fields Discord ignores for server commands.
 */
export function buildCommandsJson(commands: readonly AnyCommand[] = COMMANDS, opts: { forGuild?: boolean } = {}): CommandJson[] {
  if (commands.length === 0 || commands.length > LIMITS.subcommands) throw new Error(`/aws needs 1 to ${LIMITS.subcommands} subcommands, has ${commands.length}`);
  const admin = commands.find((c) => c.name === ADMIN_MODULE);
  const scope = (contexts: InteractionContextType[]) => (opts.forGuild ? {} : { contexts, integration_types: [ApplicationIntegrationType.GuildInstall] });
  const aws: CommandJson = {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND,
    description: 'Study for AWS Cloud Practitioner: look up, compare, quiz, leaderboard, daily question',
    options: commands.map(subcommandJson),
    ...scope([InteractionContextType.Guild, InteractionContextType.BotDM]),
  };
  if (!admin) return [aws];
  const daily: CommandJson = {
    type: ApplicationCommandType.ChatInput,
    name: ADMIN_COMMAND,
    description: clip(`Daily question settings for this channel (Manage Server): ${admin.options.map((o) => o.name).join(', ')}`, LIMITS.description),
    options: optionsJson(admin),
    default_member_permissions: MANAGE_SERVER,
    ...scope([InteractionContextType.Guild]),
  };
  return [aws, daily];
}

/** Which command module an incoming command runs, or undefined for a command we never registered. */
export function moduleFor(commandName: string, subcommand: string | null, commands: readonly AnyCommand[] = COMMANDS): AnyCommand | undefined {
  if (commandName === ADMIN_COMMAND) return commands.find((c) => c.name === ADMIN_MODULE);
  if (commandName !== COMMAND || !subcommand) return undefined;
  return commands.find((c) => c.name === subcommand);
}
