import type { Source } from './schema.js';

/**
 * Facts about the CLF-C02 exam itself, each with the AWS page it was checked against.
 *
 * Only figures confirmed against an AWS page belong here. The question count, time, passing score,
 * question types and domain weights were checked against the CLF-C02 exam guide for the course's content
 * notes (shared/content-notes.md, November 2026); the price is left out until it is checked too.
 */
export const EXAM_FACTS = {
  code: 'CLF-C02',
  name: 'AWS Certified Cloud Practitioner',
  questions: {
    value: '65 questions: 50 are scored and 15 are unscored questions AWS is trying out (you cannot tell which)',
    source: { url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html', checked: '2026-11-30' },
  },
  time: {
    value: '90 minutes',
    source: { url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html', checked: '2026-11-30' },
  },
  passing: {
    value: 'A scaled score of 700 on a scale of 100 to 1,000',
    source: { url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html', checked: '2026-11-30' },
  },
  format: {
    value: 'Multiple choice (one right answer out of four) and multiple response (two or more right answers out of five or more)',
    source: { url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html', checked: '2026-11-30' },
  },
  domains: {
    value: 'Cloud Concepts 24%, Security and Compliance 30%, Cloud Technology and Services 34%, Billing, Pricing and Support 12%',
    source: { url: 'https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02.html', checked: '2026-11-30' },
  },
  validity: {
    value: 'Three years from the date you earn it; recertify before then to keep it active',
    source: { url: 'https://aws.amazon.com/certification/policies/recertification/', checked: '2026-11-30' },
  },
} as const satisfies {
  readonly code: string;
  readonly name: string;
  readonly [fact: string]: string | { readonly value: string; readonly source: Source };
};
