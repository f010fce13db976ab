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
        { label: 'What it stores', value: 'Docker and OCI images (and other OCI artifacts such as Helm charts)', asks: ['store', 'stores', 'what does it store', 'what can it store', 'docker images', 'container images', 'oci', 'oci images', 'helm', 'helm charts', 'artifacts', 'oci artifacts'], yes: ['docker images', 'docker', 'oci', 'oci images', 'helm', 'helm charts', 'container images', 'artifacts', 'oci artifacts', 'store images'] },
        { label: 'Registries', value: 'Private (default, IAM-controlled) and public (ECR Public, Public Gallery)', asks: ['private', 'public', 'public gallery', 'public images', 'share images', 'private registry', 'public registry', 'visibility', 'share publicly'], yes: ['private', 'public', 'public images', 'private images', 'public repositories', 'private repositories', 'share publicly', 'public gallery', 'private by default'] },
        { label: 'Serves', value: 'Amazon ECS, Amazon EKS, AWS Fargate, AWS Lambda (container images), AWS Batch', asks: ['ecs', 'eks', 'fargate', 'lambda', 'batch', 'kubernetes', 'which services', 'works with', 'integrates', 'integration'], yes: ['ecs', 'eks', 'fargate', 'lambda', 'batch', 'kubernetes', 'aws batch', 'aws lambda', 'amazon ecs', 'amazon eks'] },
        { label: 'Security', value: 'IAM and repository policies; encryption at rest (AES-256 or KMS)', source: { url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html', checked: '2026-11-30' }, asks: ['security', 'iam', 'encryption', 'encrypted', 'kms', 'permissions', 'access control', 'who can pull', 'repository policy', 'repository policies'], yes: ['encryption', 'encrypted', 'encrypted at rest', 'iam', 'kms', 'access control', 'repository policies'] },
        { label: 'Image scanning', value: 'Basic scanning, or enhanced scanning with Amazon Inspector', asks: ['scan', 'scanning', 'vulnerabilities', 'vulnerability', 'cve', 'cves', 'inspector', 'security scan', 'image scanning'], yes: ['scan', 'scanning', 'image scanning', 'vulnerability scanning', 'scan for vulnerabilities', 'scan images', 'vulnerabilities', 'inspector'] },
        { label: 'Housekeeping', value: 'Lifecycle policies delete old or untagged images; tags can be made immutable', asks: ['lifecycle', 'lifecycle policy', 'lifecycle policies', 'delete old images', 'cleanup', 'clean up', 'untagged', 'immutable tags', 'immutable', 'tag immutability', 'retention'], yes: ['lifecycle policies', 'lifecycle policy', 'immutable tags', 'tag immutability', 'delete old images', 'clean up old images', 'immutable'] },
        { label: 'Copies', value: 'Cross-Region and cross-account replication; pull-through cache for Docker Hub and other registries', asks: ['replication', 'replicate', 'cross-region', 'cross region', 'cross-account', 'cross account', 'pull-through cache', 'pull through cache', 'docker hub', 'mirror', 'cache', 'rate limits', 'pull limits'], yes: ['replication', 'replicate', 'cross-region', 'cross region', 'cross-account', 'cross account', 'pull-through cache', 'pull through cache', 'cache docker hub', 'mirror docker hub'] },
        { label: 'Managed', value: 'Fully managed: no servers to run and no storage to provision; capacity grows as you push images', asks: ['servers', 'manage servers', 'managed', 'fully managed', 'capacity', 'storage limit', 'provision', 'scale', 'scaling'], yes: ['fully managed', 'managed', 'a managed service', 'scales automatically', 'scale automatically'], no: ['i manage servers', 'need to manage servers', 'have to manage servers', 'manage servers myself', 'need to provision servers', 'provision storage', 'need to provision'] },
      ],
    },
    pricing: {
      text: 'You pay for the storage your images take and for data sent out of the Region. Pulls by services in the same Region cost nothing extra. ECR Public is largely free for sharing open images. Figures are for private repositories in us-east-1.',
      facts: [
        { label: 'Private storage', value: '$0.10 per GB-month', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' }, asks: ['storage cost', 'storage price', 'price per gb', 'cost per gb', 'gb-month', 'per gb', 'how much to store', 'private storage'] },
        { label: 'Data transfer', value: 'Free to services in the same Region; normal AWS rates out to the internet or other Regions', asks: ['data transfer', 'transfer', 'transfer cost', 'pull cost', 'pulls', 'egress', 'internet', 'bandwidth', 'same region', 'download cost'] },
        { label: 'ECR Public', value: '50 GB-month of storage always free; anonymous pulls up to 500 GB a month, more when signed in to AWS', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' }, asks: ['public cost', 'public price', 'public pricing', 'public free', 'anonymous pulls', 'anonymous', '50 gb', '500 gb'] },
        { label: 'Free tier (older accounts)', value: '500 MB-month of private storage for 12 months', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', '500 mb', 'free storage', 'is it free', 'free trial'] },
      ],
    },
    limits: {
      text: 'ECR only stores and serves images: it does not build them (use docker build or CodeBuild) and does not run them (use ECS, EKS, Fargate or Lambda). Repositories are per Region, so replicate images to every Region that runs them.',
      facts: [
        { label: 'Scope', value: 'Regional repositories; replicate for other Regions', asks: ['region', 'regional', 'regions', 'global', 'other regions', 'multi-region', 'replicate to regions'], yes: ['regional', 'per region', 'a regional service'], no: ['global', 'a global service', 'global service'] },
        { label: 'Does not', value: 'Build images or run containers', asks: ['build', 'build images', 'docker build', 'run containers', 'run images', 'execute', 'codebuild', 'host containers', 'compile'], no: ['build images', 'build an image', 'build docker images', 'build images for me', 'run containers', 'run images', 'run docker containers', 'run a container', 'host containers', 'execute containers'] },
      ],
    },
    useCases: {
      text: 'A private home for a company\'s images next to ECS and EKS; the source of a Lambda function packaged as a container image; a CI/CD pipeline where CodeBuild builds an image, pushes it to ECR and ECS deploys it; and a cache of Docker Hub images so production does not hit Docker Hub pull limits.',
      facts: [
        { label: 'Pipeline', value: 'CodeBuild builds -> push to ECR -> ECS, EKS or Lambda pulls and runs', asks: ['pipeline', 'ci/cd', 'cicd', 'codebuild', 'codepipeline', 'deploy', 'deployment', 'automation', 'workflow', 'github actions'] },
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
      facts: [
        { label: 'Versus CodeArtifact', value: 'CodeArtifact stores software packages (npm, pip, Maven); ECR stores container images', asks: ['codeartifact', 'npm', 'pip', 'maven', 'libraries', 'jar', 'python packages', 'software packages'], no: ['npm', 'npm packages', 'pip', 'python packages', 'maven', 'jar files', 'software packages', 'libraries'] },
      ],
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
