import type { ChoiceInput, FrameInput, ModelAreaInput, RequirementInput } from '../schema.js';

/**
 * Billing, pricing and support: the EC2 purchase options (On-Demand, Reserved Instances, Compute
 * Savings Plans, Spot, Dedicated Hosts, Dedicated Instances, On-Demand Capacity Reservations) and how
 * the compute services are charged (Lambda, Fargate, EC2, Lightsail, and the services with no charge
 * of their own: Elastic Beanstalk, CloudFormation, AWS Batch, EC2 Auto Scaling).
 *
 * "MOST cost-effective" is modelled as requirements whose `fails` say why an option costs more for the
 * workload at hand; purchase options that also fit are separated by a requirement only one meets
 * (zonal capacity and resale for Reserved Instances, discounts that follow usage to other families,
 * Regions, Fargate and Lambda for Compute Savings Plans, no hosts to manage or a per-instance price for
 * Dedicated Instances).
 *
 * Facts: content/topics/ec2-purchase-options.ts, spot-instances.ts, lambda.ts, fargate.ts, lightsail.ts,
 * elastic-beanstalk.ts, cloudformation.ts, batch.ts, ec2.ts; /work/shared/content-notes.md; AWS docs:
 * EC2 User Guide "Differences between Dedicated Hosts and Dedicated Instances" (per-host versus
 * per-instance billing, sockets and cores, host affinity, targeted placement), "Capacity Reservations"
 * (any duration, billed at the On-Demand rate whether used or not, regional RIs and Savings Plans apply
 * to them), "Reserved Instances" (zonal RIs reserve capacity; Standard RIs can be sold on the Reserved
 * Instance Marketplace), Savings Plans User Guide (Compute Savings Plans: any family, size, AZ, Region,
 * OS, tenancy, and Fargate and Lambda; up to 66% off; a one- or three-year commitment to an hourly spend),
 * CloudFormation pricing (no charge for AWS resource types; third-party extensions are charged).
 */

// ---------------------------------------------------------------------------------------------------
// Choices: statements for the "Which statement is true?" items

const statement = (id: string, label: string, topic: string): ChoiceInput => ({ id, label, group: 'statement', topic });

const choices: ChoiceInput[] = [
  // AWS Lambda
  statement('bill-st-lambda-requests-duration', 'AWS Lambda charges for the number of requests and for the duration of each invocation, based on the memory configured', 'lambda'),
  statement('bill-st-lambda-free-tier', 'The AWS Lambda free tier includes 1 million requests and 400,000 GB-seconds of compute time each month', 'lambda'),
  statement('bill-st-lambda-1ms', 'AWS Lambda bills the duration of each invocation in 1-millisecond increments', 'lambda'),
  statement('bill-st-lambda-memory-price', 'Giving a Lambda function more memory raises the price of each millisecond it runs', 'lambda'),
  statement('bill-st-lambda-100ms', 'AWS Lambda rounds the duration of every invocation up to the nearest 100 milliseconds', 'lambda'),
  statement('bill-st-lambda-idle-hourly', 'AWS Lambda charges an hourly fee for each deployed function, even when it is not invoked', 'lambda'),
  statement('bill-st-lambda-vcpu', 'AWS Lambda bills for the number of vCPUs you choose for each function', 'lambda'),
  statement('bill-st-lambda-free-swapped', 'The AWS Lambda free tier includes 400,000 requests and 1 million GB-seconds of compute time each month', 'lambda'),
  statement('bill-st-lambda-timeout', 'AWS Lambda charges for the full timeout configured on a function, even when an invocation ends sooner', 'lambda'),
  statement('bill-st-lambda-monthly', 'AWS Lambda charges a fixed monthly price for each function, whatever the number of invocations', 'lambda'),
  // AWS Fargate
  statement('bill-st-fargate-requested', 'AWS Fargate charges for the vCPU and memory a task requests, per second, with a one-minute minimum for Linux tasks', 'fargate'),
  statement('bill-st-fargate-per-request', 'AWS Fargate charges for each request that reaches the containers', 'fargate'),
  statement('bill-st-fargate-actual-use', 'AWS Fargate charges only for the CPU and memory the containers actually use, not for what the task requests', 'fargate'),
  statement('bill-st-fargate-hour', 'AWS Fargate bills every task for at least one full hour', 'fargate'),
  statement('bill-st-fargate-instances', 'AWS Fargate bills for the EC2 instances it launches in your account', 'fargate'),
  // Elastic Beanstalk, CloudFormation, AWS Batch
  statement('bill-st-beanstalk-free', 'AWS Elastic Beanstalk has no additional charge; you pay for the EC2 instances, load balancers and other resources it creates', 'elastic-beanstalk'),
  statement('bill-st-beanstalk-fee', 'AWS Elastic Beanstalk charges an hourly fee for each environment, on top of the resources it creates', 'elastic-beanstalk'),
  statement('bill-st-beanstalk-includes', 'AWS Elastic Beanstalk charges one monthly price that already includes the EC2 instances it launches', 'elastic-beanstalk'),
  statement('bill-st-beanstalk-per-deploy', 'AWS Elastic Beanstalk charges a fee for each application version that is deployed', 'elastic-beanstalk'),
  statement('bill-st-cfn-free', 'AWS CloudFormation adds no charge for creating AWS resources; you pay for the resources in your stacks', 'cloudformation'),
  statement('bill-st-cfn-per-stack', 'AWS CloudFormation charges a monthly fee for each stack it manages', 'cloudformation'),
  statement('bill-st-batch-free', 'AWS Batch has no additional charge; you pay for the EC2 instances or Fargate resources your jobs run on', 'batch'),
  statement('bill-st-batch-per-job', 'AWS Batch charges a fee for every job submitted to a job queue', 'batch'),
  // Amazon Lightsail
  statement('bill-st-lightsail-fixed', 'Amazon Lightsail plans bundle a virtual server, SSD storage and a data transfer allowance for a fixed monthly price', 'lightsail'),
  statement('bill-st-lightsail-cpu', 'Amazon Lightsail bills each instance per second of CPU time actually used', 'lightsail'),
  statement('bill-st-lightsail-commit', 'Amazon Lightsail offers its fixed monthly price only with a one-year commitment', 'lightsail'),
  statement('bill-st-lightsail-transfer', 'Amazon Lightsail charges separately for all outbound data transfer', 'lightsail'),
  statement('bill-st-lightsail-stop-free', 'Stopping an Amazon Lightsail instance stops all charges for it', 'lightsail'),
  // Amazon EC2 billing
  statement('bill-st-ec2-per-second', 'On-Demand Instances running Amazon Linux are billed per second, with a minimum of 60 seconds', 'ec2'),
  statement('bill-st-ec2-stopped-ebs', 'A stopped EC2 instance has no instance charges, but its EBS volumes are still billed', 'ec2'),
  statement('bill-st-ec2-full-hour', 'An Amazon Linux On-Demand Instance that runs for 10 minutes is billed for a full hour', 'ec2'),
  statement('bill-st-ec2-stopped-billed', 'A stopped EC2 instance keeps accruing its hourly instance charge', 'ec2'),
  statement('bill-st-ec2-od-discount', 'On-Demand Instances become cheaper automatically the longer they run', 'ec2'),
  statement('bill-st-ec2-upfront', 'On-Demand Instances require an upfront payment for each month of use', 'ec2'),
  // EC2 purchase options
  statement('bill-st-spot-90', 'Spot Instances can cost up to 90% less than On-Demand Instances, but AWS can reclaim them with a two-minute warning', 'spot-instances'),
  statement('bill-st-spot-never', 'Spot Instances cost less than On-Demand Instances and are never interrupted once launched', 'spot-instances'),
  statement('bill-st-spot-bid', 'To launch Spot Instances, you must bid above the current Spot price', 'spot-instances'),
  statement('bill-st-ri-commit', 'Reserved Instances give a discount on EC2 in return for a one-year or three-year term', 'ec2-purchase-options'),
  statement('bill-st-ri-cancel', 'Reserved Instances can be cancelled at any time, with a refund for the unused months', 'ec2-purchase-options'),
  statement('bill-st-sp-fargate-lambda', 'Compute Savings Plans also lower the price of AWS Fargate and AWS Lambda usage', 'ec2-purchase-options'),
  statement('bill-st-sp-one-type', 'Compute Savings Plans apply only to one instance type in one Availability Zone', 'ec2-purchase-options'),
  statement('bill-st-cr-billed', 'On-Demand Capacity Reservations are billed at the On-Demand rate whether or not instances run in them', 'ec2-purchase-options'),
  statement('bill-st-cr-discount', 'On-Demand Capacity Reservations give up to 72% off in return for a three-year term', 'ec2-purchase-options'),
  statement('bill-st-dh-byol', 'Dedicated Hosts let a company use its existing per-socket or per-core software licences', 'ec2-purchase-options'),
  statement('bill-st-di-cores', 'Dedicated Instances show the number of sockets and physical cores of the server they run on', 'ec2-purchase-options'),
];

