import type { QuestionBank } from './question.js';

/**
 * A bank built on first use. A one-shot lookup (`npm start -- "/aws lambda"`) never asks a question,
 * so it should not pay for proving 500-odd of them at start-up.
 */
export function lazyBank(build: () => QuestionBank, onBuilt?: (bank: QuestionBank) => void): QuestionBank {
  let built: QuestionBank | undefined;
  const bank = (): QuestionBank => {
    if (!built) {
      built = build();
      onBuilt?.(built);
    }
    return built;
  };
  return {
    get all() { return bank().all; },
    get problems() { return bank().problems; },
    byId: (id) => bank().byId(id),
    forTopic: (topicId) => bank().forTopic(topicId),
  };
}
