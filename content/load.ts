import { z } from 'zod';
import { loadModel, type Model } from './model/load-model.js';
import type { ModelAreaInput } from './model/schema.js';
import { comparisonSchema, topicSchema, type Comparison, type Topic } from './schema.js';
import { outOfScopeSchema, type OutOfScopeService } from './out-of-scope.js';

/** Raised when content fails validation; the message names the file and the field. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}

export interface Content {
  readonly topics: readonly Topic[];
  readonly byId: ReadonlyMap<string, Topic>;
  readonly comparisons: readonly Comparison[];
  /** The requirements model the question engine proves its questions against (content/model). */
  readonly model: Model;
  /** AWS services the bot does not cover, so it can say so instead of guessing (content/out-of-scope.ts). */
  readonly outOfScope: readonly OutOfScopeService[];
}

function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('\n');
}

/**
 * Validates raw topic and comparison modules (keyed by file name) and checks what zod cannot:
 * unique ids, aliases owned by one topic only, and links that point at real topics.
 */
export function loadContent(
  topicModules: Readonly<Record<string, unknown>>,
  comparisonModules: Readonly<Record<string, readonly unknown[]>> = {},
  modelAreas: Readonly<Record<string, ModelAreaInput>> = {},
  outOfScopeCatalog: readonly unknown[] = [],
): Content {
  const problems: string[] = [];
  const topics: Topic[] = [];
  const fileOf = new Map<string, string>();

  for (const [file, raw] of Object.entries(topicModules)) {
    const parsed = topicSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(describeIssues(file, parsed.error));
      continue;
    }
    const earlier = fileOf.get(parsed.data.id);
    if (earlier) problems.push(`${file}: field "id": "${parsed.data.id}" is already used by ${earlier}`);
    fileOf.set(parsed.data.id, file);
    topics.push(parsed.data);
  }

  const aliasOwner = new Map<string, string>();
  for (const topic of topics) {
    const file = fileOf.get(topic.id) ?? topic.id;
    for (const [i, alias] of [topic.name.toLowerCase(), ...topic.aliases].entries()) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== topic.id) {
        problems.push(`${file}: field "aliases.${i - 1}": "${alias}" also names topic "${owner}"`);
      }
      aliasOwner.set(alias, topic.id);
    }
    topic.related.forEach((id, i) => {
      if (!fileOf.has(id)) problems.push(`${file}: field "related.${i}": no topic has id "${id}"`);
    });
  }

  const comparisons: Comparison[] = [];
  for (const [file, list] of Object.entries(comparisonModules)) {
    list.forEach((raw, index) => {
      const parsed = comparisonSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(describeIssues(`${file}[${index}]`, parsed.error));
        return;
      }
      for (const side of ['a', 'b'] as const) {
        if (!fileOf.has(parsed.data[side])) {
          problems.push(`${file}[${index}]: field "${side}": no topic has id "${parsed.data[side]}"`);
        }
      }
      comparisons.push(parsed.data);
    });
  }

  if (problems.length > 0) {
    throw new ContentError(`The study content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  const outOfScope: OutOfScopeService[] = [];
  const coveredNames = new Set([...aliasOwner.keys()]);
  outOfScopeCatalog.forEach((raw, i) => {
    const parsed = outOfScopeSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(describeIssues(`content/out-of-scope.ts[${i}]`, parsed.error));
    for (const name of parsed.data.names) {
      if (coveredNames.has(name.toLowerCase())) problems.push(`content/out-of-scope.ts[${i}]: "${name}" names a covered topic (${aliasOwner.get(name.toLowerCase())})`);
    }
    parsed.data.related.forEach((id) => {
      if (!fileOf.has(id)) problems.push(`content/out-of-scope.ts[${i}]: related "${id}" is not a topic`);
    });
    outOfScope.push(parsed.data);
  });
  if (problems.length > 0) {
    throw new ContentError(`The study content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  topics.sort((x, y) => x.name.localeCompare(y.name));
  const model = loadModel(modelAreas, new Set(fileOf.keys()));
  return Object.freeze({
    topics: Object.freeze(topics),
    byId: new Map(topics.map((t) => [t.id, t])),
    comparisons: Object.freeze(comparisons),
    model,
    outOfScope: Object.freeze(outOfScope),
  });
}
