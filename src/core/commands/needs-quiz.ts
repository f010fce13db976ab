import { UserError } from '../errors.js';
import type { QuizService } from '../quiz/quiz-service.js';
import type { CommandContext } from './command-module.js';

export function needsQuiz(context: CommandContext): QuizService {
  if (!context.quiz) throw new UserError('no-quiz', 'Quizzes and scores are switched off in this run of the bot.');
  return context.quiz;
}
