import type { TopicInput } from '../schema.js';

const CHECKED = '2026-11-30';
const AVAILABILITY_CHANGE = { url: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html', checked: CHECKED };
const GA_RELEASE = { url: 'https://docs.aws.amazon.com/apprunner/latest/relnotes/release-2021-05-18-apprunner-release.html', checked: CHECKED };

export const appRunner: TopicInput = {
  id: 'app-runner',
  name: 'AWS App Runner',
  aliases: ['app runner', 'aws app runner', 'apprunner', 'aws apprunner', 'app-runner', 'app runer', 'appruner', 'app runnner'],
  keywords: ['run web app from source code', 'run container image', 'managed web app', 'web api', 'fully managed container app', 'automatic scaling', 'no load balancer to manage', 'ecs express mode', 'closed to new customers'],
  category: 'containers',
  summary: 'A fully managed service that runs web apps and APIs from source code or a container image, with built-in load balancing, automatic scaling and HTTPS. Closed to new customers since April 2026, and not on the CLF-C02 exam.',
  aspects: {
    overview: {
      text: 'You point App Runner at a source code repository or a container image, and it builds, deploys and runs the app behind a secure URL. It adds and removes instances as traffic changes and balances requests across them, so there are no servers, clusters or load balancers to set up. AWS has closed App Runner to new customers: existing customers can keep using it, including creating new services, but no new features are planned. For new work AWS recommends Amazon ECS Express Mode.',
      facts: [
        { label: 'Source', value: 'A source code repository or a container image', asks: ['source', 'source code', 'code', 'repository', 'repo', 'github', 'container image', 'image', 'docker', 'docker image', 'ecr', 'deploy from code', 'deploy'], yes: ['docker', 'docker image', 'docker images', 'container image', 'container images', 'containers', 'source code', 'from source code'] },
        { label: 'Built in', value: 'Build, deployment, load balancing, automatic scaling, HTTPS', asks: ['load balancer', 'load balancing', 'auto scaling', 'autoscaling', 'scaling', 'scale', 'https', 'tls', 'ssl', 'certificate', 'build', 'deployment', 'features', 'built in'], yes: ['load balancing', 'load balancer', 'auto scaling', 'autoscaling', 'scale automatically', 'scales automatically', 'https', 'ssl', 'tls'] },
        { label: 'Status', value: 'Closed to new customers since 2026-04-30; existing customers continue', source: AVAILABILITY_CHANGE, asks: ['status', 'retired', 'deprecated', 'discontinued', 'closed', 'closed to new customers', 'new customers', 'still available', 'available', 'sign up', 'end of life', 'shut down', 'new features', 'existing customers'], yes: ['closed to new customers', 'closed'], no: ['retired', 'discontinued', 'shut down', 'gone', 'new customers use', 'new customers sign up', 'sign up', 'new accounts'] },
        { label: 'Recommended instead', value: 'Amazon ECS Express Mode (ECS on Fargate with a load balancer and auto scaling)', source: AVAILABILITY_CHANGE, asks: ['alternative', 'alternatives', 'instead', 'replacement', 'replaced', 'what to use', 'ecs express mode', 'express mode', 'migrate', 'successor', 'recommended'] },
        { label: 'Exam', value: 'Not listed in the Cloud Practitioner exam guide', asks: ['on the exam', 'in the exam', 'exam guide', 'clf-c02', 'in scope', 'in-scope', 'out of scope', 'out-of-scope', 'tested', 'on the test', 'examinable'], yes: ['out of scope', 'out-of-scope'], no: ['on the exam', 'in the exam', 'on the test', 'in scope', 'in-scope', 'tested', 'examinable'] },
        { label: 'Servers', value: 'None to set up: no servers, clusters or load balancers to manage; App Runner runs and scales the instances for you', asks: ['serverless', 'servers', 'server', 'ec2', 'cluster', 'clusters', 'manage servers', 'managed', 'fully managed', 'infrastructure'], yes: ['serverless', 'fully managed', 'managed service'], no: ['manage servers', 'need ec2', 'need a cluster', 'need servers', 'provision servers'] },
      ],
    },
    examTips: {
      text: 'App Runner is out of scope for CLF-C02. For "deploy a web app without managing infrastructure" the exam answer is usually Elastic Beanstalk; for serverless containers it is Fargate with ECS.',
    },
    pickWhen: {
      text: 'Only if you are an existing customer. New projects that want the same simplicity should look at ECS Express Mode, Elastic Beanstalk or Fargate with ECS.',
    },
    differences: {
      text: 'Versus Elastic Beanstalk: both hide the infrastructure, but Beanstalk creates EC2 instances and load balancers you can see and change; App Runner hides them completely. Versus ECS on Fargate: ECS gives more control and features; App Runner was the simpler, more opinionated option.',
    },
  },
  atAGlance: {
    whatItIs: 'Fully managed runner for web apps and APIs from code or an image',
    youManage: 'Source code or image, plus CPU and memory settings',
    billing: 'For the compute and memory your running instances use',
    limits: 'Closed to new customers; web apps and APIs only',
    pickWhen: 'Existing customers only; new projects use ECS Express Mode',
  },
  related: ['elastic-beanstalk', 'fargate', 'ecs', 'ecr', 'lightsail', 'containers'],
  examDomain: 'technology-and-services',
  examScope: 'out-of-scope',
  lifecycle: {
    status: 'closed-to-new-customers',
    since: '2026-04-30',
    note: 'AWS closed App Runner to new customers; existing customers can keep using it, with no new features planned. AWS recommends Amazon ECS Express Mode instead.',
    source: AVAILABILITY_CHANGE,
    history: [
      { date: '2021-05-18', event: 'AWS App Runner generally available', source: GA_RELEASE },
      { date: '2026-04-30', event: 'Closed to new customers; Amazon ECS Express Mode recommended instead', source: AVAILABILITY_CHANGE },
    ],
  },
};
