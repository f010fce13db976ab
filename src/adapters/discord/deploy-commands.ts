/**
 * Registers `/aws` and `/aws-daily` with Discord, built from the same command modules the core uses.
 * Run it once after changing commands, not on every start (Discord limits command creation per day):
 *   npm run discord:deploy    (DISCORD_TOKEN, DISCORD_APP_ID; DISCORD_GUILD_ID for one server, instantly)
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { readConfig } from '../../config/env.js';
import type { AnyCommand } from '../../core/commands/command-module.js';
import { COMMANDS } from '../../core/commands/registry.js';
import { buildCommandsJson } from './commands-json.js';
import { explainDiscordError } from './discord-errors.js';

export interface DeployOptions {
  readonly token: string;
  readonly appId: string;
  /** One server (instant, for trying it out); globally when absent (can take up to an hour to show). */
  readonly guildId?: string;
  readonly apiUrl?: string;
  /** Default: the static registry (no bot, no database, no content bank needed). */
  readonly commands?: readonly AnyCommand[];
}

export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly names: readonly string[];
}

/** Replaces the application's commands (PUT: commands no longer listed are removed). */
export async function deployCommands(opts: DeployOptions): Promise<DeployResult> {
  const rest = new REST({ retries: 1, timeout: 15_000, ...(opts.apiUrl ? { api: opts.apiUrl.replace(/\/+$/, '') } : {}) }).setToken(opts.token);
  const body = buildCommandsJson(opts.commands ?? COMMANDS, { forGuild: Boolean(opts.guildId) });
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.appId, opts.guildId) : Routes.applicationCommands(opts.appId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    const problem = explainDiscordError(error, 'deploy commands');
    const friendly = problem.code === '50001' && opts.guildId
      ? `the bot may not add commands to server ${opts.guildId}. Invite the bot to that server with the applications.commands scope first.`
      : problem.friendly;
    throw new Error(`Could not register the commands: ${friendly}`, { cause: error });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  return { scope: opts.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    throw new Error('set DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_GUILD_ID to register to one server only)');
  }
  const result = await deployCommands({
    token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID,
    ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
  });
  const where = result.scope === 'guild' ? `server ${config.DISCORD_GUILD_ID}` : 'every server (global; may take up to an hour to appear)';
  process.stdout.write(`Registered ${result.names.map((n) => `/${n}`).join(' and ')} for ${where}.\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`discord:deploy failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
