import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../../src/adapters/discord/deploy-commands.js';
import { COMMANDS } from '../../../src/core/commands/registry.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => { fake = await FakeDiscord.start(); });
afterAll(async () => { await fake?.close(); });

const commands = COMMANDS;

describe('npm run discord:deploy', () => {
  it('registers /aws and /aws-daily to one server when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands({ token: fake.token, appId: fake.appId, guildId: '200000000000000001', apiUrl: fake.apiUrl, commands });
    expect(result).toEqual({ scope: 'guild', names: ['aws', 'aws-daily'] });
    const [call] = fake.callsTo('PUT', /commands$/);
    expect(call?.path).toBe(`/applications/${fake.appId}/guilds/200000000000000001/commands`);
    expect(call?.auth).toBe(`Bot ${fake.token}`);
    const body = call?.body as Array<Record<string, unknown>>;
    expect(body.map((c) => c.name)).toEqual(['aws', 'aws-daily']);
    expect(body[1]?.default_member_permissions).toBe('32');
    expect((body[0]?.options as unknown[]).length).toBe(commands.length);
  });

  it('registers globally without a server id', async () => {
    const result = await deployCommands({ token: fake.token, appId: fake.appId, apiUrl: fake.apiUrl, commands });
    expect(result.scope).toBe('global');
    const call = fake.callsTo('PUT', /commands$/).at(-1);
    expect(call?.path).toBe(`/applications/${fake.appId}/commands`);
    expect((call?.body as Array<Record<string, unknown>>)[0]?.contexts).toEqual([0, 1]);
  });

  it('explains a refused token or a server the bot was not invited to', async () => {
    await expect(deployCommands({ token: 'wrong', appId: fake.appId, apiUrl: fake.apiUrl, commands }))
      .rejects.toThrow('Could not register the commands: Discord did not accept the bot token (DISCORD_TOKEN)');
    fake.script('PUT', /guilds/, { status: 403, body: { message: 'Missing Access', code: 50001 } });
    await expect(deployCommands({ token: fake.token, appId: fake.appId, guildId: '200000000000000009', apiUrl: fake.apiUrl, commands }))
      .rejects.toThrow('Could not register the commands: the bot may not add commands to server 200000000000000009. Invite the bot to that server with the applications.commands scope first.');
  });
});

describe('the deploy script', () => {
  it('registers through DISCORD_API_URL, and says what is missing when it cannot', async () => {
    const { execFile } = await import('node:child_process');
    const run = (env: Record<string, string>) => new Promise<{ code: number; out: string; err: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'src/adapters/discord/deploy-commands.ts'], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 15_000 }, (error, out, err) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out, err });
      });
      child.stdin?.end();
    });
    const missing = await run({});
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('discord:deploy failed: set DISCORD_TOKEN and DISCORD_APP_ID');

    const before = fake.callsTo('PUT', /commands$/).length;
    const ok = await run({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_GUILD_ID: '200000000000000001', DISCORD_API_URL: fake.apiUrl });
    expect(ok.err).toBe('');
    expect(ok.out).toBe('Registered /aws and /aws-daily for server 200000000000000001.\n');
    expect(fake.callsTo('PUT', /commands$/)).toHaveLength(before + 1);
  });
});

describe('what the deploy script loads', () => {
  it('reads the static command registry: no bot, no database, no content bank in its imports', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s(?!type\b)[^;]*?from '(\.[^']+)'/gms)) {
        const target = resolve(dirname(file), (spec ?? '').replace(/\.js$/, '.ts'));
        if (existsSync(target)) visit(target);
      }
    };
    visit(resolve('src/adapters/discord/deploy-commands.ts'));
    const loaded = [...seen].map((f) => f.slice(resolve('.').length + 1));
    expect(loaded).toContain('src/core/commands/registry.ts');
    for (const heavy of ['src/core/studybot.ts', 'content/index.ts', 'src/core/questions/build-bank.ts', 'src/store/open-database.ts', 'src/compose.ts']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
