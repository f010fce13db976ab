import type { TopicInput } from '../schema.js';

export const dockerImages: TopicInput = {
  id: 'docker-images',
  name: 'Docker images and the Dockerfile',
  aliases: ['dockerfile', 'dockerfiles', 'docker file', 'docker image', 'image', 'images', 'container image', 'container images', 'oci image', 'base image', 'dokerfile', 'dockerfle', 'docker imgae'],
  keywords: ['build an image', 'docker build', 'docker push', 'docker pull', 'layers', 'image tag', 'from instruction', 'blueprint', 'template for containers', 'where are images stored'],
  category: 'containers',
  summary: 'An image is the read-only blueprint a container starts from; a Dockerfile is the text recipe that builds it. Images are pushed to and pulled from registries such as Docker Hub and ECR.',
  aspects: {
    overview: {
      text: 'A Docker image holds everything an app needs to run: its code, the language runtime, system tools and libraries, and default settings. You write a Dockerfile, a plain text file of steps: start FROM a base image (Ubuntu, Node.js, Python...), COPY in your code, RUN commands to install packages, and say which command starts the app. "docker build" turns the Dockerfile into an image made of stacked read-only layers; "docker push" uploads it to a registry and "docker pull" fetches it anywhere else. Each container started from the image adds a thin writable layer on top.',
      facts: [
        { label: 'Image', value: 'Read-only, layered template for containers; immutable once built', asks: ['template', 'blueprint', 'read-only', 'read only', 'immutable', 'mutable', 'layers', 'layered', 'layer', 'change an image', 'modify an image', 'edit an image', 'update an image'], yes: ['read-only', 'read only', 'immutable', 'layered', 'layers', 'template', 'blueprint'], no: ['change an image', 'change the image', 'modify an image', 'modify the image', 'edit an image', 'edit the image', 'image be changed', 'images be changed', 'image be modified', 'images be modified', 'image be edited', 'image mutable', 'images mutable', 'image writable', 'images writable', 'image change'] },
        { label: 'Dockerfile', value: 'Text recipe of instructions: FROM, RUN, COPY, WORKDIR, ENV, EXPOSE, CMD, ENTRYPOINT', asks: ['dockerfile', 'dockerfiles', 'instructions', 'instruction', 'recipe', 'syntax', 'from instruction', 'cmd', 'entrypoint', 'workdir', 'expose', 'cmd vs entrypoint', 'write a dockerfile', 'text file'], yes: ['text file', 'recipe', 'plain text', 'instructions'] },
        { label: 'Build and share', value: 'docker build -> docker push to a registry -> docker pull -> docker run', asks: ['docker build', 'docker push', 'docker pull', 'docker run', 'build', 'push', 'pull', 'share', 'workflow', 'steps', 'how to build', 'create an image'], yes: ['be shared', 'be pushed', 'be pulled', 'push to a registry', 'pull from a registry', 'push to ecr', 'pull from ecr', 'pull from docker hub', 'push to docker hub', 'share images'] },
        { label: 'Naming', value: 'repository:tag, e.g. nginx:1.27; a digest (sha256:...) pins an exact version', source: { url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html', checked: '2026-11-30' }, asks: ['tag', 'tags', 'tagging', 'name', 'naming', 'digest', 'sha256', 'latest', 'version', 'versions', 'versioning', 'repository name', 'pin'], yes: ['tag', 'tags', 'tagged', 'digest', 'pinned', 'pin', 'versioned', 'versions'] },
        { label: 'Where stored', value: 'Registries: Docker Hub (public) or Amazon ECR (private and public)', asks: ['where stored', 'where are', 'store', 'stored', 'storage', 'registry', 'registries', 'docker hub', 'ecr', 'private', 'public', 'repository', 'repositories', 'keep'], yes: ['ecr', 'amazon ecr', 'docker hub', 'registry', 'a registry', 'private registry', 'stored in ecr', 'stored in a registry'] },
        { label: 'Format', value: 'OCI image format: Podman, containerd, Kubernetes, ECS and Lambda all use it', asks: ['oci', 'format', 'standard', 'podman', 'containerd', 'kubernetes', 'ecs', 'lambda', 'compatible', 'compatibility', 'portable', 'other tools'], yes: ['oci', 'podman', 'containerd', 'kubernetes', 'ecs', 'lambda', 'portable', 'compatible', 'open standard'] },
      ],
    },
    pricing: {
      text: 'Building images is free. Storing them costs whatever the registry charges: ECR bills per GB-month of storage plus data transfer out, and Docker Hub has free and paid plans. Smaller images cost less to store and start faster.',
      facts: [
        { label: 'ECR private storage', value: '$0.10 per GB-month', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' }, asks: ['ecr price', 'ecr cost', 'storage cost', 'storage price', 'per gb', 'gb-month', 'how much to store', 'store cost'] },
        { label: 'Building', value: 'Free: docker build costs nothing; you pay only for registry storage and data transfer (or for the build service, such as CodeBuild, if you use one)', asks: ['build cost', 'cost to build', 'free to build', 'building', 'is building free', 'codebuild'], yes: ['free to build', 'building free', 'build for free', 'building images free'] },
      ],
    },
    limits: {
      text: 'An image is built for one CPU architecture (x86 or Arm) unless you publish a multi-architecture image, and for one OS family (Linux or Windows). Keep images small: pick slim base images, use multi-stage builds so compilers do not ship to production, and list junk in .dockerignore. Never bake passwords into an image; pass them in at run time (for example from Parameter Store or Secrets Manager).',
      facts: [
        { label: 'Lambda container images', value: 'Up to 10 GB, stored in ECR, and must implement the Lambda Runtime API', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html', checked: '2026-11-30' }, asks: ['lambda', 'lambda image', 'lambda size', 'lambda limit', 'size limit', 'max size', 'how big', '10 gb', 'runtime api'], yes: ['lambda', 'aws lambda', 'use with lambda', 'run on lambda'] },
        { label: 'Architecture', value: 'x86_64 or arm64 (Graviton); multi-arch images cover both', source: { url: 'https://aws.amazon.com/blogs/containers/introducing-multi-architecture-container-images-for-amazon-ecr/', checked: '2026-11-30' }, asks: ['architecture', 'arm', 'arm64', 'x86', 'x86_64', 'amd64', 'graviton', 'multi-arch', 'multi-architecture', 'cpu architecture', 'apple silicon', 'm1', 'cpu'], yes: ['multi-arch', 'multi-architecture', 'arm', 'arm64', 'graviton', 'x86', 'both architectures'] },
        { label: 'Operating system', value: 'An image is built for one OS family: Linux images need a Linux kernel, Windows images a Windows host', asks: ['windows', 'linux', 'os', 'operating system', 'windows image', 'linux image', 'os family'] },
        { label: 'Secrets', value: 'Never bake passwords or keys into an image; pass them in at run time, for example from Parameter Store or Secrets Manager', asks: ['password', 'passwords', 'secret', 'secrets', 'api key', 'api keys', 'credentials', 'keys', 'env vars', 'environment variables'], no: ['passwords', 'secrets', 'credentials', 'api keys', 'store passwords', 'hardcode', 'put passwords', 'bake in passwords', 'include secrets'] },
        { label: 'Keep them small', value: 'Slim base images, multi-stage builds so compilers stay out of production, and a .dockerignore for junk', asks: ['small', 'smaller', 'size', 'image size', 'reduce size', 'shrink', 'multi-stage', 'multi-stage build', 'dockerignore', '.dockerignore', 'slim', 'alpine', 'optimize', 'optimise', 'best practices'], yes: ['multi-stage', 'multi-stage builds', 'dockerignore', '.dockerignore', 'slim'] },
      ],
    },
    useCases: {
      text: 'Packaging an app once and running the identical build in test and production, giving ECS, EKS, Fargate or AWS Batch something to run, and deploying Lambda functions larger than a zip allows (up to 10 GB).',
    },
    examTips: {
      text: 'Know the chain: Dockerfile -> image -> container. Images are stored in repositories: Docker Hub is the big public one, Amazon ECR is the private registry on AWS. "Where do I keep private Docker images on AWS?" is ECR. You will not be asked to write a Dockerfile.',
      facts: [
        { label: 'On the exam', value: 'Know Dockerfile -> image -> container and that ECR stores private images on AWS; you will not be asked to write a Dockerfile', asks: ['write a dockerfile', 'dockerfile syntax', 'what to know', 'need to know', 'commands', 'dockerfile on the exam', 'dockerfiles on the exam'], no: ['write a dockerfile', 'writing dockerfiles', 'dockerfile syntax', 'write dockerfiles', 'write a dockerfile on the exam', 'dockerfile on the exam', 'dockerfiles on the exam', 'writing dockerfiles on the exam', 'dockerfile syntax on the exam'] },
      ],
    },
    pickWhen: {
      text: 'You need an image whenever something should run as a container; write a Dockerfile so the build is repeatable and reviewable like code.',
    },
    differences: {
      text: 'An image is the template, a container is a running instance of it (one image, many containers). An image is not a VM image either: an Amazon Machine Image (AMI) boots a whole EC2 instance with its own OS kernel, while a Docker image holds no kernel and runs on the host\'s.',
      facts: [
        { label: 'Versus a container', value: 'The image is the template; a container is a running instance of it, with a thin writable layer on top. One image can start many containers', asks: ['container', 'containers', 'image vs container', 'running instance', 'instance', 'difference between image and container', 'writable layer'], yes: ['many containers', 'multiple containers', 'several containers'], no: ['same as a container', 'same thing as a container', 'image a container', 'images containers', 'an image a container'] },
        { label: 'Versus an AMI', value: 'An AMI boots a whole EC2 instance with its own OS kernel; a Docker image holds no kernel and runs on the host\'s', asks: ['ami', 'amis', 'machine image', 'vm image', 'ec2 image', 'kernel', 'virtual machine image'], no: ['an ami', 'same as an ami', 'a vm image', 'vm image', 'kernel', 'a kernel', 'its own kernel', 'an os kernel', 'a virtual machine'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Read-only blueprint for containers, built from a Dockerfile recipe',
    youManage: 'The Dockerfile, the image contents, tags and updates',
    billing: 'Free to build; registry storage costs (ECR $0.10 per GB-month)',
    limits: 'One OS family and CPU architecture per image unless multi-arch; keep secrets out',
    pickWhen: 'Anything that should run as a container on ECS, EKS, Fargate, Batch or Lambda',
  },
  related: ['docker', 'containers', 'docker-hub', 'ecr', 'lambda', 'ecs', 'fargate'],
  examDomain: 'technology-and-services',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Docker images are isolated from one another, so they cannot affect each other', correct: 'Isolation applies to running containers, not to images, which are only read-only templates; and containers still share the host\'s kernel.' },
    { notesSay: 'Private images: Amazon ECR', correct: 'ECR has private registries and also public ones (ECR Public); it serves images to ECS, EKS and Lambda, not only ECS and Fargate.' },
  ],
};
