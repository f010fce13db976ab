import { z } from 'zod';
import { reply } from '../reply.js';
import type { AnyCommand, CommandModule } from './command-module.js';

const args = z.object({});

/** `/aws help` lists the registry it is given, so it can never forget a command. */
export function helpCommand(commands: () => readonly AnyCommand[]): CommandModule<z.infer<typeof args>> {
  return {
    name: 'help',
    aliases: ['?', 'commands', 'start'],
    summary: 'Explain every command, with examples',
    usage: '/aws help',
    examples: ['/aws help'],
    options: [],
    args,
    run() {
      const fields = commands().map((c) => ({
        label: c.usage,
        value: `${c.summary}. e.g. ${c.examples.map((e) => `\`${e}\``).join(', ')}`,
      }));
      return reply({
        title: 'studybot: your AWS Cloud Practitioner study group',
        text: 'I answer questions on AWS compute and deployment services, from typed course notes checked for 2026. Spelling doesn\'t need to be perfect.',
        fields,
        visibility: 'private',
      });
    },
  };
}
