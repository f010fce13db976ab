import type { TopicInput } from '../schema.js';

export const amplify: TopicInput = {
  id: 'amplify',
  name: 'AWS Amplify',
  aliases: ['amplify', 'aws amplify', 'amplify hosting', 'amplify console', 'amplify gen 2', 'amplfy', 'amplifiy', 'amplyfy'],
  keywords: ['full-stack', 'full stack', 'web app', 'mobile app', 'front-end', 'frontend', 'static website hosting', 'react', 'next.js', 'ssr', 'server-side rendering', 'git-based deployment', 'ci/cd for web apps', 'hosting'],
  category: 'front-end',
  summary: 'A set of tools and services to build, deploy and host full-stack web and mobile apps on AWS. Amplify Hosting deploys static sites and server-side rendered apps straight from a Git repository.',
  aspects: {
    overview: {
      text: 'Amplify lets front-end and mobile developers add a back end (sign-in, data, storage, functions) without setting up each AWS service by hand, and then host the app. Amplify Hosting connects to a Git repository: each push builds and deploys the app, with a global CDN, custom domains and preview environments for branches. It hosts static sites and server-side rendered (SSR) frameworks such as Next.js.',
      facts: [
        { label: 'Parts', value: 'Back-end building tools and libraries, plus Amplify Hosting' },
        { label: 'Hosting', value: 'Static sites and SSR apps, with Git-based CI/CD on every push' },
        { label: 'Back end', value: 'Auth, data, storage and functions built on AWS services' },
        { label: 'Delivery', value: 'Served through a global content delivery network' },
      ],
    },
    examTips: {
      text: '"Build and host full-stack web or mobile apps quickly", "front-end developers", "deploy from Git" -> Amplify. A plain static site in a bucket is S3 (often with CloudFront); Amplify adds the CI/CD and back end around it.',
    },
  },
  atAGlance: {
    whatItIs: 'Tools and hosting for full-stack web and mobile apps',
    youManage: 'App code and Git repository; Amplify builds and hosts',
    billing: 'Pay for build minutes, storage, data served and SSR requests',
    limits: 'Opinionated; best for web and mobile front ends',
    pickWhen: 'Front-end teams building and hosting web or mobile apps fast',
  },
  related: ['s3', 'lambda', 'dynamodb', 'api-gateway', 'serverless', 'codepipeline'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
