import { EXAM_DOMAINS, type ExamDomainId } from '../../../content/schema.js';

/**
 * One colour per CLF-C02 domain, the same in every chart, from the Okabe-Ito palette so the four stay
 * apart for colour-blind members too.
 */
export const DOMAIN_COLOURS: Readonly<Record<ExamDomainId, string>> = {
  'cloud-concepts': '#0072B2',
  'security-and-compliance': '#D55E00',
  'technology-and-services': '#009E73',
  'billing-pricing-support': '#CC79A7',
};

/** One word per domain, for axis labels where the full name does not fit. */
const SHORT_NAMES: Readonly<Record<ExamDomainId, string>> = {
  'cloud-concepts': 'Concepts',
  'security-and-compliance': 'Security',
  'technology-and-services': 'Technology',
  'billing-pricing-support': 'Billing',
};

/** The domains in the exam guide's order, with their names and colours. */
export const CHART_DOMAINS = (Object.keys(EXAM_DOMAINS) as ExamDomainId[])
  .map((id) => ({ id, name: EXAM_DOMAINS[id].name, shortName: SHORT_NAMES[id], colour: DOMAIN_COLOURS[id] }));
