import type { TopicInput } from '../schema.js';

export const codedeploy: TopicInput = {
  id: 'codedeploy',
  name: 'AWS CodeDeploy',
  aliases: ['codedeploy', 'code deploy', 'aws code deploy', 'codedeploy agent', 'code deply', 'codedeplay', 'codedepoly'],
  keywords: ['deploy to servers', 'deploy to on-premises', 'in-place deployment', 'blue/green deployment', 'appspec', 'canary', 'linear', 'upgrade application on servers', 'rollback deployment'],
  category: 'developer-tools',
  summary: 'Automates rolling out new versions of your application to EC2 instances, on-premises servers, Lambda functions and ECS services; a hybrid deployment service.',
  aspects: {
    overview: {
      text: 'CodeDeploy takes a new version of your app and rolls it out automatically, so nobody copies files by hand. It deploys to EC2 instances and to your own on-premises servers (which makes it hybrid), and also to Lambda functions and ECS services. Servers (EC2 or on-premises) must be set up beforehand with the CodeDeploy agent; Lambda and ECS need no agent. A file called appspec tells CodeDeploy what to copy and which scripts to run, and it can stop and roll back when a deployment goes wrong.',
      facts: [
        { label: 'Targets', value: 'EC2 instances, on-premises servers, Lambda functions, ECS services', source: { url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/welcome.html', checked: '2026-11-30' }, asks: ['targets', 'target', 'deploy to', 'ec2', 'on-premises', 'on premises', 'lambda', 'ecs', 'servers', 'platforms', 'compute platforms', 'containers', 'eks', 'kubernetes', 'fargate'], yes: ['ec2', 'ec2 instances', 'on-premises', 'on premises', 'on-premises servers', 'lambda', 'lambda functions', 'ecs', 'ecs services', 'servers', 'own servers'], no: ['eks', 'kubernetes'] },
        { label: 'Agent', value: 'Needed on EC2 and on-premises servers only, installed before the first deployment', source: { url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/codedeploy-agent.html', checked: '2026-11-30' }, asks: ['agent', 'codedeploy agent', 'install', 'install agent', 'requirements', 'prerequisites', 'setup', 'set up'] },
        { label: 'Hybrid', value: 'Yes: the same service deploys to AWS and to your data centre', asks: ['hybrid', 'on-premises', 'on premises', 'data center', 'data centre', 'own servers'], yes: ['hybrid', 'on-premises', 'on premises', 'data center', 'data centre', 'own data center', 'own servers'] },
        { label: 'Strategies', value: 'In-place or blue/green; Lambda and ECS shift traffic all at once, linearly or canary-style', asks: ['strategies', 'strategy', 'deployment types', 'deployment type', 'in-place', 'in place', 'blue/green', 'blue green', 'blue-green', 'canary', 'linear', 'all at once', 'traffic shifting', 'rolling', 'gradual'], yes: ['blue/green', 'blue green', 'blue-green', 'canary', 'linear', 'in-place', 'in place', 'all at once', 'traffic shifting', 'gradual', 'gradually'] },
        { label: 'Instructions', value: 'The appspec file (appspec.yml) lists files and lifecycle scripts', asks: ['appspec', 'appspec.yml', 'appspec file', 'instructions', 'scripts', 'hooks', 'lifecycle hooks', 'lifecycle', 'configuration'], yes: ['appspec', 'scripts', 'hooks', 'lifecycle hooks'] },
        { label: 'Rollback', value: 'Can stop and roll back a deployment automatically when it fails or when a CloudWatch alarm fires', asks: ['rollback', 'roll back', 'rolls back', 'undo', 'failed deployment', 'deployment fails', 'revert', 'failure'], yes: ['rollback', 'roll back', 'rolls back', 'revert', 'undo'] },
      ],
    },
    pricing: {
      text: 'Deploying to EC2, Lambda or ECS costs nothing extra. Deployments to on-premises servers are charged per instance update.',
      facts: [
        { label: 'EC2, Lambda, ECS', value: 'No extra charge', asks: ['cost', 'costs', 'price', 'how much', 'free', 'charge', 'ec2 cost', 'lambda cost', 'fee'] },
        { label: 'On-premises', value: '$0.02 per on-premises instance update', source: { url: 'https://aws.amazon.com/codedeploy/pricing/', checked: '2026-11-30' }, asks: ['on-premises cost', 'on-premises price', 'per instance update', 'instance update', 'on-premises', 'on premises', 'cost', 'costs', 'price', 'how much', 'fee'] },
      ],
    },
    limits: {
      text: 'CodeDeploy only deploys: it does not provision the servers, build the code or host the source. Those are other services\' jobs.',
      facts: [
        { label: 'Does not', value: 'Create servers, compile code or store source code', asks: ['create servers', 'provision', 'provision servers', 'build', 'compile', 'store code', 'source code', 'limitations', 'create instances'], no: ['create servers', 'provision servers', 'provision', 'build code', 'build my code', 'compile', 'compile code', 'store code', 'create instances', 'create ec2 instances', 'launch instances', 'launch servers'] },
        { label: 'Servers', value: 'Must exist and run the agent before the first deployment', asks: ['prerequisites', 'servers must exist', 'existing servers', 'before deployment', 'first deployment'] },
      ],
    },
    useCases: {
      text: 'Upgrading an app across a fleet of EC2 instances and on-premises servers in one go; blue/green releases with a quick rollback; shifting traffic gradually to a new Lambda version; the deploy stage at the end of a CodePipeline pipeline.',
    },
    examTips: {
      text: 'CodeDeploy is out of scope for CLF-C02, but it shows up as a wrong option, so know its job: "deploy code onto servers", EC2 and on-premises (hybrid). It does not build (CodeBuild), orchestrate the pipeline (CodePipeline) or create the environment (Elastic Beanstalk).',
    },
    pickWhen: {
      text: 'Pick CodeDeploy to automate application releases onto servers you already run, in AWS and on-premises, or onto Lambda and ECS.',
    },
    differences: {
      text: 'Versus Elastic Beanstalk: Beanstalk creates and manages the whole environment; CodeDeploy only deploys onto targets you already have. Versus CodePipeline: CodePipeline chains the stages; CodeDeploy is the deploy stage. Versus CodeBuild: CodeBuild turns source into a package; CodeDeploy installs that package.',
    },
  },
  atAGlance: {
    whatItIs: 'Automated application deployments to EC2, on-premises, Lambda and ECS',
    youManage: 'The servers (with the agent), the appspec and your app',
    billing: 'Free for EC2, Lambda, ECS; $0.02 per on-premises instance update',
    limits: 'Deploys only; servers must exist and run the agent',
    pickWhen: 'Rolling out new versions to existing servers, including on-premises',
  },
  related: ['codepipeline', 'codebuild', 'codecommit', 'elastic-beanstalk', 'ec2', 'lambda', 'ecs', 'systems-manager'],
  examDomain: 'technology-and-services',
  examScope: 'out-of-scope',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'CodeDeploy works with EC2 instances and on-premises servers, which must run the CodeDeploy agent', correct: 'It also deploys to Lambda functions and ECS services; the agent is needed only on EC2 and on-premises servers.' },
  ],
};
