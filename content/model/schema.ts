import { z } from 'zod';
import { EXAM_DOMAINS, type ExamDomainId } from '../schema.js';

/**
 * The requirements model the question engine reasons over.
 *
 * A *choice* is anything that can sit behind an answer button: a service ("AWS Fargate"), a way to use
 * one ("Amazon ECS on EC2 instances you manage"), a purchase option, a cloud concept, a task in the
 * shared responsibility model, or a statement. A *requirement* is something a stem states ("the jobs
 * run for several hours"). Each requirement lists, explicitly, the choices that meet it and the choices
 * that clearly fail it, with the reason in words that are true of that choice. A choice a requirement
 * does not mention is undecided for it and can never be ruled out by it.
 *
 * A *frame* is one exam item written by hand in several wordings: the requirements its stems state,
 * its key, and the distractors a candidate might plausibly pick. The engine proves every emitted
 * question against the model (the key meets every stated requirement, every other option clearly fails
 * one) and writes each explanation from the requirement at stake, so explanations are true by
 * construction and a content mistake fails the build instead of reaching a channel.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by "-"');
/** A clause that continues a sentence: starts lower case (or with a name), no full stop at the end. */
const clause = z.string().trim().min(5).max(260).refine((s) => !/[.]$/.test(s), 'no full stop at the end: it is joined into a sentence');

export const CHOICE_GROUPS = {
  service: 'an AWS service or a way to run one',
  'purchase-option': 'a way to pay for EC2 capacity',
  concept: 'a cloud concept or benefit',
  infrastructure: 'a part of the AWS global infrastructure',
  task: 'a task in the shared responsibility model',
  statement: 'a statement that is true or false',
} as const;
export type ChoiceGroup = keyof typeof CHOICE_GROUPS;
const groupIds = Object.keys(CHOICE_GROUPS) as [ChoiceGroup, ...ChoiceGroup[]];

export const choiceSchema = z.object({
  id: slug,
  /** What the button and the option list show. Services use their full AWS name. */
  label: z.string().trim().min(2).max(160),
  group: z.enum(groupIds),
  /** The topic to study for this choice (`/aws <topic>`); defaults to the choice's id when a topic has it. */
  topic: slug.optional(),
  /** Choices this one is a part or a feature of (Parameter Store is part of Systems Manager). */
  partOf: z.array(slug).default([]),
  /** Choices this one runs on or is a way of using (ECS on Fargate runs on Fargate; Batch runs on EC2 or Fargate). */
  runsOn: z.array(slug).default([]),
  /** Choices that run on or are delivered through this one (an Outpost hosts EC2 instances and ECS tasks). */
  hosts: z.array(slug).default([]),
  /**
   * Choices a candidate weighs against this one for the same job (ECS and EKS; SQS and SNS). They make
   * the most plausible distractors, and unlike parts and hosts they may stand next to each other.
   */
  alternativeTo: z.array(slug).default([]),
  /** Never the key of a question: retired, out of the exam's scope, or not listed in the exam guide. */
  neverKey: z.boolean().default(false),
  /**
   * Words or phrases that give this choice away; a stem whose key this is never contains one. By
   * default every word of the label but "AWS", "Amazon" and little words.
   */
  names: z.array(z.string().trim().toLowerCase().min(2)).optional(),
});
export type ChoiceInput = z.input<typeof choiceSchema>;
export type Choice = z.output<typeof choiceSchema>;

const verdicts = z.record(slug, z.union([z.literal(true), clause]));

export const requirementSchema = z.object({
  id: slug,
  /**
   * What the stem asks, as a clause for explanations: "the jobs run for several hours". A wrong
   * option's explanation reads "<why it fails>, but <need>." Left out where the failing clause says it
   * all (a false statement's correction).
   */
  need: clause.optional(),
  /**
   * What a choice that meets it does, completing "It …": "runs each job for as long as it needs".
   * A choice may give its own wording in `meets`.
   */
  met: clause,
  /**
   * Regular expressions (case-insensitive); every stem that states this requirement must match one,
   * so a frame cannot claim a requirement its wording never states.
   */
  cues: z.array(z.string().min(2)).min(1),
  /** Choices that meet it: `true` for the generic `met` wording, or their own clause ("runs each task on Fargate with no servers"). */
  meets: verdicts.default({}),
  /**
   * Choices that clearly fail it, each with a clause that is true of that choice and says why:
   * "a Lambda function stops after at most 15 minutes".
   */
  fails: z.record(slug, clause).default({}),
});
export type RequirementInput = z.input<typeof requirementSchema>;
export type Requirement = z.output<typeof requirementSchema>;

/**
 * A tie-breaker for when several options meet the hard requirements: the exam's "with the LEAST
 * operational overhead". Each ranked choice has a level (1 = least effort) and, for levels above 1,
 * a clause naming the effort it leaves to the customer.
 */
export const TIE_BREAKERS = {
  'least-operational-overhead': 'the LEAST operational overhead',
} as const;
export type TieBreakerId = keyof typeof TIE_BREAKERS;

export const tieBreakerSchema = z.object({
  id: z.enum(Object.keys(TIE_BREAKERS) as [TieBreakerId, ...TieBreakerId[]]),
  levels: z.record(slug, z.object({ level: z.number().int().min(1).max(9), effort: clause.optional() })),
});
export type TieBreakerInput = z.input<typeof tieBreakerSchema>;

export const QUESTION_KINDS = {
  scenario: 'Which service fits this scenario?',
  purchase: 'Which purchase option fits?',
  responsibility: 'Shared responsibility: who does what?',
  statement: 'Which statement is true?',
  concept: 'Which cloud concept is this?',
  infrastructure: 'Which part of the global infrastructure fits?',
} as const;
export type QuestionKind = keyof typeof QUESTION_KINDS;
const kindIds = Object.keys(QUESTION_KINDS) as [QuestionKind, ...QuestionKind[]];
const domainIds = Object.keys(EXAM_DOMAINS) as [ExamDomainId, ...ExamDomainId[]];

export const frameSchema = z.object({
  id: slug,
  kind: z.enum(kindIds),
  domain: z.enum(domainIds),
  /** The topic a member should study after this question; defaults to the key's topic. */
  topic: slug.optional(),
  /** Requirement ids every stem of this frame states. */
  requirements: z.array(slug).min(1),
  tieBreaker: z.enum(Object.keys(TIE_BREAKERS) as [TieBreakerId, ...TieBreakerId[]]).optional(),
  /** One choice id, or two for a "Select TWO" item. */
  key: z.union([slug, z.tuple([slug, slug])]),
  /** Plausible wrong options, at least three; with more, the stems take turns through them. */
  distractors: z.array(slug).min(3),
  /** The question sentence: "Which AWS service meets these requirements?", "… (Select TWO.)". */
  ask: z.string().trim().min(10).max(200).refine((s) => s.endsWith('?') || s.endsWith('(Select TWO.)'), 'end with "?" or "(Select TWO.)"'),
  /** The scenario in different wordings; each becomes one question. Plain exam English, no answer names. */
  stems: z.array(z.string().trim().min(20).max(700)).min(1),
});
export type FrameInput = z.input<typeof frameSchema>;
export type Frame = z.output<typeof frameSchema>;

/** One file of the model: what it adds to the shared catalog. */
export interface ModelAreaInput {
  readonly choices?: readonly ChoiceInput[];
  readonly requirements?: readonly RequirementInput[];
  readonly tieBreakers?: readonly TieBreakerInput[];
  readonly frames?: readonly FrameInput[];
}
