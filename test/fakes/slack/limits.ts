/**
 * Slack's documented limits (shared/guide/testing-platforms.md and the Block Kit reference,
 * api.slack.com/reference/block-kit), written out here and never read from the code under test: the
 * fake refuses by them and the render tests check against them.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3_000,
  sectionFields: 10,
  sectionFieldText: 2_000,
  contextElements: 10,
  contextText: 3_000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  /** chat.postMessage's `text`: longer is msg_too_long. */
  messageText: 40_000,
} as const;
const LIMITS = SLACK_LIMITS;

export interface SlackRefusal {
  readonly error: 'invalid_blocks' | 'msg_too_long';
  readonly errors: readonly string[];
}

type Json = Record<string, unknown>;
const textOf = (value: unknown) => (typeof value === 'object' && value !== null && typeof (value as Json).text === 'string' ? (value as Json).text as string : '');

/** What Slack refuses, checked the way Slack would before a message is accepted: Slack's error code and the reasons, or undefined. */
export function slackRefusal(message: { text?: unknown; blocks?: unknown }): SlackRefusal | undefined {
  if (typeof message.text === 'string' && message.text.length > LIMITS.messageText) return { error: 'msg_too_long', errors: [`text is ${message.text.length} characters`] };
  if (message.blocks === undefined) return undefined;
  const errors = blockProblems(message.blocks);
  return errors.length > 0 ? { error: 'invalid_blocks', errors } : undefined;
}

function blockProblems(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const errors: string[] = [];
  const over = (what: string, length: number, max: number) => { if (length > max) errors.push(`${what}: ${length} > ${max}`); };
  over('blocks', blocks.length, LIMITS.blocks);
  const actionIds = new Set<string>();
  blocks.forEach((raw, i) => {
    const block = (raw ?? {}) as Json;
    const at = `blocks[${i}] (${String(block.type)})`;
    switch (block.type) {
      case 'header':
        over(`${at}.text`, textOf(block.text).length, LIMITS.headerText);
        break;
      case 'section': {
        const fields = Array.isArray(block.fields) ? block.fields : [];
        if (block.text === undefined && fields.length === 0) errors.push(`${at}: needs text or fields`);
        if (block.text !== undefined && textOf(block.text).length === 0) errors.push(`${at}.text: must not be empty`);
        over(`${at}.text`, textOf(block.text).length, LIMITS.sectionText);
        over(`${at}.fields`, fields.length, LIMITS.sectionFields);
        fields.forEach((f, j) => over(`${at}.fields[${j}]`, textOf(f).length, LIMITS.sectionFieldText));
        break;
      }
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        over(`${at}.elements`, elements.length, LIMITS.contextElements);
        elements.forEach((e, j) => over(`${at}.elements[${j}]`, textOf(e).length, LIMITS.contextText));
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements as Json[] : [];
        over(`${at}.elements`, elements.length, LIMITS.actionsElements);
        elements.forEach((e, j) => {
          const id = typeof e.action_id === 'string' ? e.action_id : '';
          over(`${at}.elements[${j}].text`, textOf(e.text).length, LIMITS.buttonText);
          over(`${at}.elements[${j}].value`, typeof e.value === 'string' ? e.value.length : 0, LIMITS.buttonValue);
          over(`${at}.elements[${j}].action_id`, id.length, LIMITS.actionId);
          if (id && actionIds.has(id)) errors.push(`${at}.elements[${j}].action_id: ${id} repeats`);
          actionIds.add(id);
        });
        break;
      }
      default:
        break;
    }
  });
  return errors;
}
