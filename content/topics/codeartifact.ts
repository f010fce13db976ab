import type { TopicInput } from '../schema.js';

export const codeartifact: TopicInput = {
  id: 'codeartifact',
  name: 'AWS CodeArtifact',
  aliases: ['codeartifact', 'code artifact', 'aws code artifact', 'codeartefact', 'code artefact', 'codeartifcat'],
  keywords: ['artifact management', 'artifact repository', 'dependencies', 'code dependencies', 'packages', 'npm', 'maven', 'pip', 'nuget', 'gradle', 'yarn', 'private npm registry', 'nexus', 'artifactory'],
  category: 'developer-tools',
  summary: 'A managed artifact repository: stores and serves software packages and dependencies (npm, Maven, pip, NuGet...) for developers and CodeBuild.',
  aspects: {
    overview: {
      text: 'Software is built from packages that depend on other packages. Keeping and serving them is called artifact management, and it used to mean running your own Nexus or Artifactory. CodeArtifact does it for you: your package managers point at a CodeArtifact repository, you publish your own packages there, and it can fetch and cache public packages (from npmjs, PyPI, Maven Central...) so builds keep working even if the public site is down. Developers and CodeBuild both pull dependencies straight from it.',
      facts: [
        { label: 'Stores', value: 'Software packages and dependencies (artifacts)', asks: ['store', 'stores', 'artifacts', 'artifact', 'packages', 'package', 'dependencies', 'dependency', 'libraries', 'library', 'binaries', 'nexus', 'artifactory', 'package repository'], yes: ['packages', 'software packages', 'dependencies', 'libraries', 'artifacts', 'private packages'] },
        { label: 'Tools', value: 'Maven, Gradle, npm, yarn, pip, twine, NuGet, and more', asks: ['package managers', 'package manager', 'formats', 'npm', 'yarn', 'maven', 'gradle', 'pip', 'pypi', 'python', 'twine', 'nuget', '.net', 'java', 'javascript', 'node', 'ruby', 'rust', 'swift', 'languages'], yes: ['npm', 'yarn', 'maven', 'gradle', 'pip', 'pypi', 'python', 'twine', 'nuget', 'java', 'javascript', 'node', 'nodejs', '.net'] },
        { label: 'Public packages', value: 'Can proxy and cache public repositories such as npmjs, PyPI and Maven Central', asks: ['public packages', 'public repositories', 'public repository', 'npmjs', 'maven central', 'proxy', 'cache', 'caching', 'upstream', 'external connection', 'open source', 'open-source', 'mirror', 'outage'], yes: ['proxy', 'cache', 'caching', 'cache public packages', 'mirror', 'npmjs', 'maven central', 'public packages', 'public repositories', 'open source packages', 'open-source packages'] },
        { label: 'Access', value: 'IAM, with short-lived tokens', asks: ['access', 'security', 'permissions', 'iam', 'token', 'tokens', 'authentication', 'login', 'auth', 'credentials', 'private'], yes: ['iam', 'private', 'tokens', 'authentication'] },
      ],
    },
    pricing: {
      text: 'Pay for what you store and how often packages are requested, plus data transfer out. A small free tier covers light use.',
      facts: [
        { label: 'Storage', value: '$0.05 per GB-month', source: { url: 'https://aws.amazon.com/codeartifact/pricing/', checked: '2026-11-30' }, asks: ['storage', 'storage cost', 'per gb', 'gb', 'cost', 'costs', 'price', 'how much'] },
        { label: 'Requests', value: '$0.05 per 10,000 requests', source: { url: 'https://aws.amazon.com/codeartifact/pricing/', checked: '2026-11-30' }, asks: ['requests', 'request cost', 'per request', 'cost', 'costs', 'price', 'how much'] },
        { label: 'Free tier', value: 'The first 100,000 requests each month', source: { url: 'https://aws.amazon.com/codeartifact/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'for free', 'free requests'] },
      ],
    },
    limits: {
      text: 'CodeArtifact is for language packages. Container images belong in ECR, source code in a Git repository.',
      facts: [
        { label: 'Not for', value: 'Container images (use Amazon ECR) or source code (use a Git repository)', asks: ['docker', 'docker image', 'docker images', 'container image', 'container images', 'containers', 'source code', 'git', 'ecr', 'not for', 'github'], no: ['docker', 'docker image', 'docker images', 'container image', 'container images', 'containers', 'source code', 'git repository', 'git repositories', 'store code'] },
      ],
    },
    useCases: {
      text: 'Sharing private libraries between teams; controlling which open-source packages builds may use; faster, more reliable CodeBuild builds that pull dependencies from inside AWS.',
    },
    examTips: {
      text: 'CodeArtifact is out of scope for CLF-C02, but it can appear as a wrong option. Its keywords: "artifact management", "software packages and dependencies", npm, Maven, pip. Not for Docker images (ECR) and not for source code (CodeCommit or GitHub).',
    },
    pickWhen: {
      text: 'Pick CodeArtifact for a private, managed home for npm, Maven, pip or NuGet packages.',
    },
    differences: {
      text: 'Versus ECR: ECR stores container images; CodeArtifact stores language packages. Versus CodeCommit: CodeCommit stores source code in Git; CodeArtifact stores the built packages and dependencies.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed artifact repository for software packages and dependencies',
    youManage: 'Repositories, permissions and what you publish',
    billing: '$0.05 per GB-month + $0.05 per 10,000 requests; small free tier',
    limits: 'Language packages only: not container images, not source code',
    pickWhen: 'Private npm, Maven, pip or NuGet packages for your teams and builds',
  },
  related: ['codebuild', 'codecommit', 'codepipeline', 'ecr'],
  examDomain: 'technology-and-services',
  examScope: 'out-of-scope',
  lifecycle: { status: 'available' },
  corrections: [],
};
