import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const AMPLIFY_SSR = { url: 'https://docs.aws.amazon.com/amplify/latest/userguide/amplify-ssr-framework-support.html', checked: CHECKED };

export const amplify: TopicInput = {
  id: 'amplify',
  name: 'AWS Amplify',
  aliases: ['amplify', 'aws amplify', 'amplify hosting', 'amplify console', 'aws amplify hosting', 'amplify gen 2', 'amplfy', 'amplifiy', 'amplyfy'],
  keywords: ['full-stack', 'full stack', 'web app', 'mobile app', 'front-end', 'frontend', 'static website hosting', 'react', 'next.js', 'nextjs', 'ssr', 'server-side rendering', 'git-based deployment', 'ci/cd for web apps', 'hosting', 'single page app', 'spa', 'branch deployments'],
  category: 'front-end',
  summary: 'Tools and services to build, deploy and host full-stack web and mobile apps on AWS. Amplify Hosting deploys static sites and server-side rendered apps straight from a Git repository.',
  aspects: {
    overview: {
      text: 'Amplify lets front-end and mobile developers add a cloud back end (sign-in, data, file storage, functions) without setting up each AWS service by hand, then host the app. Amplify Hosting connects to a Git repository: every push to a connected branch builds and deploys the app, with a content delivery network, custom domains and separate environments per branch. It hosts static sites and single-page apps as well as server-side rendered (SSR) frameworks such as Next.js.',
      facts: [
        { label: 'Parts', value: 'Libraries and tools to build a back end, plus Amplify Hosting', asks: ['parts', 'components', 'features', 'libraries', 'tools', 'gen 2', 'amplify studio', 'cli'] },
        { label: 'Hosting', value: 'Static sites, single-page apps and SSR apps', asks: ['host', 'hosting', 'static site', 'static sites', 'static website', 'static websites', 'website', 'websites', 'single page app', 'single-page app', 'spa', 'react', 'angular', 'vue', 'web app', 'cdn'], yes: ['static site', 'static sites', 'static website', 'static websites', 'host a website', 'host websites', 'single page app', 'single page apps', 'single-page app', 'single-page apps', 'spa', 'react', 'react app', 'angular', 'vue'] },
        { label: 'CI/CD', value: 'Connect a Git repository; each commit on a branch is built and deployed', asks: ['ci/cd', 'cicd', 'git', 'github', 'gitlab', 'bitbucket', 'codecommit', 'deploy', 'deployment', 'deploy from git', 'continuous deployment', 'branch', 'branches', 'preview', 'push', 'commit'], yes: ['ci/cd', 'cicd', 'git', 'deploy from git', 'deploy from github', 'continuous deployment', 'branch deployments', 'deploy on push', 'automatic deploys'] },
        { label: 'SSR', value: 'Next.js supported without an adapter; other frameworks through adapters', source: AMPLIFY_SSR, asks: ['ssr', 'server-side rendering', 'server side rendering', 'next.js', 'nextjs', 'nuxt', 'adapter', 'adapters', 'framework', 'frameworks'], yes: ['ssr', 'server-side rendering', 'server side rendering', 'next.js', 'nextjs'] },
        { label: 'Back end', value: 'Authentication, data, storage and functions built on AWS services', asks: ['back end', 'backend', 'authentication', 'auth', 'sign-in', 'sign in', 'login', 'database', 'data', 'storage', 'file storage', 'functions', 'api', 'cognito', 'dynamodb'], yes: ['authentication', 'user sign-in', 'sign-in', 'login', 'backend', 'back end', 'file storage'] },
        { label: 'Servers', value: 'None to manage: Amplify Hosting is fully managed, and the back end it sets up runs on managed AWS services such as Cognito, DynamoDB, S3 and Lambda', asks: ['serverless', 'servers', 'server', 'manage servers', 'ec2', 'infrastructure', 'managed', 'fully managed'], yes: ['serverless', 'fully managed', 'managed service'], no: ['manage servers', 'need ec2', 'need servers', 'provision servers', 'run servers'] },
      ],
    },
    pricing: {
      text: 'Pay as you go for what the app uses: build time, stored files, data served to visitors and SSR requests, plus the AWS services behind the back end. Prices vary by Region.',
    },
    useCases: {
      text: 'A React or Next.js website deployed on every Git push; a mobile app with sign-in and a cloud database; preview environments for each feature branch so testers can try changes before they go live.',
    },
    examTips: {
      text: '"Build and host full-stack web or mobile apps quickly", "front-end developers", "deploy a web app from Git with CI/CD" -> Amplify. A plain static website in a bucket is S3 (often with CloudFront); Amplify adds the build pipeline, hosting and back end around it.',
    },
    pickWhen: {
      text: 'Pick Amplify when a front-end or mobile team wants to ship a web or mobile app with a cloud back end without assembling the AWS services themselves.',
    },
    differences: {
      text: 'Versus S3 static website hosting: S3 only serves files you upload; Amplify builds from Git, deploys, serves through a CDN and can run SSR. Versus Elastic Beanstalk: Beanstalk runs server applications on EC2; Amplify is aimed at web front ends and mobile apps.',
    },
  },
  atAGlance: {
    whatItIs: 'Tools and hosting for full-stack web and mobile apps',
    youManage: 'App code and the Git repository; Amplify builds and hosts',
    billing: 'Pay as you go for build time, storage, data served and SSR requests',
    limits: 'Aimed at web and mobile front ends, not general server workloads',
    pickWhen: 'Front-end teams building and hosting web or mobile apps fast',
  },
  related: ['s3', 'lambda', 'dynamodb', 'api-gateway', 'serverless', 'codepipeline', 'elastic-beanstalk'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
};
