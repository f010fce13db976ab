import type { ExamDomainId } from '../../../content/schema.js';
import type { QuestionKind } from '../../../content/model/schema.js';

export type { QuestionKind } from '../../../content/model/schema.js';

/** One option of a question, with the reason it is right or wrong. */
export interface QuestionOption {
  /** The model's choice id. */
  readonly choiceId: string;
  /** The topic to study for this option, when it has one. */
  readonly topicId?: string;
  readonly label: string;
  readonly correct: boolean;
  /** Names the stated requirement the option meets or fails. */
  readonly explanation: string;
}

/** What a member picks: one option, or a pair of options for a "Select TWO" item. */
export interface AnswerChoice {
  readonly label: string;
  readonly optionIndexes: readonly number[];
}

/** A generated exam-style question, proven against the requirements model. */
export interface Question {
  /** Stable: a hash of the question's text and options, never of its position in the bank. */
  readonly id: string;
  /** The topic a member should study after this question. */
  readonly topicId: string;
  readonly domain: ExamDomainId;
  readonly kind: QuestionKind;
  /** The hand-written item this question is one wording of. */
  readonly frameId: string;
  /** Requirement ids the stem states (and the tie-breaker, when there is one). */
  readonly requirements: readonly string[];
  /** The stem, ending with the question sentence. */
  readonly scenario: string;
  /** Four options, or five for a "Select TWO" item. */
  readonly options: readonly QuestionOption[];
  /** How many options make the answer: 1, or 2 for "Select TWO". */
  readonly pick: 1 | 2;
  /** Indexes of the right options. */
  readonly keys: readonly number[];
  /** The buttons: one per option, or one per pair of options for "Select TWO". */
  readonly choices: readonly AnswerChoice[];
  /** Index into `choices` of the right answer. */
  readonly answerIndex: number;
}

export interface QuestionBank {
  readonly all: readonly Question[];
  byId(id: string): Question | undefined;
  forTopic(topicId: string): readonly Question[];
  /** Questions the engine refused to emit, each with the reason; empty when the content is sound. */
  readonly problems: readonly string[];
}
