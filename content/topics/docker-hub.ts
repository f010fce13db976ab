import type { TopicInput } from '../schema.js';

export const dockerHub: TopicInput = {
  id: 'docker-hub',
  name: 'Docker Hub',
  aliases: ['dockerhub', 'hub.docker.com', 'docker hub registry', 'public docker registry', 'docker official images', 'dockrhub', 'docker hb', 'docer hub'],
  keywords: ['public images', 'base images', 'pull rate limit', 'ubuntu image', 'mysql image', 'node image', 'public repository', 'download images'],
  category: 'containers',
  summary: 'Docker\'s own public registry, where you find ready-made base images (Ubuntu, MySQL, Node.js, Java...) and can publish your own; not an AWS service.',
  aspects: {
    overview: {
      text: 'Docker Hub is the default place the docker CLI pulls from: type "docker pull nginx" and the image comes from Docker Hub. It hosts huge numbers of public images, including curated Docker Official Images and images from verified publishers, which you use as the FROM line of your own Dockerfiles. Anyone can publish public repositories, and accounts can also keep private ones. It is run by Docker, Inc., not AWS.',
      facts: [
        { label: 'Owner', value: 'Docker, Inc. (not an AWS service)', asks: ['owner', 'who owns', 'who runs', 'owned by', 'company', 'docker inc', 'aws service', 'amazon', 'aws'], no: ['aws service', 'an aws service', 'amazon service', 'owned by aws', 'run by aws', 'part of aws', 'by amazon', 'owned by amazon'] },
        { label: 'Role', value: 'Default public registry for the docker CLI', asks: ['default', 'default registry', 'registry', 'docker pull', 'pull', 'docker cli', 'public registry'], yes: ['default registry', 'default', 'public registry', 'registry', 'docker pull'] },
        { label: 'Typical content', value: 'Base images for operating systems, databases and languages: Ubuntu, MySQL, Node.js, Java...', asks: ['base images', 'base image', 'images', 'ubuntu', 'mysql', 'node', 'nodejs', 'java', 'nginx', 'python', 'postgres', 'find images'] },
        { label: 'Trusted images', value: 'Docker Official Images and Verified Publisher images', asks: ['trusted', 'trust', 'safe', 'secure', 'official images', 'docker official images', 'verified publisher', 'verified publishers', 'verified', 'security', 'curated'], yes: ['official images', 'verified publisher', 'verified publishers', 'curated'] },
        { label: 'AWS counterpart', value: 'Amazon ECR (private registries plus ECR Public)', asks: ['aws alternative', 'aws equivalent', 'aws counterpart', 'ecr', 'amazon ecr', 'ecr public', 'alternative', 'instead', 'on aws', 'same as ecr'], no: ['same as ecr', 'the same as ecr', 'same thing as ecr'] },
        { label: 'Private repositories', value: 'Supported: the free Personal plan includes a private repository, and paid plans add more', asks: ['private', 'private repository', 'private repositories', 'private repo', 'private repos', 'private images'], yes: ['private repository', 'private repositories', 'private repo', 'private repos', 'private images'] },
      ],
    },
    pricing: {
      text: 'A free Personal account covers public repositories and one private repository, with pull limits. Paid plans (Pro, Team, Business) lift the hourly pull limit and add private repositories and storage. Pull limits have changed several times, so check Docker\'s site before relying on a number.',
      facts: [
        { label: 'Not signed in', value: 'A low hourly pull limit per IP address', asks: ['anonymous', 'not signed in', 'without account', 'without an account', 'without login', 'pull limit', 'per ip'] },
        { label: 'Free Personal account', value: 'A higher hourly pull limit than anonymous use; unlimited public repositories', asks: ['free', 'free account', 'personal', 'personal account', 'free plan', 'cost', 'costs', 'price', 'how much', 'public repositories'], yes: ['free', 'free account', 'free plan', 'free tier', 'free to use', 'public repositories'] },
        { label: 'Paid plans', value: 'Pro, Team, Business: no hourly pull limit (fair use)', asks: ['paid', 'paid plans', 'pro', 'team', 'business', 'subscription', 'upgrade', 'unlimited pulls', 'cost', 'costs', 'price'] },
      ],
    },
    limits: {
      text: 'Pull rate limits can break busy builds or clusters that pull anonymously, and public images may be out of date or unsafe unless they come from trusted sources. Many AWS teams copy what they need into ECR, for example with an ECR pull-through cache, so production does not depend on Docker Hub.',
      facts: [
        { label: 'Rate limits', value: 'Anonymous and free accounts are throttled per hour', asks: ['rate limit', 'rate limits', 'pull limit', 'pull limits', 'throttle', 'throttled', 'throttling', 'too many requests', 'toomanyrequests', 'how many pulls'], yes: ['rate limit', 'rate limits', 'pull limit', 'pull limits', 'throttled', 'throttle'] },
        { label: 'Workaround on AWS', value: 'ECR pull-through cache or copying images into private ECR repositories', asks: ['workaround', 'avoid rate limits', 'pull-through cache', 'pull through cache', 'cache', 'mirror', 'copy images', 'ecr', 'production', 'avoid'], yes: ['pull-through cache', 'pull through cache', 'mirror', 'copy images'] },
      ],
    },
    useCases: {
      text: 'Finding base images for your Dockerfiles, sharing open-source images with the world, and quick experiments on a laptop.',
    },
    examTips: {
      text: 'Docker Hub = public images; Amazon ECR = private images on AWS (the usual exam answer). If a question asks where to store a company\'s private Docker images close to ECS or EKS, pick ECR, never Docker Hub.',
    },
    pickWhen: {
      text: 'Pick Docker Hub to find or publish public images. For a company\'s private images running on AWS, choose ECR.',
    },
    differences: {
      text: 'Versus Amazon ECR: Docker Hub is Docker\'s public-first registry outside AWS; ECR is AWS\'s registry, private by default, controlled with IAM, integrated with ECS, EKS and Lambda, and it also offers public repositories through ECR Public.',
    },
  },
  atAGlance: {
    whatItIs: 'Docker\'s public image registry, outside AWS',
    youManage: 'Your account, repositories and the images you push',
    billing: 'Free Personal plan with pull limits; paid Pro, Team and Business plans',
    limits: 'Hourly pull limits for anonymous users and free accounts',
    pickWhen: 'Public base images and sharing open-source images',
  },
  related: ['ecr', 'docker', 'docker-images', 'containers', 'podman'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [],
};
