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
        { label: 'Targets', value: 'EC2 instances, on-premises servers, Lambda functions, ECS services', source: { url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/welcome.html', checked: '2026-11-30' } },
        { label: 'Agent', value: 'Needed on EC2 and on-premises servers only, installed before the first deployment', source: { url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/codedeploy-agent.html', checked: '2026-11-30' } },
        { label: 'Hybrid', value: 'Yes: the same service deploys to AWS and to your data centre' },
        { label: 'Strategies', value: 'In-place or blue/green; Lambda and ECS shift traffic all at once, linearly or canary-style' },
        { label: 'Instructions', value: 'The appspec file (appspec.yml) lists files and lifecycle scripts' },
      ],
    },
    pricing: {
      text: 'Deploying to EC2, Lambda or ECS costs nothing extra. Deployments to on-premises servers are charged per instance update.',
      facts: [
        { label: 'EC2, Lambda, ECS', value: 'No extra charge' },
        { label: 'On-premises', value: '$0.02 per on-premises instance update', source: { url: 'https://aws.amazon.com/codedeploy/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'CodeDeploy only deploys: it does not provision the servers, build the code or host the source. Those are other services\' jobs.',
      facts: [
        { label: 'Does not', value: 'Create servers, compile code or store source code' },
        { label: 'Servers', value: 'Must exist and run the agent before the first deployment' },
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
