import type { TopicInput } from '../schema.js';

export const codecommit: TopicInput = {
  id: 'codecommit',
  name: 'AWS CodeCommit',
  aliases: ['codecommit', 'code commit', 'aws code commit', 'codecomit', 'code comit', 'codecommmit'],
  keywords: ['git', 'git repository', 'private git', 'source control', 'version control', 'repository', 'repo', 'github alternative', 'store code'],
  category: 'developer-tools',
  summary: 'Hosts private Git repositories inside AWS: fully managed, scalable, encrypted and controlled with IAM.',
  aspects: {
    overview: {
      text: 'Before code can be built or deployed it has to live somewhere. CodeCommit is AWS\'s managed Git hosting, similar in role to GitHub: you push and pull with normal Git tools, every change is versioned, and teammates review and merge with pull requests. AWS runs and scales it; repositories are private, encrypted, and access is controlled with IAM. In July 2024 AWS stopped letting new customers sign up, then reversed that and made it generally available again in November 2025.',
      facts: [
        { label: 'What it hosts', value: 'Private Git repositories', asks: ['hosts', 'host', 'git', 'repository', 'repositories', 'repo', 'repos', 'private', 'public', 'source control', 'version control', 'store code', 'source code'], yes: ['git', 'git repository', 'git repositories', 'private repositories', 'private repos', 'private', 'source control', 'version control', 'store code', 'source code'], no: ['public repositories', 'public repository', 'public repo', 'public repos', 'open source hosting'] },
        { label: 'Access', value: 'IAM users and roles; HTTPS or SSH Git credentials', asks: ['access', 'iam', 'permissions', 'https', 'ssh', 'credentials', 'git credentials', 'login', 'authentication', 'clone', 'connect'], yes: ['ssh', 'https', 'iam', 'git credentials'] },
        { label: 'Security', value: 'Encrypted in transit and at rest (KMS)', asks: ['security', 'secure', 'encryption', 'encrypted', 'kms', 'at rest', 'in transit'], yes: ['encryption', 'encrypted', 'secure', 'kms', 'at rest', 'in transit'] },
        { label: 'Collaboration', value: 'Pull requests, reviews, branches; every change versioned', asks: ['pull request', 'pull requests', 'pr', 'prs', 'review', 'code review', 'branches', 'branch', 'merge', 'history', 'versioned', 'versions', 'collaboration', 'team'], yes: ['pull requests', 'pull request', 'code review', 'code reviews', 'branches', 'merge', 'history'] },
        { label: 'Status', value: 'Available: closed to new customers July 2024, back to general availability November 2025', source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-your-aws-codecommit-repository-to-another-git-provider/', checked: '2026-11-30' }, asks: ['status', 'retired', 'deprecated', 'discontinued', 'closed', 'closed to new customers', 'new customers', 'still available', 'available', 'sign up', 'end of life', 'shut down', 'still use', 'still exist', 'back'], yes: ['still available', 'available', 'sign up', 'still use', 'still exist', 'still exists', 'back'], no: ['retired', 'deprecated', 'discontinued', 'closed', 'closed to new customers', 'end of life', 'shut down', 'gone'] },
      ],
    },
    pricing: {
      text: 'Billed per active user each month, with a free allowance that covers small teams.',
      facts: [
        { label: 'Free', value: 'First 5 active users per month, with 50 GB of storage and 10,000 Git requests', source: { url: 'https://aws.amazon.com/codecommit/pricing/', checked: '2026-11-30' }, asks: ['free', 'free tier', 'cost', 'costs', 'price', 'how much', 'users', 'free users', 'storage', 'git requests'], yes: ['free tier'] },
        { label: 'Each extra active user', value: '$1 per month (adds 10 GB and 2,000 Git requests)', source: { url: 'https://aws.amazon.com/codecommit/pricing/', checked: '2026-11-30' }, asks: ['per user', 'extra user', 'extra users', 'more users', 'additional users', 'cost', 'costs', 'price', 'how much', 'active user', 'active users'] },
      ],
    },
    limits: {
      text: 'CodeCommit stores code; it does not build, test or deploy it. Pair it with CodeBuild, CodeDeploy and CodePipeline, or use another Git host (GitHub, GitLab, Bitbucket) with those same services.',
      facts: [
        { label: 'Does not', value: 'Build, test or deploy the code: pair it with CodeBuild, CodeDeploy and CodePipeline', asks: ['build', 'deploy', 'test', 'ci/cd', 'pipeline', 'compile'], no: ['build my code', 'build code', 'compile', 'compile code', 'deploy code', 'deploy my code', 'run tests', 'deploy'] },
      ],
    },
    useCases: {
      text: 'Keeping source code private inside an AWS account, under IAM; the source stage of a CodePipeline pipeline; teams whose rules say code must not leave AWS.',
    },
    examTips: {
      text: 'CodeCommit is not listed in the CLF-C02 exam guide, but if you meet it: "private Git repositories on AWS", "version control", "AWS\'s alternative to GitHub". CodeBuild builds, CodeDeploy deploys, CodePipeline orchestrates, CodeArtifact stores packages.',
    },
    pickWhen: {
      text: 'Pick CodeCommit when you want private Git hosting managed by AWS and controlled with IAM.',
    },
    differences: {
      text: 'Versus GitHub: same Git, but CodeCommit lives in your AWS account and uses IAM. Versus CodeArtifact: CodeCommit keeps source code; CodeArtifact keeps built packages and dependencies. Versus ECR: ECR keeps container images.',
      facts: [
        { label: 'Versus GitHub', value: 'Same Git, different host: CodeCommit lives in your AWS account and uses IAM; it is not a GitHub product', asks: ['github', 'gitlab', 'bitbucket', 'alternative to github', 'same as github'], no: ['same as github', 'part of github', 'owned by github', 'github product'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Managed private Git repositories in AWS',
    youManage: 'Your repositories, branches and IAM permissions',
    billing: '5 active users free; $1 per extra active user per month',
    limits: 'Stores code only; builds and deploys need other services',
    pickWhen: 'Private Git inside AWS, controlled with IAM',
  },
  related: ['codebuild', 'codepipeline', 'codedeploy', 'codeartifact', 'codestar'],
  examDomain: 'technology-and-services',
  examScope: 'not-listed',
  lifecycle: {
    status: 'available',
    note: 'AWS closed CodeCommit to new customers in July 2024, then returned it to general availability in November 2025.',
    history: [
      { date: '2024-07-25', event: 'Closed to new customers; existing customers could keep using it', source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-your-aws-codecommit-repository-to-another-git-provider/', checked: '2026-11-30' } },
      { date: '2025-11-24', event: 'Returned to general availability; new customers can sign up again', source: { url: 'https://aws.amazon.com/blogs/devops/how-to-migrate-your-aws-codecommit-repository-to-another-git-provider/', checked: '2026-11-30' } },
    ],
  },
  corrections: [],
};
