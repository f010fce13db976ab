import type { TopicInput } from '../schema.js';

export const codebuild: TopicInput = {
  id: 'codebuild',
  name: 'AWS CodeBuild',
  aliases: ['codebuild', 'code build', 'aws code build', 'codebiuld', 'code biuld', 'codebuid'],
  keywords: ['build', 'compile', 'compile code', 'unit tests', 'run tests', 'build server', 'continuous integration', 'ci', 'buildspec', 'package artifacts', 'build minutes'],
  category: 'developer-tools',
  summary: 'A fully managed, serverless build service: it compiles source code, runs tests and produces packages ready to deploy; you pay only for build minutes.',
  aspects: {
    overview: {
      text: 'CodeBuild does what a build server does, without a build server. It fetches your source (CodeCommit, GitHub, Bitbucket, S3...), runs the commands in your buildspec file inside a fresh container, runs the tests, and outputs an artifact, for example a package that CodeDeploy or Beanstalk can install. It is serverless and scales by itself, so many builds can run at once without a queue. You pay only while builds run.',
      facts: [
        { label: 'Does', value: 'Compile source, run tests, produce deployable packages (artifacts)', asks: ['compile', 'compiles', 'build', 'builds', 'test', 'tests', 'unit tests', 'run tests', 'package', 'packages', 'artifact', 'artifacts', 'output', 'jar'], yes: ['compile', 'compile code', 'run tests', 'unit tests', 'tests', 'test', 'package', 'build code', 'artifacts'] },
        { label: 'Model', value: 'Fully managed, serverless; each build runs in a fresh container', asks: ['serverless', 'managed', 'fully managed', 'build server', 'build servers', 'servers', 'server', 'container', 'containers', 'fresh', 'clean environment', 'environment', 'jenkins'], yes: ['serverless', 'fully managed', 'managed', 'clean environment', 'fresh environment', 'containers', 'container'], no: ['build server', 'build servers', 'manage servers', 'jenkins server', 'need servers'] },
        { label: 'Instructions', value: 'A buildspec.yml file in your source', asks: ['buildspec', 'buildspec.yml', 'build spec', 'instructions', 'commands', 'configuration', 'config file', 'yaml'], yes: ['buildspec', 'buildspec.yml', 'yaml'] },
        { label: 'Sources', value: 'CodeCommit, GitHub, GitLab, Bitbucket, S3', source: { url: 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectSource.html', checked: '2026-11-30' }, asks: ['source', 'sources', 'github', 'gitlab', 'bitbucket', 'codecommit', 's3', 'repository', 'repo', 'git'], yes: ['github', 'gitlab', 'bitbucket', 'codecommit', 's3', 'git'] },
        { label: 'Scaling', value: 'Runs many builds in parallel on its own', asks: ['scale', 'scaling', 'scales', 'parallel', 'concurrent', 'concurrency', 'queue', 'queued', 'many builds', 'multiple builds', 'at once', 'at the same time'], yes: ['scale automatically', 'scales automatically', 'parallel', 'parallel builds', 'in parallel', 'concurrent builds', 'many builds', 'multiple builds', 'at once', 'at the same time'] },
      ],
    },
    pricing: {
      text: 'Pay as you go: per build minute, at a rate that depends on the compute size you choose. There is a small monthly free tier.',
      facts: [
        { label: 'Billing', value: 'Per build minute, by compute type; nothing when no build runs', asks: ['cost', 'costs', 'price', 'how much', 'billing', 'billed', 'per minute', 'build minute', 'build minutes', 'compute type', 'compute types', 'charged', 'idle'], no: ['idle', 'when idle', 'when no build runs'] },
        { label: 'Free tier', value: 'A small monthly allowance of free build minutes (see the CodeBuild pricing page for the amount and compute types)', asks: ['free tier', 'free', 'free minutes', 'free build minutes', 'for free'], yes: ['free tier', 'free minutes', 'free build minutes'] },
      ],
    },
    limits: {
      text: 'Builds have a time limit you can raise a long way. CodeBuild builds and tests; it does not deploy or orchestrate a pipeline by itself.',
      facts: [
        { label: 'Build timeout', value: 'Default 60 minutes; from 5 minutes up to 36 hours', source: { url: 'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_CreateProject.html', checked: '2026-11-30' }, asks: ['timeout', 'build timeout', 'time limit', 'how long', 'max time', 'maximum time', 'build time', 'duration', 'hours', 'long builds', 'long running', 'default timeout'], yes: ['hours', 'an hour', 'for hours', 'more than an hour', 'long builds', 'long running', 'a day', 'timeout', 'a timeout', 'time limit', 'a time limit'], no: ['days', 'for days', 'unlimited time', 'no time limit', 'forever'] },
        { label: 'Does not', value: 'Deploy the result or run the whole pipeline: CodeDeploy deploys and CodePipeline orchestrates', asks: ['deploy', 'deploys', 'deployment', 'pipeline', 'orchestrate', 'orchestration', 'release'], no: ['deploy', 'deploys', 'deploy code', 'deploy to', 'orchestrate', 'run the pipeline'] },
      ],
    },
    useCases: {
      text: 'The build and test stage of a CodePipeline pipeline; building Docker images and pushing them to ECR; running unit tests on every commit without keeping a Jenkins server up.',
      facts: [
        { label: 'Docker images', value: 'Builds Docker images and pushes them to Amazon ECR', asks: ['docker', 'docker image', 'docker images', 'container image', 'container images', 'ecr', 'push', 'build images'], yes: ['docker', 'docker image', 'docker images', 'build docker images', 'container image', 'container images', 'ecr', 'build images'] },
      ],
    },
    examTips: {
      text: 'Keywords: "compile code", "run tests", "build packages", "no build servers to manage", "pay only for build time". Build = CodeBuild; deploy = CodeDeploy; orchestrate the whole path = CodePipeline; store Git code = CodeCommit.',
    },
    pickWhen: {
      text: 'Pick CodeBuild when you need to compile and test code in the cloud without running your own build servers.',
    },
    differences: {
      text: 'Versus CodeDeploy: CodeBuild makes the package; CodeDeploy installs it on servers. Versus CodePipeline: CodePipeline decides when each stage runs and calls CodeBuild for the build stage. Versus Lambda: both are serverless, but CodeBuild is for builds, with its own build timeout.',
    },
  },
  atAGlance: {
    whatItIs: 'Serverless build service: compile, test, package',
    youManage: 'The buildspec file and your source code',
    billing: 'Per build minute by compute type; a small free monthly allowance',
    limits: 'Builds up to 36 hours; builds only, no deploying',
    pickWhen: 'Build and test code without managing build servers',
  },
  related: ['codepipeline', 'codedeploy', 'codecommit', 'codeartifact', 'ecr'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
