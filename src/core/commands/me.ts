import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsStudy } from './needs-study.js';

const VIEWS = ['chart'] as const;

const args = z.object({
  view: z.enum(VIEWS, { error: 'after `/aws me` I only know `chart`' }).optional(),
});

export const meCommand: CommandModule<z.infer<typeof args>> = {
  name: 'me',
  aliases: ['stats', 'mystats'],
  summary: 'How ready you are by exam domain, what to study next, your streaks and exam countdown',
  usage: '/aws me [chart]',
  examples: ['/aws me', '/aws me chart'],
  options: [{ name: 'view', description: 'chart: a picture of your accuracy per exam domain, week by week', kind: 'choice', required: false, choices: VIEWS }],
  args,
  fromWords: (words) => ({ view: words.length > 0 ? words.join(' ').toLowerCase() : undefined }),
  run({ view }, context) {
    const study = needsStudy(context);
    return view === 'chart' ? study.meChart(context.request.actor, context.request.place) : study.me(context.request.actor, context.request.place);
  },
};
