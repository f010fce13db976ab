import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption, type APIApplicationCommandSubcommandOption } from 'discord.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ADMIN_COMMAND, buildCommandsJson, COMMAND, moduleFor } from '../../../src/adapters/discord/commands-json.js';
import type { AnyCommand } from '../../../src/core/commands/command-module.js';
import { reply } from '../../../src/core/reply.js';
import { COMMANDS } from '../../../src/core/commands/registry.js';

const [aws, daily] = buildCommandsJson(COMMANDS);
const subcommands = (aws?.options ?? []) as APIApplicationCommandSubcommandOption[];
const sub = (name: string) => subcommands.find((s) => s.name === name);
const option = (subName: string, name: string) => (sub(subName)?.options ?? []).find((o) => o.name === name) as APIApplicationCommandBasicOption & { autocomplete?: boolean; choices?: Array<{ name: string; value: string }> } | undefined;

describe('/aws command JSON, built from the command modules', () => {
  it('has one subcommand per command module, with the same names the console uses', () => {
    expect(aws?.name).toBe(COMMAND);
    expect(subcommands.map((s) => s.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(subcommands.every((s) => s.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
    for (const word of ['topic', 'compare', 'quiz', 'top', 'me', 'daily', 'help', 'topics']) expect(sub(word), word).toBeDefined();
  });

  it('makes topic options autocomplete, choice options fixed choices and text options free strings', () => {
    expect(option('topic', 'topic')).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true });
    expect(option('compare', 'a')).toMatchObject({ autocomplete: true, required: true });
    expect(option('compare', 'b')).toMatchObject({ autocomplete: true, required: true });
    const lookup = COMMANDS.find((c) => c.name === 'topic');
    expect(option('topic', 'aspect')?.choices?.map((c) => c.value)).toEqual(lookup?.options.find((o) => o.name === 'aspect')?.choices);
    expect(option('top', 'period')?.choices?.map((c) => c.value)).toEqual(['week', 'month', 'all']);
    expect(option('daily', 'action')?.choices?.map((c) => c.value)).toEqual(['status', 'on', 'off', 'now', 'reveal']);
    expect(option('daily', 'settings')).toMatchObject({ type: ApplicationCommandOptionType.String, required: false });
    expect(option('daily', 'settings')).not.toHaveProperty('choices');
    expect(option('daily', 'settings')).not.toHaveProperty('autocomplete');
  });

  it('stays within Discord\'s limits: names, descriptions, required options first', () => {
    const all = [aws, daily];
    for (const command of all) {
      expect(command?.description.length).toBeLessThanOrEqual(100);
      for (const s of command?.options ?? []) {
        expect(s.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(s.description.length).toBeGreaterThan(0);
        expect(s.description.length).toBeLessThanOrEqual(100);
        const inner = 'options' in s && Array.isArray(s.options) ? s.options as APIApplicationCommandBasicOption[] : [];
        const firstOptional = inner.findIndex((o) => !o.required);
        if (firstOptional >= 0) expect(inner.slice(firstOptional).every((o) => !o.required)).toBe(true);
        for (const o of inner) expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('leaves /aws open to everyone and puts the daily settings behind Manage Server in /aws-daily', () => {
    expect(aws).not.toHaveProperty('default_member_permissions');
    expect(daily?.name).toBe(ADMIN_COMMAND);
    expect(daily?.default_member_permissions).toBe('32');
    expect(daily?.contexts).toEqual([0]);
    expect((daily?.options ?? []).map((o) => o.name)).toEqual(['action', 'settings']);
    expect(moduleFor(ADMIN_COMMAND, null, COMMANDS)?.name).toBe('daily');
    expect(moduleFor(COMMAND, 'compare', COMMANDS)?.name).toBe('compare');
    expect(moduleFor(COMMAND, null, COMMANDS)).toBeUndefined();
    expect(moduleFor('other', 'topic', COMMANDS)).toBeUndefined();
  });

  it('drops the global-only fields for a server registration', () => {
    const guild = buildCommandsJson(COMMANDS, { forGuild: true });
    expect(guild.map((c) => c.name)).toEqual(['aws', 'aws-daily']);
    for (const command of guild) {
      expect(command).not.toHaveProperty('contexts');
      expect(command).not.toHaveProperty('integration_types');
    }
    expect(aws?.contexts).toEqual([0, 1]);
  });

  it('refuses a module Discord could not take, naming it', () => {
    const bad = (options: AnyCommand['options'], name = 'bad'): AnyCommand => ({
      name, summary: 'x', usage: '/aws bad', examples: [], options, args: z.object({}), run: () => reply({ text: '' }),
    });
    const many = Array.from({ length: 26 }, (_, i) => `c${i}`);
    expect(() => buildCommandsJson([bad([{ name: 'pick', description: 'd', kind: 'choice', required: false, choices: many }])])).toThrow(/pick of bad needs 1 to 25 choices/);
    expect(() => buildCommandsJson([bad([], 'Has Spaces')])).toThrow(/not a valid Discord command name/);
    expect(() => buildCommandsJson([bad([{ name: 'Topic', description: 'd', kind: 'text', required: true }])])).toThrow(/option of bad "Topic"/);
  });
});
