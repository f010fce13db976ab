import type { TopicInput } from '../schema.js';

export const appRunner: TopicInput = {
  id: 'app-runner',
  name: 'AWS App Runner',
  aliases: ['app runner', 'aws app runner', 'apprunner', 'aws apprunner', 'app-runner', 'app runer', 'appruner', 'app runnner'],
  keywords: ['run web app from source code', 'run container image', 'managed web app', 'web api', 'fully managed container app', 'automatic scaling', 'no load balancer to manage'],
  category: 'containers',
  summary: 'A fully managed service that runs web apps and APIs from source code or a container image, with built-in load balancing, automatic scaling and HTTPS. It is not on the CLF-C02 exam.',
  aspects: {
    overview: {
      text: 'You point App Runner at a source code repository or a container image in ECR, and it builds, deploys and runs the app behind a secure URL. It scales the number of instances with traffic and balances requests across them, so there are no servers, clusters or load balancers to set up.',
      facts: [
        { label: 'Source', value: 'Source code repository or a container image' },
        { label: 'Built in', value: 'Build, deployment, load balancing, automatic scaling, HTTPS' },
        { label: 'Exam', value: 'Not listed in the CLF-C02 exam guide' },
      ],
    },
    examTips: {
      text: 'App Runner is out of scope for CLF-C02. For "deploy a web app without managing infrastructure" the exam answer is usually Elastic Beanstalk; for serverless containers it is Fargate with ECS.',
    },
  },
  atAGlance: {
    whatItIs: 'Fully managed runner for web apps and APIs from code or an image',
    youManage: 'Source code or image, plus CPU and memory settings',
    billing: 'Per vCPU and memory used by running instances',
    limits: 'Web apps and APIs only',
    pickWhen: 'A containerised web app with no infrastructure to manage',
  },
  related: ['elastic-beanstalk', 'fargate', 'ecs', 'ecr', 'lightsail', 'containers'],
  examDomain: 'technology-and-services',
  examScope: 'out-of-scope',
  lifecycle: { status: 'available' },
};
