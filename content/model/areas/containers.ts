import type { ModelAreaInput } from '../schema.js';

/**
 * Running containers on AWS: which service runs, orchestrates, stores and scales them. Requirements
 * added here are prefixed `ctr-` (the two first ones predate the prefix and other areas may use them);
 * frames also use the `cmp-` requirements of compute.ts (GPUs, run time, operating system access).
 *
 * Note: `ecs-on-ec2` is part of `ecs`, which may run on `fargate`; the engine does not follow "runs on"
 * further, so ECS on EC2 instances can stand next to a Fargate key as the "instances you manage" option.
 * Lightsail is never rejected here for "no GPUs" (Lightsail for Research sells GPU plans) nor as "servers
 * to patch" where containers are the point (its container services run on nodes AWS manages).
 */

const TECH = 'technology-and-services' as const;

export const containersArea: ModelAreaInput = {
  choices: [
    { id: 'ctr-stmt-fargate-per-second', label: 'AWS Fargate charges for the vCPU and memory that a task or pod requests, per second while it runs.', group: 'statement', topic: 'fargate' },
    { id: 'ctr-stmt-fargate-monthly', label: 'AWS Fargate charges a fixed monthly price for each container.', group: 'statement', topic: 'fargate' },
    { id: 'ctr-stmt-fargate-per-request', label: 'AWS Fargate charges for each request that the containers handle.', group: 'statement', topic: 'fargate' },
    { id: 'ctr-stmt-fargate-idle-instances', label: 'AWS Fargate charges for the EC2 instances in the cluster, even when no tasks are running.', group: 'statement', topic: 'fargate' },
    { id: 'ctr-stmt-fargate-commitment', label: 'AWS Fargate requires a one-year commitment.', group: 'statement', topic: 'fargate' },

    { id: 'ctr-stmt-ecs-ec2-or-fargate', label: 'Amazon ECS can run containers on EC2 instances or on AWS Fargate.', group: 'statement', topic: 'ecs' },
    { id: 'ctr-stmt-ecs-only-ec2', label: 'Amazon ECS can run containers only on EC2 instances that the customer manages.', group: 'statement', topic: 'ecs' },
    { id: 'ctr-stmt-ecs-registry', label: 'Amazon ECS is the AWS registry that stores container images.', group: 'statement', topic: 'ecs' },
    { id: 'ctr-stmt-ecs-cluster-fee', label: 'Amazon ECS charges a fixed hourly fee for each cluster.', group: 'statement', topic: 'ecs' },
    { id: 'ctr-stmt-ecs-kubernetes', label: 'Amazon ECS requires applications to be described as Kubernetes manifests.', group: 'statement', topic: 'ecs' },
  ],

  requirements: [
    {
      id: 'runs-container-images',
      need: 'the workload is packaged as container images that have to be run',
      met: 'runs the container images as they are',
      cues: ['container', 'docker'],
      meets: {
        fargate: 'runs the container images as ECS tasks or EKS pods',
        'ecs-on-ec2': 'runs the container images as ECS tasks',
        ecs: true,
        eks: 'runs the container images as Kubernetes pods',
        ec2: 'can run the containers once you install a container runtime on the instances',
        batch: 'runs each job from a container image',
        lambda: 'can run container images that implement the Lambda Runtime API, up to 10 GB',
        lightsail: 'can run container images in its container service',
        'app-runner': 'runs a container image from a registry as a web service',
        'elastic-beanstalk': 'can run a Docker image on its Docker platform',
      },
      fails: {
        'elastic-load-balancing': 'Elastic Load Balancing only spreads traffic across targets; it runs no code at all',
        ecr: 'Amazon ECR stores container images and does not run them',
        s3: 'Amazon S3 stores objects; it does not run containers',
        'step-functions': 'Step Functions coordinates the steps of a workflow; it does not run container images itself',
        sqs: 'Amazon SQS holds messages; it does not run container images',
        'auto-scaling': 'EC2 Auto Scaling adds and removes EC2 instances; it does not run containers itself',
      },
    },
    {
      id: 'no-servers-to-manage',
      need: 'nobody should have to provision, patch or scale servers',
      met: 'leaves no servers to provision, patch or scale',
      cues: ['no servers', 'without (provisioning|managing|patching)', 'not want to (manage|provision|patch)', 'no (one|staff|team) to (manage|run|patch)', 'serverless', 'not (manage|patch|provision)', 'nobody .{0,30}wants to patch'],
      meets: {
        fargate: true,
        lambda: true,
      },
      fails: {
        'ecs-on-ec2': 'with ECS on EC2 instances the customer provisions, patches and scales the container instances',
        ec2: 'with EC2 the customer provisions, patches and scales the instances',
        'auto-scaling': 'an Auto Scaling group launches EC2 instances that the customer still patches and looks after',
        outposts: 'AWS Outposts puts AWS servers in the customer\'s own building, and the customer still orders that capacity and patches the instances on it',
      },
    },
    {
      id: 'ctr-always-on',
      need: 'the containers must keep running around the clock',
      met: 'keeps the containers running for as long as needed, with no time limit',
      cues: ['around the clock', '24/7', 'all day', 'continuously', 'long-running'],
      meets: {
        fargate: true,
        ecs: true,
        'ecs-on-ec2': true,
        eks: true,
        ec2: 'keeps its instances, and the containers on them, running until they are stopped',
        lightsail: 'keeps its servers and container services running until they are deleted',
      },
      fails: {
        lambda: 'a Lambda function runs per invocation and stops after at most 15 minutes',
      },
    },
    {
      id: 'ctr-orchestration',
      need: 'failed containers must be replaced automatically so that each service keeps its desired number running',
      met: 'schedules containers across a cluster, replaces failed ones and keeps the desired number running',
      cues: ['restart', 'desired (number|count)', 'crashed', 'replace (any|failed|crashed)'],
      meets: { ecs: true, eks: true, 'ecs-on-ec2': true },
      fails: {
        ecr: 'Amazon ECR stores container images; it does not run or schedule containers',
        lambda: 'Lambda runs functions per event for at most 15 minutes; it does not keep a set of containers running',
        batch: 'AWS Batch runs each job until it finishes and does not keep long-running services at a desired count',
        'elastic-load-balancing': 'Elastic Load Balancing spreads traffic across containers and never starts or restarts them',
        'step-functions': 'Step Functions coordinates workflow steps; it does not keep containers running',
      },
    },
    {
      id: 'ctr-no-kubernetes',
      need: 'the orchestration must not require Kubernetes',
      met: 'uses AWS\'s own, simpler orchestration, with no Kubernetes to learn',
      cues: ['(no|without|not|against|over|rather than) .{0,40}kubernetes'],
      meets: { ecs: true, 'ecs-on-ec2': true },
      fails: {
        eks: 'Amazon EKS runs Kubernetes, so its Kubernetes tools and concepts would have to be learned and operated',
      },
    },
    {
      id: 'ctr-no-cluster-fee',
      need: 'there must be no separate fee for the container orchestrator itself',
      met: 'charges nothing for orchestrating tasks on EC2 or Fargate; the customer pays only for that compute',
      cues: ['hourly fee', 'per-cluster fee', 'no additional charge', 'only for the compute'],
      meets: { ecs: true, 'ecs-on-ec2': true },
      fails: {
        eks: 'Amazon EKS charges $0.10 per cluster per hour for the Kubernetes control plane',
      },
    },
    {
      id: 'ctr-kubernetes-tooling',
      need: 'the workloads must run on standard Kubernetes, with its manifests and tools such as kubectl and Helm',
      met: 'runs standard, certified Kubernetes, so existing manifests, kubectl and Helm charts work unchanged',
      cues: ['kubectl', '\\bhelm\\b', 'kubernetes (manifests|tooling|experts)', 'open-source kubernetes', 'orchestration standard, kubernetes'],
      meets: { eks: true },
      fails: {
        ecs: 'Amazon ECS uses its own task definitions and APIs, so the Kubernetes manifests would have to be rewritten',
        'ecs-on-ec2': 'Amazon ECS uses its own task definitions, not Kubernetes manifests',
        lambda: 'Lambda runs functions, not Kubernetes workloads',
        lightsail: 'Lightsail\'s container service deploys containers from its own simple settings, not from Kubernetes manifests',
        'elastic-beanstalk': 'Elastic Beanstalk deploys Docker apps on its own platforms and does not accept Kubernetes manifests',
        'app-runner': 'App Runner deploys a single container image or source repository, not Kubernetes manifests',
      },
    },
    {
      id: 'ctr-managed-control-plane',
      need: 'AWS must run the Kubernetes control plane',
      met: 'runs the Kubernetes control plane across several Availability Zones',
      cues: ['control plane'],
      meets: { eks: true },
      fails: {},
    },
    {
      id: 'ctr-portable-across-clouds',
      need: 'the same orchestration must also run outside AWS, on other clouds or on premises',
      met: 'runs open-source Kubernetes, which also runs on other clouds and on premises',
      cues: ['other clouds?', 'another cloud', 'second cloud', 'several clouds', 'multi-?cloud', 'portab', 'lock-in'],
      meets: { eks: true },
      fails: {},
    },
    {
      id: 'ctr-eks-pods',
      need: 'the pods must run in the Amazon EKS cluster',
      met: 'runs the pods of an Amazon EKS cluster',
      cues: ['\\bpods?\\b'],
      meets: {
        fargate: 'runs each EKS pod in its own isolated environment on capacity that AWS provides',
        ec2: 'can be the worker nodes that run the pods',
      },
      fails: {
        lambda: 'Lambda runs functions, not Kubernetes pods',
        ecr: 'Amazon ECR only stores the images the pods use and runs no pods',
        'app-runner': 'App Runner runs its own managed services and cannot run the pods of an EKS cluster',
      },
    },
    {
      id: 'ctr-ecs-capacity',
      need: 'the tasks need compute that Amazon ECS can run them on',
      met: 'is compute that Amazon ECS can run tasks on',
      cues: ['amazon ecs'],
      meets: {
        ec2: 'provides the instances that Amazon ECS places tasks on',
        fargate: 'is a capacity option that runs Amazon ECS tasks without servers',
      },
      fails: {
        lambda: 'Amazon ECS cannot run tasks on Lambda, which runs its own functions',
        'app-runner': 'Amazon ECS cannot place tasks on App Runner, which runs its own managed services',
        ecr: 'Amazon ECR only stores the task images and provides no compute to run them',
        'step-functions': 'Step Functions can start ECS tasks and provides no compute for them',
        'elastic-load-balancing': 'Elastic Load Balancing sends traffic to the tasks and provides no compute for them',
      },
    },
    {
      id: 'ctr-stores-images',
      need: 'the container images need a registry they can be pushed to and pulled from',
      met: 'stores Docker and OCI images in private repositories that IAM controls',
      cues: ['\\bpush', '\\bpull', 'registry', 'repositor'],
      meets: { ecr: true },
      fails: {
        s3: 'Amazon S3 stores objects and is not a registry that docker push and docker pull can use',
        codeartifact: 'CodeArtifact stores software packages such as npm, PyPI and Maven packages; it is not a container registry',
        codecommit: 'CodeCommit stores source code in Git repositories, not built container images',
        ecs: 'Amazon ECS runs containers and pulls their images from a registry; it stores no images',
        fargate: 'Fargate runs containers and pulls their images from a registry; it stores no images',
        eks: 'Amazon EKS runs containers and pulls their images from a registry; it stores no images',
        codebuild: 'CodeBuild can build an image and keeps no registry to store it in',
      },
    },
    {
      id: 'ctr-image-scanning',
      need: 'every image must be scanned for known software vulnerabilities',
      met: 'scans images for known vulnerabilities when they are pushed',
      cues: ['vulnerabilit', '\\bcves?\\b'],
      meets: { ecr: true },
      fails: {},
    },
    {
      id: 'ctr-image-lifecycle',
      need: 'old images must be cleaned up automatically',
      met: 'deletes old or untagged images automatically with lifecycle policies',
      cues: ['lifecycle', 'untagged', 'old images', 'most recent', 'cleaned up'],
      meets: { ecr: true },
      fails: {},
    },
    {
      id: 'ctr-image-replication',
      need: 'the images must be copied to other AWS Regions automatically',
      met: 'replicates images to other Regions and accounts automatically',
      cues: ['other regions', 'second region', 'each region', 'replicat', 'copie[sd]'],
      meets: { ecr: true },
      fails: {},
    },
    {
      id: 'ctr-lambda-image-source',
      need: 'the function must be created from an image in the registry that Lambda pulls container images from',
      met: 'is the registry that Lambda creates container-image functions from',
      cues: ['lambda'],
      meets: { ecr: true },
      fails: {},
    },

    // ---- Statements ----
    {
      id: 'ctr-fargate-billing-fact',
      met: 'states how Fargate is billed: per second for the vCPU and memory each task or pod requests',
      cues: ['fargate'],
      meets: { 'ctr-stmt-fargate-per-second': true },
      fails: {
        'ctr-stmt-fargate-monthly': 'Fargate has no monthly price per container; it bills per second for the vCPU and memory each task requests',
        'ctr-stmt-fargate-per-request': 'Fargate does not bill per request; it bills for the vCPU and memory a task requests for as long as it runs',
        'ctr-stmt-fargate-idle-instances': 'with Fargate there are no instances to pay for, and nothing is billed while no task runs',
        'ctr-stmt-fargate-commitment': 'Fargate needs no commitment; a Compute Savings Plan is only an optional way to get a discount',
      },
    },
    {
      id: 'ctr-ecs-fact',
      met: 'states where Amazon ECS runs tasks: on EC2 instances or on AWS Fargate',
      cues: ['amazon ecs'],
      meets: { 'ctr-stmt-ecs-ec2-or-fargate': true },
      fails: {
        'ctr-stmt-ecs-only-ec2': 'Amazon ECS can also run tasks on AWS Fargate, with no instances to manage',
        'ctr-stmt-ecs-registry': 'Amazon ECS runs containers; the AWS registry for images is Amazon ECR',
        'ctr-stmt-ecs-cluster-fee': 'Amazon ECS adds no charge for tasks on EC2 or Fargate; the company pays for the instances or the Fargate capacity its tasks use',
        'ctr-stmt-ecs-kubernetes': 'Amazon ECS uses its own task definitions; the AWS service for Kubernetes is Amazon EKS',
      },
    },
  ],

  frames: [
    // ================= AWS Fargate =================
    {
      id: 'containers-without-servers',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'ctr-always-on', 'no-servers-to-manage'],
      key: 'fargate',
      distractors: ['ec2', 'lambda', 'ecr', 'ecs-on-ec2', 'auto-scaling'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company has packaged its order-tracking web application as Docker container images. The application must run around the clock, and the company does not want to provision, patch or scale any servers to run it.',
        'A startup wants its containerized API to run as a long-running service that stays up around the clock. The startup has no staff to manage servers and wants AWS to handle the underlying capacity.',
        'A small team has Docker images for a chat service that keeps WebSocket connections open all day. The team does not want to patch or scale any instances itself.',
        'A retailer runs a long-running inventory service packaged as containers. It wants serverless compute for the service, with no instances to choose, patch or scale.',
      ],
    },
    {
      id: 'fargate-eks-pods',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-eks-pods', 'no-servers-to-manage'],
      key: 'fargate',
      distractors: ['ec2', 'lambda', 'ecr', 'app-runner'],
      ask: 'Which AWS service should run the pods?',
      stems: [
        'A company runs its microservices on an Amazon EKS cluster. The platform team wants the pods to run without provisioning, patching or scaling any worker nodes.',
        'A data science group uses Kubernetes on Amazon EKS for its notebook pods. The group does not want to manage worker nodes, and each pod should get its own isolated compute.',
        'A fintech\'s developers deploy pods to Amazon EKS with kubectl. Nobody on the team wants to patch or right-size servers, so the pods must run on serverless compute.',
        'A gaming company is adding a new service to its Amazon EKS cluster and wants the service\'s pods to run without managing any worker nodes.',
      ],
    },
    {
      id: 'fargate-long-container-task',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'cmp-long-jobs', 'no-servers-to-manage'],
      key: 'fargate',
      distractors: ['lambda', 'ec2', 'ecs-on-ec2', 'ecr', 'step-functions'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A logistics company runs a containerized report generator four times a day, and each run takes about 40 minutes. The company wants no servers to manage and wants to pay only while the container runs.',
        'A marketing team has a Docker image that rebuilds product recommendations in about an hour, twice a day. The team does not want to provision or patch any servers for it.',
        'A data team\'s nightly export is packaged as a container and runs for 50 minutes. It should run on serverless compute rather than on instances the team maintains.',
        'Every morning a clinic runs a containerized tool that reconciles insurance claims for about 90 minutes. The clinic has no staff to manage servers.',
      ],
    },
    {
      id: 'fargate-for-ecs-tasks',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-ecs-capacity', 'no-servers-to-manage'],
      key: 'fargate',
      distractors: ['ec2', 'lambda', 'app-runner', 'ecr'],
      ask: 'Which AWS service should run the tasks?',
      stems: [
        'A company has defined its web services as Amazon ECS tasks. It wants the tasks to run without provisioning, patching or scaling any servers.',
        'An architect is planning an Amazon ECS cluster for a small team that has no staff to manage servers, so nobody should have to choose or patch instances.',
        'A startup moving its API to Amazon ECS wants serverless compute underneath, with AWS handling all capacity for the tasks.',
      ],
    },

    // ================= Amazon ECS =================
    {
      id: 'ecs-aws-native-orchestrator',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'ctr-orchestration', 'ctr-no-kubernetes'],
      key: 'ecs',
      distractors: ['eks', 'ecr', 'lambda', 'batch', 'step-functions'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company is containerizing 15 microservices with Docker. It needs a service that places the containers across a cluster and restarts any that fail, and the team wants a simple AWS-native orchestrator without learning Kubernetes.',
        'A retailer wants to orchestrate its Docker containers on AWS and keep the desired number of copies of each service running. Its engineers have no Kubernetes experience and do not want to learn it.',
        'A media company needs container orchestration that works closely with IAM roles and Application Load Balancers and restarts any container that fails. The team prefers an AWS-native tool and does not want to run Kubernetes.',
        'An insurance firm runs its claims services in containers and wants AWS to replace crashed containers and keep each service at its desired count. The firm has decided against Kubernetes.',
      ],
    },
    {
      id: 'ecs-no-orchestrator-fee',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'ctr-orchestration', 'ctr-no-cluster-fee'],
      key: 'ecs',
      distractors: ['eks', 'ecr', 'lambda', 'batch', 'elastic-load-balancing'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A startup wants to orchestrate a handful of Docker containers on AWS and have them restarted if they crash. To control costs, it does not want an hourly fee for the orchestrator itself and wants to pay only for the compute its containers use.',
        'A nonprofit runs a few containerized services that must be scheduled and restarted automatically. It wants no additional charge for the orchestration layer.',
        'A game studio needs to keep 20 containerized match services at their desired count across a cluster. The finance team rejects any per-cluster fee for the orchestrator.',
        'A small software company wants AWS to keep its containerized services running and restart any that crash. It expects to pay for the compute its containers use, with no additional charge for the orchestration itself.',
      ],
    },

    // ================= Amazon ECS on EC2 instances =================
    {
      id: 'ecs-on-ec2-gpu-containers',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'cmp-gpu-instances', 'ctr-no-kubernetes'],
      key: 'ecs-on-ec2',
      distractors: ['lambda', 'app-runner', 'eks', 'ecr'],
      ask: 'Which solution meets these requirements?',
      stems: [
        'A company runs machine learning inference in Docker containers that need GPUs. It wants AWS-native container orchestration, without Kubernetes, on instances it chooses.',
        'A video analytics firm has containerized models that must run on GPU instances. The team wants AWS to schedule the containers, but it has no Kubernetes skills and does not want to learn them.',
        'An AI startup packages its image-recognition service as container images. The containers need GPU acceleration, and the team prefers an AWS-native orchestrator over Kubernetes.',
        'A research group runs GPU-hungry Docker containers for protein folding. It wants AWS to orchestrate them on instances it picks, without adopting Kubernetes.',
      ],
    },
    {
      id: 'ecs-on-ec2-host-control',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'cmp-full-os-control', 'ctr-no-kubernetes'],
      key: 'ecs-on-ec2',
      distractors: ['lambda', 'app-runner', 'eks', 'ecr'],
      ask: 'Which solution meets these requirements?',
      stems: [
        'A security-conscious company must install a host-based intrusion detection agent on the operating system of every server that runs its containers. It wants AWS-native orchestration and no Kubernetes.',
        'A bank must harden the operating system of each host that runs its Docker containers to its own standard. It wants an AWS-native orchestrator rather than Kubernetes.',
        'A telecom company needs root access to the hosts that run its containers so it can tune kernel network settings. The team prefers AWS-native container orchestration and does not use Kubernetes.',
        'A defense contractor must log in to every host that runs its containers to apply its own operating system hardening. It wants to orchestrate the containers with an AWS-native service, not with Kubernetes.',
      ],
    },

    // ================= Amazon EKS =================
    {
      id: 'eks-move-existing-kubernetes',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'ctr-kubernetes-tooling', 'ctr-managed-control-plane'],
      key: 'eks',
      distractors: ['ecs', 'ecr', 'lambda', 'lightsail', 'elastic-beanstalk', 'app-runner'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company runs its containers on a self-managed Kubernetes cluster in its data center. It wants to move to AWS, keep its existing manifests and Helm charts, and have AWS run the control plane.',
        'A platform team uses kubectl and Helm to deploy 60 containerized services. On AWS, the team wants the same Kubernetes tooling, with AWS managing the control plane\'s availability and upgrades.',
        'A SaaS company\'s engineers are Kubernetes experts. They want a managed Kubernetes control plane on AWS that runs their existing container workloads without changes.',
        'A retailer\'s DevOps team already deploys its containers to Kubernetes on premises with Helm. On AWS, it wants a managed control plane so that it no longer runs etcd and the API servers itself.',
      ],
    },
    {
      id: 'eks-portable-kubernetes',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'ctr-kubernetes-tooling', 'ctr-portable-across-clouds'],
      key: 'eks',
      distractors: ['ecs', 'lambda', 'ecr', 'lightsail', 'app-runner'],
      ask: 'Which AWS service should the company use?',
      stems: [
        'A company runs containers on AWS, on another cloud provider and in its own data center. It wants the same open-source Kubernetes tooling everywhere, with a managed service on AWS.',
        'A software vendor deploys its containerized product for customers on several clouds with Kubernetes manifests. On AWS it wants a managed service that accepts the same manifests.',
        'To avoid lock-in, a retailer wants its containerized services to stay portable between AWS and other clouds by using open-source Kubernetes. It needs a managed Kubernetes service on AWS.',
        'A bank runs containers on premises and plans to add a second cloud provider. Its architects want one open-source orchestration standard, Kubernetes, in every environment, with a managed service on AWS.',
      ],
    },

    // ================= Amazon ECR =================
    {
      id: 'ecr-private-scanned-registry',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-stores-images', 'ctr-image-scanning'],
      key: 'ecr',
      distractors: ['s3', 'codeartifact', 'codecommit', 'ecs', 'fargate'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A development team builds Docker images in its CI pipeline and needs a private place in AWS to push them, with IAM controlling who can pull them. Each image must be scanned for known vulnerabilities.',
        'A company wants a managed, private registry for its container images next to the services that run them, and it wants each image checked for CVEs when it is pushed.',
        'A security team requires that every container image the company stores in AWS be checked for known software vulnerabilities and that only approved IAM roles can pull the images.',
        'Before deploying to Amazon ECS, an engineering team wants its container images held in a private AWS repository where every push triggers a vulnerability scan.',
      ],
    },
    {
      id: 'ecr-image-lifecycle',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-stores-images', 'ctr-image-lifecycle'],
      key: 'ecr',
      distractors: ['s3', 'codeartifact', 'codebuild', 'eks', 'codecommit'],
      ask: 'Which AWS service should store the images?',
      stems: [
        'A team builds a new container image for every commit and pulls the images into its clusters on AWS. It needs a private registry that automatically deletes untagged images older than 30 days.',
        'A company\'s container images are piling up. It wants to keep them in a private repository on AWS where lifecycle rules remove old images automatically.',
        'An engineering group stores Docker images for three applications and wants only the 20 most recent images of each kept, cleaned up without scripts, in a private AWS repository.',
      ],
    },
    {
      id: 'ecr-cross-region-replication',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-stores-images', 'ctr-image-replication'],
      key: 'ecr',
      distractors: ['s3', 'codeartifact', 'codecommit', 'fargate', 'codebuild'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company runs the same containerized application in three AWS Regions. It needs a private registry that automatically copies every image it pushes to the other Regions.',
        'For disaster recovery, a team wants each container image it stores in its primary Region replicated to a second Region, in private repositories that its clusters can pull from.',
        'A global SaaS provider wants to push its container images once and have them copied automatically to a registry in each Region where its clusters run.',
      ],
    },
    {
      id: 'ecr-lambda-container-image',
      kind: 'scenario',
      domain: TECH,
      requirements: ['ctr-stores-images', 'ctr-lambda-image-source'],
      key: 'ecr',
      distractors: ['s3', 'codeartifact', 'codecommit', 'codebuild'],
      ask: 'Which AWS service should store the image?',
      stems: [
        'A developer has packaged a Lambda function as a 3 GB container image. She needs to push the image to a private registry from which the function can be created.',
        'A team\'s machine learning dependencies are too large for a .zip package, so it will deploy its Lambda function as a container image. The team must store the image where Lambda can pull it.',
        'A data engineer builds a container image for a Lambda function from an AWS base image. The image has to be uploaded to an AWS registry before the function can be created from it.',
      ],
    },

    // ================= Select TWO =================
    {
      id: 'ecs-eks-orchestrators',
      kind: 'scenario',
      domain: TECH,
      topic: 'containers',
      requirements: ['runs-container-images', 'ctr-orchestration'],
      key: ['ecs', 'eks'],
      distractors: ['ecr', 'lambda', 'batch', 'step-functions', 'elastic-load-balancing'],
      ask: 'Which AWS services meet this requirement? (Select TWO.)',
      stems: [
        'A company is moving 30 microservices into Docker containers. It needs a managed service that places the containers across a cluster, restarts any that fail and keeps the desired number running.',
        'A travel site plans to run its booking services as containers and wants AWS to orchestrate them: place them on compute, replace crashed containers and scale each service.',
        'An engineering team needs a container orchestrator on AWS for its long-lived web services, so that failed containers are restarted automatically.',
      ],
    },
    {
      id: 'ecs-capacity-options',
      kind: 'scenario',
      domain: TECH,
      topic: 'ecs',
      requirements: ['ctr-ecs-capacity'],
      key: ['ec2', 'fargate'],
      distractors: ['lambda', 'app-runner', 'ecr', 'step-functions', 'elastic-load-balancing'],
      ask: 'Which options can provide the compute for the tasks? (Select TWO.)',
      stems: [
        'A company has written Amazon ECS task definitions for its web services and must now decide where the tasks will run.',
        'An architect designing an Amazon ECS cluster needs to know which kinds of compute capacity it can launch tasks on.',
        'A developer new to Amazon ECS asks which AWS compute options can run the containers described in her task definitions.',
      ],
    },
    {
      id: 'serverless-compute-pair',
      kind: 'scenario',
      domain: TECH,
      topic: 'serverless',
      requirements: ['no-servers-to-manage'],
      key: ['fargate', 'lambda'],
      distractors: ['ec2', 'ecs-on-ec2', 'auto-scaling', 'outposts'],
      ask: 'Which AWS compute services meet this requirement? (Select TWO.)',
      stems: [
        'A startup wants to run its application code in AWS without provisioning, patching or scaling any servers.',
        'A small team has no staff to manage servers and wants AWS to handle all of the underlying compute capacity for its workloads.',
        'Under a new policy, a company\'s new workloads must run on serverless compute, so the team never patches an operating system.',
      ],
    },

    // ================= Statements =================
    {
      id: 'fargate-billing-statement',
      kind: 'statement',
      domain: TECH,
      requirements: ['ctr-fargate-billing-fact'],
      key: 'ctr-stmt-fargate-per-second',
      distractors: ['ctr-stmt-fargate-monthly', 'ctr-stmt-fargate-per-request', 'ctr-stmt-fargate-idle-instances', 'ctr-stmt-fargate-commitment'],
      ask: 'Which statement about AWS Fargate pricing is true?',
      stems: [
        'A finance analyst is estimating the cost of a containerized API that will run on serverless container compute.',
        'A startup is choosing how to run a few small container tasks and wants to understand how it would be billed.',
        'Before moving its worker containers off self-managed instances, a team asks how the serverless option is charged.',
      ],
    },
    {
      id: 'ecs-statement',
      kind: 'statement',
      domain: TECH,
      requirements: ['ctr-ecs-fact'],
      key: 'ctr-stmt-ecs-ec2-or-fargate',
      distractors: ['ctr-stmt-ecs-only-ec2', 'ctr-stmt-ecs-registry', 'ctr-stmt-ecs-cluster-fee', 'ctr-stmt-ecs-kubernetes'],
      ask: 'Which statement about Amazon ECS is true?',
      stems: [
        'A team that is new to containers is comparing the AWS services that run Docker workloads.',
        'A solutions architect is explaining AWS container orchestration to developers who have only used virtual machines.',
        'A student is reviewing how AWS runs containers before taking the Cloud Practitioner exam.',
      ],
    },
  ],
};
