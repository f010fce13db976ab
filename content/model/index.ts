import { billingArea } from './areas/billing.js';
import { computeArea } from './areas/compute.js';
import { conceptsArea } from './areas/concepts.js';
import { containersArea } from './areas/containers.js';
import { devopsArea } from './areas/devops.js';
import { infrastructureArea } from './areas/infrastructure.js';
import { securityArea } from './areas/security.js';
import { serverlessArea } from './areas/serverless.js';
import { sharedChoices } from './choices.js';
import type { ModelAreaInput } from './schema.js';

/** Every file of the requirements model, keyed by file so an error names it. Add new areas here. */
export const MODEL_AREAS: Readonly<Record<string, ModelAreaInput>> = {
  'content/model/choices.ts': sharedChoices,
  'content/model/areas/billing.ts': billingArea,
  'content/model/areas/compute.ts': computeArea,
  'content/model/areas/concepts.ts': conceptsArea,
  'content/model/areas/containers.ts': containersArea,
  'content/model/areas/devops.ts': devopsArea,
  'content/model/areas/infrastructure.ts': infrastructureArea,
  'content/model/areas/security.ts': securityArea,
  'content/model/areas/serverless.ts': serverlessArea,
};
