import type { ModelAreaInput } from '../schema.js';

export const devopsArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
