import { loadContent, type Content } from './load.js';
import { lambda } from './topics/lambda.js';

/** Every topic module, keyed by file so a validation error names the file. */
const TOPIC_MODULES = {
  'content/topics/lambda.ts': lambda,
} as const;

const COMPARISON_MODULES = {} as const;

let cached: Content | undefined;

/** The validated study content. Loaded once; a content error stops the bot at start. */
export function studyContent(): Content {
  cached ??= loadContent(TOPIC_MODULES, COMPARISON_MODULES);
  return cached;
}
