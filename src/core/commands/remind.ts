import { z } from 'zod';
import { UserError } from '../errors.js';
import type { CommandModule } from './command-module.js';

const args = z.object({ settings: z.string().max(100, 'that is too long; try `/aws remind on 18:00`').optional() });

export const remindCommand: CommandModule<z.infer<typeof args>> = {
  name: 'remind',
  aliases: ['reminder', 'reminders'],
  summary: 'A DM when reviews are due or your streak is at risk (on [HH:MM] [zone], off)',
  usage: '/aws remind [on [HH:MM] [timezone] | off]',
  examples: ['/aws remind on', '/aws remind on 07:30 Europe/Berlin', '/aws remind off'],
  options: [{ name: 'settings', description: 'on [HH:MM] [timezone], or off; empty shows your setting', kind: 'text', required: false }],
  args,
  run({ settings }, context) {
    if (!context.remind) throw new UserError('no-remind', 'Reminders are switched off in this run of the bot.');
    return context.remind.command(context.request.actor, context.request.place, (settings ?? '').split(/\s+/));
  },
};
