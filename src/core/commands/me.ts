import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsQuiz } from './needs-quiz.js';

const args = z.object({});

export const meCommand: CommandModule<z.infer<typeof args>> = {
  name: 'me',
  aliases: ['stats', 'mystats'],
  summary: 'Your score, rank, streaks, accuracy and weakest topics',
  usage: '/aws me',
  examples: ['/aws me'],
  options: [],
  args,
  fromWords: () => ({}),
  run(_args, context) {
    return needsQuiz(context).me(context.request.actor, context.request.place);
  },
};
