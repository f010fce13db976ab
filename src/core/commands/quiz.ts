import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsQuiz } from './needs-quiz.js';

const args = z.object({});

export const quizCommand: CommandModule<z.infer<typeof args>> = {
  name: 'quiz',
  aliases: ['practice', 'question'],
  summary: 'A personal practice question, picked by spaced repetition',
  usage: '/aws quiz',
  examples: ['/aws quiz'],
  options: [],
  args,
  fromWords: () => ({}),
  run(_args, context) {
    return needsQuiz(context).startPractice(context.request.actor, context.request.place);
  },
};
