import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../../../src/adapters/slack/app.js';

const root = new URL('../../../', import.meta.url);
const manifest = readFileSync(new URL('slack/manifest.yml', root), 'utf8');
// Every source file of the adapter, handlers/ included.
const source = readdirSync(new URL('src/adapters/slack/', root), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(`src/adapters/slack/${f}`, root), 'utf8')).join('\n');

/** The bot scope each Web API method the adapter calls needs. */
const SCOPE_OF: Record<string, string> = {
  'chat.postMessage': 'chat:write', 'chat.update': 'chat:write', 'users.info': 'users:read', 'conversations.open': 'im:write', 'files.uploadV2': 'files:write',
};

describe('slack/manifest.yml', () => {
  it('declares the slash command the app listens to, with interactivity and Socket Mode on', () => {
    expect(manifest).toMatch(new RegExp(`^\\s*- command: ${COMMAND}\\s*$`, 'm'));
    expect(manifest).toMatch(/interactivity:\s*\n\s*is_enabled: true/);
    expect(manifest).toMatch(/^\s*socket_mode_enabled: true\s*$/m);
  });

  it('grants a scope for every Web API method the adapter calls', () => {
    const scopes = [...manifest.matchAll(/^\s*- ([a-z]+:[a-z.]+|commands)\s*$/gm)].map((m) => m[1]);
    const called = new Set([...source.matchAll(/client\.(chat\.postMessage|chat\.update|users\.info|conversations\.open|files\.uploadV2)\(/g)].map((m) => m[1] ?? ''));
    expect(called.size).toBeGreaterThan(0);
    for (const method of called) expect(scopes, method).toContain(SCOPE_OF[method]);
    expect(scopes).toContain('commands');
    expect(scopes).toContain('chat:write.public');
  });

  it('turns the Home tab on and subscribes to app_home_opened, which refreshes it', () => {
    expect(manifest).toMatch(/app_home:\s*\n\s*home_tab_enabled: true/);
    expect(manifest).toMatch(/bot_events:\s*\n\s*- app_home_opened/);
  });

  it('contains no tab characters (YAML forbids them for indentation)', () => {
    expect(manifest).not.toContain('\t');
  });
});
