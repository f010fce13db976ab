import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsQuiz } from './needs-quiz.js';

const PERIODS = ['week', 'month', 'all'] as const;

const args = z.object({
  period: z.enum(PERIODS, { error: 'choose week, month or all' }).default('all'),
});

export const topCommand: CommandModule<z.infer<typeof args>> = {
  name: 'top',
  aliases: ['leaderboard', 'scores', 'rank'],
  summary: 'The leaderboard of this workspace or server, with your own rank',
  usage: '/aws top [week|month|all]',
  examples: ['/aws top', '/aws top week'],
  options: [{ name: 'period', description: 'week, month or all (default all)', kind: 'choice', required: false, choices: PERIODS }],
  args,
  run({ period }, context) {
    return needsQuiz(context).leaderboard(context.request.actor, context.request.place, period);
  },
};
