import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsQuiz } from './needs-quiz.js';

const args = z.object({
  question: z.string({ error: 'tell me which question: its id is in the footer of each answer, like q_1a2b3c4d5e6f' })
    .trim().regex(/^q_[0-9a-f]{12}$/i, 'a question id looks like q_1a2b3c4d5e6f (it is in the footer of each answer)'),
  reason: z.string().trim().max(500, 'keep the reason under 500 characters').optional(),
});

export const reportCommand: CommandModule<z.infer<typeof args>> = {
  name: 'report',
  aliases: ['flag'],
  summary: 'Tell us a question is wrong; it is not asked daily again until it is fixed',
  usage: '/aws report <question id> [what is wrong]',
  examples: ['/aws report q_1a2b3c4d5e6f two answers fit'],
  options: [
    { name: 'question', description: 'The question id from the footer of the answer, like q_1a2b3c4d5e6f', kind: 'text', required: true },
    { name: 'reason', description: 'What is wrong with it (optional)', kind: 'text', required: false },
  ],
  args,
  run({ question, reason }, context) {
    const { actor, place } = context.request;
    return needsQuiz(context).report(actor, place, { questionId: question.toLowerCase() }, reason);
  },
};
