import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseExamRequest } from '../exam/exam-request.js';
import type { CommandModule } from './command-module.js';

const args = z.object({ size: z.string().optional(), minutes: z.string().optional() });

export const examCommand: CommandModule<z.infer<typeof args>> = {
  name: 'exam',
  aliases: ['mock'],
  summary: 'A timed mock exam in the CLF-C02 domain mix, just for you',
  usage: '/aws exam [questions] [minutes] | full | submit',
  examples: ['/aws exam', '/aws exam 40 60', '/aws exam full', '/aws exam submit'],
  options: [
    { name: 'size', description: 'How many questions (1 to 65), "full" for 65 in 90 minutes, or "submit"', kind: 'text', required: false },
    { name: 'minutes', description: 'How long, in minutes (default: 1.5 per question)', kind: 'text', required: false },
  ],
  args,
  fromWords: (words) => ({ size: words[0], minutes: words.slice(1).join(' ') || undefined }),
  run({ size, minutes }, context) {
    if (!context.exam) throw new UserError('no-exam', 'Mock exams are switched off in this run of the bot.');
    return context.exam.command(context.request.actor, context.request.place, parseExamRequest(size, minutes));
  },
};
