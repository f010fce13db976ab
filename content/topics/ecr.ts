import type { TopicInput } from '../schema.js';

export const ecr: TopicInput = {
  id: 'ecr',
  name: 'Amazon ECR',
  aliases: ['ecr', 'elastic container registry', 'amazon elastic container registry', 'ecr public', 'amazon ecr public', 'private docker registry', 'container registry', 'elastic container registery', 'elastic contianer registry', 'elastic conatiner registry'],
  keywords: ['store docker images', 'store private docker images', 'private place for docker images', 'private docker images', 'private images', 'image repository', 'push images', 'image scanning', 'registry for ecs', 'where to store images', 'oci artifacts'],
  category: 'containers',
  summary: 'Amazon Elastic Container Registry, AWS\'s managed registry for Docker and OCI container images: private repositories controlled with IAM, plus public ones, serving images to ECS, EKS, Fargate and Lambda.',
  aspects: {
    overview: {
      text: 'ECR is where you push the images you build and where AWS services pull them from. Private repositories are locked down with IAM, so only the accounts, roles and services you allow can push or pull; ECR Public lets you share images with anyone through the Amazon ECR Public Gallery. Images are encrypted at rest, can be scanned for known vulnerabilities, cleaned up by lifecycle policies and copied to other Regions or accounts automatically. There are no servers to run: storage grows as you push.',
      facts: [
        { label: 'What it stores', value: 'Docker and OCI images (and other OCI artifacts such as Helm charts)' },
        { label: 'Registries', value: 'Private (default, IAM-controlled) and public (ECR Public, Public Gallery)' },
        { label: 'Serves', value: 'Amazon ECS, Amazon EKS, AWS Fargate, AWS Lambda (container images), AWS Batch' },
        { label: 'Security', value: 'IAM and repository policies; encryption at rest (AES-256 or KMS)', source: { url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html', checked: '2026-11-30' } },
        { label: 'Image scanning', value: 'Basic scanning, or enhanced scanning with Amazon Inspector' },
        { label: 'Housekeeping', value: 'Lifecycle policies delete old or untagged images; tags can be made immutable' },
        { label: 'Copies', value: 'Cross-Region and cross-account replication; pull-through cache for Docker Hub and other registries' },
      ],
    },
    pricing: {
      text: 'You pay for the storage your images take and for data sent out of the Region. Pulls by services in the same Region cost nothing extra. ECR Public is largely free for sharing open images. Figures are for private repositories in us-east-1.',
      facts: [
        { label: 'Private storage', value: '$0.10 per GB-month', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' } },
        { label: 'Data transfer', value: 'Free to services in the same Region; normal AWS rates out to the internet or other Regions' },
        { label: 'ECR Public', value: '50 GB-month of storage always free; anonymous pulls up to 500 GB a month, more when signed in to AWS', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' } },
        { label: 'Free tier (older accounts)', value: '500 MB-month of private storage for 12 months', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'ECR only stores and serves images: it does not build them (use docker build or CodeBuild) and does not run them (use ECS, EKS, Fargate or Lambda). Repositories are per Region, so replicate images to every Region that runs them.',
      facts: [
        { label: 'Scope', value: 'Regional repositories; replicate for other Regions' },
        { label: 'Does not', value: 'Build images or run containers' },
      ],
    },
    useCases: {
      text: 'A private home for a company\'s images next to ECS and EKS; the source of a Lambda function packaged as a container image; a CI/CD pipeline where CodeBuild builds an image, pushes it to ECR and ECS deploys it; and a cache of Docker Hub images so production does not hit Docker Hub pull limits.',
      facts: [
        { label: 'Pipeline', value: 'CodeBuild builds -> push to ECR -> ECS, EKS or Lambda pulls and runs' },
      ],
    },
    examTips: {
      text: '"Store private Docker images on AWS" or "a registry for ECS/EKS" -> ECR. Remember the trio: ECR stores, ECS/EKS orchestrate, Fargate runs without servers. ECR is not CodeArtifact (software packages such as npm or Maven) and not S3 (general files).',
    },
    pickWhen: {
      text: 'Pick ECR whenever container images should live inside AWS, close to the services that run them, with IAM access control and vulnerability scanning.',
    },
    differences: {
      text: 'Versus Docker Hub: Docker Hub is Docker\'s public-first registry outside AWS; ECR is AWS\'s registry, private by default and wired into IAM, ECS, EKS and Lambda. Versus CodeArtifact: CodeArtifact stores language packages (npm, pip, Maven), ECR stores container images. Versus ECS: ECR keeps images, ECS runs them.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed private (and public) registry for container images',
    youManage: 'Repositories, access policies and the images you push',
    billing: '$0.10 per GB-month stored plus data transfer out; in-Region pulls free',
    limits: 'Stores images only: does not build or run them; Regional',
    pickWhen: 'Private Docker images for ECS, EKS, Fargate or Lambda',
  },
  related: ['ecs', 'eks', 'fargate', 'lambda', 'docker-hub', 'docker-images', 'codebuild', 'codeartifact', 'codepipeline'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2020-12-01', event: 'ECR Public and the Amazon ECR Public Gallery launched', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-ecr-public-a-new-public-container-registry/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'ECR is a private Docker registry', correct: 'ECR has private registries and public ones (ECR Public), and stores both Docker and OCI images.' },
    { notesSay: 'ECR stores images so they can be run by ECS or Fargate', correct: 'ECR serves ECS, EKS (on EC2 or Fargate) and Lambda container images, among others.' },
  ],
};
