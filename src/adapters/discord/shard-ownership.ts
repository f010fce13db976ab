import { ShardClientUtil } from 'discord.js';
import type { Place } from '../../core/request.js';
import type { Stores } from '../../store/open-stores.js';
import type { ShardIds } from './client.js';

/**
 * The gateway shard that receives a server's events: Discord's formula (guild_id >> 22) % shard count.
 * Direct messages (workspace "dm") come in on shard 0.
 */
export function shardOfPlace(place: Place, count: number): number {
  if (count <= 1 || !/^\d{1,25}$/.test(place.workspaceId)) return 0;
  return ShardClientUtil.shardIdForGuildId(place.workspaceId, count);
}

/** Whether a place is a Discord place whose server one of these shards serves. */
export function servedBy(shards: ShardIds): (place: Place) => boolean {
  const ids = new Set(shards.ids);
  return (place) => place.platform === 'discord' && ids.has(shardOfPlace(place, shards.count));
}

/**
 * The stores as a shard process's scheduler sees them: the daily schedules and overdue reveals of its
 * own servers only. Everything else (commands, answers, claims) reads and writes the whole database.
 * So a shard never takes on a Slack channel (it has no Slack poster) nor another shard's server, and
 * each daily post is ticked by the shard whose server it is; the store's delivery claims still make
 * sure it goes out once if another process (the manager's scheduler) ticks it at the same moment.
 */
export function ownStores(stores: Stores, serves: (place: Place) => boolean): Stores {
  return {
    ...stores,
    schedules: override(stores.schedules, {
      enabledSchedules: async () => (await stores.schedules.enabledSchedules()).filter((s) => serves(s.place)),
    }),
    quiz: override(stores.quiz, {
      overdueReveals: async (now: Date) => (await stores.quiz.overdueReveals(now)).filter((open) => serves(open.place)),
    }),
    // Exams post nothing in a channel: any process may finish an expired one (finishing is idempotent).
    exams: stores.exams,
  };
}

/** The same object with a few methods replaced; the rest keep their own `this` (private fields work). */
function override<T extends object>(target: T, replaced: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(replaced, property)) return replaced[property as keyof T];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/**
 * The shard ids discord.js's ShardingManager gives a shard process (SHARDS, SHARD_COUNT in its
 * environment), or undefined when this is not a shard process.
 */
export function shardIdsFromEnv(env: Readonly<Record<string, string | undefined>>): ShardIds | undefined {
  const { SHARDS, SHARD_COUNT } = env;
  if (SHARDS === undefined || SHARD_COUNT === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(SHARDS);
  } catch {
    return undefined;
  }
  const ids = (Array.isArray(parsed) ? parsed : [parsed]) as unknown[];
  const count = Number(SHARD_COUNT);
  if (!Number.isInteger(count) || count < 1 || ids.length === 0) return undefined;
  if (!ids.every((id): id is number => Number.isInteger(id) && (id as number) >= 0 && (id as number) < count)) return undefined;
  return { ids: ids as number[], count };
}
