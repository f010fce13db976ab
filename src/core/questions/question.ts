import type { ExamDomainId } from '../../../content/schema.js';
import type { TraitId } from '../../../content/traits.js';

/** One answer option of a scenario question, with the reason it does or does not fit. */
export interface QuestionOption {
  readonly topicId: string;
  /** The topic's name, as shown on the button. */
  readonly label: string;
  readonly correct: boolean;
  readonly explanation: string;
}

/** A generated "which AWS service fits this scenario?" question. */
export interface Question {
  /** Stable: derived from what the question asks, never from its position in the bank. */
  readonly id: string;
  /** The topic of the right answer. */
  readonly topicId: string;
  readonly domain: ExamDomainId;
  /** The traits the scenario asks for; the right option has all of them, every other option lacks one. */
  readonly traitIds: readonly TraitId[];
  readonly scenario: string;
  /** Exactly four. */
  readonly options: readonly QuestionOption[];
  readonly answerIndex: number;
}

export interface QuestionBank {
  readonly all: readonly Question[];
  byId(id: string): Question | undefined;
  forTopic(topicId: string): readonly Question[];
}
