import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsStudy } from './needs-study.js';

const args = z.object({ count: z.string().max(20, 'give a number from 0 to 20').optional() });

export const newTopicsCommand: CommandModule<z.infer<typeof args>> = {
  name: 'new-topics',
  aliases: ['newtopics'],
  summary: 'How many new topics practice brings in a day (default 5)',
  usage: '/aws new-topics <0-20 | default>',
  examples: ['/aws new-topics 3', '/aws new-topics default'],
  options: [{ name: 'count', description: 'New topics a day, 0 to 20, or "default"', kind: 'text', required: false }],
  args,
  run({ count }, context) {
    return needsStudy(context).setNewTopicsPerDay(context.request.actor, context.request.place, count);
  },
};
