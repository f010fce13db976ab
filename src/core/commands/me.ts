import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsStudy } from './needs-study.js';

const args = z.object({});

export const meCommand: CommandModule<z.infer<typeof args>> = {
  name: 'me',
  aliases: ['stats', 'mystats'],
  summary: 'How ready you are by exam domain, what to study next, your streaks and exam countdown',
  usage: '/aws me',
  examples: ['/aws me'],
  options: [],
  args,
  fromWords: () => ({}),
  run(_args, context) {
    return needsStudy(context).me(context.request.actor, context.request.place);
  },
};
