import type { ModelAreaInput } from '../schema.js';

export const serverlessArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
