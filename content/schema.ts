import { z } from 'zod';

/**
 * The shape every topic module in content/topics must have. Topics are plain data checked by zod at
 * load time, so a typo in a content file fails fast with the file and field named.
 */

export const CATEGORIES = {
  containers: 'Containers and Docker',
  serverless: 'Serverless',
  compute: 'Compute (EC2 and friends)',
  'infrastructure-as-code': 'Infrastructure as code',
  'deployment-and-management': 'Deployment and management',
  'developer-tools': 'Developer tools (CI/CD)',
  architecture: 'Architecture concepts',
  'storage-and-databases': 'Storage and databases',
  networking: 'Networking and traffic',
  'application-integration': 'Application integration (serverless glue)',
  'global-infrastructure': 'Global infrastructure',
  security: 'Security and shared responsibility',
  'billing-and-pricing': 'Billing and purchase options',
  'cloud-concepts': 'Cloud concepts and benefits',
  'front-end': 'Front-end web and mobile',
} as const;
export type CategoryId = keyof typeof CATEGORIES;
const categoryIds = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

/** CLF-C02 domains with their weight in the exam. */
export const EXAM_DOMAINS = {
  'cloud-concepts': { name: 'Cloud Concepts', weight: 24 },
  'security-and-compliance': { name: 'Security and Compliance', weight: 30 },
  'technology-and-services': { name: 'Cloud Technology and Services', weight: 34 },
  'billing-pricing-support': { name: 'Billing, Pricing and Support', weight: 12 },
} as const;
export type ExamDomainId = keyof typeof EXAM_DOMAINS;
const domainIds = Object.keys(EXAM_DOMAINS) as [ExamDomainId, ...ExamDomainId[]];

/**
 * in-scope / out-of-scope / not-listed follow the CLF-C02 exam guide's service lists;
 * "concept" marks ideas (Docker, serverless, microservices) the exam expects you to understand
 * although they are not AWS services.
 */
export const EXAM_SCOPES = {
  'in-scope': 'On the CLF-C02 exam',
  'out-of-scope': 'Out of scope for CLF-C02',
  'not-listed': 'Not listed in the CLF-C02 exam guide',
  concept: 'A concept the exam expects you to know',
} as const;
export type ExamScope = keyof typeof EXAM_SCOPES;
const scopeIds = Object.keys(EXAM_SCOPES) as [ExamScope, ...ExamScope[]];

export const ASPECTS = {
  overview: 'Overview',
  pricing: 'Pricing',
  limits: 'Limits',
  useCases: 'Use cases',
  examTips: 'Exam tips',
  pickWhen: 'Pick it when…',
  differences: 'How it differs',
} as const;
export type AspectId = keyof typeof ASPECTS;
const aspectIds = Object.keys(ASPECTS) as [AspectId, ...AspectId[]];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by "-"');
const sentence = z.string().trim().min(3).max(900);

/**
 * Where a figure or date comes from: an AWS documentation address and the day it was last checked
 * against it. Every fact with a number in it carries one (test/content/sources.test.ts).
 */
export const sourceSchema = z.object({
  url: z.string().regex(/^https:\/\/([a-z0-9-]+\.)*(aws\.amazon\.com|amazonaws\.com|aws)\//, 'use an AWS documentation address (https://docs.aws.amazon.com/… or https://aws.amazon.com/…)'),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
});
export type Source = z.infer<typeof sourceSchema>;

const phrase = z.string().trim().toLowerCase().min(2).max(60);

const fact = z.object({
  label: z.string().trim().min(1).max(60),
  value: z.string().trim().min(1).max(300),
  source: sourceSchema.optional(),
  /**
   * Words and phrases a student uses to ask for this fact ("languages", "runtimes", "python"): a
   * question that names the topic and one of these gets this fact, not the whole page.
   */
  asks: z.array(phrase).default([]),
  /** Phrases for which a yes/no question about the topic is answered "Yes" by this fact ("docker images"). */
  yes: z.array(phrase).default([]),
  /** Phrases for which a yes/no question is answered "No" by this fact ("run for hours"). */
  no: z.array(phrase).default([]),
});
export type Fact = z.infer<typeof fact>;

const aspect = z.object({
  text: sentence,
  facts: z.array(fact).max(12).default([]),
});
export type Aspect = z.infer<typeof aspect>;

const lifecycle = z.object({
  status: z.enum(['available', 'legacy', 'closed-to-new-customers', 'retired']),
  /** The date the current status took effect. Required for anything but "available". */
  since: isoDate.optional(),
  note: z.string().trim().max(400).optional(),
  /** The source of `since`. */
  source: sourceSchema.optional(),
  history: z.array(z.object({ date: isoDate, event: z.string().trim().min(3).max(200), source: sourceSchema.optional() })).default([]),
}).refine((l) => l.status === 'available' || l.since !== undefined, {
  message: 'a service that is not simply available needs the date in "since"',
  path: ['since'],
});
export type Lifecycle = z.infer<typeof lifecycle>;

export const topicSchema = z.object({
  id: slug,
  name: z.string().trim().min(2).max(80),
  /** Abbreviations, other names and common misspellings, all lower case. */
  aliases: z.array(z.string().trim().toLowerCase().min(1).max(60)).default([]),
  /** Words a student might use in a free-text question that point here ("private images", "cron"). */
  keywords: z.array(z.string().trim().toLowerCase().min(2).max(60)).default([]),
  category: z.enum(categoryIds),
  summary: z.string().trim().min(10).max(300),
  aspects: z.object({
    overview: aspect,
    pricing: aspect.optional(),
    limits: aspect.optional(),
    useCases: aspect.optional(),
    examTips: aspect.optional(),
    pickWhen: aspect.optional(),
    differences: aspect.optional(),
  }),
  /** One-liners for `/aws compare`: short enough to sit side by side. */
  atAGlance: z.object({
    whatItIs: z.string().trim().min(3).max(160),
    youManage: z.string().trim().min(3).max(160),
    billing: z.string().trim().min(3).max(160),
    limits: z.string().trim().min(3).max(160),
    pickWhen: z.string().trim().min(3).max(160),
  }),
  related: z.array(slug).default([]),
  examDomain: z.enum(domainIds),
  examScope: z.enum(scopeIds),
  lifecycle,
  /** Where the course notes are wrong or stale: what they say and what is right today. */
  corrections: z.array(z.object({
    notesSay: z.string().trim().min(3).max(200),
    correct: z.string().trim().min(3).max(300),
    /** The aspect whose reply shows this correction; overview when not given. */
    aspect: z.enum(aspectIds).optional(),
  })).default([]),
});

export type TopicInput = z.input<typeof topicSchema>;
export type Topic = z.output<typeof topicSchema>;

/** A curated side-by-side for a pair students often confuse (`/aws compare a b`). */
export const comparisonSchema = z.object({
  a: slug,
  b: slug,
  /** The one sentence to remember. */
  keyDifference: z.string().trim().min(10).max(300),
  chooseA: z.string().trim().min(10).max(240),
  chooseB: z.string().trim().min(10).max(240),
  /** Extra rows beyond the at-a-glance ones, e.g. "Time limit". */
  rows: z.array(z.object({
    label: z.string().trim().min(2).max(40),
    a: z.string().trim().min(1).max(160),
    b: z.string().trim().min(1).max(160),
  })).default([]),
});
export type ComparisonInput = z.input<typeof comparisonSchema>;
export type Comparison = z.output<typeof comparisonSchema>;
