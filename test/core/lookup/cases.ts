/**
 * The PUBLIC test set for `/aws <anything>`: natural questions as members type them, with what the
 * lookup should understand. Data only; the tests that run it live elsewhere.
 *
 * Rules the data follows:
 * - every `topics` id exists in content/topics, in the order the question names them;
 * - every scenario `answer` is a choice id in content/model/choices.ts (group 'service' or
 *   'purchase-option', never a `neverKey` choice), unambiguous for a CLF-C02 expert;
 * - `says` for a fact is written as the topic's facts write it ('15 minutes', '10,240 MB');
 * - exam figures follow /work/shared/content-notes.md (65 questions, 90 minutes, 700 of 1,000);
 * - out-of-scope services are ones no topic covers; `saysNot` holds the covered topic a naive
 *   matcher would wrongly pick (a look-alike name, alias or keyword), never one the service is
 *   directly related to (KMS and Parameter Store, Cognito and API Gateway, CloudWatch and EventBridge,
 *   Amazon MQ and SQS), since a good reply may point there.
 */

export type LookupIntent = 'overview' | 'aspect' | 'fact' | 'compare' | 'scenario' | 'exam' | 'out-of-scope' | 'did-you-mean' | 'unknown';

export interface LookupCase {
  readonly q: string;                       // exactly what a member types after /aws
  readonly intent: LookupIntent;
  readonly topics?: readonly string[];      // topic ids the question is about, in order (compare: every side, 2 or 3)
  readonly aspects?: readonly ('overview' | 'pricing' | 'limits' | 'useCases' | 'examTips' | 'pickWhen' | 'differences' | 'corrections')[]; // for intent 'aspect': every aspect asked for
  readonly yes?: boolean;                   // a yes/no question: true if the right answer is "Yes", false if "No"
  readonly answer?: string;                 // intent 'scenario': the choice id of the best fit (content/model/choices.ts), e.g. 'fargate'
  readonly says?: readonly string[];        // short strings the member must read in the reply (case-insensitive)
  readonly saysNot?: readonly string[];     // strings that must NOT appear (e.g. a wrong topic's name)
}

