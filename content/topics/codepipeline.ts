import type { TopicInput } from '../schema.js';

export const codepipeline: TopicInput = {
  id: 'codepipeline',
  name: 'AWS CodePipeline',
  aliases: ['codepipeline', 'code pipeline', 'aws code pipeline', 'codepipline', 'code pipline', 'codepipe line'],
  keywords: ['ci/cd', 'cicd', 'continuous integration', 'continuous delivery', 'pipeline', 'release pipeline', 'stages', 'automate release', 'code to production', 'orchestrate build and deploy'],
  category: 'developer-tools',
  summary: 'Orchestrates a release pipeline: each change flows automatically through source, build, test and deploy stages. The backbone of CI/CD on AWS.',
  aspects: {
    overview: {
      text: 'CodePipeline is the conductor. It watches your source, and when code changes it runs the stages you defined, in order: source, build, test, approval, deploy. It does not do each step itself; it calls the right tool for each one: CodeCommit or GitHub for source, CodeBuild for building and testing, CodeDeploy, Elastic Beanstalk, CloudFormation or ECS for deploying, plus third-party tools and custom actions. That is the basis of CI/CD (continuous integration and continuous delivery): fast, frequent, repeatable releases.',
      facts: [
        { label: 'Role', value: 'Orchestrates the stages from code to production', asks: ['role', 'orchestrate', 'orchestrates', 'orchestration', 'automate', 'automation', 'ci/cd', 'cicd', 'continuous delivery', 'continuous integration', 'continuous deployment', 'release', 'releases', 'code to production'], yes: ['ci/cd', 'cicd', 'continuous delivery', 'continuous integration', 'continuous deployment', 'orchestrate', 'automate releases', 'automate'] },
        { label: 'Typical stages', value: 'Source -> Build -> Test -> (Approval) -> Deploy', asks: ['stages', 'stage', 'steps', 'phases', 'flow', 'workflow', 'order'] },
        { label: 'Sources', value: 'CodeCommit, GitHub, GitLab, Bitbucket, S3, ECR', source: { url: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/integrations-action-type.html', checked: '2026-11-30' }, asks: ['source', 'sources', 'github', 'gitlab', 'bitbucket', 'codecommit', 's3', 'ecr', 'repository', 'repo', 'trigger', 'triggers', 'triggered'], yes: ['github', 'gitlab', 'bitbucket', 'codecommit', 's3', 'ecr'] },
        { label: 'Build and test', value: 'CodeBuild, or third-party tools such as Jenkins', asks: ['build', 'test', 'tests', 'codebuild', 'jenkins', 'third-party', 'third party'], yes: ['jenkins', 'codebuild', 'third-party tools', 'third party tools'] },
        { label: 'Deploy', value: 'CodeDeploy, Elastic Beanstalk, CloudFormation, ECS, S3 and others', source: { url: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/integrations-action-type.html', checked: '2026-11-30' }, asks: ['deploy', 'deployment', 'deploy to', 'codedeploy', 'elastic beanstalk', 'beanstalk', 'cloudformation', 'ecs', 'deploy targets'], yes: ['codedeploy', 'elastic beanstalk', 'beanstalk', 'cloudformation', 'ecs', 'deploy to ecs', 'deploy to s3'] },
        { label: 'Manual gates', value: 'Approval actions pause the pipeline until someone says yes', asks: ['approval', 'approvals', 'manual approval', 'manual', 'gate', 'gates', 'pause', 'human', 'sign off', 'sign-off'], yes: ['manual approval', 'manual approvals', 'approval', 'approvals', 'pause', 'gate', 'gates', 'sign off'] },
      ],
    },
    pricing: {
      text: 'Two pipeline types with different billing. V1 pipelines cost a flat amount per active pipeline per month; V2 pipelines are billed by the minutes their actions run. The tools the pipeline calls (such as CodeBuild) are billed separately.',
      facts: [
        { label: 'V1 pipeline', value: '$1 per active pipeline per month; one active pipeline a month is free, and a new pipeline is free for its first 30 days', source: { url: 'https://aws.amazon.com/codepipeline/pricing/', checked: '2026-11-30' }, asks: ['v1', 'v1 pipeline', 'per pipeline', 'active pipeline', 'cost', 'costs', 'price', 'how much', 'monthly', 'free', 'free tier', 'first 30 days'], yes: ['free tier'] },
        { label: 'V2 pipeline', value: '$0.002 per action execution minute (manual approval and custom actions are not charged); 100 free minutes per month', source: { url: 'https://aws.amazon.com/codepipeline/pricing/', checked: '2026-11-30' }, asks: ['v2', 'v2 pipeline', 'per minute', 'action minutes', 'execution minutes', 'cost', 'costs', 'price', 'how much', 'free minutes', 'free', 'free tier'], yes: ['free tier', 'free minutes'] },
        { label: 'Not included', value: 'CodeBuild minutes, deployed resources and other services it calls', asks: ['not included', 'codebuild cost', 'extra costs', 'other charges', 'hidden costs', 'what else do i pay'] },
      ],
    },
    limits: {
      text: 'CodePipeline organises; the stages do the work. Without CodeBuild (or another tool) nothing gets compiled, and without a deploy provider nothing gets deployed.',
      facts: [
        { label: 'Does not', value: 'Build, test or deploy by itself: each stage calls a tool such as CodeBuild, CodeDeploy or CloudFormation', asks: ['compile', 'by itself', 'itself', 'build code'], no: ['compile', 'compile code', 'build code', 'build my code', 'by itself', 'itself'] },
      ],
    },
    useCases: {
      text: 'Every commit to main flows to production automatically; releases that pass through test and a manual approval before production; infrastructure changes that deploy CloudFormation stacks through a pipeline.',
    },
    examTips: {
      text: 'Keywords: CI/CD, "orchestrate", "automate the steps from code to production", "pipeline". CodePipeline is the one that ties CodeCommit, CodeBuild and CodeDeploy (or Beanstalk, CloudFormation) together.',
    },
    pickWhen: {
      text: 'Pick CodePipeline when you want each change to move through build, test and deploy automatically, with one view of the whole release.',
    },
    differences: {
      text: 'Versus CodeBuild: CodeBuild is one stage (build and test); CodePipeline runs all the stages. Versus CodeDeploy: CodeDeploy is the deploy stage; CodePipeline decides when it runs. Versus CodeStar (retired): CodeStar only set up a pipeline like this for you.',
    },
  },
  atAGlance: {
    whatItIs: 'CI/CD orchestration: source -> build -> test -> deploy',
    youManage: 'The pipeline definition: stages, actions and approvals',
    billing: 'V1: $1 per active pipeline a month; V2: $0.002 per action minute',
    limits: 'Orchestrates only; calls other tools to build and deploy',
    pickWhen: 'Automating the release path from commit to production',
  },
  related: ['codebuild', 'codedeploy', 'codecommit', 'elastic-beanstalk', 'cloudformation', 'ecs', 'codestar'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
