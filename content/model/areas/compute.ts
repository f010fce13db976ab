import type { ModelAreaInput } from '../schema.js';

/**
 * Compute on AWS: virtual servers (EC2, Lightsail), code deployment (Elastic Beanstalk), batch jobs
 * (Batch), scaling and spreading traffic (EC2 Auto Scaling, Elastic Load Balancing) and AWS hardware
 * on premises (Outposts). Requirements here are prefixed `cmp-`; the container services and their
 * requirements (`ctr-`) live in containers.ts, and the two files use each other's requirements.
 */

const TECH = 'technology-and-services' as const;

export const computeArea: ModelAreaInput = {
  choices: [
    // Statements for "Which statement about ... is true?" frames.
    { id: 'cmp-stmt-lightsail-fixed-price', label: 'Amazon Lightsail offers virtual servers in bundles that have a fixed monthly price.', group: 'statement', topic: 'lightsail' },
    { id: 'cmp-stmt-lightsail-auto-scales', label: 'Amazon Lightsail adds servers automatically when traffic to a website grows.', group: 'statement', topic: 'lightsail' },
    { id: 'cmp-stmt-lightsail-per-request', label: 'Amazon Lightsail bills for each request that a website serves.', group: 'statement', topic: 'lightsail' },
    { id: 'cmp-stmt-lightsail-any-instance-type', label: 'Amazon Lightsail lets you choose from the full range of EC2 instance types and families.', group: 'statement', topic: 'lightsail' },
    { id: 'cmp-stmt-lightsail-stopped-free', label: 'A stopped Amazon Lightsail instance is not charged.', group: 'statement', topic: 'lightsail' },

    { id: 'cmp-stmt-beanstalk-no-charge', label: 'AWS Elastic Beanstalk has no additional charge; you pay for the AWS resources it creates.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'cmp-stmt-beanstalk-monthly-fee', label: 'AWS Elastic Beanstalk charges a monthly fee for each application it deploys.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'cmp-stmt-beanstalk-docker-only', label: 'AWS Elastic Beanstalk can deploy only applications packaged as Docker containers.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'cmp-stmt-beanstalk-hides-instances', label: 'AWS Elastic Beanstalk hides the EC2 instances it creates, so they cannot be viewed or changed.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'cmp-stmt-beanstalk-on-premises', label: 'AWS Elastic Beanstalk deploys applications onto a company\'s on-premises servers.', group: 'statement', topic: 'elastic-beanstalk' },
  ],

  requirements: [
    // ---- Servers and their operating system ----
    {
      id: 'cmp-full-os-control',
      need: 'full administrator access to the operating system is required to install and tune software on it',
      met: 'gives full administrator access to the operating system of each server',
      cues: ['(access to|control of|control|harden|tune|settings on|agent on) the operating system', 'operating system (hardening|level)', 'administrator (access|rights)', 'as administrator', 'root access', 'as root', 'log in to (it|each|every|the)', 'kernel', 'install (its|their|her|his) own'],
      meets: {
        ec2: true,
        lightsail: 'gives root or administrator access to its virtual private servers',
        'ecs-on-ec2': 'leaves the container instances, and their operating system, under the customer\'s control',
        eks: 'can run the pods on EC2 worker nodes whose operating system the customer controls',
      },
      fails: {
        lambda: 'Lambda runs functions in execution environments that AWS manages, with no administrator access to the operating system',
        fargate: 'Fargate runs tasks on hosts that AWS manages, with no way to log in to them',
        'app-runner': 'App Runner runs the application on compute that AWS manages, with no access to the hosts',
        amplify: 'Amplify Hosting serves web apps from infrastructure that AWS manages, with no server to log in to',
        s3: 'Amazon S3 stores objects and gives no server to log in to',
      },
    },
    {
      id: 'cmp-gpu-instances',
      need: 'the workload needs GPUs',
      met: 'offers GPU instance types',
      cues: ['gpu'],
      meets: {
        ec2: 'offers GPU instance types such as the P and G families',
        batch: 'can launch GPU instances in an EC2 compute environment for the jobs',
        'ecs-on-ec2': 'can place the containers on GPU instances in the cluster',
        ecs: 'can place tasks on GPU instances with the EC2 launch type',
        eks: 'can run pods on GPU worker nodes',
      },
      fails: {
        lambda: 'Lambda functions have no GPUs',
        fargate: 'Fargate offers no GPUs for its tasks',
        'app-runner': 'App Runner offers fixed CPU and memory sizes with no GPUs',
      },
    },
    {
      id: 'cmp-choose-instance-type',
      need: 'the exact EC2 instance type must be chosen',
      met: 'offers a choice of hundreds of EC2 instance types',
      cues: ['instance type', 'instance famil', 'memory-optimi[sz]ed', 'compute-optimi[sz]ed'],
      meets: {
        ec2: true,
        'elastic-beanstalk': 'lets the EC2 instance type of its environment be chosen',
        'ecs-on-ec2': 'runs the containers on the EC2 instance types the customer chooses',
        eks: 'runs pods on worker nodes of the EC2 instance types the customer chooses',
        cloudformation: 'lets a template set any EC2 instance type',
      },
      fails: {
        lightsail: 'Lightsail offers a short list of fixed plan sizes, not the EC2 instance types',
        fargate: 'Fargate sets only the vCPU and memory of each task, not the instance type',
        lambda: 'Lambda sets only a function\'s memory, and AWS picks the hardware',
        'app-runner': 'App Runner sets only the vCPU and memory of each instance, not the instance type',
      },
    },
    {
      id: 'cmp-single-large-server',
      need: 'the workload needs dozens of vCPUs and hundreds of GiB of memory on a single server',
      met: 'offers instance sizes with hundreds of vCPUs and many TiB of memory',
      cues: ['\\d+ vcpus', '\\d[\\d,]* gib'],
      meets: { ec2: true },
      fails: {
        lambda: 'a Lambda function gets at most 10,240 MB of memory and six vCPUs',
        fargate: 'a Fargate task tops out at 16 vCPU and 120 GB of memory',
        'app-runner': 'an App Runner instance tops out at 4 vCPU and 12 GB of memory',
      },
    },

    // ---- Lightsail ----
    {
      id: 'cmp-fixed-monthly-price',
      need: 'the bill must be the same, predictable amount every month',
      met: 'bundles a server, SSD storage and a data-transfer allowance at a fixed monthly price',
      cues: ['fixed monthly', 'predictable monthly', 'flat monthly', 'same amount every month'],
      meets: { lightsail: true },
      fails: {
        ec2: 'EC2 bills each instance per second and charges separately for storage, public IP addresses and data transfer',
        'elastic-beanstalk': 'with Elastic Beanstalk the customer pays for every EC2 instance, load balancer and volume it creates, so the bill follows what runs',
        lambda: 'Lambda bills per request and per millisecond of run time, so the bill follows traffic',
        fargate: 'Fargate bills per second for the vCPU and memory the tasks request, so the bill follows usage',
        amplify: 'Amplify Hosting bills per build minute, per GB stored and per GB served, so the bill follows traffic',
        'app-runner': 'App Runner bills per second for the vCPU and memory the app reserves and uses, so the bill follows traffic',
      },
    },
    {
      id: 'cmp-little-cloud-experience',
      need: 'there is little cloud experience to draw on, so the site must come ready-made and be simple to launch',
      met: 'launches ready-to-run blueprints such as WordPress from one simple console',
      cues: ['little (cloud |aws )?experience', 'no (cloud|aws) experience', 'few clicks', 'cloud expert', 'new to the cloud'],
      meets: { lightsail: true },
      fails: {
        ecs: 'Amazon ECS expects the site packaged as container images and described in task definitions',
        eks: 'Amazon EKS expects the site to run on Kubernetes, which takes specialist skills',
        cloudformation: 'CloudFormation expects every resource of the site written out in a template',
      },
    },

    // ---- Elastic Beanstalk ----
    {
      id: 'cmp-paas-upload-code',
      need: 'the code should simply be uploaded, with AWS provisioning the servers that run it and scaling them automatically',
      met: 'takes the uploaded code and provisions the servers, load balancer, automatic scaling and health monitoring for it',
      cues: ['(upload|focus on (the|their|its) .{0,30}code)[\\s\\S]*scal', 'scal[\\s\\S]*upload'],
      meets: {
        'elastic-beanstalk': true,
        'app-runner': 'builds and runs the uploaded code with load balancing and scaling built in',
      },
      fails: {
        ec2: 'with EC2 the customer launches the instances, installs the code and sets up scaling',
        lightsail: 'Lightsail has no automatic scaling: its servers, and the nodes of its container services, are added and removed by hand',
        ecs: 'Amazon ECS runs container images, so the code would first have to be built into an image',
        eks: 'Amazon EKS runs container images described in Kubernetes manifests, so the code would first have to be built into an image',
        cloudformation: 'CloudFormation creates the resources written in a template and leaves deploying the application code onto them to another tool',
        'auto-scaling': 'EC2 Auto Scaling adds and removes instances from a launch template; it does not deploy code or add a load balancer',
        'elastic-load-balancing': 'Elastic Load Balancing spreads traffic across targets; it does not deploy code or create servers',
        codedeploy: 'CodeDeploy pushes new versions onto servers that already exist; it does not create the servers, load balancer or scaling',
      },
    },
    {
      id: 'cmp-server-access',
      need: 'access to the servers the application runs on must be kept',
      met: 'runs the application on servers that can still be logged in to and adjusted',
      cues: ['log in to the (servers|instances)', 'ssh access', 'access to the (underlying )?(servers|instances)', 'control of the (servers|instances)'],
      meets: {
        'elastic-beanstalk': 'runs the application on EC2 instances in the customer\'s own account, which can still be logged in to and adjusted',
        ec2: true,
        lightsail: 'runs the application on a virtual server that can be logged in to',
        'ecs-on-ec2': true,
      },
      fails: {
        lambda: 'Lambda runs functions in environments that AWS manages, with no server to log in to',
        'app-runner': 'App Runner runs the application on compute that AWS manages, with no access to the instances underneath',
        fargate: 'Fargate runs tasks on hosts that AWS manages, with no way to log in to them',
        amplify: 'Amplify Hosting serves the app from infrastructure that AWS manages, with no server to log in to',
      },
    },
    {
      id: 'cmp-windows-iis',
      need: 'the application is a .NET Framework app that runs under IIS on Windows Server',
      met: 'offers Windows Server with IIS to run the application',
      cues: ['\\biis\\b', '\\.net framework', 'windows server'],
      meets: {
        'elastic-beanstalk': 'offers a .NET on Windows Server platform with IIS',
        ec2: 'offers Windows Server instances on which IIS can run',
        lightsail: 'offers Windows Server plans',
        ecs: 'can run Windows containers with IIS',
      },
      fails: {
        lambda: 'Lambda runs .NET on Linux only and cannot host an IIS application',
        'app-runner': 'App Runner runs Linux containers and runtimes only, with no Windows Server',
        amplify: 'Amplify Hosting serves static and server-side rendered web apps on Linux, not IIS applications',
      },
    },

    // ---- Batch ----
    {
      id: 'cmp-long-jobs',
      need: 'each run lasts longer than 15 minutes',
      met: 'runs the work for as long as it needs, with no time limit',
      cues: ['hours', 'an hour', '\\b([2-9]\\d|1\\d\\d) minutes'],
      meets: {
        batch: true,
        ecs: true,
        'ecs-on-ec2': true,
        eks: true,
        ec2: true,
        fargate: 'runs each task for as long as it needs, with no time limit',
        lightsail: 'runs its servers for as long as they are needed',
      },
      fails: {
        lambda: 'a Lambda function stops after at most 15 minutes',
      },
    },
    {
      id: 'cmp-job-queue',
      need: 'AWS must hold the jobs in a queue and launch the compute to run them',
      met: 'queues the jobs, provisions the compute they need and scales it back to zero when they finish',
      cues: ['queu'],
      meets: { batch: true },
      fails: {
        ecs: 'Amazon ECS starts the tasks it is asked to run and keeps no job queue with priorities, retries and dependencies',
        sqs: 'Amazon SQS only queues messages and launches no compute to process them',
        'step-functions': 'Step Functions runs the steps of a workflow and neither queues jobs nor sizes compute for them',
        lightsail: 'Lightsail has no job queue and launches no servers on its own; its servers are created and deleted by hand',
      },
    },
    {
      id: 'cmp-spare-capacity',
      need: 'the jobs can be interrupted and retried, so they should run on spare capacity at a steep discount',
      met: 'can run the work on spare EC2 capacity (Spot Instances) at a steep discount',
      cues: ['spare', 'interrupt', 'up to 90'],
      meets: {
        batch: 'can run the jobs on EC2 Spot Instances or Fargate Spot at a steep discount',
        ecs: 'can run tasks on EC2 Spot Instances or Fargate Spot',
        ec2: 'offers Spot Instances at up to 90% off',
      },
      fails: {
        lambda: 'Lambda has no spare-capacity pricing; every request and millisecond is billed at the published rate',
        lightsail: 'Lightsail sells fixed monthly bundles with no spare-capacity pricing',
      },
    },
    {
      id: 'cmp-batch-compute',
      need: 'the jobs must run on compute that AWS Batch can launch and manage',
      met: 'can be the compute environment that AWS Batch runs jobs on',
      cues: ['aws batch'],
      meets: {
        ec2: 'can be an AWS Batch compute environment, with On-Demand or Spot Instances',
        fargate: 'can be an AWS Batch compute environment, with no servers to manage',
      },
      fails: {
        lambda: 'AWS Batch cannot run jobs on Lambda functions',
        lightsail: 'AWS Batch cannot use Lightsail servers as a compute environment',
        'app-runner': 'AWS Batch cannot use App Runner as a compute environment',
        'step-functions': 'Step Functions can submit jobs to AWS Batch and is not itself a compute environment for them',
      },
    },

    // ---- Scaling and load balancing ----
    {
      id: 'cmp-adjust-instance-count',
      need: 'the number of EC2 instances must grow and shrink automatically as demand changes',
      met: 'adds EC2 instances when load rises and removes them when it falls, by policy or schedule',
      cues: ['number of (ec2 )?instances', 'more (ec2 )?instances', 'fewer (ec2 )?instances', 'instances added', 'scale out'],
      meets: {
        'auto-scaling': true,
        'elastic-beanstalk': 'scales the EC2 instances of its environment with an Auto Scaling group',
      },
      fails: {
        'elastic-load-balancing': 'Elastic Load Balancing only spreads requests across the instances that exist and never adds or removes any',
        cloudformation: 'CloudFormation creates the resources in a template when a stack is deployed; it does not change the instance count as load changes',
        'systems-manager': 'Systems Manager runs commands and patches on existing instances; it does not change how many instances run',
        lightsail: 'Lightsail has no auto scaling, so servers are added and removed by hand',
        sns: 'Amazon SNS sends notifications; it does not add or remove instances',
      },
    },
    {
      id: 'cmp-replace-unhealthy',
      need: 'a failed instance must be replaced by a new one without anyone stepping in',
      met: 'replaces any instance that fails its health checks with a new one',
      cues: ['replace', 'heal'],
      meets: {
        'auto-scaling': true,
        'elastic-beanstalk': 'replaces failed instances through the Auto Scaling group it creates',
      },
      fails: {
        'elastic-load-balancing': 'Elastic Load Balancing only stops sending traffic to an unhealthy instance and never launches a replacement',
        cloudformation: 'CloudFormation creates resources when a stack is deployed; it does not watch instances and replace failed ones',
        'systems-manager': 'Systems Manager runs commands and automations on instances; it does not keep a minimum number of instances running',
        sns: 'Amazon SNS can only send an alert about a failed instance and cannot launch a new one',
      },
    },
    {
      id: 'cmp-spread-across-azs',
      need: 'the instances must be spread across several Availability Zones',
      met: 'works across several Availability Zones',
      cues: ['availability zones?'],
      meets: {
        'auto-scaling': 'launches and balances its instances across several Availability Zones',
        'elastic-load-balancing': 'sends traffic to targets in several Availability Zones',
      },
      fails: {},
    },
    {
      id: 'cmp-survives-instance-failure',
      need: 'the web tier must keep serving users when an instance fails',
      met: 'keeps the web tier serving when an instance fails',
      cues: ['instance fails', 'failed instance', 'goes down', 'keep serving', 'stay available', 'high availability'],
      meets: {
        'elastic-load-balancing': 'stops sending requests to any instance that fails its health checks',
        'auto-scaling': 'replaces any instance that fails its health checks',
      },
      fails: {
        cloudformation: 'CloudFormation creates the stack when it is deployed and does not watch instance health afterwards',
        'systems-manager': 'Systems Manager patches and runs commands on instances and neither reroutes traffic around a failed one nor replaces it',
        sns: 'Amazon SNS can only send an alert about a failed instance; it neither reroutes traffic nor replaces the instance',
        codedeploy: 'CodeDeploy rolls out new application versions and does nothing when an instance fails between deployments',
      },
    },
    {
      id: 'cmp-distribute-traffic',
      need: 'incoming requests must be spread across several targets and kept away from unhealthy ones',
      met: 'spreads incoming requests across healthy targets and stops sending traffic to any that fail health checks',
      cues: ['^(?=.*(spread|distribut|shared among|share it across|passes each request on))(?=.*(healthy|health check|failed servers|fail a health)).*'],
      meets: { 'elastic-load-balancing': true },
      fails: {
        'auto-scaling': 'an Auto Scaling group only changes how many instances run and does not spread requests across them',
        ec2: 'EC2 instances are the targets that serve the requests; EC2 does not spread traffic across them',
        'api-gateway': 'API Gateway forwards each API call to a configured backend; it does not health-check a fleet of targets and spread requests across it',
        sqs: 'Amazon SQS passes messages to consumers that poll for them; it cannot route clients\' live requests to servers',
        ecs: 'Amazon ECS keeps the tasks running and leaves routing client requests to them to another service',
      },
    },
    {
      id: 'cmp-path-routing',
      need: 'requests must be routed by URL path to different groups of targets',
      met: 'routes HTTP requests by URL path or host name with an Application Load Balancer',
      cues: ['url path', 'requests (for|to) /[a-z]'],
      meets: {
        'elastic-load-balancing': true,
        'api-gateway': 'routes requests by resource path to different backends',
      },
      fails: {},
    },
    {
      id: 'cmp-tcp-udp-traffic',
      need: 'the traffic is raw TCP or UDP, not HTTP API calls',
      met: 'offers the Network Load Balancer for TCP and UDP traffic at millions of requests per second, with a static IP address per zone',
      cues: ['\\budp\\b', '\\btcp\\b'],
      meets: { 'elastic-load-balancing': true },
      fails: {
        'api-gateway': 'API Gateway serves HTTP, REST and WebSocket APIs, not raw TCP or UDP traffic',
      },
    },
    {
      id: 'cmp-tls-offload',
      need: 'HTTPS must be terminated in front of the servers with a managed certificate',
      met: 'terminates HTTPS with certificates from AWS Certificate Manager, so the servers need not',
      cues: ['https', '\\btls\\b', 'certificate'],
      meets: { 'elastic-load-balancing': true },
      fails: {},
    },

    // ---- Outposts ----
    {
      id: 'cmp-aws-hardware-on-premises',
      need: 'AWS must deliver, install and maintain AWS hardware inside the customer\'s own building',
      met: 'delivers, installs and maintains AWS racks or servers at the customer\'s own site',
      cues: ['^(?=.*(own (data center|facility|factory|building|site|premises)|on premises|on site|inside the (factory|plant|building)))(?=.*(aws-managed|aws to (deliver|install|supply)|aws should (supply|install)|aws (hardware|infrastructure|racks|compute)|that aws maintains)).*'],
      meets: { outposts: true },
      fails: {
        lightsail: 'Lightsail runs its servers only in AWS Regions and installs nothing at the customer\'s site',
        'elastic-beanstalk': 'Elastic Beanstalk deploys applications onto AWS resources it creates and brings no AWS hardware into the customer\'s building',
        'systems-manager': 'Systems Manager manages servers the customer already owns and brings no AWS hardware on site',
        lambda: 'Lambda runs functions on infrastructure in AWS\'s own facilities and brings no AWS hardware into the customer\'s building',
      },
    },
    {
      id: 'cmp-low-latency-on-site',
      need: 'the applications need very low latency to systems in the same building',
      met: 'runs the workloads next to the on-premises systems, for single-digit millisecond latency',
      cues: ['latency'],
      meets: { outposts: true },
      fails: {},
    },
    {
      id: 'cmp-same-aws-apis',
      need: 'the same AWS APIs, console and tools as in the cloud must work there',
      met: 'works with the same AWS APIs, console and tools as the AWS Region it is connected to',
      cues: ['same (aws )?(apis|console|tools)', 'same apis'],
      meets: { outposts: true },
      fails: {},
    },

    // ---- Statements ----
    {
      id: 'cmp-lightsail-fact',
      met: 'states how Lightsail is sold: virtual servers in bundles with a fixed monthly price',
      cues: ['lightsail'],
      meets: { 'cmp-stmt-lightsail-fixed-price': true },
      fails: {
        'cmp-stmt-lightsail-auto-scales': 'Lightsail has no auto scaling; servers and a load balancer are added by hand',
        'cmp-stmt-lightsail-per-request': 'Lightsail does not bill per request; each plan has a fixed monthly price that includes a data-transfer allowance',
        'cmp-stmt-lightsail-any-instance-type': 'Lightsail offers a short list of fixed plans, not the full range of EC2 instance types',
        'cmp-stmt-lightsail-stopped-free': 'a Lightsail instance is charged until it is deleted, even while it is stopped',
      },
    },
    {
      id: 'cmp-beanstalk-fact',
      met: 'states how Elastic Beanstalk is priced: it is free, and the bill is for the resources it creates',
      cues: ['elastic beanstalk'],
      meets: { 'cmp-stmt-beanstalk-no-charge': true },
      fails: {
        'cmp-stmt-beanstalk-monthly-fee': 'Elastic Beanstalk itself is free; the bill is for the EC2 instances, load balancers and other resources it creates',
        'cmp-stmt-beanstalk-docker-only': 'Elastic Beanstalk also runs Java, .NET, Node.js, PHP, Python, Ruby and Go code without containers',
        'cmp-stmt-beanstalk-hides-instances': 'the instances Elastic Beanstalk creates stay in the account, where the team can see and adjust them',
        'cmp-stmt-beanstalk-on-premises': 'Elastic Beanstalk deploys only into environments it creates in AWS, not onto on-premises servers',
      },
    },
  ],

  frames: [
    // ================= Amazon EC2 =================
    {
      id: 'ec2-gpu-with-os-access',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-gpu-instances', 'cmp-full-os-control'],
      key: 'ec2',
      distractors: ['lambda', 'fargate', 'amplify', 'app-runner'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A research lab trains deep learning models on GPU hardware for several days at a time. Its engineers must install a specific NVIDIA driver version and tune the operating system themselves.',
        'A visual effects studio wants to rent GPU capacity in the cloud for its rendering software. The software\'s licence agent has to be installed with full administrator rights on each machine.',
        'A university team needs cloud machines with GPUs to run simulation code it compiled itself. The researchers need root access so they can load custom kernel modules.',
        'A game developer wants to test graphics-heavy builds on GPU-equipped servers in the cloud. The team must be able to log in to each server and install its own drivers.',
      ],
    },
    {
      id: 'ec2-rehost-choose-instance-type',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-full-os-control', 'cmp-choose-instance-type'],
      key: 'ec2',
      distractors: ['lightsail', 'lambda', 'fargate', 'amplify'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company is moving a legacy inventory application from its data center to AWS without changing it. The application needs administrator access to the operating system, and the team wants to pick a memory-optimized instance type.',
        'An insurance firm must rehost a vendor product whose installer needs administrator access to the operating system. Its architects want to size each server by choosing among compute-optimized and memory-optimized instance families.',
        'A logistics company runs a commercial routing engine that needs root access to the host. The vendor certifies the engine only on a few specific instance types, so the company must choose the exact type.',
        'A hospital IT team plans a lift-and-shift of its reporting server. The team must keep full control of the operating system and wants to select an instance type with a large amount of memory.',
      ],
    },
    {
      id: 'ec2-single-large-server',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-full-os-control', 'cmp-single-large-server'],
      key: 'ec2',
      distractors: ['lambda', 'fargate', 'app-runner', 'amplify'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'An analytics firm runs a self-managed in-memory database that needs 96 vCPUs and 768 GiB of memory on a single machine. Its database administrators must tune kernel settings on the operating system.',
        'A bank wants to move a risk engine that loads its whole data set into 512 GiB of memory on one server with 64 vCPUs. The vendor\'s installer needs administrator access to the operating system.',
        'A genomics team needs one machine with 128 vCPUs and 1,024 GiB of memory for an assembly tool. The scientists must be able to log in to it and install their own libraries.',
        'A chip design company runs a simulation tool that needs 192 vCPUs and 1,536 GiB of memory on one host. Its engineers need administrator rights to install the tool\'s licence daemon.',
      ],
    },

    // ================= Amazon Lightsail =================
    {
      id: 'lightsail-beginner-website',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-fixed-monthly-price', 'cmp-little-cloud-experience'],
      key: 'lightsail',
      distractors: ['ec2', 'elastic-beanstalk', 'amplify', 'lambda', 'fargate'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'The owner of a small bakery wants to launch a WordPress website. She has little cloud experience and wants one predictable monthly price that includes the server, storage and data transfer.',
        'A freelance photographer with no AWS experience needs a portfolio site built from a ready-made WordPress image. He wants to pay the same amount every month.',
        'A local charity wants a simple blog running in a few clicks. Nobody on its staff is a cloud expert, and the treasurer needs a flat monthly fee that is easy to budget.',
        'A two-person consulting firm that is new to the cloud wants a small business website with a preconfigured content management system, at a fixed monthly price rather than usage-based billing.',
      ],
    },
    {
      id: 'lightsail-fixed-price-server',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-fixed-monthly-price', 'cmp-full-os-control'],
      key: 'lightsail',
      distractors: ['ec2', 'lambda', 'fargate', 'app-runner', 'elastic-beanstalk'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A developer wants a small Linux server with root access to install a LAMP stack for a side project. The server, SSD storage and a data-transfer allowance should come at one fixed monthly price.',
        'A student needs a virtual private server for a Node.js hobby app. She wants to log in to it over SSH with root privileges and pay a predictable monthly price with storage and traffic included.',
        'A web developer at a small agency needs a Windows server she can manage as administrator to host a client\'s intranet site. The client insists on a flat monthly fee that already includes data transfer.',
        'A developer wants to run a small community game server with full control of the operating system, and to pay the same amount every month for it.',
      ],
    },

    // ================= AWS Elastic Beanstalk =================
    {
      id: 'beanstalk-upload-keep-access',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-server-access', 'cmp-paas-upload-code'],
      key: 'elastic-beanstalk',
      distractors: ['lambda', 'app-runner', 'lightsail', 'fargate', 'amplify'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A development team has a Java web application packaged as a WAR file. The developers want to upload it and let AWS handle capacity provisioning, load balancing, scaling and health monitoring, while keeping the ability to log in to the servers.',
        'A startup\'s developers want to upload their Python web app and focus on code, not on infrastructure. AWS should provision capacity and handle scaling and health checks, but the team needs SSH access to the instances for troubleshooting.',
        'Developers at a retailer want to upload a Node.js application and have AWS set up the load balancing, scaling and monitoring for it. The operations staff still want access to the underlying instances.',
        'A team with few operations staff wants to deploy a PHP web application by uploading a source bundle. The environment must scale with traffic, and administrators want to keep control of the instances it runs on.',
      ],
    },
    {
      id: 'beanstalk-windows-iis',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-windows-iis', 'cmp-paas-upload-code'],
      key: 'elastic-beanstalk',
      distractors: ['lambda', 'app-runner', 'lightsail', 'ecs', 'amplify'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company has an ASP.NET web application built on the .NET Framework that runs under IIS. The developers want to upload the code and have AWS provision the servers, scale them and monitor their health.',
        'A school district\'s developers maintain a .NET Framework portal hosted on IIS. They want to upload the application code and let AWS take care of provisioning, load balancing and scaling.',
        'An accounting firm wants to deploy its IIS-based Windows Server web application by uploading a code package. AWS should manage the capacity, the scaling and the health monitoring.',
        'An HR software team maintains a web app written for the .NET Framework and hosted in IIS. The team would rather upload new versions than manage servers, load balancers and scaling rules itself.',
      ],
    },
    {
      id: 'beanstalk-choose-instance-type',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-choose-instance-type', 'cmp-paas-upload-code'],
      key: 'elastic-beanstalk',
      distractors: ['lambda', 'app-runner', 'fargate', 'lightsail', 'cloudformation'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A media company\'s developers want to upload a Ruby web application and have AWS deploy it with load balancing, scaling and health monitoring. The team also wants to choose a compute-optimized instance type for it.',
        'A developer wants to deploy a Go API by uploading the code, with AWS handling provisioning and scaling. The architect insists on picking the exact instance type the API runs on.',
        'A software vendor wants to upload its Tomcat application and let AWS build the environment around it and scale it automatically. Its performance team must still be able to choose memory-optimized instances.',
        'A data visualization startup wants to upload its Python Flask app and let AWS handle capacity, scaling and health checks. Because the app is memory hungry, the team wants to select a memory-optimized instance family.',
      ],
    },

    // ================= AWS Batch =================
    {
      id: 'batch-container-jobs-for-hours',
      kind: 'scenario',
      domain: TECH,
      requirements: ['runs-container-images', 'cmp-long-jobs', 'cmp-job-queue'],
      key: 'batch',
      distractors: ['lambda', 'ecs', 'sqs', 'lightsail', 'step-functions'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A pharmaceutical company runs thousands of protein simulations, each packaged as a Docker container that runs for about three hours. It wants AWS to queue the jobs, launch the right compute and scale it back to zero when the work is done.',
        'Every night, a bank submits about 20,000 risk calculations packaged as container images. Each job takes two to four hours, and the bank wants AWS to provision compute for the queue and remove it afterwards.',
        'A media company transcodes large video files with a containerized tool, and each file takes up to five hours. It needs a managed service that holds the jobs in a queue and sizes the compute automatically.',
        'University researchers package their climate models as containers, and each run lasts several hours. They want to put runs in a queue and let AWS choose and launch the instances.',
      ],
    },
    {
      id: 'batch-spot-jobs',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-long-jobs', 'cmp-spare-capacity', 'cmp-job-queue'],
      key: 'batch',
      distractors: ['lambda', 'ecs', 'sqs', 'lightsail', 'step-functions'],
      ask: 'Which AWS service best fits these requirements?',
      stems: [
        'An animation studio renders each scene in a job that runs for about six hours. The jobs can be interrupted and retried, so the studio wants spare EC2 capacity at a steep discount, with AWS queuing the jobs and provisioning the compute.',
        'A fintech company runs Monte Carlo simulations that take several hours each and tolerate interruptions. It wants a managed queue that launches spare compute capacity for the simulations to cut costs.',
        'An energy company processes seismic data in jobs lasting many hours. The jobs save checkpoints, so they can run on interruptible capacity at up to 90% off, and AWS should queue them and scale the compute.',
        'A genomics lab runs thousands of sequence alignments that take about two hours each. Because a failed alignment can simply be rerun, the lab wants cheap spare capacity and a managed queue that launches compute for the backlog.',
      ],
    },
    {
      id: 'batch-gpu-queue',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-gpu-instances', 'cmp-job-queue'],
      key: 'batch',
      distractors: ['lambda', 'lightsail', 'ecs', 'sqs', 'app-runner'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A machine learning team has 5,000 model-training jobs that each need a GPU. The team wants to put them in a queue and have AWS launch GPU instances as needed and shut them down when the queue is empty.',
        'A medical imaging startup runs thousands of GPU-accelerated analysis jobs every week. It wants a managed service that queues the jobs, picks suitable instances and scales them back down afterwards.',
        'An engineering firm has hundreds of fluid dynamics runs that require GPUs. It wants AWS to hold the runs in a queue, provision the right instances and release them when the work finishes.',
        'A speech recognition company retrains dozens of models every weekend, and each training job needs a GPU. It wants AWS to queue the jobs and to launch and remove the GPU capacity automatically.',
      ],
    },

    // ================= Amazon EC2 Auto Scaling =================
    {
      id: 'auto-scaling-follow-demand',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-adjust-instance-count'],
      key: 'auto-scaling',
      distractors: ['elastic-load-balancing', 'cloudformation', 'systems-manager', 'lightsail', 'sns'],
      ask: 'Which AWS service or feature should the company use?',
      stems: [
        'An online retailer runs its storefront on Amazon EC2 instances. Traffic doubles every evening and drops after midnight, and the company wants instances added during the peak and removed afterwards without manual work.',
        'A news website on EC2 sees sudden spikes when big stories break. The operations team wants the number of instances to grow when average CPU use passes 60% and to shrink when it falls.',
        'A ticketing company knows that sales open every Monday at 9 AM. It wants more EC2 instances running before 9 AM and fewer instances again in the evening, on a schedule.',
        'A payroll application on EC2 is busy only at the end of each month. The company wants to scale out for those days and scale back in for the rest of the month so that it does not pay for idle servers.',
      ],
    },
    {
      id: 'auto-scaling-self-healing',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-replace-unhealthy', 'cmp-spread-across-azs'],
      key: 'auto-scaling',
      distractors: ['elastic-load-balancing', 'cloudformation', 'systems-manager', 'sns'],
      ask: 'Which AWS service or feature meets these requirements?',
      stems: [
        'A company\'s web tier must always have at least four EC2 instances running across two Availability Zones. If an instance fails its health check, a replacement must be launched automatically.',
        'A SaaS provider wants its EC2 fleet to heal itself: any instance that becomes unhealthy should be terminated and replaced, and the fleet should be balanced over three Availability Zones.',
        'An airline\'s check-in servers run on EC2 in several Availability Zones. The company wants failed instances to be replaced without anyone stepping in, so the fleet never drops below its minimum size.',
        'A payment gateway runs on EC2 instances in three Availability Zones. If any instance becomes unhealthy, the company wants it replaced automatically so that at least six instances are always in service.',
      ],
    },

    // ================= Elastic Load Balancing =================
    {
      id: 'elb-spread-across-instances',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-distribute-traffic', 'cmp-spread-across-azs'],
      key: 'elastic-load-balancing',
      distractors: ['auto-scaling', 'ec2', 'api-gateway', 'sqs'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company runs its web application on six EC2 instances in two Availability Zones. It needs a single endpoint that spreads incoming requests across the instances and stops sending traffic to any that fail a health check.',
        'An e-commerce site wants user traffic distributed evenly across its EC2 web servers in three Availability Zones, with unhealthy servers taken out of rotation automatically.',
        'A mobile game\'s API servers run on EC2 in several Availability Zones. Players should connect to one address, and their requests must be shared among the healthy servers.',
        'A university\'s course portal runs on a dozen EC2 instances in two Availability Zones. Students should reach one DNS name, and requests should be distributed only to instances that pass their health checks.',
      ],
    },
    {
      id: 'elb-path-routing',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-distribute-traffic', 'cmp-path-routing'],
      key: 'elastic-load-balancing',
      distractors: ['api-gateway', 'auto-scaling', 'ecs', 'sqs'],
      ask: 'Which AWS service should the company use?',
      stems: [
        'A company runs its microservices as container tasks. Requests for /orders must go to one group of tasks and requests for /payments to another, with traffic spread across the healthy tasks in each group.',
        'A media site wants requests whose URL path starts with /video sent to one fleet of servers and all other requests to a second fleet. Within each fleet, requests must be spread across the servers, skipping any that are unhealthy.',
        'An online bank exposes a single endpoint for its web app. Each request must be routed by URL path to the right group of servers and then distributed among the healthy servers in that group.',
        'A SaaS company serves its marketing pages and its customer API under one domain. Requests to /api must reach the API servers and every other path the web servers, with the load distributed across each group and unhealthy servers taken out of rotation.',
      ],
    },
    {
      id: 'elb-tcp-udp-traffic',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-tcp-udp-traffic', 'cmp-distribute-traffic'],
      key: 'elastic-load-balancing',
      distractors: ['api-gateway', 'auto-scaling', 'ec2', 'sqs'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A multiplayer game sends UDP traffic to a fleet of EC2 game servers. The company must distribute millions of packets per second across the healthy servers and give players a static IP address in each Availability Zone.',
        'A financial data feed uses long-lived TCP connections at millions of requests per second. The connections must be spread across a pool of servers, and failed servers must stop receiving traffic.',
        'An IoT platform receives TCP traffic from two million devices and must share it across several healthy back-end instances through a fixed IP address in each zone.',
        'A VoIP provider carries UDP voice traffic for millions of calls and must spread it across healthy media servers, behind static IP addresses that customers can allow in their firewalls.',
      ],
    },
    {
      id: 'elb-https-offload',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-distribute-traffic', 'cmp-tls-offload'],
      key: 'elastic-load-balancing',
      distractors: ['auto-scaling', 'ec2', 'api-gateway', 'sqs'],
      ask: 'Which AWS service should the company use?',
      stems: [
        'A company\'s EC2 web servers spend too much CPU on encryption. It wants one address that terminates HTTPS with a certificate from AWS Certificate Manager and spreads the decrypted requests across the healthy servers.',
        'A travel portal wants to offload TLS from its web fleet and distribute incoming traffic across instances in two Availability Zones, skipping any instance that fails a health check.',
        'An online shop needs a single HTTPS entry point for its EC2 application servers that holds the certificate and passes each request on to whichever server is healthy.',
        'A bank wants its TLS certificates managed in one place instead of on each of its 20 EC2 web servers. Incoming HTTPS requests should be decrypted at the front door and spread across the healthy servers.',
      ],
    },

    // ================= AWS Outposts =================
    {
      id: 'outposts-low-latency-site',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-aws-hardware-on-premises', 'cmp-low-latency-on-site'],
      key: 'outposts',
      distractors: ['systems-manager', 'lightsail', 'elastic-beanstalk', 'lambda'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A car manufacturer runs control software that needs single-digit millisecond latency to machines on its factory floor. It wants AWS to install and maintain AWS compute and storage inside the factory and manage it like its other AWS resources.',
        'A hospital must process medical scans next to the imaging equipment in its own building, with very low latency. It wants AWS-managed racks installed on site that run the same services as an AWS Region.',
        'A semiconductor plant needs to run virtual machines and containers on premises, close to its production systems for low latency, and wants AWS to deliver, install and maintain the hardware.',
        'A stock exchange needs compute in its own data center, next to its matching engines, for the lowest possible latency. It wants that compute to be AWS infrastructure that AWS maintains.',
      ],
    },
    {
      id: 'outposts-data-stays-on-site',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-aws-hardware-on-premises', 'cmp-same-aws-apis'],
      key: 'outposts',
      distractors: ['systems-manager', 'lambda', 'elastic-beanstalk', 'lightsail'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'Regulations require a bank to keep customer data in its own data center, in a country that has no AWS Region. The bank wants to run AWS services there on AWS-managed hardware, with the same APIs and console as in the cloud.',
        'A government agency must process classified records on premises, but its developers want the same AWS APIs, tools and services they use in the Region. AWS should supply and maintain the equipment.',
        'A utility company wants workloads that must stay in its own facility to run on AWS infrastructure that AWS installs and maintains there, managed with the same console and tools as its cloud workloads.',
        'A broadcaster must keep raw video inside its own building for contractual reasons. It wants AWS to install racks on site so its engineers can use the same APIs they use in their AWS Region.',
      ],
    },

    // ================= Select TWO =================
    {
      id: 'ec2-lightsail-virtual-servers',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-full-os-control'],
      key: ['ec2', 'lightsail'],
      distractors: ['lambda', 'fargate', 'app-runner', 'amplify', 's3'],
      ask: 'Which AWS services meet this requirement? (Select TWO.)',
      stems: [
        'A company wants to run a legacy application on a virtual server in AWS where its administrators have full access to the operating system.',
        'A developer needs a cloud server she can log in to as root to install and configure any software she likes.',
        'A training company wants each instructor to get a server in AWS with administrator rights on the operating system for hands-on labs.',
      ],
    },
    {
      id: 'batch-compute-environments',
      kind: 'scenario',
      domain: TECH,
      topic: 'batch',
      requirements: ['cmp-batch-compute'],
      key: ['ec2', 'fargate'],
      distractors: ['lambda', 'lightsail', 'app-runner', 'step-functions'],
      ask: 'Which options can AWS Batch use to run the jobs? (Select TWO.)',
      stems: [
        'A research institute is setting up AWS Batch for its simulation jobs and must choose where the jobs\' containers will run.',
        'A company is creating a managed compute environment in AWS Batch for its nightly analytics jobs.',
        'An engineer who is new to AWS Batch wants to know which kinds of compute it can launch for submitted jobs.',
      ],
    },
    {
      id: 'elb-auto-scaling-high-availability',
      kind: 'scenario',
      domain: TECH,
      requirements: ['cmp-survives-instance-failure', 'cmp-spread-across-azs'],
      key: ['elastic-load-balancing', 'auto-scaling'],
      distractors: ['cloudformation', 'systems-manager', 'sns', 'codedeploy'],
      ask: 'Which AWS services or features should the company use? (Select TWO.)',
      stems: [
        'A company\'s web application runs on EC2 instances in two Availability Zones. It must keep serving users when an instance fails, with no manual action.',
        'An online learning platform wants its EC2 web tier to stay available even if a server or an entire Availability Zone goes down.',
        'A retailer is redesigning its EC2-based storefront for high availability across several Availability Zones, so that a failed instance does not interrupt customers.',
      ],
    },

    // ================= Statements =================
    {
      id: 'lightsail-statement',
      kind: 'statement',
      domain: TECH,
      requirements: ['cmp-lightsail-fact'],
      key: 'cmp-stmt-lightsail-fixed-price',
      distractors: ['cmp-stmt-lightsail-auto-scales', 'cmp-stmt-lightsail-per-request', 'cmp-stmt-lightsail-any-instance-type', 'cmp-stmt-lightsail-stopped-free'],
      ask: 'Which statement about Amazon Lightsail is true?',
      stems: [
        'A café owner is comparing ways to host a small website on AWS.',
        'A student preparing for the Cloud Practitioner exam is reviewing the simplest compute options AWS offers.',
        'A small firm wants to understand what it would get, and pay, if it moved its blog to an easy-to-use AWS service.',
      ],
    },
    {
      id: 'beanstalk-statement',
      kind: 'statement',
      domain: TECH,
      requirements: ['cmp-beanstalk-fact'],
      key: 'cmp-stmt-beanstalk-no-charge',
      distractors: ['cmp-stmt-beanstalk-monthly-fee', 'cmp-stmt-beanstalk-docker-only', 'cmp-stmt-beanstalk-hides-instances', 'cmp-stmt-beanstalk-on-premises'],
      ask: 'Which statement about AWS Elastic Beanstalk is true?',
      stems: [
        'A development manager is deciding whether to deploy the team\'s web applications with a platform as a service.',
        'A startup\'s CTO wants to know how a managed deployment service for web apps is billed and what it controls.',
        'An architect is writing a short guide for developers who will deploy code to AWS for the first time.',
      ],
    },
  ],
};