export const LOOKUP_CASES: readonly LookupCase[] = [
  // ---------------------------------------------------------------------------------------------
  // overview: one covered topic, nothing specific asked

  { q: 'fargate', intent: 'overview', topics: ['fargate'] },
  { q: 'what is amazon ecs', intent: 'overview', topics: ['ecs'] },
  { q: 'tell me about beanstalk', intent: 'overview', topics: ['elastic-beanstalk'] },
  { q: 'what is eks?', intent: 'overview', topics: ['eks'] },
  { q: 'ecr', intent: 'overview', topics: ['ecr'] },
  { q: 'explain aws batch pls', intent: 'overview', topics: ['batch'] },
  { q: 'whats lightsail', intent: 'overview', topics: ['lightsail'] },
  { q: 'cloudformation', intent: 'overview', topics: ['cloudformation'], saysNot: ['CloudFront'] },
  { q: 'what is api gateway', intent: 'overview', topics: ['api-gateway'] },
  { q: 'EventBridge', intent: 'overview', topics: ['eventbridge'] },
  { q: 'ssm', intent: 'overview', topics: ['systems-manager'] },
  { q: 'k8s', intent: 'overview', topics: ['kubernetes'] },
  { q: 'what is a docker image', intent: 'overview', topics: ['docker-images'] },
  { q: 'what is serverless', intent: 'overview', topics: ['serverless'] },
  { q: 'codepipeline?', intent: 'overview', topics: ['codepipeline'] },
  { q: 'what are step functions', intent: 'overview', topics: ['step-functions'] },
  { q: 'explain the shared responsibility model', intent: 'overview', topics: ['shared-responsibility'] },
  { q: 'whats an asg', intent: 'overview', topics: ['auto-scaling'] },
  // misspelled
  { q: 'lamda', intent: 'overview', topics: ['lambda'] },
  { q: 'lamdba pls', intent: 'overview', topics: ['lambda'] },
  { q: 'elastic beenstalk', intent: 'overview', topics: ['elastic-beanstalk'] },
  { q: 'cloudfromation', intent: 'overview', topics: ['cloudformation'], saysNot: ['CloudFront'] },
  { q: 'cloudformtion?', intent: 'overview', topics: ['cloudformation'] },
  { q: 'what is kuberentes', intent: 'overview', topics: ['kubernetes'] },
  { q: 'lightsial', intent: 'overview', topics: ['lightsail'] },
  { q: 'what is fargat', intent: 'overview', topics: ['fargate'] },
  { q: 'codebiuld', intent: 'overview', topics: ['codebuild'] },
  { q: 'eventbrige??', intent: 'overview', topics: ['eventbridge'] },
  { q: 'step fuctions', intent: 'overview', topics: ['step-functions'] },
  { q: 'api gatewy', intent: 'overview', topics: ['api-gateway'] },
  { q: 'sytems manager', intent: 'overview', topics: ['systems-manager'] },

  // ---------------------------------------------------------------------------------------------
  // aspect: one topic plus aspect words

  { q: 'lambda pricing limits', intent: 'aspect', topics: ['lambda'], aspects: ['pricing', 'limits'], says: ['$0.20', '15 minutes'] },
  { q: 'fargate pricing', intent: 'aspect', topics: ['fargate'], aspects: ['pricing'], says: ['$0.04048'] },
  { q: 'how much does eks cost', intent: 'aspect', topics: ['eks'], aspects: ['pricing'], says: ['$0.10'] },
  { q: 'ecs limits', intent: 'aspect', topics: ['ecs'], aspects: ['limits'] },
  { q: 'exam tips for lightsail', intent: 'aspect', topics: ['lightsail'], aspects: ['examTips'] },
  { q: 'when should i choose aws batch', intent: 'aspect', topics: ['batch'], aspects: ['pickWhen'] },
  { q: 'eventbridge use cases', intent: 'aspect', topics: ['eventbridge'], aspects: ['useCases'] },
  { q: 'alternatives to elastic beanstalk', intent: 'aspect', topics: ['elastic-beanstalk'], aspects: ['differences'] },
  { q: 'what changed for lambda since the older notes', intent: 'aspect', topics: ['lambda'], aspects: ['corrections'] },
  { q: 'cloudformation limits', intent: 'aspect', topics: ['cloudformation'], aspects: ['limits'], says: ['500'] },
  { q: 'api gateway pricing?', intent: 'aspect', topics: ['api-gateway'], aspects: ['pricing'], says: ['$3.50'] },
  { q: 'sqs limits', intent: 'aspect', topics: ['sqs'], aspects: ['limits'], says: ['14 days'] },
  { q: 'step functions pricing and limits', intent: 'aspect', topics: ['step-functions'], aspects: ['pricing', 'limits'] },
  { q: 'ecr cost', intent: 'aspect', topics: ['ecr'], aspects: ['pricing'], says: ['$0.10 per GB-month'] },
  { q: 'lambda examples', intent: 'aspect', topics: ['lambda'], aspects: ['useCases'], says: ['thumbnail'] },
  { q: 'eks exam tips', intent: 'aspect', topics: ['eks'], aspects: ['examTips'] },
  { q: 'fargate alternatives', intent: 'aspect', topics: ['fargate'], aspects: ['differences'] },
  { q: 'ec2 limits', intent: 'aspect', topics: ['ec2'], aspects: ['limits'] },
  { q: 'lightsail pricing', intent: 'aspect', topics: ['lightsail'], aspects: ['pricing'], says: ['$5'] },
  { q: 'codebuild pricing', intent: 'aspect', topics: ['codebuild'], aspects: ['pricing'], says: ['build minute'] },
  { q: 'codepipeline cost pls', intent: 'aspect', topics: ['codepipeline'], aspects: ['pricing'] },
  { q: 'aws batch limits and use cases', intent: 'aspect', topics: ['batch'], aspects: ['limits', 'useCases'] },
  { q: 'lambda exam tips and when to pick it', intent: 'aspect', topics: ['lambda'], aspects: ['examTips', 'pickWhen'] },
  { q: 'fargate limits?', intent: 'aspect', topics: ['fargate'], aspects: ['limits'], says: ['GPUs'] },
  { q: 'whats outdated in my ecs notes', intent: 'aspect', topics: ['ecs'], aspects: ['corrections'] },
  { q: 'opsworks exam tips', intent: 'aspect', topics: ['opsworks'], aspects: ['examTips'] },
  { q: 'systems manager pricing', intent: 'aspect', topics: ['systems-manager'], aspects: ['pricing'], says: ['No extra charge'] },
  { q: 'eventbridge quotas', intent: 'aspect', topics: ['eventbridge'], aspects: ['limits'], says: ['1 MB'] },
  { q: 'spot instances use cases', intent: 'aspect', topics: ['spot-instances'], aspects: ['useCases'] },
  { q: 'beanstalk pricing and exam tips', intent: 'aspect', topics: ['elastic-beanstalk'], aspects: ['pricing', 'examTips'] },
  { q: 'cdk what changed', intent: 'aspect', topics: ['cdk'], aspects: ['corrections'], says: ['1 June 2023'] },
  { q: 'dynamodb price', intent: 'aspect', topics: ['dynamodb'], aspects: ['pricing'], says: ['$0.25 per GB-month'] },
  { q: 'when should i pick ecs', intent: 'aspect', topics: ['ecs'], aspects: ['pickWhen'] },

  // ---------------------------------------------------------------------------------------------
  // fact: one topic and a specific question answered by one to three facts

  { q: 'what languages does lambda support', intent: 'fact', topics: ['lambda'], says: ['Python', 'Java'] },
  { q: 'how long can a lambda function run', intent: 'fact', topics: ['lambda'], says: ['15 minutes'] },
  { q: 'how much memory can a lambda function have?', intent: 'fact', topics: ['lambda'], says: ['10,240 MB'] },
  { q: 'whats the default timeout of a lambda', intent: 'fact', topics: ['lambda'], says: ['3 seconds'] },
  { q: 'how much /tmp storage does lambda get', intent: 'fact', topics: ['lambda'], says: ['512 MB'] },
  { q: 'what does the lambda free tier include', intent: 'fact', topics: ['lambda'], says: ['1,000,000 requests', '400,000 GB-seconds'] },
  { q: 'how much does a lambda request cost', intent: 'fact', topics: ['lambda'], says: ['$0.20'] },
  { q: 'how many lambda runs can happen at the same time in a region by default', intent: 'fact', topics: ['lambda'], says: ['1,000'] },
  { q: 'what metrics does lambda show in cloudwatch by default', intent: 'fact', topics: ['lambda'], says: ['Invocations', 'Throttles'] },
  { q: 'whats the biggest task fargate can run', intent: 'fact', topics: ['fargate'], says: ['16 vCPU', '120 GB'] },
  { q: 'how much ephemeral storage do fargate tasks get', intent: 'fact', topics: ['fargate'], says: ['20 GB', '200 GB'] },
  { q: 'how much is the eks control plane per hour', intent: 'fact', topics: ['eks'], says: ['$0.10'] },
  { q: 'what does eks extended support cost per hour', intent: 'fact', topics: ['eks'], says: ['$0.60'] },
  { q: 'how many containers can one ecs task definition have', intent: 'fact', topics: ['ecs'], says: ['10'] },
  { q: 'what does ecr store', intent: 'fact', topics: ['ecr'], says: ['OCI'] },
  { q: 'what platforms does elastic beanstalk support', intent: 'fact', topics: ['elastic-beanstalk'], says: ['Node.js', 'Python', 'Docker'] },
  { q: 'which deployment policies does beanstalk offer', intent: 'fact', topics: ['elastic-beanstalk'], says: ['rolling', 'immutable'] },
  { q: 'what formats can cloudformation templates be written in', intent: 'fact', topics: ['cloudformation'], says: ['JSON', 'YAML'] },
  { q: 'which languages can i use with cdk', intent: 'fact', topics: ['cdk'], says: ['TypeScript', 'Python'] },
  { q: 'how long does api gateway wait for the backend', intent: 'fact', topics: ['api-gateway'], says: ['29 seconds'] },
  { q: 'what api types does api gateway have', intent: 'fact', topics: ['api-gateway'], says: ['REST', 'WebSocket'] },
  { q: 'how long can a step functions standard workflow run', intent: 'fact', topics: ['step-functions'], says: ['1 year'] },
  { q: 'how long does sqs keep a message at most', intent: 'fact', topics: ['sqs'], says: ['14 days'] },
  { q: 'how much warning before a spot instance gets interrupted', intent: 'fact', topics: ['spot-instances'], says: ['Two minutes'] },
  { q: 'how long can a codebuild build run', intent: 'fact', topics: ['codebuild'], says: ['36 hours'] },
  { q: 'how many child jobs in a batch array job', intent: 'fact', topics: ['batch'], says: ['10,000'] },
  { q: 'when was codestar discontinued', intent: 'fact', topics: ['codestar'], says: ['31 July 2024'] },
  { q: 'how big can a dynamodb item be', intent: 'fact', topics: ['dynamodb'], says: ['400 KB'] },
  // yes/no
  { q: 'is fargate serverless', intent: 'fact', topics: ['fargate'], yes: true },
  { q: 'can lambda run for 2 hours', intent: 'fact', topics: ['lambda'], yes: false, says: ['15 minutes'] },
  { q: 'can lambda run docker images', intent: 'fact', topics: ['lambda'], yes: true, says: ['10 GB'] },
  { q: 'is lambda billed per 100ms?', intent: 'fact', topics: ['lambda'], yes: false, says: ['1 ms'] },
  { q: 'does lambda support go', intent: 'fact', topics: ['lambda'], yes: true, says: ['provided.al2023'] },
  { q: 'can fargate use gpus', intent: 'fact', topics: ['fargate'], yes: false },
  { q: 'does fargate have a time limit', intent: 'fact', topics: ['fargate'], yes: false },
  { q: 'is fargate spot available on eks', intent: 'fact', topics: ['fargate'], yes: false },
  { q: 'is there a charge for ecs itself', intent: 'fact', topics: ['ecs'], yes: false, says: ['No additional charge'] },
  { q: 'can an ecs task definition have 20 containers', intent: 'fact', topics: ['ecs'], yes: false, says: ['10'] },
  { q: 'does eks charge for the control plane', intent: 'fact', topics: ['eks'], yes: true, says: ['$0.10'] },
  { q: 'is elastic beanstalk free?', intent: 'fact', topics: ['elastic-beanstalk'], yes: true },
  { q: 'can beanstalk deploy to our on premises servers', intent: 'fact', topics: ['elastic-beanstalk'], yes: false },
  { q: 'can lightsail auto scale', intent: 'fact', topics: ['lightsail'], yes: false },
  { q: 'does aws batch cost extra on top of ec2', intent: 'fact', topics: ['batch'], yes: false },
  { q: 'does ecr have public repositories', intent: 'fact', topics: ['ecr'], yes: true, says: ['ECR Public'] },
  { q: 'can ecr build images', intent: 'fact', topics: ['ecr'], yes: false },
  { q: 'is codecommit still available', intent: 'fact', topics: ['codecommit'], yes: true, says: ['November 2025'] },
  { q: 'can i still use opsworks', intent: 'fact', topics: ['opsworks'], yes: false, says: ['May 2024'] },
  { q: 'does session manager need port 22 open', intent: 'fact', topics: ['ssm-session-manager'], yes: false },
  { q: 'does parameter store rotate secrets', intent: 'fact', topics: ['ssm-parameter-store'], yes: false },
  { q: 'does systems manager support macos servers on premises', intent: 'fact', topics: ['systems-manager'], yes: false },

  // ---------------------------------------------------------------------------------------------
  // compare: two or three covered topics

  { q: 'ecs vs eks', intent: 'compare', topics: ['ecs', 'eks'] },
  { q: 'what is the difference between ecs and eks', intent: 'compare', topics: ['ecs', 'eks'] },
  { q: 'lambda or fargate for an api', intent: 'compare', topics: ['lambda', 'fargate'] },
  { q: 'compare ecs eks fargate', intent: 'compare', topics: ['ecs', 'eks', 'fargate'] },
  { q: 'lambda vs ec2', intent: 'compare', topics: ['lambda', 'ec2'] },
  { q: 'lambda versus aws batch', intent: 'compare', topics: ['lambda', 'batch'], says: ['15 minutes'] },
  { q: 'lightsail vs ec2?', intent: 'compare', topics: ['lightsail', 'ec2'] },
  { q: 'beanstalk vs cloudformation', intent: 'compare', topics: ['elastic-beanstalk', 'cloudformation'] },
  { q: 'cloudformation or cdk', intent: 'compare', topics: ['cloudformation', 'cdk'] },
  { q: 'codebuild vs codedeploy', intent: 'compare', topics: ['codebuild', 'codedeploy'] },
  { q: 'diff between codedeploy and codepipeline', intent: 'compare', topics: ['codedeploy', 'codepipeline'] },
  { q: 'opsworks vs systems manager', intent: 'compare', topics: ['opsworks', 'systems-manager'] },
  { q: 'ecr vs docker hub', intent: 'compare', topics: ['ecr', 'docker-hub'] },
  { q: 'docker vs podman', intent: 'compare', topics: ['docker', 'podman'] },
  { q: 'spot instances vs ec2', intent: 'compare', topics: ['spot-instances', 'ec2'] },
  { q: 'difference between eventbridge and lambda', intent: 'compare', topics: ['eventbridge', 'lambda'] },
  { q: 'sqs vs sns whats the difference', intent: 'compare', topics: ['sqs', 'sns'] },
  { q: 'api gateway versus lambda', intent: 'compare', topics: ['api-gateway', 'lambda'] },
  { q: 'fargate vs eks', intent: 'compare', topics: ['fargate', 'eks'] },
  { q: 'elastic beanstalk vs ec2', intent: 'compare', topics: ['elastic-beanstalk', 'ec2'] },
  { q: 'ecs vs fargate??', intent: 'compare', topics: ['ecs', 'fargate'] },
  { q: 'docker vs ec2', intent: 'compare', topics: ['docker', 'ec2'] },
  { q: 'which is better eks or ecs', intent: 'compare', topics: ['eks', 'ecs'] },
  { q: 'step functions vs eventbridge', intent: 'compare', topics: ['step-functions', 'eventbridge'] },
  { q: 'secrets manager vs parameter store', intent: 'compare', topics: ['secrets-manager', 'ssm-parameter-store'] },
  { q: 'compare lambda, batch and fargate', intent: 'compare', topics: ['lambda', 'batch', 'fargate'] },
  { q: 'local zones vs wavelength', intent: 'compare', topics: ['local-zones', 'wavelength'] },
  { q: 'regions vs availability zones', intent: 'compare', topics: ['regions', 'availability-zones'] },
  { q: 'ec2 vs lambda vs fargate which one', intent: 'compare', topics: ['ec2', 'lambda', 'fargate'] },
  // with typos
  { q: 'lamda vs fargte', intent: 'compare', topics: ['lambda', 'fargate'] },
  { q: 'eks vs ecs vs fargte', intent: 'compare', topics: ['eks', 'ecs', 'fargate'] },
  { q: 'elastic beanstock or lightsail', intent: 'compare', topics: ['elastic-beanstalk', 'lightsail'] },
  { q: 'cloudformaton vs cdk', intent: 'compare', topics: ['cloudformation', 'cdk'] },

  // ---------------------------------------------------------------------------------------------
  // scenario: pasted practice-exam stems, with lettered options

  {
    q: 'A company wants to run containers without managing servers. Which service should it use? A. Amazon EC2 B. AWS Fargate C. Amazon ECS on EC2 D. AWS Lambda',
    intent: 'scenario', answer: 'fargate',
  },
  {
    q: 'A startup needs to create a thumbnail every time a user uploads an image to Amazon S3. The code runs for a few seconds and the company does not want to manage servers or pay when nothing is uploaded. Which AWS service meets these requirements? A) Amazon EC2 B) AWS Lambda C) Amazon Lightsail D) AWS Batch',
    intent: 'scenario', answer: 'lambda',
  },
  {
    q: 'Which AWS service provides a managed private registry to store, manage and deploy Docker container images? (A) Amazon S3 (B) Amazon ECS (C) Amazon ECR (D) AWS CodeBuild',
    intent: 'scenario', answer: 'ecr',
  },
  {
    q: 'A developer wants to deploy a Java web application without worrying about the underlying infrastructure. AWS should handle capacity provisioning, load balancing, auto scaling and application health monitoring. Which service should the developer use?\nA. AWS CloudFormation\nB. AWS Elastic Beanstalk\nC. Amazon EC2\nD. AWS CodePipeline',
    intent: 'scenario', answer: 'elastic-beanstalk',
  },
  {
    q: 'Which AWS service lets a company describe its infrastructure in JSON or YAML templates and provision the same resources consistently in several AWS Regions? A. AWS Elastic Beanstalk B. AWS Systems Manager C. AWS CloudFormation D. AWS CodeBuild',
    intent: 'scenario', answer: 'cloudformation',
  },
  {
    q: 'a research company must run hundreds of thousands of computing jobs packaged as docker images. some jobs run for several hours. which service should it use to plan, schedule and run these jobs? a) AWS Lambda b) AWS Batch c) Amazon Lightsail d) Amazon API Gateway',
    intent: 'scenario', answer: 'batch',
  },
  {
    q: 'A small business owner with little cloud experience wants to launch a WordPress website quickly for a low, predictable monthly price. Which AWS service is the MOST suitable?\n(A) Amazon EC2\n(B) AWS Elastic Beanstalk\n(C) Amazon Lightsail\n(D) Amazon ECS',
    intent: 'scenario', answer: 'lightsail',
  },
  {
    q: 'A company runs its containerized applications on Kubernetes on premises and wants to move them to AWS while keeping the same open-source Kubernetes tooling. Which service should it use? A. Amazon ECS B. Amazon EKS C. AWS Lambda D. Amazon Lightsail',
    intent: 'scenario', answer: 'eks',
  },
  {
    q: 'A company wants to create, publish and secure REST APIs in front of its Lambda functions, with throttling and API keys for its partners. Which service should it use? A) Amazon EventBridge B) Elastic Load Balancing C) Amazon API Gateway D) Amazon SQS',
    intent: 'scenario', answer: 'api-gateway',
  },
  {
    q: 'Which AWS service can invoke a Lambda function on a schedule, for example every night at 2 AM, without a server running cron? A. Amazon SQS B. Amazon EventBridge C. AWS Step Functions D. Amazon SNS',
    intent: 'scenario', answer: 'eventbridge',
  },
  {
    q: 'A company wants to coordinate several AWS Lambda functions into a workflow with retries, error handling and a visual view of each step. Which AWS service should it use?\nA. AWS Step Functions\nB. Amazon EventBridge\nC. Amazon SQS\nD. AWS CodePipeline',
    intent: 'scenario', answer: 'step-functions',
  },
  {
    q: 'The web tier and the processing tier of an application must be decoupled, so that orders are kept in a queue until a worker polls for them and processes them. Which service meets this requirement? A. Amazon SNS B. Amazon SQS C. Amazon EventBridge D. AWS Step Functions',
    intent: 'scenario', answer: 'sqs',
  },
  {
    q: 'Which service should a company use to push the same message to many subscribers at once, including email addresses, SMS phone numbers and several SQS queues? (a) Amazon SQS (b) Amazon SNS (c) AWS Lambda (d) AWS Batch',
    intent: 'scenario', answer: 'sns',
  },
  {
    q: 'A company must apply operating system patches to a fleet of Amazon EC2 instances and on-premises servers from one place. Which AWS service should it use? A. AWS Systems Manager B. AWS CloudFormation C. AWS Elastic Beanstalk D. Amazon ECR',
    intent: 'scenario', answer: 'systems-manager',
  },
  {
    q: 'A security team wants administrators to get shell access to EC2 instances without opening inbound port 22, running bastion hosts or managing SSH keys. Which option meets these requirements?\nA) AWS Secrets Manager\nB) AWS Systems Manager Session Manager\nC) A bastion host in a public subnet\nD) Amazon EC2 key pairs',
    intent: 'scenario', answer: 'ssm-session-manager',
  },
  {
    q: 'A company keeps database credentials in its application code. It wants to store them securely and rotate them automatically. Which AWS service should it use? A. AWS Systems Manager Parameter Store B. AWS Secrets Manager C. Amazon S3 D. Amazon DynamoDB',
    intent: 'scenario', answer: 'secrets-manager',
  },
  {
    q: 'A company runs a steady production workload 24/7 on the same EC2 instance type and will keep it for three years. The workload cannot be interrupted. Which EC2 purchasing option is the MOST cost-effective? A. On-Demand Instances B. Spot Instances C. Reserved Instances D. Dedicated Hosts',
    intent: 'scenario', answer: 'reserved-instances',
  },
  {
    q: 'A company has fault-tolerant, stateless batch processing jobs that can be stopped and restarted at any time. Which EC2 purchasing option gives the LOWEST cost? A) On-Demand Instances B) Reserved Instances C) Spot Instances D) Dedicated Instances',
    intent: 'scenario', answer: 'spot',
  },
  {
    q: 'A company wants to bring existing server-bound software licenses that are licensed per socket and per core to AWS. Which EC2 option gives visibility of the sockets and physical cores of the server? (A) Dedicated Instances (B) Dedicated Hosts (C) Spot Instances (D) On-Demand Instances',
    intent: 'scenario', answer: 'dedicated-hosts',
  },
  {
    q: 'A team needs EC2 capacity for a short project of a few weeks. The workload is unpredictable and cannot be interrupted, and the company will not make any long-term commitment. Which purchasing option should it choose?\nA. Reserved Instances\nB. Spot Instances\nC. On-Demand Instances\nD. Compute Savings Plans',
    intent: 'scenario', answer: 'on-demand',
  },
  {
    q: 'Which AWS service compiles source code, runs unit tests and produces software packages that are ready to deploy, with no build servers to manage? A. AWS CodePipeline B. AWS CodeBuild C. AWS CloudFormation D. AWS Elastic Beanstalk',
    intent: 'scenario', answer: 'codebuild',
  },
  {
    q: 'A company wants to automate its release process so that every code change goes through source, build, test and deploy stages. Which AWS service orchestrates these stages? A. AWS CodeBuild B. AWS CodePipeline C. AWS Elastic Beanstalk D. AWS CloudFormation',
    intent: 'scenario', answer: 'codepipeline',
  },
  {
    q: 'A company must run AWS compute and storage services inside its own data center to meet data residency rules and to get low latency to on-premises systems, using the same AWS APIs. Which service should it use? A. AWS Local Zones B. AWS Wavelength C. AWS Outposts D. Amazon Lightsail',
    intent: 'scenario', answer: 'outposts',
  },
  {
    q: 'A company orchestrates its containers with Amazon ECS. The containers need GPUs and specific EC2 instance types. Which option should the company choose to run the tasks?\n(A) AWS Fargate\n(B) Amazon ECS on EC2 instances\n(C) AWS Lambda\n(D) Amazon Lightsail',
    intent: 'scenario', answer: 'ecs-on-ec2',
  },
  // scenario: without options
  { q: 'which aws service lets me run code without provisioning or managing servers and only pay for the compute time when the code runs', intent: 'scenario', answer: 'lambda' },
  { q: 'company wants to run docker containers on aws but does not want to provision, patch or scale any ec2 instances. which service?', intent: 'scenario', answer: 'fargate' },
  { q: 'where should we store our private docker images so ecs and eks can pull them', intent: 'scenario', answer: 'ecr' },
  { q: 'devs just want to upload their python web app code and let aws handle the load balancer, auto scaling and health monitoring. what service', intent: 'scenario', answer: 'elastic-beanstalk' },
  { q: 'we need to create the same vpc, ec2 instances and load balancers in 3 regions from one template (infrastructure as code). which service?', intent: 'scenario', answer: 'cloudformation' },
  { q: 'thousands of rendering jobs packaged as docker images, each one runs 3-4 hours. what aws service should we use to schedule and run them', intent: 'scenario', answer: 'batch' },
  { q: 'small bakery with zero cloud experience wants a wordpress site for a fixed low monthly price, which aws service', intent: 'scenario', answer: 'lightsail' },
  { q: 'we use kubernetes on prem and want aws to run the kubernetes control plane for us. which service', intent: 'scenario', answer: 'eks' },
  { q: 'our database password must be rotated automatically every 30 days, which aws service should we use', intent: 'scenario', answer: 'secrets-manager' },
  { q: 'stateless image processing jobs that can be interrupted and restarted at any time, we want the cheapest ec2 pricing option', intent: 'scenario', answer: 'spot' },
  { q: 'need a fully managed service that compiles our code and runs the unit tests on every commit, billed per build minute', intent: 'scenario', answer: 'codebuild' },
  { q: 'the order service and the shipping service must be decoupled, messages have to be kept until the consumer polls them. what should we use', intent: 'scenario', answer: 'sqs' },
  { q: 'we need to expose our lambda functions as a public rest api with api keys, usage plans and throttling', intent: 'scenario', answer: 'api-gateway' },
  { q: 'we must automatically add ec2 instances when cpu goes above 70% and remove them again when traffic drops', intent: 'scenario', answer: 'auto-scaling' },
  { q: 'need to run 5 lambda functions in order with retries and a human approval step in the middle, which service', intent: 'scenario', answer: 'step-functions' },

  // ---------------------------------------------------------------------------------------------
  // exam: the CLF-C02 exam itself

  { q: 'how many questions are on the cloud practitioner exam', intent: 'exam', says: ['65'] },
  { q: 'what is the passing score for clf-c02', intent: 'exam', says: ['700'] },
  { q: 'how long is the exam', intent: 'exam', says: ['90 minutes'] },
  { q: 'clf-c02 domains', intent: 'exam', says: ['Cloud Concepts', 'Security and Compliance', 'Cloud Technology and Services', 'Billing, Pricing and Support'] },
  { q: 'how many questions are scored on clf c02', intent: 'exam', says: ['50'] },
  { q: 'what percentage of the cloud practitioner exam is security', intent: 'exam', says: ['30%'] },
  { q: 'clf-c02 domain weights?', intent: 'exam', says: ['24%', '30%', '34%', '12%'] },
  { q: 'what score do i need to pass ccp out of 1000', intent: 'exam', says: ['700'] },
  { q: 'how much time do i get for the clf-c02', intent: 'exam', says: ['90 minutes'] },
  { q: 'how much of the cloud practitioner exam is billing and pricing', intent: 'exam', says: ['12%'] },

  // ---------------------------------------------------------------------------------------------
  // out-of-scope: an AWS service the bot does not cover

  { q: 'cloudfront', intent: 'out-of-scope', says: ['CloudFront'], saysNot: ['CloudFormation'] },
  { q: 'what is route53', intent: 'out-of-scope', says: ['Route 53'], saysNot: ['EventBridge'] },
  { q: 'kinesis data streams', intent: 'out-of-scope', says: ['Kinesis'], saysNot: ['DynamoDB'] },
  { q: 'what is amazon rds', intent: 'out-of-scope', says: ['RDS'], saysNot: ['Secrets Manager'] },
  { q: 'explain iam roles and policies', intent: 'out-of-scope', says: ['IAM'] },
  { q: 'aurora database', intent: 'out-of-scope', says: ['Aurora'], saysNot: ['DynamoDB'] },
  { q: 'redshift', intent: 'out-of-scope', says: ['Redshift'], saysNot: ['Secrets Manager'] },
  { q: 'how do vpc subnets work', intent: 'out-of-scope', says: ['VPC'], saysNot: ['Local Zones'] },
  { q: 'cloudwatch alarms and dashboards', intent: 'out-of-scope', says: ['CloudWatch'], saysNot: ['CloudFormation'] },
  { q: 'what does cloudtrail log?', intent: 'out-of-scope', says: ['CloudTrail'], saysNot: ['Cloud9'] },
  { q: 'aws kms keys', intent: 'out-of-scope', says: ['KMS'] },
  { q: 'amazon cognito user pools', intent: 'out-of-scope', says: ['Cognito'] },
  { q: 'sagemaker', intent: 'out-of-scope', says: ['SageMaker'] },
  { q: 'what is athena used for', intent: 'out-of-scope', says: ['Athena'] },
  { q: 'aws glue etl jobs', intent: 'out-of-scope', says: ['Glue'], saysNot: ['AWS Batch'] },
  { q: 'emr', intent: 'out-of-scope', says: ['EMR'], saysNot: ['Elastic Container Registry'] },
  { q: 'snowball edge', intent: 'out-of-scope', says: ['Snow'] },
  { q: 'direct connect to our data center', intent: 'out-of-scope', says: ['Direct Connect'], saysNot: ['Outposts'] },
  { q: 'aws waf', intent: 'out-of-scope', says: ['WAF'] },
  { q: 'shield advanced ddos protection', intent: 'out-of-scope', says: ['Shield'] },
  { q: 'guardduty', intent: 'out-of-scope', says: ['GuardDuty'] },
  { q: 'trusted advisor checks', intent: 'out-of-scope', says: ['Trusted Advisor'] },
  { q: 'cost explorer', intent: 'out-of-scope', says: ['Cost Explorer'] },
  { q: 'amazon efs', intent: 'out-of-scope', says: ['EFS'], saysNot: ['Amazon ECS'] },
  { q: 'amazon mq', intent: 'out-of-scope', says: ['Amazon MQ'] },
  { q: 'documentdb', intent: 'out-of-scope', says: ['DocumentDB'], saysNot: ['DynamoDB'] },

  // ---------------------------------------------------------------------------------------------
  // did-you-mean: vague, close to two or three covered topics

  { q: 'code', intent: 'did-you-mean', topics: ['codebuild', 'codepipeline'] },
  { q: 'containers service aws', intent: 'did-you-mean', topics: ['ecs'] },
  { q: 'manager', intent: 'did-you-mean', topics: ['systems-manager', 'secrets-manager'] },
  { q: 'registry', intent: 'did-you-mean', topics: ['ecr', 'docker-hub'] },
  { q: 'container orchestration', intent: 'did-you-mean', topics: ['ecs', 'eks'] },
  { q: 'messaging', intent: 'did-you-mean', topics: ['sqs', 'sns'] },
  { q: 'zones', intent: 'did-you-mean', topics: ['availability-zones', 'local-zones'] },
  { q: 'edge', intent: 'did-you-mean', topics: ['local-zones', 'wavelength'] },
  { q: 'hybrid', intent: 'did-you-mean', topics: ['outposts', 'systems-manager'] },
  { q: 'secrets and config', intent: 'did-you-mean', topics: ['secrets-manager', 'ssm-parameter-store'] },

  // ---------------------------------------------------------------------------------------------
  // unknown: nonsense or off-topic

  { q: 'asdfgh', intent: 'unknown' },
  { q: "what's the weather", intent: 'unknown' },
  { q: '🙂🙂', intent: 'unknown' },
  { q: 'pizza recipe', intent: 'unknown' },
  { q: 'who won the football game last night', intent: 'unknown' },
  { q: 'qwerty uiop', intent: 'unknown' },
  { q: 'how do i cook rice', intent: 'unknown' },
  { q: '???', intent: 'unknown' },
  { q: 'lol', intent: 'unknown' },
  { q: 'best netflix series 2026', intent: 'unknown' },
];
