import { z } from 'zod';
import { canonicalTimeZone } from '../core/daily/local-time.js';

export const DEFAULT_DATABASE_PATH = './data/studybot.db';

/** Every environment variable studybot reads, parsed once at start. See .env.example. */
const envSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  /** PostgreSQL instead of SQLite, for several instances on one database: postgres://user:pass@host:5432/db */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'use a postgres:// address').optional(),
  /** On SIGTERM/SIGINT, how long work in progress may take to finish before the bot exits anyway (non-zero). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  DEFAULT_TIMEZONE: z.string().default('UTC').transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (!canonical) {
      ctx.addIssue({ code: 'custom', message: 'use an IANA timezone such as Europe/Berlin or UTC' });
      return z.NEVER;
    }
    return canonical;
  }),

  // Slack: the bot token turns the Slack front end on. Socket Mode when the app token is set,
  // otherwise HTTP on SLACK_PORT verified with the signing secret.
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'a bot token starts with xoxb-').optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  SLACK_API_URL: z.url().optional(),
  /** Comma-separated Slack user ids allowed to change daily settings, besides workspace admins. */
  SLACK_ADMIN_IDS: z.string().default('').transform((list) => list.split(',').map((id) => id.trim()).filter(Boolean)),

  // Discord: the token (with the application id) turns the Discord front end on.
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APP_ID: z.string().regex(/^\d{5,25}$/, 'the application id is a number').optional(),
  DISCORD_API_URL: z.url().optional(),
  /** Register commands to this one server (instant) instead of globally. */
  DISCORD_GUILD_ID: z.string().regex(/^\d{5,25}$/, 'the server id is a number').optional(),
  /** Shard processes under discord.js's ShardingManager: `auto` (Discord's recommended count) or a number; unset = one client in this process. */
  DISCORD_SHARDS: z.string().trim().toLowerCase().regex(/^(auto|[1-9]\d{0,3})$/, 'use auto or a number of shards (1-9999)')
    .transform((value): 'auto' | number => (value === 'auto' ? 'auto' : Number(value))).optional(),
}).superRefine((env, ctx) => {
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP) next to SLACK_BOT_TOKEN' });
  }
  if (env.DISCORD_TOKEN && !env.DISCORD_APP_ID) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_APP_ID'], message: 'set DISCORD_APP_ID next to DISCORD_TOKEN' });
  }
  if (env.DISCORD_SHARDS !== undefined && !env.DISCORD_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: 'DISCORD_SHARDS needs DISCORD_TOKEN' });
  }
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // Blank values count as unset, so a copied .env.example with empty lines behaves like no .env.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    // Only names and messages: a value may be a secret.
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
