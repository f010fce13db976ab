import type { ModelAreaInput } from '../schema.js';

export const conceptsArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
