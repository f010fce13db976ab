import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsStudy } from './needs-study.js';

const args = z.object({ date: z.string().max(100, 'that is too long for a date').optional() });

export const examDateCommand: CommandModule<z.infer<typeof args>> = {
  name: 'exam-date',
  aliases: ['examdate', 'exam-day'],
  summary: 'Set your exam day (or clear it); /aws me counts down; "show" shares the countdown with the channel',
  usage: '/aws exam-date <YYYY-MM-DD | clear> [show | hide]',
  examples: ['/aws exam-date 2027-01-15', '/aws exam-date 2027-01-15 show', '/aws exam-date hide', '/aws exam-date clear'],
  options: [{ name: 'date', description: 'Your exam day as YYYY-MM-DD, or "clear"; "show"/"hide" shares it in the daily post and recap', kind: 'text', required: false }],
  args,
  run({ date }, context) {
    return needsStudy(context).setExamDate(context.request.actor, context.request.place, date);
  },
};
