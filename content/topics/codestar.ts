import type { TopicInput } from '../schema.js';

export const codestar: TopicInput = {
  id: 'codestar',
  name: 'AWS CodeStar',
  aliases: ['codestar', 'code star', 'aws code star', 'codestarr', 'code-star'],
  keywords: ['unified ui', 'project templates', 'set up ci/cd quickly', 'developer dashboard', 'one place for development'],
  category: 'developer-tools',
  summary: 'A retired service (ended 31 July 2024) that gave developers one dashboard and project templates to set up CodeCommit, CodeBuild, CodeDeploy and CodePipeline quickly.',
  aspects: {
    overview: {
      text: 'CodeStar was a shortcut: pick a project template and it wired up a Git repository, a build, a pipeline and a deployment target (EC2, Elastic Beanstalk or Lambda) for you, all visible in one dashboard, with code editing through Cloud9. It did not build or deploy anything itself; the work was done by the services it set up. AWS discontinued CodeStar on 31 July 2024. Today you set up the same pieces directly, for example a CodePipeline pipeline with CodeBuild, often described with CloudFormation or the CDK.',
      facts: [
        { label: 'Status', value: 'Retired: discontinued on 31 July 2024', source: { url: 'https://docs.aws.amazon.com/codestar/latest/userguide/welcome.html', checked: '2026-11-30' }, asks: ['status', 'retired', 'deprecated', 'discontinued', 'shut down', 'still available', 'available', 'exist', 'exists', 'still exist', 'end of life', 'gone', 'still use', 'closed', 'dead'], yes: ['retired', 'discontinued', 'deprecated', 'shut down', 'gone', 'end of life', 'closed', 'dead'], no: ['still available', 'available', 'still exist', 'still exists', 'exist', 'exists', 'still use', 'still work', 'still works'] },
        { label: 'What it did', value: 'One dashboard and project templates that set up CodeCommit, CodeBuild, CodeDeploy, CodePipeline, Beanstalk or EC2', source: { url: 'https://docs.aws.amazon.com/codestar/latest/userguide/welcome.html', checked: '2026-11-30' }, asks: ['dashboard', 'templates', 'project templates', 'unified ui', 'one place', 'set up', 'purpose', 'features', 'what did it do', 'used for'] },
        { label: 'Today instead', value: 'Set up CodePipeline, CodeBuild and a deploy target yourself, ideally as code', asks: ['alternative', 'alternatives', 'instead', 'replacement', 'replaced', 'what to use', 'migrate', 'successor', 'now'] },
      ],
    },
    pricing: {
      text: 'CodeStar itself was free; projects paid for the services and resources it created. There is nothing to buy today.',
    },
    examTips: {
      text: 'CodeStar is retired and not listed in the CLF-C02 exam guide. Older practice questions used "unified UI to manage software development activities in one place"; today, treat it as a wrong option. For a CI/CD pipeline the answer is CodePipeline.',
    },
    pickWhen: {
      text: 'Do not pick CodeStar: it no longer exists. For a release pipeline choose CodePipeline, with CodeBuild for builds.',
    },
    differences: {
      text: 'Versus CodePipeline: CodePipeline actually runs the pipeline; CodeStar only created one for you, behind a dashboard. Versus Cloud9: Cloud9 was the IDE CodeStar linked to for editing code.',
    },
  },
  atAGlance: {
    whatItIs: 'Retired (July 2024) dashboard that set up AWS CI/CD projects',
    youManage: 'Nothing now; the service is gone',
    billing: 'Was free; you paid for the services it set up',
    limits: 'Discontinued on 31 July 2024',
    pickWhen: 'Never today; use CodePipeline with CodeBuild instead',
  },
  related: ['codepipeline', 'codebuild', 'codecommit', 'codedeploy', 'cloud9'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: {
    status: 'retired',
    since: '2024-07-31',
    source: { url: 'https://docs.aws.amazon.com/codestar/latest/userguide/welcome.html', checked: '2026-11-30' },
    note: 'AWS discontinued CodeStar on 31 July 2024. Set up CodePipeline, CodeBuild and a deploy target directly instead.',
    history: [
      { date: '2024-07-31', event: 'CodeStar discontinued', source: { url: 'https://docs.aws.amazon.com/codestar/latest/userguide/welcome.html', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'CodeStar: unified UI to easily manage software development activities in one place', correct: 'CodeStar was discontinued on 31 July 2024. Build the same setup with CodePipeline, CodeBuild and a deploy target.' },
  ],
};
