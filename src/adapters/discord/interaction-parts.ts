import { GuildMember, PermissionFlagsBits, type BaseInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { AnyCommand } from '../../core/commands/command-module.js';
import type { Actor, Place } from '../../core/request.js';
import { str } from '../shared/text.js';

/** Where the interaction happened (server id and channel id; DMs share one "dm" workspace), or undefined when the payload does not say. */
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

/** The named string options of a command, as the command module declares them. */
export function optionsOf(interaction: ChatInputCommandInteraction, module: AnyCommand): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  for (const spec of module.options) {
    const value: unknown = interaction.options.get(spec.name)?.value;
    // Discord's wire types for our options are strings (numbers and booleans tolerated); anything
    // else is malformed and treated as not given.
    options[spec.name] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
  return options;
}
