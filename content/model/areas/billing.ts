import type { ModelAreaInput } from '../schema.js';

export const billingArea: ModelAreaInput = {
  choices: [],
  requirements: [],
  frames: [],
};
