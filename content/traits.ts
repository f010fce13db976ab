/**
 * Scenario traits: the facts that make a service the right pick in an exam question.
 * A topic lists the traits that are true of it (content/topics/*.ts); the question engine builds a
 * scenario from a few of the answer's traits and explains every wrong option by a trait it lacks.
 *
 * `needs` are clauses that complete "A team … ." (third person, present tense), several wordings each
 * so generated scenarios read differently. `has` completes "It …" for the right answer; `lacks`
 * completes "It …" for an option without the trait.
 */
export interface Trait {
  readonly needs: readonly string[];
  readonly has: string;
  readonly lacks: string;
}

export const TRAITS = {
  'runs-containers': {
    needs: ['has its app packaged as Docker images and wants to run them', 'needs to run Docker containers', 'wants to run containerised services'],
    has: 'runs Docker containers',
    lacks: 'does not run arbitrary Docker containers',
  },
  serverless: {
    needs: ['does not want to provision, patch or even see any servers', 'wants AWS to look after all the underlying servers', 'has no one to manage servers'],
    has: 'is serverless: there are no servers for you to provision or patch',
    lacks: 'leaves servers (EC2 instances) for you to run',
  },
  'manages-instances': {
    needs: ['wants to choose and manage the EC2 instances its workload runs on', 'must pick the exact instance types its workload runs on'],
    has: 'lets you choose and manage the EC2 instances yourself',
    lacks: 'does not hand you instances to manage',
  },
  kubernetes: {
    needs: ['already runs Kubernetes and wants to keep its manifests and tools', 'needs a managed Kubernetes control plane', 'wants to deploy pods with kubectl'],
    has: 'runs Kubernetes',
    lacks: 'is not Kubernetes',
  },
  'portable-multicloud': {
    needs: ['wants container tooling that also works on other clouds and on-premises', 'must avoid tooling that only works on AWS'],
    has: 'uses open, cloud-agnostic tooling that runs elsewhere too',
    lacks: 'is AWS-specific',
  },
  'container-orchestration': {
    needs: ['needs something to decide where each container runs and to restart failed ones', 'wants a service that places, starts and stops its containers'],
    has: 'orchestrates containers: it places, starts and stops them',
    lacks: 'does not orchestrate containers',
  },
  'aws-native-orchestrator': {
    needs: ['wants the AWS-native way to orchestrate containers, without Kubernetes', 'prefers a simple AWS container orchestrator over Kubernetes'],
    has: 'is AWS\'s own container orchestrator',
    lacks: 'is not AWS\'s own container orchestrator',
  },
  'stores-container-images': {
    needs: ['needs a private place to store its Docker images', 'wants to keep container images close to ECS and EKS', 'needs a registry for its container images'],
    has: 'stores and serves container images',
    lacks: 'does not store container images',
  },
  'runs-functions': {
    needs: ['wants to upload just a function and have it run on demand', 'wants to run small pieces of code without any application server'],
    has: 'runs your code as functions, on demand',
    lacks: 'does not run code as on-demand functions',
  },
  'event-driven': {
    needs: ['wants code to run automatically when a file lands in S3', 'needs work to start in reaction to events from other AWS services'],
    has: 'is invoked by events from other services',
    lacks: 'is not triggered directly by events',
  },
  'short-tasks': {
    needs: ['runs tasks that finish in a few seconds or minutes', 'has short jobs that never take longer than 15 minutes'],
    has: 'suits short tasks (up to 15 minutes each)',
    lacks: 'is not built for short, per-event tasks',
  },
  'long-running-jobs': {
    needs: ['has jobs that run for several hours', 'must run processing that takes much longer than 15 minutes'],
    has: 'has no 15-minute limit, so long jobs are fine',
    lacks: 'is not built for jobs that run for hours',
  },
  'batch-jobs': {
    needs: ['needs to queue hundreds of thousands of jobs that each have a start and an end', 'wants to submit batch jobs and let AWS pick the compute for them'],
    has: 'queues batch jobs and provisions the compute to run them',
    lacks: 'does not queue and schedule batch jobs',
  },
  'pay-per-request': {
    needs: ['wants to pay only per request and for the milliseconds its code runs', 'wants the bill to drop to nearly zero when nothing runs'],
    has: 'bills per request and per millisecond of run time',
    lacks: 'is not billed per request and per millisecond of run time',
  },
  'fixed-monthly-price': {
    needs: ['wants one low, predictable monthly price', 'must keep a fixed monthly budget that never surprises anyone'],
    has: 'has a low, fixed monthly price',
    lacks: 'does not have a fixed monthly price',
  },
  'beginner-friendly': {
    needs: ['has little cloud experience and wants to get started quickly', 'has no cloud expertise and wants a ready-made WordPress or LAMP server'],
    has: 'is made for people with little cloud experience',
    lacks: 'expects you to know how the AWS pieces fit together',
  },
  'virtual-servers': {
    needs: ['needs virtual servers in the cloud', 'wants machines it can log in to and install software on'],
    has: 'gives you virtual servers',
    lacks: 'does not give you virtual servers',
  },
  'full-os-control': {
    needs: ['needs full control of the operating system, instance type and networking', 'must install custom kernel modules and pick the exact instance type'],
    has: 'gives full control of the operating system and instance type',
    lacks: 'does not give you full control of the operating system',
  },
  'steady-servers': {
    needs: ['needs servers that keep running until it decides to stop them', 'cannot accept its servers being taken away at short notice'],
    has: 'gives you servers that keep running until you stop them',
    lacks: 'does not give you servers that keep running until you stop them',
  },
  'auto-scaling': {
    needs: ['expects traffic to rise and fall and wants capacity to follow it automatically', 'needs capacity added when load grows and removed when it drops'],
    has: 'scales automatically with load',
    lacks: 'does not scale automatically',
  },
  'http-api': {
    needs: ['needs to expose its backend to clients as a REST or WebSocket API', 'wants a managed front door for its HTTP API'],
    has: 'publishes REST, HTTP and WebSocket APIs',
    lacks: 'does not publish APIs to clients',
  },
  'api-protection': {
    needs: ['needs API keys, usage plans and throttling for its API', 'must authenticate and throttle callers of its API'],
    has: 'adds API keys, throttling and authentication to APIs',
    lacks: 'does not offer API keys and throttling',
  },
  'routes-events': {
    needs: ['wants to route events from AWS services and SaaS apps to targets with rules', 'needs an event bus that filters events and forwards them to other services'],
    has: 'routes events between services with rules on an event bus',
    lacks: 'does not route events between services',
  },
  schedules: {
    needs: ['needs to start a task every night at 2 AM without a server running cron', 'wants a cron-style schedule that triggers other services'],
    has: 'triggers targets on a schedule, like cron',
    lacks: 'does not trigger work on a schedule by itself',
  },
  'infrastructure-as-code': {
    needs: ['wants its whole infrastructure described as code and reviewed like code', 'must recreate identical environments in several Regions and accounts'],
    has: 'defines infrastructure as code',
    lacks: 'is not an infrastructure-as-code tool',
  },
  'declarative-templates': {
    needs: ['wants to describe resources in JSON or YAML templates', 'wants declarative templates and lets AWS work out the order of creation'],
    has: 'reads declarative JSON or YAML templates',
    lacks: 'does not use JSON or YAML templates',
  },
  'programming-language-iac': {
    needs: ['wants to define its infrastructure in TypeScript or Python, with loops and classes', 'wants infrastructure and application code in the same programming language'],
    has: 'lets you define infrastructure in a programming language',
    lacks: 'does not let you write infrastructure in a programming language',
  },
  'paas-deploy-code': {
    needs: ['just wants to upload its web app code and have capacity, load balancing and scaling handled', 'wants a platform as a service for a standard web application'],
    has: 'is a platform as a service: you bring code, it builds the environment',
    lacks: 'is not a platform as a service for your code',
  },
  'builds-and-tests': {
    needs: ['needs to compile source code and run unit tests in the cloud', 'wants to build packages without keeping a build server'],
    has: 'compiles code, runs tests and produces packages',
    lacks: 'does not compile code or run tests',
  },
  'ci-cd-pipeline': {
    needs: ['wants every commit to flow through build, test and deploy stages automatically', 'needs to orchestrate its release steps from source to production'],
    has: 'orchestrates a CI/CD pipeline from source to deploy',
    lacks: 'does not orchestrate a release pipeline',
  },
  'deploys-to-servers': {
    needs: ['wants to roll out new application versions to EC2 and on-premises servers', 'needs automated deployments onto servers it already runs'],
    has: 'deploys application versions to EC2, on-premises servers, Lambda and ECS',
    lacks: 'does not deploy application versions onto your servers',
  },
  'git-hosting': {
    needs: ['wants private Git repositories hosted inside AWS'],
    has: 'hosts private Git repositories',
    lacks: 'does not host Git repositories',
  },
  'package-artifacts': {
    needs: ['needs a private store for npm, Maven and pip packages'],
    has: 'stores software packages and dependencies',
    lacks: 'does not store software packages',
  },
  'cloud-ide': {
    needs: ['wants an IDE that runs in the browser'],
    has: 'is an IDE in the browser',
    lacks: 'is not an IDE',
  },
  'chef-puppet': {
    needs: ['runs Chef or Puppet to configure its servers'],
    has: 'runs managed Chef and Puppet',
    lacks: 'is not managed Chef or Puppet',
  },
  hybrid: {
    needs: ['runs servers both in AWS and in its own data centre', 'must manage EC2 instances and on-premises machines the same way'],
    has: 'works with EC2 and on-premises servers alike',
    lacks: 'does not manage on-premises servers',
  },
  'patches-servers': {
    needs: ['must keep hundreds of servers patched on a schedule', 'needs to automate OS patching across its fleet'],
    has: 'automates OS and software patching across a fleet',
    lacks: 'does not patch servers',
  },
  'runs-commands-fleet': {
    needs: ['must run the same script on hundreds of servers at once', 'wants to run commands across its whole fleet without logging in to each server'],
    has: 'runs commands across a whole fleet at once',
    lacks: 'does not run commands across a fleet',
  },
  'stores-configuration': {
    needs: ['needs a central place for configuration values and secrets such as database passwords', 'wants to keep configuration parameters out of its code'],
    has: 'stores configuration values and secrets centrally',
    lacks: 'does not store configuration parameters',
  },
  'shell-without-ssh': {
    needs: ['wants a shell on its instances with no SSH keys, bastion hosts or open port 22', 'must close port 22 but still reach its servers\' command line'],
    has: 'opens a shell on servers without SSH keys or port 22',
    lacks: 'does not give you a shell on servers without SSH',
  },
  'spare-capacity-discount': {
    needs: ['can tolerate interruptions and wants the deepest discount on EC2', 'has fault-tolerant work that can pause and resume at any time'],
    has: 'uses spare EC2 capacity at up to 90% off, with interruptions',
    lacks: 'does not sell spare capacity at a deep discount',
  },
  'distributes-traffic': {
    needs: ['needs to spread incoming traffic across several healthy instances', 'wants one endpoint in front of many servers, with health checks'],
    has: 'spreads traffic across healthy targets',
    lacks: 'does not spread traffic across targets',
  },
  'object-storage': {
    needs: ['needs to store any number of files and images as objects', 'wants durable storage for uploads and backups with no disks to manage'],
    has: 'stores files as objects, with practically unlimited space',
    lacks: 'is not object storage',
  },
  'nosql-database': {
    needs: ['needs a serverless NoSQL key-value database with single-digit millisecond reads', 'wants a database that scales with load and has no servers to manage'],
    has: 'is a serverless NoSQL key-value database',
    lacks: 'is not a database',
  },
} as const satisfies Record<string, Trait>;

export type TraitId = keyof typeof TRAITS;
export const TRAIT_IDS = Object.keys(TRAITS) as [TraitId, ...TraitId[]];
