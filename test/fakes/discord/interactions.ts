/**
 * INTERACTION_CREATE payloads shaped like Discord's (API v10): slash commands, autocomplete and
 * button clicks, from a server member or in a DM.
 */

export interface Member {
  readonly id: string;
  readonly username: string;
  readonly nick?: string;
  /** Permission bits as Discord sends them (decimal string). 0x20 = Manage Server. */
  readonly permissions?: string;
}

export interface Where {
  /** Absent for a DM. */
  readonly guildId?: string;
  readonly channelId: string;
}

export const MANAGE_SERVER = String(1 << 5);
/** View Channel, Send Messages, Read History, Use Application Commands: an ordinary member. */
export const MEMBER_PERMISSIONS = String((1 << 10) | (1 << 11) | (1 << 16) | (1 << 31));
const APP_PERMISSIONS = String((1 << 10) | (1 << 11) | (1 << 14) | (1 << 16));

let counter = 0;
function snowflake(): string {
  counter += 1;
  // Timestamp part in the high bits, as real ids have; unique per call.
  return ((BigInt(Date.now() - 1_420_070_400_000) << 22n) + BigInt(counter)).toString();
}

export interface InteractionPayload {
  readonly id: string;
  readonly token: string;
  readonly [key: string]: unknown;
}

function base(appId: string, who: Member, where: Where, type: number, extra: Record<string, unknown>): InteractionPayload {
  const id = snowflake();
  const user = { id: who.id, username: who.username, discriminator: '0', global_name: who.username, avatar: null };
  const place = where.guildId
    ? {
      guild_id: where.guildId,
      guild_locale: 'en-US',
      channel: { id: where.channelId, type: 0, guild_id: where.guildId, name: 'study' },
      member: {
        user, roles: [], permissions: who.permissions ?? MEMBER_PERMISSIONS, joined_at: new Date(0).toISOString(),
        nick: who.nick ?? null, deaf: false, mute: false, flags: 0,
      },
      context: 0,
      authorizing_integration_owners: { 0: where.guildId },
    }
    : {
      channel: { id: where.channelId, type: 1, recipients: [user] },
      user,
      context: 1,
      authorizing_integration_owners: { 0: '0' },
    };
  return {
    id, token: `itoken-${id}`, application_id: appId, type, version: 1, locale: 'en-US', app_permissions: APP_PERMISSIONS,
    entitlements: [], attachment_size_limit: 8_388_608, channel_id: where.channelId,
    ...place,
    ...extra,
  };
}

/** `/aws <sub> name:value …` (or `/aws-daily …` with sub = null and command 'aws-daily'). */
export function slash(appId: string, who: Member, where: Where, sub: string | null, options: Record<string, string> = {}, command = 'aws'): InteractionPayload {
  const values = Object.entries(options).map(([name, value]) => ({ type: 3, name, value }));
  return base(appId, who, where, 2, {
    data: {
      id: '930000000000000001', name: command, type: 1,
      options: sub === null ? values : [{ type: 1, name: sub, options: values }],
      ...(where.guildId ? { guild_id: where.guildId } : {}),
    },
  });
}

/** A member typing in option `focused` of `/aws <sub>`. */
export function autocomplete(appId: string, who: Member, where: Where, sub: string, focused: string, typed: string, others: Record<string, string> = {}): InteractionPayload {
  const values = [
    ...Object.entries(others).map(([name, value]) => ({ type: 3, name, value })),
    { type: 3, name: focused, value: typed, focused: true },
  ];
  return base(appId, who, where, 4, { data: { id: '930000000000000001', name: 'aws', type: 1, options: [{ type: 1, name: sub, options: values }] } });
}

/** A click on button `customId` of message `messageId` (ephemeral messages carry flag 64). */
export function click(appId: string, who: Member, where: Where, customId: string, message: { id: string; ephemeral?: boolean }): InteractionPayload {
  return base(appId, who, where, 3, {
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: message.id, channel_id: where.channelId, author: { id: '900000000000000001', username: 'studybot', discriminator: '0', bot: true, avatar: null },
      content: '', timestamp: new Date(0).toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: message.ephemeral ? 64 : 0,
    },
  });
}
