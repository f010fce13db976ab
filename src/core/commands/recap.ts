import { z } from 'zod';
import { UserError } from '../errors.js';
import type { CommandModule } from './command-module.js';

const WHICH = ['now'] as const;

const args = z.object({
  week: z.enum(WHICH, { error: 'after `/aws recap` I only know `now` (this week so far)' }).optional(),
});

export const recapCommand: CommandModule<z.infer<typeof args>> = {
  name: 'recap',
  summary: 'The channel\'s week: answers, accuracy, weakest topics, hardest question, movers, exams',
  usage: '/aws recap [now]',
  examples: ['/aws recap', '/aws recap now'],
  options: [{ name: 'week', description: 'now: this week so far (default: last week)', kind: 'choice', required: false, choices: WHICH }],
  args,
  fromWords: (words) => ({ week: words.length > 0 ? words.join(' ').toLowerCase() : undefined }),
  run({ week }, context) {
    if (!context.recap) throw new UserError('no-recap', 'The weekly recap is switched off in this run of the bot.');
    return context.recap.command(context.request.place, week ? [week] : []);
  },
};
