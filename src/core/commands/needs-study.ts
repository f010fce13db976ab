import { UserError } from '../errors.js';
import type { StudyService } from '../study/study-service.js';
import type { CommandContext } from './command-module.js';

export function needsStudy(context: CommandContext): StudyService {
  if (!context.study) throw new UserError('no-quiz', 'Study stats are switched off in this run of the bot.');
  return context.study;
}
