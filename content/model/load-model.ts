import { z } from 'zod';
import {
  choiceSchema, frameSchema, requirementSchema, tieBreakerSchema,
  type Choice, type Frame, type ModelAreaInput, type Requirement, type TieBreakerId,
} from './schema.js';

/** Raised when the model is inconsistent; the message names the file and what is wrong. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

export interface TieBreaker {
  readonly id: TieBreakerId;
  readonly levels: ReadonlyMap<string, { readonly level: number; readonly effort?: string | undefined }>;
}

export interface Model {
  readonly choices: ReadonlyMap<string, Choice>;
  readonly requirements: ReadonlyMap<string, Requirement & { readonly cuePatterns: readonly RegExp[] }>;
  readonly tieBreakers: ReadonlyMap<TieBreakerId, TieBreaker>;
  readonly frames: readonly Frame[];
  /** Which file each frame came from, for error messages. */
  readonly fileOfFrame: ReadonlyMap<string, string>;
}

function issues(where: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${where}: field "${i.path.join('.') || '(root)'}": ${i.message}`);
}

/**
 * Validates and merges the model's files. Checks what zod cannot: unique ids, references to real
 * choices, requirements and topics, and no choice both meeting and failing one requirement.
 */
export function loadModel(areas: Readonly<Record<string, ModelAreaInput>>, topicIds: ReadonlySet<string>): Model {
  const problems: string[] = [];
  const choices = new Map<string, Choice>();
  const requirements = new Map<string, Requirement & { cuePatterns: RegExp[] }>();
  const levels = new Map<TieBreakerId, Map<string, { level: number; effort?: string | undefined }>>();
  const frames: Frame[] = [];
  const fileOfFrame = new Map<string, string>();
  const fileOfRequirement = new Map<string, string>();

  for (const [file, area] of Object.entries(areas)) {
    (area.choices ?? []).forEach((raw, i) => {
      const parsed = choiceSchema.safeParse(raw);
      if (!parsed.success) return void problems.push(...issues(`${file} choices[${i}]`, parsed.error));
      if (choices.has(parsed.data.id)) problems.push(`${file} choices[${i}]: choice "${parsed.data.id}" is defined twice`);
      choices.set(parsed.data.id, parsed.data);
    });
    (area.requirements ?? []).forEach((raw, i) => {
      const parsed = requirementSchema.safeParse(raw);
      if (!parsed.success) return void problems.push(...issues(`${file} requirements[${i}]`, parsed.error));
      const r = parsed.data;
      if (requirements.has(r.id)) problems.push(`${file} requirements[${i}]: requirement "${r.id}" is defined twice`);
      const cuePatterns: RegExp[] = [];
      for (const cue of r.cues) {
        try {
          cuePatterns.push(new RegExp(cue, 'i'));
        } catch {
          problems.push(`${file} requirement "${r.id}": cue /${cue}/ is not a valid regular expression`);
        }
      }
      requirements.set(r.id, { ...r, cuePatterns });
      fileOfRequirement.set(r.id, file);
    });
    (area.tieBreakers ?? []).forEach((raw, i) => {
      const parsed = tieBreakerSchema.safeParse(raw);
      if (!parsed.success) return void problems.push(...issues(`${file} tieBreakers[${i}]`, parsed.error));
      const merged = levels.get(parsed.data.id) ?? new Map();
      for (const [choice, level] of Object.entries(parsed.data.levels)) {
        if (merged.has(choice)) problems.push(`${file} tie-breaker "${parsed.data.id}": "${choice}" is ranked twice`);
        if (level.level > 1 && !level.effort) problems.push(`${file} tie-breaker "${parsed.data.id}": "${choice}" needs an effort clause above level 1`);
        merged.set(choice, level);
      }
      levels.set(parsed.data.id, merged);
    });
    (area.frames ?? []).forEach((raw, i) => {
      const parsed = frameSchema.safeParse(raw);
      if (!parsed.success) return void problems.push(...issues(`${file} frames[${i}]`, parsed.error));
      if (fileOfFrame.has(parsed.data.id)) problems.push(`${file} frames[${i}]: frame "${parsed.data.id}" is defined twice`);
      fileOfFrame.set(parsed.data.id, file);
      frames.push(parsed.data);
    });
  }

  const needChoice = (where: string, id: string) => {
    if (!choices.has(id)) problems.push(`${where}: no choice has id "${id}"`);
  };
  for (const c of choices.values()) {
    c.partOf.forEach((id) => needChoice(`choice "${c.id}" partOf`, id));
    c.runsOn.forEach((id) => needChoice(`choice "${c.id}" runsOn`, id));
    c.hosts.forEach((id) => needChoice(`choice "${c.id}" hosts`, id));
    c.alternativeTo.forEach((id) => needChoice(`choice "${c.id}" alternativeTo`, id));
    const topic = c.topic ?? (topicIds.has(c.id) ? c.id : undefined);
    if (c.topic && !topicIds.has(c.topic)) problems.push(`choice "${c.id}": no topic has id "${c.topic}"`);
    if (!topic && c.group === 'service') problems.push(`choice "${c.id}": a service needs a topic to study`);
  }
  for (const r of requirements.values()) {
    const where = `${fileOfRequirement.get(r.id)} requirement "${r.id}"`;
    Object.keys(r.meets).forEach((id) => needChoice(`${where} meets`, id));
    Object.keys(r.fails).forEach((id) => {
      needChoice(`${where} fails`, id);
      if (id in r.meets) problems.push(`${where}: "${id}" both meets and fails it`);
    });
  }
  for (const [id, ranked] of levels) {
    for (const choice of ranked.keys()) needChoice(`tie-breaker "${id}"`, choice);
  }
  for (const f of frames) {
    const where = `${fileOfFrame.get(f.id)} frame "${f.id}"`;
    f.requirements.forEach((id) => {
      if (!requirements.has(id)) problems.push(`${where}: no requirement has id "${id}"`);
    });
    const keys = typeof f.key === 'string' ? [f.key] : f.key;
    [...keys, ...f.distractors].forEach((id) => needChoice(where, id));
    if (f.topic && !topicIds.has(f.topic)) problems.push(`${where}: no topic has id "${f.topic}"`);
    if (f.tieBreaker && !levels.has(f.tieBreaker)) problems.push(`${where}: no levels for tie-breaker "${f.tieBreaker}"`);
  }

  if (problems.length > 0) {
    throw new ModelError(`The question model has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  const tieBreakers = new Map<TieBreakerId, TieBreaker>([...levels].map(([id, l]) => [id, { id, levels: l }]));
  return Object.freeze({ choices, requirements, tieBreakers, frames: Object.freeze(frames), fileOfFrame });
}
