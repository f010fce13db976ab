import { z } from 'zod';
import type { CommandModule } from './command-module.js';
import { needsQuiz } from './needs-quiz.js';

const MODES = ['more', 'mistakes'] as const;

const args = z.object({
  mode: z.enum(MODES, { error: 'choose more or mistakes' }).optional(),
});

export const quizCommand: CommandModule<z.infer<typeof args>> = {
  name: 'quiz',
  aliases: ['practice', 'question'],
  summary: 'A personal practice question: reviews and new topics, or redo your mistakes',
  usage: '/aws quiz [more|mistakes]',
  examples: ['/aws quiz', '/aws quiz more', '/aws quiz mistakes'],
  options: [{
    name: 'mode', description: 'more: keep going after today\'s practice; mistakes: redo questions you got wrong', kind: 'choice', required: false, choices: MODES,
  }],
  args,
  async run({ mode }, context) {
    const quiz = needsQuiz(context);
    const { actor, place } = context.request;
    const settings = context.study ? await context.study.practiceOptions(actor, place) : {};
    if (mode === 'mistakes') return quiz.redoMistake(actor, place, settings);
    return quiz.startPractice(actor, place, { ...settings, more: mode === 'more' });
  },
};
