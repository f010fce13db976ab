import type { ModelAreaInput } from '../schema.js';

export const computeArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
