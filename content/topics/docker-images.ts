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
        { label: 'Image', value: 'Read-only, layered template for containers; immutable once built' },
        { label: 'Dockerfile', value: 'Text recipe of instructions: FROM, RUN, COPY, WORKDIR, ENV, EXPOSE, CMD, ENTRYPOINT' },
        { label: 'Build and share', value: 'docker build -> docker push to a registry -> docker pull -> docker run' },
        { label: 'Naming', value: 'repository:tag, e.g. nginx:1.27; a digest (sha256:...) pins an exact version', source: { url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html', checked: '2026-11-30' } },
        { label: 'Where stored', value: 'Registries: Docker Hub (public) or Amazon ECR (private and public)' },
        { label: 'Format', value: 'OCI image format: Podman, containerd, Kubernetes, ECS and Lambda all use it' },
      ],
    },
    pricing: {
      text: 'Building images is free. Storing them costs whatever the registry charges: ECR bills per GB-month of storage plus data transfer out, and Docker Hub has free and paid plans. Smaller images cost less to store and start faster.',
      facts: [
        { label: 'ECR private storage', value: '$0.10 per GB-month', source: { url: 'https://aws.amazon.com/ecr/pricing/', checked: '2026-11-30' } },
      ],
    },
    limits: {
      text: 'An image is built for one CPU architecture (x86 or Arm) unless you publish a multi-architecture image, and for one OS family (Linux or Windows). Keep images small: pick slim base images, use multi-stage builds so compilers do not ship to production, and list junk in .dockerignore. Never bake passwords into an image; pass them in at run time (for example from Parameter Store or Secrets Manager).',
      facts: [
        { label: 'Lambda container images', value: 'Up to 10 GB, stored in ECR, and must implement the Lambda Runtime API', source: { url: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html', checked: '2026-11-30' } },
        { label: 'Architecture', value: 'x86_64 or arm64 (Graviton); multi-arch images cover both', source: { url: 'https://aws.amazon.com/blogs/containers/introducing-multi-architecture-container-images-for-amazon-ecr/', checked: '2026-11-30' } },
      ],
    },
    useCases: {
      text: 'Packaging an app once and running the identical build in test and production, giving ECS, EKS, Fargate or AWS Batch something to run, and deploying Lambda functions larger than a zip allows (up to 10 GB).',
    },
    examTips: {
      text: 'Know the chain: Dockerfile -> image -> container. Images are stored in repositories: Docker Hub is the big public one, Amazon ECR is the private registry on AWS. "Where do I keep private Docker images on AWS?" is ECR. You will not be asked to write a Dockerfile.',
    },
    pickWhen: {
      text: 'You need an image whenever something should run as a container; write a Dockerfile so the build is repeatable and reviewable like code.',
    },
    differences: {
      text: 'An image is the template, a container is a running instance of it (one image, many containers). An image is not a VM image either: an Amazon Machine Image (AMI) boots a whole EC2 instance with its own OS kernel, while a Docker image holds no kernel and runs on the host\'s.',
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