// ---------------------------------------------------------------------------------------------------
// Requirements: EC2 purchase options

const purchaseRequirements: RequirementInput[] = [
  {
    id: 'bill-must-not-stop',
    need: 'the workload must not be interrupted',
    met: 'keeps the instances running until the customer itself stops them',
    cues: ['interrupt', 'must not (stop|be stopped)', 'cannot (stop|be stopped|be paused)', 'must (keep running|stay up|stay available)', 'stay up'],
    meets: {
      'on-demand': true,
      'reserved-instances': 'discounts instances that AWS never interrupts: they run until the customer itself stops them',
      'compute-savings-plans': 'discounts instances that AWS never interrupts: they run until the customer itself stops them',
      'dedicated-hosts': true,
      'dedicated-instances': true,
      'capacity-reservations': true,
    },
    fails: {
      spot: 'AWS can reclaim Spot Instances with a two-minute warning whenever it needs the capacity back',
    },
  },
  {
    id: 'bill-pay-only-while-running',
    need: 'the instances run only for short periods at unpredictable times, so they should cost nothing in between',
    met: 'bills only for the seconds the instances run, with no commitment',
    cues: ['^(?=.*(a few (hours|days)|short|occasional))(?=.*(unpredictab|irregular|predict))'],
    meets: {
      'on-demand': true,
      spot: 'bills only for the seconds the instances run, at the current Spot price',
    },
    fails: {
      'reserved-instances': 'Reserved Instances bill for every hour of a one- or three-year term, whether or not instances run',
      'compute-savings-plans': 'a Compute Savings Plan bills the committed amount every hour of its one- or three-year term, even when nothing runs',
      'capacity-reservations': 'an On-Demand Capacity Reservation bills at the On-Demand rate for as long as it is active, whether or not instances use it',
      'dedicated-hosts': 'a Dedicated Host bills for the whole physical server for as long as it is allocated, however little runs on it',
    },
  },
  {
    id: 'bill-no-term-commitment',
    need: 'no long-term commitment can be made',
    met: 'needs no long-term commitment and can be ended at any time',
    cues: ['(not|no|without|cannot|never)\\b.{0,30}\\bcommit'],
    meets: {
      'on-demand': true,
      spot: true,
      'capacity-reservations': 'needs no term and can be cancelled at any time',
      'dedicated-hosts': 'can be allocated On-Demand, by the hour, with no term',
      'dedicated-instances': 'can be launched On-Demand, with no term',
    },
    fails: {
      'reserved-instances': 'Reserved Instances are bought for a one- or three-year term and billed for all of it',
      'compute-savings-plans': 'a Compute Savings Plan commits the customer to an hourly spend for one or three years',
    },
  },
  {
    id: 'bill-steady-discount',
    need: 'the instances run around the clock for a year or more, so a commitment would pay off',
    met: 'lowers the price in exchange for a one- or three-year commitment',
    cues: ['around the clock', '24/7', 'steady', 'every hour of', '(one|two|three|1|3)[- ]years?'],
    meets: {
      'reserved-instances': 'lowers the hourly price by up to 72% in exchange for a one- or three-year term',
      'compute-savings-plans': 'lowers the price by up to 66% in exchange for a one- or three-year commitment to an hourly spend',
    },
    fails: {
      'on-demand': 'On-Demand charges the full rate and gives no discount for a long commitment',
      'capacity-reservations': 'an On-Demand Capacity Reservation on its own bills at the full On-Demand rate, with no discount for a long commitment',
    },
  },
  {
    id: 'bill-shared-hardware-fine',
    need: 'the workload has no licensing or compliance need for dedicated hardware',
    met: 'runs on shared hardware, with no premium for dedicated tenancy',
    cues: ['no (special )?(licen[cs]ing|compliance|isolation)'],
    meets: {
      'on-demand': true,
      'reserved-instances': true,
      'compute-savings-plans': true,
      spot: true,
      'capacity-reservations': true,
    },
    fails: {
      'dedicated-hosts': 'a Dedicated Host bills for an entire physical server kept for one customer, which costs more than shared capacity',
      'dedicated-instances': 'Dedicated Instances cost more than the same instances on shared hardware',
    },
  },
  {
    id: 'bill-reserve-capacity-az',
    need: 'the capacity must be guaranteed in one specific Availability Zone',
    met: 'reserves EC2 capacity in the chosen Availability Zone',
    cues: ['reserve(d)? capacity', 'capacity .{0,40}(reserved|held)', 'guarantee', 'certain .{0,40}(launch|capacity)', 'able to launch', 'capacity will be (there|available)'],
    meets: {
      'reserved-instances': 'reserves capacity in the chosen Availability Zone when bought as a zonal Reserved Instance',
      'capacity-reservations': 'reserves capacity for the instances in the chosen Availability Zone for as long as it is active',
    },
    fails: {
      'on-demand': 'On-Demand Instances hold no capacity in advance, so a launch can fail when the Availability Zone runs short',
      'compute-savings-plans': 'a Savings Plan only lowers the price; it reserves no capacity in any Availability Zone',
      spot: 'Spot Instances use spare capacity that AWS can take back, so nothing is reserved',
      'dedicated-instances': 'Dedicated Instances run on single-tenant hardware and reserve no capacity; a launch still depends on what is free at the time',
    },
  },
  {
    id: 'bill-discount-follows-usage',
    need: 'the discount must keep applying as the workload moves to other instance families, Regions or to Fargate and Lambda',
    met: 'applies its discount automatically to EC2 in any instance family, size or Region, and to Fargate and Lambda',
    cues: ['fargate', 'lambda', 'instance famil', '(between|across|other|any) regions?'],
    meets: {
      'compute-savings-plans': true,
    },
    fails: {
      'reserved-instances': 'a Reserved Instance applies only to EC2 instances that match the instance family and Region it was bought for, and never to Fargate or Lambda',
      'capacity-reservations': 'an On-Demand Capacity Reservation holds capacity for one instance type in one Availability Zone and lowers no price at all',
    },
  },
  {
    id: 'bill-resell-term',
    need: 'it must be possible to sell the unused part of the commitment to another customer',
    met: 'can be sold to other customers on the Reserved Instance Marketplace when bought as a Standard Reserved Instance',
    cues: ['sell', 'resold'],
    meets: {
      'reserved-instances': true,
    },
    fails: {
      'compute-savings-plans': 'a Savings Plan cannot be resold to another customer once it is bought',
    },
  },
  {
    id: 'bill-deep-discount-interruptible',
    need: 'the work can be interrupted and restarted at any time, so the cheapest capacity fits it best',
    met: 'sells spare EC2 capacity at up to 90% off the On-Demand price, which suits work that can survive a two-minute interruption notice',
    cues: ['interrupt', 'restart', 'checkpoint', 'resume', 'fault.tolerant', 'retr(y|ied)', 'pick up where'],
    meets: {
      spot: true,
    },
    fails: {
      'on-demand': 'On-Demand charges the full price for protection from interruption that this work does not need',
      'reserved-instances': 'Reserved Instances need a one- or three-year term and save up to 72%, less than the up to 90% that spare capacity can save',
      'compute-savings-plans': 'a Compute Savings Plan needs a one- or three-year commitment and saves up to 66%, less than the up to 90% that spare capacity can save',
      'capacity-reservations': 'an On-Demand Capacity Reservation bills at the full On-Demand rate, whether or not instances use it',
      'dedicated-hosts': 'a Dedicated Host bills for an entire physical server, far above the price of spare shared capacity',
      'dedicated-instances': 'Dedicated Instances cost more than the same instances on shared hardware',
    },
  },
  {
    id: 'bill-byol-cores',
    need: 'existing software licences that are counted per socket or per physical core must be reused',
    met: 'shows the sockets and physical cores of a server kept for the customer, so per-socket and per-core licences can be used',
    cues: ['socket', 'per.core', 'physical cores?'],
    meets: {
      'dedicated-hosts': true,
    },
    fails: {
      'dedicated-instances': 'Dedicated Instances run on single-tenant hardware and show no sockets or physical cores to count licences against',
      'on-demand': 'On-Demand Instances on shared hardware expose only virtual CPUs, not the sockets and physical cores of the server',
      'reserved-instances': 'a Reserved Instance is only a billing discount; it gives no view of the sockets or physical cores of a server',
      'compute-savings-plans': 'a Savings Plan is only a billing discount; it gives no view of the sockets or physical cores of a server',
      spot: 'Spot Instances run on spare shared capacity and expose only virtual CPUs, not sockets or physical cores',
      'capacity-reservations': 'an On-Demand Capacity Reservation only holds instance capacity; it gives no view of the sockets or physical cores of a server',
    },
  },
  {
    id: 'bill-host-placement-control',
    need: 'the instances must stay on a physical server the customer chooses, and stay there over time',
    met: 'lets the customer choose the physical server for each instance and keep instances on the same server over time',
    cues: ['physical server', 'host id'],
    meets: {
      'dedicated-hosts': true,
    },
    fails: {
      'dedicated-instances': 'with Dedicated Instances AWS chooses the single-tenant server, and an instance can move to another one after a stop and start',
      'on-demand': 'On-Demand Instances run wherever AWS places them and can move to other hardware after a stop and start',
      spot: 'Spot Instances run on spare capacity that AWS chooses and can reclaim at any time',
      'capacity-reservations': 'an On-Demand Capacity Reservation holds capacity in an Availability Zone and gives no control over which physical server an instance uses',
      'reserved-instances': 'a Reserved Instance is a billing discount and gives no control over which physical server an instance uses',
    },
  },
  {
    id: 'bill-single-tenant',
    need: 'the instances must run on hardware that no other AWS customer uses',
    met: 'runs the instances on hardware dedicated to the customer alone',
    cues: ['no other (aws )?customer', 'single.tenant', 'not (be )?shar', 'other (aws )?customers', 'physically isolated'],
    meets: {
      'dedicated-instances': true,
      'dedicated-hosts': 'runs the instances on physical servers dedicated to the customer alone',
    },
    fails: {
      'on-demand': 'On-Demand Instances with default tenancy run on hardware shared with other customers (with dedicated tenancy they become Dedicated Instances)',
      'reserved-instances': 'a Reserved Instance is only a billing discount; it does not by itself move instances onto hardware kept for one customer',
      'compute-savings-plans': 'a Savings Plan is only a billing discount; it does not move instances onto hardware kept for one customer',
      'capacity-reservations': 'an On-Demand Capacity Reservation only holds capacity; it does not by itself keep other customers off the hardware',
    },
  },
  {
    id: 'bill-no-host-management',
    need: 'nobody should have to allocate physical servers or decide which server each instance runs on',
    met: 'leaves host placement to AWS, with no physical servers for the customer to allocate or manage',
    cues: ['not want to (allocate|manage)', 'without (allocating|managing)', 'no (hosts|servers) to (allocate|manage)'],
    meets: {
      'dedicated-instances': true,
    },
    fails: {
      'dedicated-hosts': 'with Dedicated Hosts the customer allocates whole physical servers and manages which instances run on each',
    },
  },
  {
    id: 'bill-few-instances-isolation-cost',
    need: 'only a few small instances need the isolation, so paying for whole servers would be waste',
    met: 'bills per instance, so the customer pays only for the few instances it runs',
    cues: ['(only|just) (a few|a handful|two|three|four)'],
    meets: {
      'dedicated-instances': true,
    },
    fails: {
      'dedicated-hosts': 'a Dedicated Host bills for an entire physical server, far more capacity than a few small instances use',
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Requirements: how compute services are charged

const serviceRequirements: RequirementInput[] = [
  {
    id: 'bill-pay-per-request-ms',
    need: 'the code must be billed per request and per millisecond of run time, with nothing to pay while it is idle',
    met: 'charges per request and per millisecond of run time, and nothing while no code runs',
    cues: ['^(?=.*request)(?=.*millisecond)'],
    meets: {
      lambda: true,
    },
    fails: {
      ec2: 'an EC2 instance bills for every second it runs, busy or idle',
      lightsail: 'Lightsail charges a fixed monthly price for each instance or container service, busy or idle',
      fargate: 'Fargate bills per second, with a one-minute minimum, for the vCPU and memory of each running task rather than per request',
      'elastic-beanstalk': 'the EC2 instances that Elastic Beanstalk launches bill for every second they run, busy or idle',
      'ecs-on-ec2': 'with ECS on EC2 the customer pays for the container instances for every second they run, whatever the number of requests',
    },
  },
  {
    id: 'bill-fixed-monthly-price',
    need: 'one predictable monthly price must cover the server, its storage and data transfer',
    met: 'offers virtual server plans at a fixed monthly price that includes SSD storage and a data transfer allowance',
    cues: ['fixed monthly', 'predictable monthly', 'flat monthly'],
    meets: {
      lightsail: true,
    },
    fails: {
      ec2: 'EC2 bills per second of instance time, with storage and data transfer charged separately, so the monthly bill varies',
      lambda: 'Lambda bills per request and per millisecond of run time, so the bill changes with traffic',
      fargate: 'Fargate bills per second for the vCPU and memory that tasks request, so the bill changes with use',
      'elastic-beanstalk': 'the EC2 instances, load balancer and storage that Elastic Beanstalk creates are billed by use, so the monthly bill varies',
    },
  },
  {
    id: 'bill-container-jobs-hours',
    need: 'each containerized job runs for hours',
    met: 'runs each container for as long as the job needs',
    cues: ['\\b(one|two|three|four|five|six|several|[0-9]+)( to (two|three|four|five|six|[0-9]+))? hours?\\b'],
    meets: {
      fargate: true,
      ec2: 'can run the containers for as long as needed once a container runtime is installed',
      lightsail: 'can run the containers for as long as needed on a Lightsail container service',
      'elastic-beanstalk': 'runs the containers on EC2 instances for as long as needed',
    },
    fails: {
      lambda: 'a Lambda function stops after at most 15 minutes',
    },
  },
  {
    id: 'bill-per-second-task-resources',
    need: 'each job must be billed per second for the vCPU and memory it requests, with nothing to pay between jobs',
    met: 'bills per second for the vCPU and memory each task requests, and nothing once the task stops',
    cues: ['^(?=.*vcpu)(?=.*per second)'],
    meets: {
      fargate: true,
    },
    fails: {
      ec2: 'EC2 bills for whole instances for as long as they run, however much of them the jobs use',
      lightsail: 'a Lightsail container service bills a fixed monthly price per node for as long as it is deployed, even when no job runs',
      'elastic-beanstalk': 'Elastic Beanstalk runs the containers on EC2 instances that bill for as long as the environment runs, jobs or not',
    },
  },
  {
    id: 'bill-upload-code-platform',
    need: 'the code must simply be uploaded, with AWS setting up the servers, the load balancing and automatic scaling',
    met: 'takes the uploaded code and handles capacity provisioning, load balancing, scaling and health monitoring',
    cues: ['^(?=.*upload)(?=.*balanc)(?=.*scal)'],
    meets: {
      'elastic-beanstalk': true,
    },
    fails: {
      cloudformation: 'CloudFormation creates only the resources a template describes, so the team would write and maintain templates for the whole environment itself',
      lightsail: 'Lightsail instances and container services keep the size and number of nodes that the team picks by hand, with no automatic scaling',
      'auto-scaling': 'EC2 Auto Scaling only adds and removes instances; it does not deploy the uploaded code or create the load balancer',
      'elastic-load-balancing': 'Elastic Load Balancing only spreads traffic across targets; it does not deploy code or create the servers',
      codepipeline: 'CodePipeline automates the stages of a release and provisions no servers, load balancers or scaling for the application',
    },
  },
  {
    id: 'bill-no-charge-for-service',
    need: 'the service itself must add no charge beyond the resources it creates or uses',
    met: 'adds no charge of its own: the customer pays only for the resources it creates',
    cues: ['no (additional|extra) charge', 'no charge for the', 'free of charge', 'pay(ing|s)? (only|just) for', 'no charge of (its|their) own', 'free themselves', 'should be free'],
    meets: {
      'elastic-beanstalk': 'adds no charge of its own: the customer pays only for the EC2 instances, load balancers and other resources it creates',
      cloudformation: 'adds no charge for provisioning AWS resources: the customer pays only for the resources in its stacks',
      batch: 'adds no charge of its own: the customer pays only for the EC2 instances or Fargate resources its jobs use',
      'auto-scaling': 'adds no charge of its own: the customer pays for the EC2 instances it launches and any CloudWatch monitoring',
    },
    fails: {
      lambda: 'Lambda charges for each request and for the duration of each run beyond its free tier',
      codepipeline: 'CodePipeline charges for each active pipeline (V1) or for each minute of action execution (V2) beyond its free allowance',
      codebuild: 'CodeBuild charges for each minute of build time beyond its free tier',
      'step-functions': 'Step Functions charges for the state transitions (Standard) or the requests and duration (Express) of its workflows',
      'api-gateway': 'API Gateway charges for the API calls it receives and the data it transfers out',
      'elastic-load-balancing': 'Elastic Load Balancing charges for each hour a load balancer runs and for the capacity units it uses',
      sqs: 'Amazon SQS charges for the requests it handles beyond its free tier',
      lightsail: 'Lightsail charges a monthly price for each plan it runs',
    },
  },
  {
    id: 'bill-templates-iac',
    need: 'the infrastructure must be described in templates and created as identical copies from them',
    met: 'creates and updates whole stacks of resources from JSON or YAML templates',
    cues: ['template'],
    meets: {
      cloudformation: true,
    },
    fails: {
      codepipeline: 'CodePipeline runs the stages of a release process; it does not describe infrastructure in templates of its own',
      codebuild: 'CodeBuild compiles and tests code; it does not create infrastructure from templates',
      lightsail: 'Lightsail launches preconfigured servers and other resources from its own console or API; it does not create stacks of resources from templates',
      'step-functions': 'Step Functions coordinates the steps of a workflow; it does not create infrastructure from templates',
    },
  },
  {
    id: 'bill-job-scheduler',
    need: 'AWS must queue and schedule the long-running jobs and provision the compute they run on',
    met: 'queues the jobs, schedules them and provisions EC2 or Fargate capacity to run them',
    cues: ['queue', 'schedul'],
    meets: {
      batch: true,
    },
    fails: {
      lambda: 'Lambda runs each function for at most 15 minutes and has no job queue that provisions compute for long jobs',
      sqs: 'SQS only holds messages in a queue; it runs no jobs and provisions no compute',
      'step-functions': 'Step Functions coordinates the steps of a workflow and provisions no compute capacity of its own for the jobs',
      lightsail: 'Lightsail offers fixed-price servers and container services with no job queue or scheduler that launches compute for each job',
      eventbridge: 'EventBridge routes events and starts schedules; it provisions no compute to run the jobs',
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Requirement: a true statement about pricing

const TRUE_STATEMENT: RequirementInput = {
  id: 'bill-true-statement',
  met: 'is true',
  cues: ['true', 'correct'],
  meets: {
    'bill-st-lambda-requests-duration': "describes Lambda's two charges: a price per request and a price per GB-second of duration",
    'bill-st-lambda-free-tier': 'gives the Lambda free tier correctly: 1 million requests and 400,000 GB-seconds every month',
    'bill-st-lambda-1ms': 'is true: since December 2020 Lambda rounds duration up to the nearest millisecond',
    'bill-st-lambda-memory-price': 'is true: duration is priced per GB-second, so more memory costs more per millisecond (and brings more CPU)',
    'bill-st-fargate-requested': 'describes how Fargate bills: per second for the vCPU and memory requested, with a one-minute minimum on Linux',
    'bill-st-beanstalk-free': 'is true: Elastic Beanstalk itself is free, and the bill comes from the resources it creates',
    'bill-st-cfn-free': 'is true: for AWS resource types CloudFormation is free, and you pay for what the stacks create',
    'bill-st-batch-free': 'is true: AWS Batch itself is free, and you pay for the compute it launches',
    'bill-st-lightsail-fixed': 'is true: each Lightsail plan has one predictable monthly price for the server, its storage and a data transfer allowance',
    'bill-st-ec2-per-second': 'is true: Amazon Linux instances are billed per second after a 60-second minimum',
    'bill-st-ec2-stopped-ebs': 'is true: stopping ends the instance charges, while the attached EBS storage keeps costing money',
    'bill-st-spot-90': 'is true: Spot sells spare capacity at up to 90% off, and AWS can take it back with a two-minute notice',
    'bill-st-ri-commit': 'is true: Reserved Instances trade a one- or three-year term for up to 72% off',
    'bill-st-sp-fargate-lambda': 'is true: a Compute Savings Plan discounts EC2 in any family or Region, Fargate and Lambda',
    'bill-st-cr-billed': 'is true: a Capacity Reservation is charged at the On-Demand rate for as long as it is active, used or not',
    'bill-st-dh-byol': 'is true: a Dedicated Host shows its sockets and physical cores, so licences counted that way can be reused',
  },
  fails: {
    'bill-st-lambda-100ms': 'Lambda stopped rounding to 100 ms in December 2020; it now bills duration in 1 ms steps',
    'bill-st-lambda-idle-hourly': 'Lambda has no hourly fee for a deployed function; without provisioned concurrency it charges only for requests and run time',
    'bill-st-lambda-vcpu': 'you do not choose vCPUs in Lambda: you set memory, CPU is allocated in proportion to it, and duration is billed in GB-seconds',
    'bill-st-lambda-free-swapped': 'the Lambda free tier is the other way round: 1 million requests and 400,000 GB-seconds each month',
    'bill-st-lambda-timeout': 'Lambda bills the time each invocation actually runs, not the timeout configured on the function',
    'bill-st-lambda-monthly': 'Lambda has no fixed monthly price; the bill grows with the number of requests and their duration',
    'bill-st-fargate-per-request': 'Fargate does not bill per request; it bills for the vCPU and memory a task requests for as long as the task runs',
    'bill-st-fargate-actual-use': 'Fargate bills the vCPU and memory the task requests, whether the containers use all of it or not',
    'bill-st-fargate-hour': 'Fargate bills per second, with a one-minute minimum for Linux tasks, not a full hour',
    'bill-st-fargate-instances': 'Fargate launches no EC2 instances in your account; you pay for the vCPU and memory your tasks request',
    'bill-st-beanstalk-fee': 'Elastic Beanstalk itself is free; an environment costs only the resources in it, such as EC2 instances and load balancers',
    'bill-st-beanstalk-includes': 'Elastic Beanstalk has no price of its own; the EC2 instances it launches are billed separately at their normal rates',
    'bill-st-beanstalk-per-deploy': 'Elastic Beanstalk has no charge per deployment; you pay only for the resources in the environment',
    'bill-st-cfn-per-stack': 'CloudFormation has no fee per stack; for AWS resources you pay only for what the stack creates',
    'bill-st-batch-per-job': 'AWS Batch has no charge per job; you pay only for the EC2 instances or Fargate resources the jobs use',
    'bill-st-lightsail-cpu': 'Lightsail charges a fixed plan price, billed by the hour up to a monthly cap, however much CPU the server uses',
    'bill-st-lightsail-commit': 'Lightsail plans need no commitment; usage is billed by the hour up to the monthly price of the plan',
    'bill-st-lightsail-transfer': 'each Lightsail plan includes a data transfer allowance, and only traffic beyond it costs extra',
    'bill-st-lightsail-stop-free': 'a Lightsail instance is charged until it is deleted, even while it is stopped',
    'bill-st-ec2-full-hour': 'Amazon Linux instances are billed per second with a 60-second minimum, so 10 minutes of use is billed as 10 minutes',
    'bill-st-ec2-stopped-billed': 'a stopped instance accrues no instance charges; only its EBS volumes and any Elastic IP addresses are still billed',
    'bill-st-ec2-od-discount': 'On-Demand charges the same rate however long an instance runs; discounts for steady use come from Savings Plans or Reserved Instances',
    'bill-st-ec2-upfront': 'On-Demand needs no upfront payment; you pay only for the seconds the instances run',
    'bill-st-spot-never': 'AWS can reclaim Spot Instances with a two-minute warning when it needs the capacity back',
    'bill-st-spot-bid': 'there is no bidding any more: Spot Instances run at the current Spot price, and a maximum price is optional',
    'bill-st-ri-cancel': 'a Reserved Instance cannot be cancelled; a Standard Reserved Instance can only be sold to other customers on the Reserved Instance Marketplace',
    'bill-st-sp-one-type': 'Compute Savings Plans apply across instance families, sizes, Availability Zones and Regions, and to Fargate and Lambda',
    'bill-st-cr-discount': 'an On-Demand Capacity Reservation has no term and no discount of its own; it bills at the On-Demand rate',
    'bill-st-di-cores': 'Dedicated Instances give no view of sockets or physical cores; only Dedicated Hosts do',
  },
};

// ---------------------------------------------------------------------------------------------------
// Frames: EC2 purchase options

const D = 'billing-pricing-support' as const;

const purchaseFrames: FrameInput[] = [
  {
    id: 'bill-od-short-uninterrupted',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-pay-only-while-running', 'bill-must-not-stop'],
    key: 'on-demand',
    distractors: ['spot', 'reserved-instances', 'compute-savings-plans', 'capacity-reservations', 'dedicated-hosts'],
    ask: 'Which EC2 purchasing option is the MOST cost-effective for this workload?',
    stems: [
      'A marketing agency runs a video-encoding server for a few hours at unpredictable times each month, whenever a client sends footage. Once an encode starts it cannot be interrupted, or the client misses its deadline.',
      'A university lab needs three Linux instances for short experiments that start at irregular times during the semester. Each experiment must run to the end without being interrupted.',
      'A retailer will test a new checkout service for a few days, at times nobody can predict yet. The test runs must not be interrupted, and the company wants to pay only while the instances are running.',
    ],
  },
  {
    id: 'bill-od-new-app-no-commitment',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-no-term-commitment', 'bill-must-not-stop', 'bill-shared-hardware-fine'],
    key: 'on-demand',
    distractors: ['reserved-instances', 'spot', 'dedicated-instances', 'compute-savings-plans', 'dedicated-hosts'],
    ask: 'Which EC2 purchasing option meets these requirements MOST cost-effectively?',
    stems: [
      'A startup is launching its first web application and has no idea how much traffic it will get, so it will not make a long-term commitment. The application must not be interrupted, and it has no licensing or compliance requirements.',
      'An insurance company is moving a claims portal to EC2 for a six-month pilot and does not want to commit beyond the pilot. Users expect the portal to stay up without interruption, and there is no compliance need for isolated hardware.',
      'A game studio needs servers for a new title whose player numbers are impossible to forecast, so it cannot commit to a one- or three-year term. A server interruption would disconnect players, and the game has no special licensing requirement.',
    ],
  },
  {
    id: 'bill-ri-zonal-capacity',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-steady-discount', 'bill-reserve-capacity-az'],
    key: 'reserved-instances',
    distractors: ['compute-savings-plans', 'on-demand', 'capacity-reservations', 'spot'],
    ask: 'Which EC2 purchasing option is the MOST cost-effective way to meet these requirements?',
    stems: [
      'A bank runs the same 10 m5.large instances around the clock in one Availability Zone and will keep them for three years. The instances must not be interrupted, and the bank wants capacity reserved in that Availability Zone at the lowest price.',
      'A logistics firm will run a fixed fleet of c5.xlarge instances 24/7 for the next three years for its routing engine, which cannot be interrupted. It needs a guarantee that the capacity will be there in one specific Availability Zone, and it wants a large discount for committing.',
      "A hospital's scheduling system needs four r5.large instances running every hour of the next year in a single Availability Zone. The system must not be interrupted, the hospital must be certain capacity is available in that zone, and it is willing to commit to cut the cost.",
    ],
  },
  {
    id: 'bill-ri-resell',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-steady-discount', 'bill-resell-term'],
    key: 'reserved-instances',
    distractors: ['compute-savings-plans', 'on-demand', 'capacity-reservations', 'spot'],
    ask: 'Which EC2 purchasing option meets these requirements MOST cost-effectively?',
    stems: [
      'A media company will run 12 m5.xlarge instances in one Region around the clock for three years and wants a deep discount for committing. The servers must not be interrupted, and because a merger could change its plans, it wants to be able to sell the unused part of the commitment to another AWS customer.',
      "An online retailer expects a steady fleet of EC2 web servers to run 24/7 without interruption for the next three years. Finance insists that, if the fleet shrinks, any unneeded remainder of the term can be resold to other customers.",
      'A payroll provider expects its EC2 fleet to stay the same size every hour of the next three years, and the servers cannot be interrupted. It wants the lowest price for that commitment, with the option to sell the remaining commitment to another company if the business is acquired.',
    ],
  },
  {
    id: 'bill-sp-flexible-compute',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-steady-discount', 'bill-discount-follows-usage'],
    key: 'compute-savings-plans',
    distractors: ['reserved-instances', 'on-demand', 'capacity-reservations', 'spot'],
    ask: 'Which pricing option meets these requirements?',
    stems: [
      'A software company spends about the same amount on compute every hour and will keep doing so for three years. It plans to switch instance families and move part of the workload to Fargate and Lambda, and it wants one commitment whose discount follows that usage automatically. Its services must not be interrupted.',
      'A streaming firm runs steady compute around the clock, and over the next three years it will shift workloads between Regions and change instance families as new generations launch. It wants a discount that keeps applying automatically wherever the instances run, with no interruption to its services.',
      'A SaaS provider has committed to keep its platform running 24/7 for three years, but its engineers expect to replace many EC2 instances with containers on Fargate. Leadership wants a single discount that covers EC2 of any instance family as well as Fargate, and the platform must not be interrupted.',
    ],
  },
  {
    id: 'bill-spot-restartable-jobs',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-no-term-commitment', 'bill-deep-discount-interruptible'],
    key: 'spot',
    distractors: ['on-demand', 'reserved-instances', 'compute-savings-plans', 'capacity-reservations', 'dedicated-hosts'],
    ask: 'Which EC2 purchasing option is the MOST cost-effective for this workload?',
    stems: [
      'A film studio renders animation frames on hundreds of instances for the next two months. Each frame is independent, so a renderer that is stopped can simply restart the frame on another instance. The studio does not want any long-term commitment.',
      'A genomics team runs fault-tolerant analysis jobs that save checkpoints every few minutes and can resume after an interruption. The project lasts only a few weeks, so the team will not commit to a term.',
      "A company's CI system starts build agents that can be terminated at any moment, because a failed build is simply retried. Without making a commitment, the company wants the lowest possible price for these agents.",
    ],
  },
  {
    id: 'bill-spot-flexible-work',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-deep-discount-interruptible'],
    key: 'spot',
    distractors: ['on-demand', 'reserved-instances', 'compute-savings-plans', 'dedicated-instances', 'capacity-reservations'],
    ask: 'Which EC2 purchasing option will cost the LEAST for this work?',
    stems: [
      'A research institute runs weather simulations with flexible start and end times. The jobs can be interrupted and resumed later without harm, and the institute wants to pay as little as possible for the capacity.',
      'An analytics firm processes log files overnight in small, independent chunks, and a chunk that is cut off by an interruption is simply processed again. The firm wants the deepest available discount on its instances.',
      'A machine-learning team trains models on GPU instances and writes a checkpoint every ten minutes, so training can pick up where it left off if an instance is taken away.',
    ],
  },
  {
    id: 'bill-dh-licences',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-byol-cores'],
    key: 'dedicated-hosts',
    distractors: ['dedicated-instances', 'on-demand', 'reserved-instances', 'compute-savings-plans', 'capacity-reservations', 'spot'],
    ask: 'Which EC2 purchasing option meets these requirements?',
    stems: [
      'A company is moving Microsoft SQL Server to AWS and wants to reuse its existing licences, which are counted per physical core. The licensing terms require it to see the sockets and cores of the server its instances run on.',
      'An engineering firm owns per-socket licences for a simulation package and must show the software vendor how many sockets its software runs on after it moves to EC2.',
      'To cut costs, a hospital wants to bring its existing Windows Server licences, which are priced per core, to EC2 instead of paying for licence-included instances. Its licence agreement requires the physical cores of the server to be visible.',
    ],
  },
  {
    id: 'bill-dh-placement',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-host-placement-control'],
    key: 'dedicated-hosts',
    distractors: ['dedicated-instances', 'on-demand', 'capacity-reservations', 'reserved-instances', 'spot'],
    ask: 'Which EC2 purchasing option meets these requirements?',
    stems: [
      "A company's licence terms require each instance to stay on the same physical server for at least 90 days, and its auditors want the host ID of every server that runs the software.",
      'A regulated trading firm must decide exactly which physical server each of its EC2 instances is placed on and keep that placement stable over time.',
      'After moving to AWS, an ERP customer must keep its instances pinned to one physical server that it chooses, because its software licence is tied to that machine.',
    ],
  },
  {
    id: 'bill-di-no-host-management',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-single-tenant', 'bill-no-host-management'],
    key: 'dedicated-instances',
    distractors: ['dedicated-hosts', 'on-demand', 'reserved-instances', 'compute-savings-plans', 'capacity-reservations'],
    ask: 'Which EC2 purchasing option meets these requirements?',
    stems: [
      "A defence contractor's policy says its instances must run on hardware that no other AWS customer uses. It has no software licences tied to physical cores and does not want to allocate or manage physical servers itself.",
      'A government agency must keep its workloads physically isolated from the instances of other AWS customers. The operations team wants AWS to place the instances, without allocating or managing physical servers.',
      "A pharmaceutical company's compliance rules forbid sharing hardware with other customers, but its small cloud team wants no hosts to manage and has no need to track sockets or cores.",
    ],
  },
  {
    id: 'bill-di-few-instances',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-single-tenant', 'bill-few-instances-isolation-cost'],
    key: 'dedicated-instances',
    distractors: ['dedicated-hosts', 'on-demand', 'compute-savings-plans', 'capacity-reservations', 'reserved-instances'],
    ask: 'Which EC2 purchasing option is the MOST cost-effective way to meet this requirement?',
    stems: [
      'A small law firm runs just three t3.medium instances, and a client contract requires them to run on hardware that is not shared with other AWS customers.',
      "A fintech startup must keep only two small instances on single-tenant hardware to satisfy a partner's security audit. It has no licences that depend on physical cores.",
      'A research group runs only a handful of instances, but its data-sharing agreement says they must not share physical hardware with any other customer.',
    ],
  },
  {
    id: 'bill-cr-short-event',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-reserve-capacity-az', 'bill-no-term-commitment'],
    key: 'capacity-reservations',
    distractors: ['on-demand', 'compute-savings-plans', 'reserved-instances', 'spot', 'dedicated-instances'],
    ask: 'Which EC2 purchasing option meets these requirements?',
    stems: [
      'An online ticket seller expects a huge spike during a two-week concert sale and must be certain it can launch 200 extra instances in one specific Availability Zone during that time. It does not want any commitment beyond the sale.',
      'A sports broadcaster needs guaranteed EC2 capacity in a particular Availability Zone for the three days of a championship final, without committing to a one-year or three-year term.',
      'Ahead of a Black Friday weekend, a retailer wants capacity for 50 c5.2xlarge instances held for it in one Availability Zone so that launches cannot fail. After the weekend it will release the capacity, and it will not commit to anything longer.',
    ],
  },
  {
    id: 'bill-cr-recovery-window',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-reserve-capacity-az', 'bill-no-term-commitment'],
    key: 'capacity-reservations',
    distractors: ['spot', 'reserved-instances', 'on-demand', 'dedicated-instances', 'compute-savings-plans'],
    ask: 'Which option should the company use?',
    stems: [
      "A payment processor's disaster recovery plan says it must be able to launch 40 instances in a specific Availability Zone at any moment during a three-month audit. The company does not want to commit to a one- or three-year term.",
      'During a six-week data-centre migration, a manufacturer must be sure capacity will be available in one Availability Zone whenever it moves a group of servers, without any long-term commitment.',
    ],
  },
  // Select TWO
  {
    id: 'bill-two-steady-discount',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-steady-discount'],
    key: ['reserved-instances', 'compute-savings-plans'],
    distractors: ['on-demand', 'spot', 'capacity-reservations'],
    ask: 'Which TWO purchasing options will reduce the cost of this workload? (Select TWO.)',
    stems: [
      'A company runs an ERP system on EC2 around the clock and will keep it unchanged for the next three years. The system must not be interrupted.',
      "An e-commerce company's order database runs on Amazon EC2 instances 24/7 with a steady load, and the company is ready to commit for one year to pay less. The instances cannot be interrupted.",
      'A news website has had the same steady EC2 usage for two years and expects it to stay that way for three more. Its web servers must stay up without interruption.',
    ],
  },
  {
    id: 'bill-two-steady-shared',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-shared-hardware-fine', 'bill-steady-discount'],
    key: ['reserved-instances', 'compute-savings-plans'],
    distractors: ['dedicated-hosts', 'on-demand', 'spot', 'dedicated-instances', 'capacity-reservations'],
    ask: 'Which TWO purchasing options are the MOST cost-effective for this workload? (Select TWO.)',
    stems: [
      'A travel booking site runs a steady fleet of application servers on Amazon EC2 around the clock and will do so for at least three years. The servers must not be interrupted, and there are no licensing or compliance requirements for dedicated hardware.',
      'An accounting firm plans to keep 30 general-purpose EC2 instances running 24/7 for the next three years. The instances cannot be interrupted during the day or during overnight processing, and the firm has no isolation requirements.',
    ],
  },
  {
    id: 'bill-two-single-tenant',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-must-not-stop', 'bill-single-tenant'],
    key: ['dedicated-hosts', 'dedicated-instances'],
    distractors: ['on-demand', 'reserved-instances', 'compute-savings-plans', 'capacity-reservations', 'spot'],
    ask: 'Which TWO EC2 purchasing options meet these requirements? (Select TWO.)',
    stems: [
      "A healthcare company's security policy states that its EC2 instances must run on hardware that no other AWS customer uses, and the instances must not be interrupted.",
      "A bank's regulator requires the bank's instances to be physically isolated from the instances of other customers. The workloads are critical and cannot be interrupted.",
      'A company handling classified data must keep its instances on single-tenant hardware, and they must keep running without interruption.',
    ],
  },
  {
    id: 'bill-two-reserve-capacity',
    kind: 'purchase',
    domain: D,
    requirements: ['bill-reserve-capacity-az', 'bill-must-not-stop'],
    key: ['reserved-instances', 'capacity-reservations'],
    distractors: ['on-demand', 'compute-savings-plans', 'spot', 'dedicated-instances'],
    ask: 'Which TWO EC2 purchasing options can reserve capacity for these instances? (Select TWO.)',
    stems: [
      'A manufacturer must be certain it can launch its production-control instances in one specific Availability Zone whenever it needs them. Once running, the instances must not be interrupted.',
      "A company's failover plan depends on EC2 capacity being there in a particular Availability Zone at any time, and the recovered servers must not be interrupted.",
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Frames: statements about pricing

const statementFrames: FrameInput[] = [
  {
    id: 'bill-st-lambda-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-lambda-requests-duration',
    distractors: ['bill-st-lambda-100ms', 'bill-st-lambda-idle-hourly', 'bill-st-lambda-vcpu', 'bill-st-lambda-timeout', 'bill-st-lambda-monthly'],
    ask: 'Which statement about AWS Lambda pricing is true?',
    stems: [
      'A developer is estimating the monthly cost of a function that resizes images uploaded by customers.',
      'A startup is comparing the cost of running its new API on AWS Lambda with the cost of keeping a small server running all month.',
      'Before approving a serverless project, a finance manager asks the engineers to explain what will appear on the Lambda part of the bill.',
    ],
  },
  {
    id: 'bill-st-lambda-granularity',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-lambda-1ms',
    distractors: ['bill-st-lambda-free-swapped', 'bill-st-lambda-idle-hourly', 'bill-st-lambda-timeout', 'bill-st-lambda-100ms', 'bill-st-lambda-vcpu'],
    ask: 'Which statement about how AWS Lambda bills is correct?',
    stems: [
      "A team's functions usually finish in about 40 milliseconds, and the team wants to know how such a short run time is billed.",
      'An architect is checking old course notes about serverless billing against the current AWS pricing page.',
      'A data engineer wants to lower the cost of a function that runs millions of times a day for a few milliseconds each time.',
    ],
  },
  {
    id: 'bill-st-lambda-two-true',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: ['bill-st-lambda-free-tier', 'bill-st-lambda-memory-price'],
    distractors: ['bill-st-lambda-free-swapped', 'bill-st-lambda-idle-hourly', 'bill-st-lambda-timeout', 'bill-st-lambda-100ms', 'bill-st-lambda-monthly'],
    ask: 'Which TWO statements about AWS Lambda pricing are true? (Select TWO.)',
    stems: [
      'A student building a hobby project wants to understand how AWS Lambda charges before deploying a first function.',
      'A company is reviewing its serverless bill to see where the function charges come from and how to reduce them.',
      'A cost analyst is preparing a one-page summary of Lambda pricing for a new project team.',
    ],
  },
  {
    id: 'bill-st-fargate-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-fargate-requested',
    distractors: ['bill-st-fargate-per-request', 'bill-st-fargate-actual-use', 'bill-st-fargate-hour', 'bill-st-fargate-instances'],
    ask: 'Which statement about AWS Fargate pricing is true?',
    stems: [
      "A company runs its order service as Amazon ECS tasks on Fargate and wants to forecast next month's bill.",
      'A team is deciding how much vCPU and memory to request for each containerized task, knowing that the choice affects cost.',
      'An architect is explaining to a finance team how containers that run without any EC2 instances are billed.',
    ],
  },
  {
    id: 'bill-st-beanstalk-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-beanstalk-free',
    distractors: ['bill-st-beanstalk-fee', 'bill-st-beanstalk-includes', 'bill-st-beanstalk-per-deploy'],
    ask: 'Which statement about AWS Elastic Beanstalk pricing is true?',
    stems: [
      'A development team deploys three web applications with Elastic Beanstalk and wants to understand its AWS bill.',
      'A startup is choosing between managing EC2 instances by hand and letting Elastic Beanstalk build its environments, and cost is a concern.',
      'A manager asks why the monthly invoice lists EC2 instances and load balancers but no separate line for Elastic Beanstalk.',
    ],
  },
  {
    id: 'bill-st-cfn-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-cfn-free',
    distractors: ['bill-st-cfn-per-stack', 'bill-st-beanstalk-fee', 'bill-st-batch-per-job', 'bill-st-fargate-per-request'],
    ask: 'Which statement about the cost of AWS services is true?',
    stems: [
      'A platform team manages 40 CloudFormation stacks of AWS resources and wants to know which parts of its tooling cost money.',
      'A company plans to describe all of its environments as infrastructure-as-code templates and asks what the provisioning service itself will cost.',
      'During a cost review, an auditor lists the deployment and orchestration services a company uses and asks how each one is billed.',
    ],
  },
  {
    id: 'bill-st-batch-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-batch-free',
    distractors: ['bill-st-batch-per-job', 'bill-st-cfn-per-stack', 'bill-st-beanstalk-includes', 'bill-st-lambda-monthly'],
    ask: 'Which statement about AWS pricing is correct?',
    stems: [
      'A research lab submits about 20,000 simulation jobs a month through AWS Batch and wants to predict its costs.',
      'An insurer is moving its overnight risk calculations from an on-premises scheduler to AWS and asks what the managed job service will add to the bill.',
      'A finance analyst sees a large EC2 charge after a weekend of rendering jobs that AWS Batch ran, and wants to know where the money went.',
    ],
  },
  {
    id: 'bill-st-no-charge-two-true',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: ['bill-st-beanstalk-free', 'bill-st-cfn-free'],
    distractors: ['bill-st-batch-per-job', 'bill-st-beanstalk-fee', 'bill-st-cfn-per-stack', 'bill-st-lambda-monthly', 'bill-st-beanstalk-includes'],
    ask: 'Which TWO statements about AWS pricing are true? (Select TWO.)',
    stems: [
      'A small company wants to automate how it builds and deploys its environments and is checking which AWS tools add charges of their own.',
      'A cloud study group is comparing how deployment and infrastructure services are billed before a certification exam.',
      "A CFO asks the IT team to explain which items on next month's AWS invoice come from the tools they use to deploy applications.",
    ],
  },
  {
    id: 'bill-st-lightsail-charges',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-lightsail-fixed',
    distractors: ['bill-st-lightsail-cpu', 'bill-st-lightsail-commit', 'bill-st-lightsail-transfer', 'bill-st-lightsail-stop-free'],
    ask: 'Which statement about Amazon Lightsail pricing is true?',
    stems: [
      'A freelance designer wants to host a WordPress site on Lightsail and needs to tell a client what hosting will cost.',
      'A small charity compares Lightsail with EC2 because its treasurer wants a bill that is easy to predict.',
      'A developer runs a personal blog on a Lightsail instance and wonders how the monthly charge is calculated.',
    ],
  },
  {
    id: 'bill-st-ec2-per-second',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-ec2-per-second',
    distractors: ['bill-st-ec2-full-hour', 'bill-st-ec2-stopped-billed', 'bill-st-ec2-od-discount', 'bill-st-ec2-upfront'],
    ask: 'Which statement about Amazon EC2 billing is true?',
    stems: [
      'A QA team launches Amazon Linux instances for test runs that last between five and twenty minutes.',
      'A developer wants to know whether it is worth shutting down instances during short breaks in a workday.',
      'An engineering manager is comparing the cost of many short-lived EC2 instances with fewer long-running ones.',
    ],
  },
  {
    id: 'bill-st-ec2-stopped',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-ec2-stopped-ebs',
    distractors: ['bill-st-ec2-stopped-billed', 'bill-st-ec2-full-hour', 'bill-st-ec2-upfront', 'bill-st-ec2-od-discount'],
    ask: 'Which statement about the cost of EC2 instances is correct?',
    stems: [
      'To save money, a company stops its development instances every evening and starts them again each morning.',
      'An administrator notices that an account still has charges for instances that were stopped a week ago.',
      'A student stops a test instance at the end of each lab session and wants to know what it still costs while stopped.',
    ],
  },
  {
    id: 'bill-st-purchase-spot',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-spot-90',
    distractors: ['bill-st-ri-cancel', 'bill-st-sp-one-type', 'bill-st-cr-discount', 'bill-st-di-cores', 'bill-st-spot-bid'],
    ask: 'Which statement about EC2 purchasing options is true?',
    stems: [
      'A company is reviewing how it buys EC2 capacity for a mix of web servers, nightly jobs and licensed databases.',
      'A cloud team is preparing a training session on the ways to pay for Amazon EC2.',
      'A new FinOps analyst is checking the claims made in an internal wiki page about EC2 purchasing options.',
    ],
  },
  {
    id: 'bill-st-purchase-savings-plans',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-sp-fargate-lambda',
    distractors: ['bill-st-spot-never', 'bill-st-ri-cancel', 'bill-st-cr-discount', 'bill-st-di-cores', 'bill-st-sp-one-type'],
    ask: 'Which statement about AWS compute pricing options is true?',
    stems: [
      'A company runs workloads on EC2, Fargate and Lambda and wants to lower its compute bill with a commitment.',
      'Before signing a three-year commitment, a finance director asks which compute services the discount would cover.',
      'An architect is comparing the commitment-based and capacity-based ways to pay for compute on AWS.',
    ],
  },
  {
    id: 'bill-st-purchase-capacity',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: 'bill-st-cr-billed',
    distractors: ['bill-st-cr-discount', 'bill-st-spot-bid', 'bill-st-ri-cancel', 'bill-st-sp-one-type', 'bill-st-di-cores'],
    ask: 'Which statement about EC2 pricing is correct?',
    stems: [
      'A retailer is planning how to hold EC2 capacity for a sales event and is reading about the pricing of each option.',
      'An operations lead is surprised to see EC2 charges for capacity that no instance used last week.',
      'A solutions architect is writing guidance on when to reserve capacity and when to buy discounts for EC2.',
    ],
  },
  {
    id: 'bill-st-purchase-two-true',
    kind: 'statement',
    domain: D,
    requirements: ['bill-true-statement'],
    key: ['bill-st-dh-byol', 'bill-st-ri-commit'],
    distractors: ['bill-st-spot-never', 'bill-st-di-cores', 'bill-st-ri-cancel', 'bill-st-cr-discount', 'bill-st-sp-one-type'],
    ask: 'Which TWO statements about EC2 purchasing options are true? (Select TWO.)',
    stems: [
      'A company is moving licensed database servers and a steady web tier to EC2 and is comparing the ways to pay for them.',
      'An IT director wants a short, accurate summary of EC2 purchasing options for the board.',
      'A candidate for the Cloud Practitioner exam is checking flash cards about EC2 pricing models.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Frames: which compute service fits a pricing need

const serviceFrames: FrameInput[] = [
  {
    id: 'bill-lambda-per-request',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-pay-per-request-ms'],
    key: 'lambda',
    distractors: ['ec2', 'lightsail', 'fargate', 'elastic-beanstalk', 'ecs-on-ec2'],
    ask: 'Which AWS service meets these requirements?',
    stems: [
      'A mobile game sends each new high score to the backend a few thousand times a day, and each call needs about 100 milliseconds of processing. The company wants to pay per request and per millisecond of run time, and nothing while no one is playing.',
      'A city council wants code that runs each time a resident submits a form and finishes in under a second. The council wants a bill based only on the number of requests and the milliseconds of compute used.',
      'A small online shop needs code to process each order confirmation, a few hundred a day. The owner refuses to pay for idle servers and wants to be charged per request and per millisecond of compute.',
    ],
  },
  {
    id: 'bill-lightsail-fixed-price',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-fixed-monthly-price'],
    key: 'lightsail',
    distractors: ['ec2', 'lambda', 'fargate', 'elastic-beanstalk'],
    ask: 'Which AWS service should be used?',
    stems: [
      'A photographer wants to host a WordPress portfolio on a simple virtual server, for a predictable monthly price that already includes the server, its storage and a data transfer allowance.',
      'A small accounting practice needs a single Windows server for a client portal and wants a flat monthly price it can budget for, with storage and data transfer included.',
      'A bakery wants to launch a LAMP-stack website quickly and pay a fixed monthly amount that covers the server, SSD storage and a bundle of data transfer.',
    ],
  },
  {
    id: 'bill-fargate-per-second',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-container-jobs-hours', 'bill-per-second-task-resources'],
    key: 'fargate',
    distractors: ['lambda', 'ec2', 'lightsail', 'elastic-beanstalk'],
    ask: 'Which AWS service meets these requirements?',
    stems: [
      'A company has packaged its report generator as container images. Each report job runs for one to three hours a few times a day, and the company wants to pay per second only for the vCPU and memory each job requests, with nothing to pay between jobs.',
      'A biotech startup runs containerized sequence-alignment jobs that last about 4 hours each. It wants to be billed per second for the vCPU and memory each job asks for and does not want servers sitting idle between runs.',
      'Every night an insurer runs a containerized pricing model for two hours. The insurer wants to be charged per second only for the vCPU and memory the container requests while it runs, without paying for idle servers during the rest of the day.',
    ],
  },
  {
    id: 'bill-beanstalk-no-charge',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-upload-code-platform', 'bill-no-charge-for-service'],
    key: 'elastic-beanstalk',
    distractors: ['cloudformation', 'lightsail', 'auto-scaling', 'elastic-load-balancing', 'codepipeline'],
    ask: 'Which AWS service meets these requirements?',
    stems: [
      'A team of Java developers wants to upload a WAR file and have AWS handle capacity provisioning, load balancing, scaling and health monitoring. The team wants no extra charge for the service itself, only for the resources it creates.',
      'A startup wants to upload its Python web application and let AWS create the EC2 instances, load balancer and scaling rules around it. Management insists on no additional charge beyond the resources that run the application.',
      'Developers at a charity want to focus on their Node.js code: they will upload it and expect AWS to provision, balance, scale and monitor the servers. The charity will pay only for the underlying resources.',
    ],
  },
  {
    id: 'bill-cloudformation-no-charge',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-templates-iac', 'bill-no-charge-for-service'],
    key: 'cloudformation',
    distractors: ['codepipeline', 'codebuild', 'lightsail', 'step-functions'],
    ask: 'Which AWS service meets these requirements?',
    stems: [
      'An operations team wants to describe its VPCs, EC2 instances and databases in YAML templates and create identical environments in three Regions. The tool must add no extra charge beyond the resources it creates.',
      'A company wants every test environment built from the same JSON template and deleted each night. The finance team says the service doing this should be free, with the company paying only for the resources created.',
      'To stop configuration drift between accounts, a platform team will define all of its infrastructure in templates that AWS provisions as stacks. It wants no additional charge for the provisioning service.',
    ],
  },
  {
    id: 'bill-batch-no-charge',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-job-scheduler', 'bill-no-charge-for-service'],
    key: 'batch',
    distractors: ['lambda', 'sqs', 'step-functions', 'lightsail', 'eventbridge'],
    ask: 'Which AWS service meets these requirements?',
    stems: [
      'A research lab must run 5,000 simulation jobs, each lasting about three hours. It wants AWS to queue the jobs, schedule them and provision the EC2 capacity, with no charge for the scheduling service itself.',
      'Every weekend an insurer recalculates risk models as thousands of independent jobs that each run for hours. It wants a managed service that queues and schedules the jobs and launches compute for them, with no extra charge beyond the instances used.',
      'A visual effects company needs a managed scheduler that queues long rendering jobs, picks suitable instance types and scales compute up and down. It will pay only for the compute resources the jobs use.',
    ],
  },
  {
    id: 'bill-two-no-charge-deploy',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-no-charge-for-service'],
    key: ['elastic-beanstalk', 'cloudformation'],
    distractors: ['lambda', 'codepipeline', 'elastic-load-balancing', 'api-gateway', 'codebuild'],
    ask: 'Which TWO AWS services add no charge of their own? (Select TWO.)',
    stems: [
      'A cost-conscious startup wants to deploy applications and provision infrastructure with services that are free themselves, so that it pays only for the resources they create.',
      'A finance team is reviewing which AWS tools are free of charge, so that the bill shows only the EC2 instances, load balancers and other resources they set up.',
      'An architect wants to choose services that carry no extra charge, so the company pays only for the underlying resources they provision.',
    ],
  },
  {
    id: 'bill-two-no-charge-compute',
    kind: 'scenario',
    domain: D,
    requirements: ['bill-no-charge-for-service'],
    key: ['batch', 'auto-scaling'],
    distractors: ['lambda', 'step-functions', 'sqs', 'api-gateway', 'elastic-load-balancing'],
    ask: 'Which TWO AWS services are free to use, with charges only for the resources they launch? (Select TWO.)',
    stems: [
      'A company runs nightly processing jobs and adds web servers as demand grows. It wants to use only services that are free themselves, paying just for the EC2 instances they launch.',
      'A team wants to queue compute jobs and to add or remove EC2 instances as load changes, using services that carry no extra charge beyond the instances.',
    ],
  },
];

export const billingArea: ModelAreaInput = {
  choices,
  requirements: [...purchaseRequirements, ...serviceRequirements, TRUE_STATEMENT],
  frames: [...purchaseFrames, ...statementFrames, ...serviceFrames],
};
