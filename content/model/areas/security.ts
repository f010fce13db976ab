import type { ModelAreaInput } from '../schema.js';

export const securityArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
