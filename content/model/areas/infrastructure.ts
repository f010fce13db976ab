import type { ModelAreaInput } from '../schema.js';

export const infrastructureArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
