import type { ModelAreaInput } from '../schema.js';

/** Running containers on AWS: which service runs, orchestrates, stores and scales them. */
export const containersArea: ModelAreaInput = {
  requirements: [
    {
      id: 'runs-container-images',
      need: 'the application is already packaged as container images',
      met: 'runs the container images as they are',
      cues: ['container', 'docker'],
      meets: {
        fargate: 'runs the container images as ECS tasks or EKS pods',
        'ecs-on-ec2': 'runs the container images as ECS tasks',
        ecs: true,
        eks: 'runs the container images as Kubernetes pods',
        ec2: 'can run the containers once you install a container runtime on the instances',
      },
      fails: {
        'elastic-load-balancing': 'Elastic Load Balancing only spreads traffic across targets; it runs no code at all',
        ecr: 'Amazon ECR stores container images but does not run them',
        s3: 'Amazon S3 stores objects; it does not run containers',
        'step-functions': 'Step Functions coordinates the steps of a workflow; it does not run container images itself',
      },
    },
    {
      id: 'no-servers-to-manage',
      need: 'the company does not want to provision, patch or scale any servers',
      met: 'leaves no servers for the company to provision, patch or scale',
      cues: ['no servers', 'without (provisioning|managing|patching)', 'not want to (manage|provision|patch)', 'no (one|staff|team) to (manage|run|patch)', 'serverless', 'not (manage|patch|provision)'],
      meets: {
        fargate: 'runs each task on capacity AWS provides, with no servers for the company to manage',
        lambda: true,
      },
      fails: {
        'ecs-on-ec2': 'with the EC2 launch type the company must provision, patch and scale the container instances itself',
        ec2: 'the company would provision, patch and scale the instances itself',
        lightsail: 'a Lightsail instance is a virtual server the company must patch and look after',
      },
    },
  ],
  frames: [
    {
      id: 'containers-without-servers',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['runs-container-images', 'no-servers-to-manage'],
      key: 'fargate',
      distractors: ['ecs-on-ec2', 'ec2', 'ecr', 'lightsail', 'elastic-load-balancing'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company has packaged its order-tracking web application as Docker container images. The company does not want to provision, patch or scale any servers to run them.',
        'A startup wants to run its containerized API in the AWS Cloud. The startup has no staff to manage servers and wants AWS to handle the underlying capacity.',
      ],
    },
  ],
};
