/**
 * Discord's documented limits (shared/guide/testing-platforms.md; the footer and embed count from
 * discord.com/developers/docs/resources/message#embed-object-embed-limits), written out here and never
 * read from the code under test: the fake refuses by them and the render tests check against them.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embeds: 10,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  embedTotal: 6_000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceText: 100,
} as const;
const LIMITS = DISCORD_LIMITS;

type Json = Record<string, unknown>;

export interface DiscordRefusal {
  readonly code: 50035;
  readonly message: 'Invalid Form Body';
  readonly errors: Record<string, { _errors: Array<{ code: string; message: string }> }>;
}

const len = (value: unknown) => (typeof value === 'string' ? value.length : 0);

/**
 * What Discord refuses, checked the way Discord would before a message is accepted: Discord's 400 body
 * (code 50035, Invalid Form Body, with the failing paths in `errors`), or undefined.
 * A message body (channel post, edit, webhook follow-up) or an interaction callback ({ type, data }). */
export function discordRefusal(body: unknown, isCallback: boolean): DiscordRefusal | undefined {
  const problems: Array<[string, string]> = [];
  const over = (path: string, length: number, max: number) => { if (length > max) problems.push([path, `Must be ${max} or fewer in length.`]); };
  const root = (body ?? {}) as Json;
  const prefix = isCallback ? 'data.' : '';
  const message = (isCallback ? root.data ?? {} : root) as Json;
  if (isCallback && root.type === 8) {
    const choices = Array.isArray(message.choices) ? message.choices as Json[] : [];
    over(`${prefix}choices`, choices.length, LIMITS.autocompleteChoices);
    choices.forEach((c, i) => { over(`${prefix}choices.${i}.name`, len(c.name), LIMITS.choiceText); over(`${prefix}choices.${i}.value`, len(c.value), LIMITS.choiceText); });
  } else {
    over(`${prefix}content`, len(message.content), LIMITS.content);
    const embeds = Array.isArray(message.embeds) ? message.embeds as Json[] : [];
    over(`${prefix}embeds`, embeds.length, LIMITS.embeds);
    let total = 0;
    embeds.forEach((embed, i) => {
      const at = `${prefix}embeds.${i}`;
      const fields = Array.isArray(embed.fields) ? embed.fields as Json[] : [];
      const footer = len((embed.footer as Json | undefined)?.text);
      over(`${at}.title`, len(embed.title), LIMITS.title);
      over(`${at}.description`, len(embed.description), LIMITS.description);
      over(`${at}.footer.text`, footer, LIMITS.footer);
      over(`${at}.fields`, fields.length, LIMITS.fields);
      fields.forEach((f, j) => {
        if (len(f.name) === 0 || len(f.value) === 0) problems.push([`${at}.fields.${j}`, 'This field is required']);
        over(`${at}.fields.${j}.name`, len(f.name), LIMITS.fieldName);
        over(`${at}.fields.${j}.value`, len(f.value), LIMITS.fieldValue);
      });
      total += len(embed.title) + len(embed.description) + footer + fields.reduce((sum, f) => sum + len(f.name) + len(f.value), 0);
    });
    over(`${prefix}embeds`, total, LIMITS.embedTotal);
    const rows = Array.isArray(message.components) ? message.components as Json[] : [];
    over(`${prefix}components`, rows.length, LIMITS.rows);
    const ids = new Set<string>();
    rows.forEach((row, i) => {
      const buttons = Array.isArray(row.components) ? row.components as Json[] : [];
      if (buttons.length === 0) problems.push([`${prefix}components.${i}.components`, 'Must be between 1 and 5 in length.']);
      over(`${prefix}components.${i}.components`, buttons.length, LIMITS.buttonsPerRow);
      buttons.forEach((b, j) => {
        const at = `${prefix}components.${i}.components.${j}`;
        over(`${at}.label`, len(b.label), LIMITS.buttonLabel);
        over(`${at}.custom_id`, len(b.custom_id), LIMITS.customId);
        const id = typeof b.custom_id === 'string' ? b.custom_id : '';
        if (ids.has(id)) problems.push([`${at}.custom_id`, 'Component custom id cannot be duplicated']);
        ids.add(id);
      });
    });
  }
  if (problems.length === 0) return undefined;
  return {
    code: 50035,
    message: 'Invalid Form Body',
    errors: Object.fromEntries(problems.map(([path, text]) => [path, { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: text }] }])),
  };
}
