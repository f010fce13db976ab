import type { ModelAreaInput } from '../schema.js';

/**
 * Infrastructure as code, CI/CD and fleet operations: CloudFormation, CodeBuild, CodePipeline,
 * Systems Manager (and its Run Command and Patch Manager, each the key of its own items, never next
 * to Systems Manager itself) and Elastic Beanstalk where deploying an application is the point.
 * CodeDeploy, CodeCommit and CodeArtifact are wrong options only. The CDK never sits next to a
 * CloudFormation key (it deploys through CloudFormation), and retired services (OpsWorks, Cloud9 for new
 * customers) are not offered at all: every distractor is a current service that misses a stated need.
 */

export const devopsArea: ModelAreaInput = {
  choices: [
    { id: 'dev-inspector', label: 'Amazon Inspector', group: 'service', topic: 'ssm-patch-manager', names: ['inspector'] },
    // Records and checks the configuration of resources that exist; creates none. A distractor next to CloudFormation.
    { id: 'dev-config', label: 'AWS Config', group: 'service', topic: 'cloudformation', names: ['aws config'] },
    // A do-it-yourself way to build code, ranked behind CodeBuild on operational overhead.
    { id: 'dev-jenkins-on-ec2', label: 'A self-managed Jenkins server on Amazon EC2', group: 'service', topic: 'codebuild', runsOn: ['ec2'], names: ['jenkins'] },

    // Statements about AWS Systems Manager.
    { id: 'dev-st-ssm-hybrid', label: 'Systems Manager can manage on-premises Linux and Windows Server machines once they are registered as managed nodes.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-st-ssm-agent', label: 'The SSM Agent comes preinstalled on several AMIs, including Amazon Linux 2023 and Windows Server.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-macos', label: 'Systems Manager can manage on-premises macOS computers as hybrid managed nodes.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-ec2-only', label: 'Systems Manager can manage only EC2 instances, not servers in a company\'s own data center.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-ssh', label: 'Systems Manager needs inbound SSH access on port 22 to every server it manages.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-paid', label: 'Run Command and Patch Manager charge a fee for each command they run on an EC2 instance.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-creates', label: 'Systems Manager creates the VPCs, subnets and instances that a fleet needs from templates.', group: 'statement', topic: 'systems-manager' },
    { id: 'dev-sf-ssm-agent-manual', label: 'The SSM Agent must be installed by hand on every Amazon Linux and Windows Server instance.', group: 'statement', topic: 'systems-manager' },

    // Statements about how the deployment and build services are priced.
    { id: 'dev-st-cfn-free', label: 'CloudFormation adds no charge for AWS resource types; the company pays only for the resources its stacks create.', group: 'statement', topic: 'cloudformation' },
    { id: 'dev-st-eb-free', label: 'Elastic Beanstalk adds no charge of its own; the company pays for the EC2 instances and other resources it creates.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'dev-st-codebuild-minutes', label: 'With on-demand compute, CodeBuild charges per build minute, by compute type, and nothing while no build runs.', group: 'statement', topic: 'codebuild' },
    { id: 'dev-sf-cfn-per-stack', label: 'CloudFormation charges a monthly fee for each stack, on top of the resources in it.', group: 'statement', topic: 'cloudformation' },
    { id: 'dev-sf-eb-hourly', label: 'Elastic Beanstalk adds an hourly fee for each environment on top of its EC2 instances.', group: 'statement', topic: 'elastic-beanstalk' },
    { id: 'dev-sf-codebuild-server', label: 'CodeBuild bills for a build server that runs all month, whether or not builds run.', group: 'statement', topic: 'codebuild' },
    { id: 'dev-sf-patch-fee', label: 'Patch Manager charges a fee for each EC2 instance it patches.', group: 'statement', topic: 'ssm-patch-manager' },
    { id: 'dev-sf-pipeline-per-commit', label: 'CodePipeline charges for every commit pushed to the source repository.', group: 'statement', topic: 'codepipeline' },
  ],

  requirements: [
    // ---- Infrastructure as code ----
    {
      id: 'dev-iac-template',
      need: 'the infrastructure must be declared in JSON or YAML templates and created from them',
      met: 'creates and updates the resources declared in a JSON or YAML template as one stack',
      cues: ['yaml', 'json'],
      meets: { cloudformation: true },
      fails: {
        codepipeline: 'CodePipeline runs release stages and hands infrastructure changes to a service such as CloudFormation; it creates no resources from templates itself',
        'systems-manager': 'Systems Manager operates and patches servers that already exist; it does not declare a whole environment in a template and create it as one stack',
        codedeploy: 'CodeDeploy installs application versions on targets that already exist and creates no infrastructure',
        codebuild: 'CodeBuild compiles and tests code and creates no infrastructure from templates',
        'dev-config': 'AWS Config records and checks the configuration of resources that already exist; it does not create infrastructure such as networks, servers or databases from templates',
      },
    },
    {
      id: 'dev-repeat-regions-accounts',
      need: 'the same environment must be created identically in several Regions or accounts',
      met: 'creates identical stacks from one template in many Regions and accounts, even all at once with StackSets',
      cues: ['identical', '(several|separate|three|every|each|new|many|other) (aws )?(regions?|accounts?)\\b'],
      meets: { cloudformation: true },
    },
    {
      id: 'dev-recreate',
      need: 'the whole environment must be rebuilt exactly the same way whenever it is needed',
      met: 'deletes a whole stack in one step and rebuilds it exactly from the same template',
      cues: ['recreat', 'rebuil'],
      meets: { cloudformation: true },
      fails: {
        codebuild: 'CodeBuild runs builds and tests and does not create or delete environments',
        codedeploy: 'CodeDeploy rolls out application versions and does not delete or rebuild a whole environment of AWS resources',
        codepipeline: 'CodePipeline does not create or delete resources itself; a deploy action hands that work to a service such as CloudFormation',
      },
    },
    {
      id: 'dev-preview-rollback',
      need: 'changes must be previewed before they are applied and undone automatically if they fail',
      met: 'previews each update with a change set and rolls a failed update back automatically',
      cues: ['preview', 'roll (the stack )?back', 'undone'],
      meets: { cloudformation: true },
    },

    // ---- Build ----
    {
      id: 'dev-compile-test',
      need: 'every change must be compiled and its tests run automatically',
      met: 'compiles the source code, runs the tests and produces a package ready to deploy',
      cues: ['compil', 'tests?'],
      meets: {
        codebuild: true,
        ec2: 'could run a build server such as Jenkins that the customer maintains',
        'dev-jenkins-on-ec2': 'compiles and tests the code on a build server that the customer runs',
      },
      fails: {
        codepipeline: 'CodePipeline orchestrates the release stages and hands compiling and testing to a build service such as CodeBuild; it offers no managed build environments of its own',
        codedeploy: 'CodeDeploy installs packages that are already built and neither compiles code nor runs tests',
        codecommit: 'CodeCommit stores the source code in Git and neither compiles nor tests it',
        codeartifact: 'CodeArtifact stores software packages and dependencies and neither compiles code nor runs tests',
        cloudformation: 'CloudFormation creates infrastructure from templates and does not compile application code',
      },
    },
    {
      id: 'dev-no-build-servers',
      need: 'nobody should have to run or maintain build servers',
      met: 'runs each build in a fresh managed container, with no build servers to maintain',
      cues: ['build (servers?|host)', 'jenkins', 'without (managing|maintaining|running)'],
      meets: { codebuild: true },
      fails: {
        ec2: 'on EC2 the customer would install, patch and scale the build servers itself',
      },
    },
    {
      id: 'dev-pay-build-minutes',
      need: 'builds must be paid for by the minute, with nothing to pay between builds',
      met: 'bills on-demand builds per build minute and charges nothing while no build runs',
      cues: ['build minutes?', 'while a build runs', 'per (build )?minute'],
      meets: { codebuild: true },
      fails: {
        ec2: 'EC2 build servers are billed for as long as they run, even between builds',
      },
    },
    {
      id: 'dev-build-image',
      need: 'a container image must be built from the Dockerfile for each change',
      met: 'builds the container image from the Dockerfile and pushes it to a registry such as Amazon ECR',
      cues: ['dockerfile'],
      meets: {
        codebuild: true,
        ec2: 'could build the images with Docker on an instance the customer runs',
      },
      fails: {
        ecr: 'Amazon ECR stores and serves images and does not build them from a Dockerfile',
        codeartifact: 'CodeArtifact stores language packages such as npm or Maven libraries and does not build container images',
        codepipeline: 'CodePipeline orchestrates the release stages and hands image builds to a build service such as CodeBuild; it offers no managed Docker build environment of its own',
        codedeploy: 'CodeDeploy deploys versions that are already built and builds no images',
      },
    },

    // ---- Release orchestration ----
    {
      id: 'dev-orchestrate-release',
      need: 'every change must move automatically through source, build, test and deploy stages',
      met: 'runs each change through the source, build, test and deploy stages in order, automatically',
      cues: ['stages?\\b', 'through build, test'],
      meets: { codepipeline: true },
      fails: {
        codebuild: 'CodeBuild runs one build-and-test step and does not chain the source, approval and deploy stages together',
        codedeploy: 'CodeDeploy handles only the deploy step and does not orchestrate the stages before it',
        codecommit: 'CodeCommit only hosts the source code and runs none of the later stages',
        cloudformation: 'CloudFormation creates and updates stacks when asked and does not move each change through build, test and approval stages',
      },
    },
    {
      id: 'dev-manual-approval',
      need: 'a person must approve each release before it reaches production',
      met: 'pauses the release at a manual approval action until someone approves it',
      cues: ['approv', 'sign-off'],
      meets: { codepipeline: true },
    },

    // ---- Fleet operations ----
    {
      id: 'dev-hybrid-fleet',
      need: 'the same tool must manage the EC2 instances and the on-premises servers',
      met: 'manages EC2 instances and on-premises Linux and Windows Server machines alike as managed nodes',
      cues: ['on-premises', 'on premises', 'data cent(er|re)', 'hybrid', 'factories'],
      meets: {
        'systems-manager': true,
        'ssm-run-command': 'runs commands on EC2 instances and on on-premises servers registered as managed nodes',
        'ssm-patch-manager': 'patches EC2 instances and on-premises Linux and Windows Server machines registered as managed nodes',
        'ssm-session-manager': 'opens shells on EC2 instances and on on-premises servers registered as managed nodes',
        codedeploy: 'deploys application versions to on-premises servers that run its agent',
      },
      fails: {
        cloudformation: 'CloudFormation creates AWS resources from templates and does not manage servers in the customer\'s own data center',
        'elastic-beanstalk': 'Elastic Beanstalk runs applications only on EC2 environments it creates in AWS and cannot manage on-premises servers',
      },
    },
    {
      id: 'dev-fleet-ops',
      need: 'patching and the other routine operations for the whole fleet must be handled in one service',
      met: 'brings patching, software inventory, scripts and configuration for the whole fleet into one service',
      cues: ['^(?=.*(patch|os updates))(?=.*(one|single) (aws )?(service|place))'],
      meets: { 'systems-manager': true },
      fails: {
        codedeploy: 'CodeDeploy rolls out application versions and does not patch servers or keep an inventory of their software',
        cloudformation: 'CloudFormation creates and updates AWS resources and does not patch servers or inventory their software',
        'secrets-manager': 'Secrets Manager stores and rotates secrets and does not patch servers or run scripts on them',
        'dev-inspector': 'Amazon Inspector scans for software vulnerabilities and does not install patches or run maintenance scripts',
        'elastic-beanstalk': 'Elastic Beanstalk looks after only the environments it runs for an application and does not patch or inventory other servers',
      },
    },
    {
      id: 'dev-run-script-fleet',
      need: 'the same command or script must run on many servers at once',
      met: 'runs the same command or script on many managed nodes at once, chosen by tag or ID, with rate control and logged output',
      cues: ['script', 'command'],
      meets: { 'ssm-run-command': true },
      fails: {
        'ssm-session-manager': 'Session Manager opens one interactive shell on one server at a time, so someone would type the command on each server',
        'ssm-patch-manager': 'Patch Manager installs approved operating system patches from patch baselines and is not a tool for running any script on demand',
        'ssm-parameter-store': 'Parameter Store only stores configuration values and runs nothing on servers',
        cloudformation: 'CloudFormation creates and updates AWS resources and does not run ad hoc commands on instances that already exist',
        'elastic-beanstalk': 'Elastic Beanstalk deploys application versions to its own environments and is not a tool for running ad hoc scripts across a fleet',
        'dev-inspector': 'Amazon Inspector scans for vulnerabilities and runs no commands on the servers',
      },
    },
    {
      id: 'dev-no-ssh',
      need: 'no one may use SSH keys or open inbound ports',
      met: 'reaches the servers through the SSM Agent, with no SSH keys or inbound ports',
      cues: ['ssh', 'port 22', 'inbound ports?'],
      meets: { 'ssm-run-command': true },
    },
    {
      id: 'dev-os-patching',
      need: 'operating system patches must be installed automatically on a schedule',
      met: 'scans for and installs approved operating system patches on a schedule, following patch baselines',
      cues: ['patch', 'security updates'],
      meets: { 'ssm-patch-manager': true },
      fails: {
        'ssm-session-manager': 'Session Manager gives one interactive shell at a time, so each server would be patched by hand',
        'ssm-parameter-store': 'Parameter Store only stores configuration values and installs nothing',
        'dev-inspector': 'Amazon Inspector finds software vulnerabilities and reports them; it installs no patches',
        codedeploy: 'CodeDeploy rolls out the customer\'s own application versions, not operating system patches',
        cloudformation: 'CloudFormation creates and updates resources from templates and does not patch the operating systems of running instances',
        'elastic-beanstalk': 'Elastic Beanstalk applies platform updates only to the environments it runs and cannot patch other servers',
      },
    },
    {
      id: 'dev-compliance',
      need: 'it must be possible to see which servers are missing approved patches',
      met: 'reports patch compliance for each managed node against its patch baseline',
      cues: ['complian', 'missing'],
      meets: { 'ssm-patch-manager': true },
    },

    // ---- Deploying an application ----
    {
      id: 'dev-upload-code-paas',
      need: 'the code must simply be uploaded, with AWS setting up the servers, the load balancing and automatic scaling',
      met: 'takes the uploaded code and builds its environment: EC2 instances, load balancer, automatic scaling and health monitoring',
      cues: ['^(?=.*upload)(?=.*load balanc)(?=.*scal)'],
      meets: { 'elastic-beanstalk': true },
      fails: {
        cloudformation: 'CloudFormation creates only the resources that a template describes, so the team would write and maintain a template for every server, load balancer and scaling rule',
        codedeploy: 'CodeDeploy rolls new versions out to an environment that must already exist and does not build the servers or the load balancer for it',
        lightsail: 'Lightsail instances and container services keep the size and number of nodes that the team picks by hand, with no automatic scaling',
        codebuild: 'CodeBuild compiles and tests code and does not run the application',
        codecommit: 'CodeCommit only stores source code and runs no application',
        codepipeline: 'CodePipeline runs release stages and needs a deploy target; it does not create or run the environment itself',
      },
    },
    {
      id: 'dev-deploy-strategies',
      need: 'new versions must roll out without taking the site down, and a bad version must be easy to roll back',
      met: 'deploys each new version with rolling, immutable or blue/green policies and can return to an earlier version',
      cues: ['rolling', 'immutable', 'blue/green', 'roll back', 'previous version', 'in batches'],
      meets: { 'elastic-beanstalk': true },
    },

    // ---- Select TWO ----
    {
      id: 'dev-ci-automation',
      need: 'every commit must be built and tested automatically by managed services',
      met: 'takes part in building and testing every commit automatically',
      cues: ['commit'],
      meets: {
        codebuild: 'compiles the code and runs the unit tests in managed build containers',
        codepipeline: 'starts the build and test stages automatically on every commit',
      },
      fails: {
        codedeploy: 'CodeDeploy installs versions that are already built and neither compiles code nor runs tests',
        codecommit: 'CodeCommit stores the code in Git and neither builds nor tests it',
        codeartifact: 'CodeArtifact stores software packages and dependencies and neither builds nor tests code',
        cloudformation: 'CloudFormation creates infrastructure from templates and neither builds nor tests application code',
      },
    },
    {
      id: 'dev-creates-environment',
      need: 'the AWS resources must be created automatically instead of by hand',
      met: 'creates the AWS resources automatically',
      cues: ['by hand', 'manual', 'automatically'],
      meets: {
        cloudformation: 'creates every resource declared in a template, in the right order',
        'elastic-beanstalk': 'creates the EC2 instances, load balancer and Auto Scaling group for the application',
      },
      fails: {
        codebuild: 'CodeBuild compiles and tests code and creates no environments',
        codecommit: 'CodeCommit stores source code and creates no resources',
        codeartifact: 'CodeArtifact stores software packages and creates no resources',
        codedeploy: 'CodeDeploy deploys application versions onto an environment that must already exist and does not build its load balancer and scaling setup',
        'dev-config': 'AWS Config records and checks the configuration of resources that already exist and does not create instances, load balancers or scaling groups',
      },
    },

    // ---- Statements ----
    {
      id: 'dev-ssm-facts',
      met: 'is true of AWS Systems Manager',
      cues: ['systems manager'],
      meets: {
        'dev-st-ssm-hybrid': 'states correctly that on-premises Linux and Windows Server machines become managed nodes through a hybrid activation',
        'dev-st-ssm-agent': 'states correctly that the SSM Agent is preinstalled on Amazon Linux 2 and 2023, Windows Server and Ubuntu 18.04 and later AMIs',
      },
      fails: {
        'dev-sf-ssm-macos': 'on premises, Systems Manager supports Linux and Windows Server machines; macOS is supported only on EC2 Mac instances',
        'dev-sf-ssm-ec2-only': 'Systems Manager also manages on-premises servers and virtual machines that are registered through a hybrid activation',
        'dev-sf-ssm-ssh': 'the SSM Agent on each server connects out to Systems Manager, so no inbound port such as 22 needs to be open',
        'dev-sf-ssm-paid': 'Run Command and Patch Manager carry no extra charge on EC2 instances',
        'dev-sf-ssm-creates': 'Systems Manager operates servers that already exist; creating infrastructure from templates is the job of CloudFormation',
        'dev-sf-ssm-agent-manual': 'the SSM Agent comes preinstalled on Amazon Linux 2 and 2023, Windows Server and Ubuntu 18.04 and later AMIs',
      },
    },
    {
      id: 'dev-pricing-facts',
      met: 'is true of how these services are priced',
      cues: ['cost', 'pric', 'charge', 'bill', 'budget'],
      meets: {
        'dev-st-cfn-free': 'states correctly that CloudFormation itself is free for AWS resource types and that only the resources in the stacks are billed',
        'dev-st-eb-free': 'states correctly that Elastic Beanstalk is free and that the EC2 instances, load balancers and storage it creates are billed at their normal prices',
        'dev-st-codebuild-minutes': 'states correctly that on-demand CodeBuild bills per build minute by compute type and charges nothing between builds',
      },
      fails: {
        'dev-sf-cfn-per-stack': 'CloudFormation charges nothing for stacks of AWS resource types; only the resources in them are billed',
        'dev-sf-eb-hourly': 'Elastic Beanstalk itself is free; only the EC2 instances, load balancers and other resources it creates are billed',
        'dev-sf-codebuild-server': 'on-demand CodeBuild bills per build minute and charges nothing when no build runs',
        'dev-sf-patch-fee': 'Patch Manager has no extra charge for patching EC2 instances',
        'dev-sf-pipeline-per-commit': 'CodePipeline bills per active pipeline each month (V1) or per action execution minute (V2), not per commit',
      },
    },
  ],

  tieBreakers: [
    {
      id: 'least-operational-overhead',
      levels: {
        codebuild: { level: 1 },
        'dev-jenkins-on-ec2': { level: 3, effort: 'the customer would install, patch and scale the Jenkins server and its EC2 instances itself' },
      },
    },
  ],

  frames: [
    // ================= AWS CloudFormation =================
    {
      id: 'dev-cfn-multi-region',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-iac-template', 'dev-repeat-regions-accounts'],
      key: 'cloudformation',
      distractors: ['systems-manager', 'codepipeline', 'dev-config', 'codedeploy', 'codebuild'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company must deploy the same VPC, load balancer and database setup in three AWS Regions. The infrastructure team wants to describe the resources once in YAML templates kept in Git and create identical copies from them.',
        'A bank keeps separate AWS accounts for development, testing and production. Every account must get an identical network and security setup, declared in JSON templates that auditors can review like code.',
        'A gaming company opens in a new AWS Region every few months. It wants each Region\'s infrastructure created from the same declarative YAML file so that no Region drifts from the others.',
      ],
    },
    {
      id: 'dev-cfn-rebuild',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-recreate', 'dev-iac-template'],
      key: 'cloudformation',
      distractors: ['codebuild', 'codedeploy', 'codepipeline', 'systems-manager', 'dev-config'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'To save money, a team wants to delete its entire development environment at 7 PM every evening and recreate it exactly the same way at 8 AM. The environment is described in a YAML template.',
        'After each test cycle, a QA team tears down dozens of AWS resources and later rebuilds them. Rebuilding by hand causes mistakes, so the team wants the resources declared in JSON and created the same way every time.',
        'A company\'s disaster recovery plan requires rebuilding its whole application environment in another Region within hours, exactly as it was. The environment must be declared in YAML templates stored in source control.',
      ],
    },
    {
      id: 'dev-cfn-change-preview',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-iac-template', 'dev-preview-rollback'],
      key: 'cloudformation',
      distractors: ['dev-config', 'codepipeline', 'systems-manager', 'codebuild', 'codedeploy'],
      ask: 'Which AWS service should the team use?',
      stems: [
        'An operations team manages its AWS infrastructure with YAML templates. Before any update, it wants to preview exactly which resources will be changed or replaced, and a failed update must roll back on its own.',
        'A retailer\'s platform team changes network and database settings through JSON templates. It wants to see a preview of the changes before applying them and have AWS roll the stack back automatically if an update fails.',
        'A fintech\'s cloud team must show auditors a preview of every infrastructure change before it is made. Its resources are declared in YAML, and any update that fails must be undone automatically.',
      ],
    },

    // ================= AWS CodeBuild =================
    {
      id: 'dev-codebuild-compile',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-compile-test', 'dev-no-build-servers'],
      key: 'codebuild',
      distractors: ['codepipeline', 'codedeploy', 'ec2', 'codecommit', 'codeartifact'],
      ask: 'Which AWS service should be used?',
      stems: [
        'A development team wants every change to its Java application compiled and its unit tests run automatically. The team is tired of patching the Jenkins server it uses today.',
        'Developers at a fintech company push code 50 times a day. Each change must be compiled and tested in a clean environment, and nobody on the team wants to maintain build servers.',
        'A game studio needs its C++ server code compiled and its tests run for many branches in parallel, without managing any machines for the work.',
      ],
    },
    {
      id: 'dev-codebuild-image',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-build-image', 'dev-no-build-servers'],
      key: 'codebuild',
      // Not CodePipeline: its ECRBuildAndPublish action builds and pushes an image on managed compute.
      distractors: ['ecr', 'codeartifact', 'codedeploy', 'ec2'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'Each time a developer merges to main, a team needs its Dockerfile turned into a container image and pushed to the company\'s private image registry. The team wants a managed service for this, with no build servers to run.',
        'A platform team packages twelve microservices as containers. On every commit it wants each image built from its Dockerfile and stored in a registry, without maintaining a Docker build host.',
        'A startup wants the Dockerfile of its web app built into a fresh image for every pull request, and it does not want to run a build server for this.',
      ],
    },
    {
      id: 'dev-codebuild-minutes',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-compile-test', 'dev-pay-build-minutes'],
      key: 'codebuild',
      distractors: ['ec2', 'codepipeline', 'codedeploy', 'codecommit', 'cloudformation'],
      ask: 'Which AWS service should be used for the builds?',
      stems: [
        'A small team compiles its Go services and runs the tests only a few times a week. It wants a managed service that bills per build minute instead of keeping a build server running all month.',
        'An open-source project wants each contribution compiled and tested on AWS, paying only while a build runs and nothing when the project is idle.',
        'A consultancy compiles and tests a large .NET solution about twice a month. Each build is heavy, and the consultancy wants to pay only for the build minutes it uses.',
      ],
    },

    {
      id: 'dev-codebuild-least-overhead',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-compile-test'],
      tieBreaker: 'least-operational-overhead',
      key: 'codebuild',
      distractors: ['dev-jenkins-on-ec2', 'codepipeline', 'codedeploy', 'codecommit'],
      ask: 'Which solution will meet these requirements with the LEAST operational overhead?',
      stems: [
        'A development team wants each change to its Java service compiled and its unit tests run automatically in a clean environment.',
        'A startup needs its TypeScript code compiled and tested on every push, and builds must run in parallel when many developers push at once.',
        'A bank\'s developers want their .NET code compiled and the test suite run for every change, and the bank wants to spend as little effort as possible on the build system itself.',
      ],
    },

    // ================= AWS CodePipeline =================
    {
      id: 'dev-pipeline-approval',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-orchestrate-release', 'dev-manual-approval'],
      key: 'codepipeline',
      distractors: ['codebuild', 'codedeploy', 'codecommit', 'cloudformation'],
      ask: 'Which AWS service should be used to automate this release process?',
      stems: [
        'A software company wants each commit to its main branch to move automatically through build, test and a staging deployment. A release manager must approve every change before it goes to production.',
        'A health-tech startup wants a CI/CD workflow in which every code change is built, tested and deployed in defined stages, with a manual sign-off step before production.',
        'Engineers on a team run five release steps by hand: fetch the source, build, run the tests, wait for QA approval and deploy. The team wants AWS to run these stages in order for every change.',
      ],
    },
    {
      id: 'dev-pipeline-chain',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-orchestrate-release'],
      key: 'codepipeline',
      distractors: ['codebuild', 'codedeploy', 'codecommit', 'cloudformation'],
      ask: 'Which AWS service should the team add?',
      stems: [
        'A team keeps its code on GitHub, builds it with CodeBuild and deploys it to Elastic Beanstalk, but engineers start each step by hand. The team wants every push to trigger the whole release automatically, stage after stage.',
        'An infrastructure team keeps CloudFormation templates in Git. Every change to a template should automatically be deployed to a test stack, checked and then deployed to production, in defined stages.',
        'A mobile back-end team wants one AWS service to watch its repository and, on each change, run the source, build, test and deploy stages in order while showing where every release stands.',
      ],
    },

    // ================= AWS Systems Manager =================
    {
      id: 'dev-ssm-hybrid-fleet',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-hybrid-fleet', 'dev-fleet-ops'],
      key: 'systems-manager',
      distractors: ['cloudformation', 'dev-inspector', 'codedeploy', 'elastic-beanstalk', 'secrets-manager'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A company runs 300 EC2 instances and 150 Linux and Windows Server machines in its own data center. The operations team wants one AWS service to patch all of them, keep an inventory of their installed software and run maintenance scripts.',
        'After moving part of its workload to AWS, a retailer has a hybrid fleet of EC2 instances and on-premises Windows Server machines. It wants to manage patching, configuration and software inventory for both groups from one place.',
        'An IT team wants a single service to see every server it runs, in AWS and on premises, with the software each one has installed, to keep them all patched and to automate maintenance tasks on them.',
      ],
    },
    {
      id: 'dev-ssm-operations',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-fleet-ops'],
      key: 'systems-manager',
      distractors: ['secrets-manager', 'dev-inspector', 'cloudformation', 'codedeploy', 'elastic-beanstalk'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'An operations team manages 800 EC2 instances. It wants one AWS service that can patch them on a schedule, keep an inventory of their installed software and store configuration values that applications read at startup.',
        'A cloud team wants a single place to view operational data for its EC2 fleet, automate routine maintenance with runbooks and keep the operating systems patched.',
        'A media company uses three separate tools to track installed software, run maintenance scripts and apply OS updates on its EC2 instances. It wants to replace them with one AWS service.',
      ],
    },

    // ================= Systems Manager Run Command =================
    {
      id: 'dev-run-command-fleet',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-run-script-fleet', 'dev-no-ssh'],
      key: 'ssm-run-command',
      distractors: ['ssm-session-manager', 'ssm-patch-manager', 'ssm-parameter-store', 'cloudformation', 'dev-inspector'],
      ask: 'Which AWS service or feature should be used?',
      stems: [
        'An administrator must send one command that restarts the web service on 400 EC2 instances tagged Environment=Prod. Company policy forbids SSH keys and open inbound ports, and the output of each run must be recorded.',
        'A security team needs to run a shell script that collects a log file from 250 Linux instances, 25 instances at a time. No one may connect with SSH.',
        'An engineer wants to install a monitoring agent on hundreds of Windows instances with one PowerShell script, without opening any inbound ports and without logging in to each machine.',
      ],
    },
    {
      id: 'dev-run-command-hybrid',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-run-script-fleet', 'dev-hybrid-fleet'],
      key: 'ssm-run-command',
      distractors: ['ssm-session-manager', 'ssm-parameter-store', 'cloudformation', 'elastic-beanstalk', 'dev-inspector'],
      ask: 'Which AWS service or feature meets these requirements?',
      stems: [
        'A company must apply an urgent configuration change by running the same shell script on 120 EC2 instances and 80 on-premises Linux servers. It wants to choose the servers by tag and limit the run to 10 percent of them at a time.',
        'An IT team wants to execute a one-line command that clears a cache on every server in its hybrid fleet, in AWS and in its data center, without logging in to any of them.',
        'A retailer needs to apply a registry change to all Windows Server machines in its on-premises store offices and on EC2 by running one PowerShell script across them from the AWS console.',
      ],
    },

    // ================= Systems Manager Patch Manager =================
    {
      id: 'dev-patch-schedule',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-os-patching', 'dev-compliance'],
      key: 'ssm-patch-manager',
      distractors: ['dev-inspector', 'ssm-session-manager', 'codedeploy', 'cloudformation', 'ssm-parameter-store'],
      ask: 'Which AWS service or feature meets these requirements?',
      stems: [
        'A hospital must install critical operating system security patches on 600 Windows Server and Amazon Linux instances during a weekly maintenance window. Auditors also want a report showing which instances are missing approved patches.',
        'A company\'s rules say approved security updates must be applied to every EC2 instance within seven days of release. The company wants them installed automatically on a schedule and a compliance report of any instance that falls behind.',
        'An operations team patches its Linux fleet by logging in to each server. It wants AWS to scan all instances, install the approved updates on a schedule and show which instances are still missing patches.',
      ],
    },
    {
      id: 'dev-patch-hybrid',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-os-patching', 'dev-hybrid-fleet'],
      key: 'ssm-patch-manager',
      distractors: ['dev-inspector', 'codedeploy', 'cloudformation', 'elastic-beanstalk', 'ssm-session-manager'],
      ask: 'Which AWS service or feature should be used?',
      stems: [
        'A manufacturer runs Windows Server and Red Hat Enterprise Linux machines in two factories and on EC2. It wants the same patch rules applied to all of them, with patches installed automatically every month.',
        'A university wants to keep the operating systems of its on-premises Linux servers and its EC2 instances patched with the same rules and schedule, without logging in to each machine.',
        'A logistics company\'s data center runs Windows Server machines next to its EC2 fleet. Security updates approved by IT must be installed on both on a monthly schedule.',
      ],
    },

    // ================= AWS Elastic Beanstalk =================
    {
      id: 'dev-beanstalk-upload',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-upload-code-paas'],
      key: 'elastic-beanstalk',
      distractors: ['cloudformation', 'codedeploy', 'lightsail', 'codebuild', 'codepipeline'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A developer has a Python web application and wants to upload the code while AWS handles capacity provisioning, load balancing, automatic scaling and health monitoring. The developer still wants access to the underlying EC2 instances.',
        'A small team with no infrastructure experience must get a Java web application running on AWS this week. It wants to upload its code and let AWS create the servers and the load balancer and scale the servers automatically as traffic changes.',
        'A company is moving a Node.js web app to AWS. Developers want to upload a ZIP file of the code and have AWS build a ready environment with load balancing, health monitoring and automatic scaling.',
      ],
    },
    {
      id: 'dev-beanstalk-deploy',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-upload-code-paas', 'dev-deploy-strategies'],
      key: 'elastic-beanstalk',
      distractors: ['codedeploy', 'cloudformation', 'codebuild', 'lightsail', 'codecommit'],
      ask: 'Which AWS service meets these requirements?',
      stems: [
        'A web team uploads each new version of its PHP app and wants AWS to run it with load balancing and automatic scaling. New versions must roll out in batches so the site stays online, and a bad version must be easy to roll back.',
        'A retail company will upload its .NET web application and wants AWS to manage the environment, including load balancing and automatic scaling. Each release should use an immutable deployment on fresh instances, with an easy return to the previous version.',
        'A startup deploys its Ruby web app several times a day by uploading the code. It wants blue/green releases by swapping environment URLs, while AWS handles the load balancer and scales the servers automatically.',
      ],
    },

    // ================= Select TWO =================
    {
      id: 'dev-two-ci',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-ci-automation'],
      key: ['codebuild', 'codepipeline'],
      distractors: ['codedeploy', 'codecommit', 'codeartifact', 'cloudformation'],
      ask: 'Which TWO AWS services should be used? (Select TWO.)',
      stems: [
        'A team keeps its code on GitHub and wants continuous integration on AWS: every commit should automatically trigger a build and the unit tests, with no build servers to run.',
        'A company wants each commit compiled and tested automatically by fully managed AWS services, with the results reported back to the developers.',
        'An engineering manager wants to replace a self-managed Jenkins server. Builds and tests must start automatically on each commit to the repository.',
      ],
    },
    {
      id: 'dev-two-environments',
      kind: 'scenario',
      domain: 'technology-and-services',
      requirements: ['dev-creates-environment'],
      key: ['cloudformation', 'elastic-beanstalk'],
      distractors: ['codebuild', 'codecommit', 'dev-config', 'codedeploy', 'codeartifact'],
      ask: 'Which TWO AWS services can create these resources automatically? (Select TWO.)',
      stems: [
        'For each new web application, a company creates the EC2 instances, load balancer and Auto Scaling group by hand in the console, which leads to mistakes.',
        'An operations team spends days setting up identical web environments manually for every project and wants AWS to provision the instances, load balancing and scaling.',
        'A consultancy builds the same web environment for each client by clicking through the AWS console and wants the instances, load balancer and scaling created without manual steps.',
      ],
    },

    // ================= Statements about AWS Systems Manager =================
    {
      id: 'dev-ssm-statement-hybrid',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'systems-manager',
      requirements: ['dev-ssm-facts'],
      key: 'dev-st-ssm-hybrid',
      distractors: ['dev-sf-ssm-macos', 'dev-sf-ssm-ec2-only', 'dev-sf-ssm-ssh', 'dev-sf-ssm-paid', 'dev-sf-ssm-creates'],
      ask: 'Which statement about AWS Systems Manager is true?',
      stems: [
        'A company wants to manage the servers in its own data center with AWS Systems Manager.',
        'An architect is planning how AWS Systems Manager will reach the servers of a hybrid environment.',
      ],
    },
    {
      id: 'dev-ssm-statement-agent',
      kind: 'statement',
      domain: 'technology-and-services',
      topic: 'systems-manager',
      requirements: ['dev-ssm-facts'],
      key: 'dev-st-ssm-agent',
      distractors: ['dev-sf-ssm-agent-manual', 'dev-sf-ssm-ssh', 'dev-sf-ssm-macos', 'dev-sf-ssm-ec2-only', 'dev-sf-ssm-paid'],
      ask: 'Which statement about AWS Systems Manager is true?',
      stems: [
        'A new operations engineer is preparing EC2 instances so that AWS Systems Manager can manage them.',
        'Before rolling out AWS Systems Manager to 500 instances, a team lists what each machine needs.',
      ],
    },

    // ================= Statements about pricing =================
    {
      id: 'dev-pricing-cloudformation',
      kind: 'statement',
      domain: 'billing-pricing-support',
      topic: 'cloudformation',
      requirements: ['dev-pricing-facts'],
      key: 'dev-st-cfn-free',
      distractors: ['dev-sf-cfn-per-stack', 'dev-sf-eb-hourly', 'dev-sf-codebuild-server', 'dev-sf-patch-fee', 'dev-sf-pipeline-per-commit'],
      ask: 'Which statement about pricing is true?',
      stems: [
        'A startup\'s finance lead reviews what the company pays for the AWS tools its engineers use to build and deploy software, such as CloudFormation, Elastic Beanstalk, CodeBuild and CodePipeline.',
        'Before adopting infrastructure as code with AWS CloudFormation, a manager asks how the service itself is billed.',
      ],
    },
    {
      id: 'dev-pricing-beanstalk',
      kind: 'statement',
      domain: 'billing-pricing-support',
      topic: 'elastic-beanstalk',
      requirements: ['dev-pricing-facts'],
      key: 'dev-st-eb-free',
      distractors: ['dev-sf-eb-hourly', 'dev-sf-cfn-per-stack', 'dev-sf-pipeline-per-commit', 'dev-sf-codebuild-server', 'dev-sf-patch-fee'],
      ask: 'Which statement about pricing is true?',
      stems: [
        'A small company compares the cost of running its web app on AWS Elastic Beanstalk with building the same environment by hand.',
        'A budget owner asks which AWS deployment and build services add charges of their own on top of the resources they use.',
      ],
    },
    {
      id: 'dev-pricing-codebuild',
      kind: 'statement',
      domain: 'billing-pricing-support',
      topic: 'codebuild',
      requirements: ['dev-pricing-facts'],
      key: 'dev-st-codebuild-minutes',
      distractors: ['dev-sf-codebuild-server', 'dev-sf-patch-fee', 'dev-sf-eb-hourly', 'dev-sf-cfn-per-stack', 'dev-sf-pipeline-per-commit'],
      ask: 'Which statement about pricing is true?',
      stems: [
        'A team that builds its code only a few times a week asks how AWS CodeBuild would be priced.',
        'An IT manager reviews the costs of AWS developer tools before moving builds off an on-premises Jenkins server.',
      ],
    },
  ],
};
