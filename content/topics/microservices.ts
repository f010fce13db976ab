import type { TopicInput } from '../schema.js';

export const microservices: TopicInput = {
  id: 'microservices',
  name: 'Microservices versus monolith',
  aliases: [
    'microservice', 'micro services', 'micro-services', 'microservices architecture', 'microservice architecture',
    'monolith', 'monolithic', 'monolithic architecture', 'monolithic app', 'monolith vs microservices', 'microservices vs monolith',
    'microservies', 'mircoservices', 'miscoservices', 'microsevices', 'monolitic',
  ],
  keywords: ['loosely coupled', 'tightly coupled', 'decouple', 'independent services', 'deploy independently', 'scale independently', 'one big app', 'single codebase', 'service per team', 'small services'],
  category: 'architecture',
  summary: 'A monolith is one application that does everything and is deployed as a whole; microservices split it into small, independent services, each doing one job, that talk over APIs or events and can be deployed and scaled on their own.',
  aspects: {
    overview: {
      text: 'In a monolith, the user pages, orders, payments and e-mails all live in one codebase and one deployment: simple to start with, but every change redeploys everything, the whole app scales as one block, and one bad component can bring it all down. Microservices cut the app into small services, each owning one business capability and its own data, talking to the others through APIs (HTTP, often behind API Gateway or a load balancer) or through messages and events (SQS, SNS, EventBridge). Each service can be released, scaled and even written in a different language by its own team, and a failure stays contained. The price is more moving parts: network calls, monitoring, and keeping data consistent across services.',
      facts: [
        { label: 'Monolith', value: 'One codebase, one deployment; components tightly coupled', asks: ['monolith', 'monolithic', 'monoliths', 'single codebase', 'one codebase', 'one deployment', 'tightly coupled', 'one big app', 'what is a monolith'], yes: ['monolith tightly coupled', 'monoliths tightly coupled', 'monolithic tightly coupled', 'monolith one codebase', 'monolith deployed as a whole'], no: ['monolith loosely coupled', 'monoliths loosely coupled', 'monolithic loosely coupled'] },
        { label: 'Microservices', value: 'Many small services, one job each, loosely coupled, each with its own data', asks: ['loosely coupled', 'small services', 'independent', 'own data', 'own database', 'database per service', 'shared database', 'share a database', 'one job'], yes: ['microservices loosely coupled', 'microservice loosely coupled', 'microservices own database', 'microservices have their own database', 'each service its own database', 'own database', 'database per service'], no: ['microservices tightly coupled', 'microservices share a database', 'share a database', 'share one database', 'single database', 'one shared database'] },
        { label: 'Communication', value: 'Synchronous APIs (API Gateway, ALB) or asynchronous events and queues (EventBridge, SQS, SNS)', asks: ['communicate', 'communication', 'talk', 'talk to each other', 'api', 'apis', 'http', 'rest', 'events', 'queue', 'queues', 'messages', 'messaging', 'sqs', 'sns', 'eventbridge', 'api gateway', 'synchronous', 'asynchronous', 'async'], yes: ['apis', 'api', 'events', 'queues', 'sqs', 'sns', 'eventbridge', 'api gateway', 'asynchronous', 'async', 'messages'] },
        { label: 'On AWS, containers', value: 'ECS, EKS or Fargate, images in ECR', asks: ['containers', 'container', 'docker', 'ecs', 'eks', 'fargate', 'kubernetes', 'ecr'], yes: ['containers', 'docker', 'ecs', 'eks', 'fargate', 'kubernetes', 'run in containers'] },
        { label: 'On AWS, serverless', value: 'API Gateway + Lambda + DynamoDB per service', asks: ['serverless', 'lambda', 'dynamodb', 'api gateway and lambda', 'functions'], yes: ['serverless', 'lambda', 'be serverless', 'use lambda'] },
        { label: 'Containers required?', value: 'No: microservices can run in containers (ECS, EKS, Fargate), as Lambda functions, or on EC2 instances', asks: ['need containers', 'require containers', 'need docker', 'need kubernetes', 'requirements', 'must use'], no: ['need containers', 'needs containers', 'require containers', 'requires containers', 'need docker', 'needs docker', 'require docker', 'requires docker', 'need kubernetes', 'needs kubernetes', 'require kubernetes', 'requires kubernetes'] },
        { label: 'Benefits', value: 'Each service is released, scaled and even written in its own language by its own team, and a failure stays contained', asks: ['benefits', 'benefit', 'advantages', 'advantage', 'pros', 'why use', 'scale independently', 'deploy independently', 'fault isolation', 'different languages', 'independent teams', 'failure'], yes: ['microservices scale independently', 'microservices deploy independently', 'microservices be deployed independently', 'microservices be scaled independently', 'microservice be deployed independently', 'microservice be scaled independently', 'microservice scale independently', 'microservices use different languages', 'microservices different languages', 'microservices be written in different languages', 'each service scale', 'each service be deployed', 'each microservice scale', 'microservices fault isolation'] },
        { label: 'Downsides', value: 'More moving parts: network calls between services, more to monitor, and keeping data consistent across services', asks: ['downside', 'downsides', 'disadvantage', 'disadvantages', 'cons', 'drawback', 'drawbacks', 'complexity', 'complex', 'challenges', 'problems', 'harder'], yes: ['microservices more complex', 'microservices complex', 'microservices harder'], no: ['microservices simpler', 'microservices easier', 'microservices simple'] },
      ],
    },
    useCases: {
      text: 'Microservices suit large or fast-growing applications with several teams, parts with very different load (a busy search service next to a quiet admin page), and frequent independent releases. A monolith is often the better start for a small team or a new product, and can be split later.',
    },
    examTips: {
      text: 'Cloud design principles on the exam favour loosely coupled components: when a question says "decouple" or "independent components", think microservices connected by SQS, SNS or EventBridge, running on containers (ECS, EKS, Fargate) or Lambda. Kubernetes and ECS are natural homes for microservices. "One big application where a failure in one part stops everything" describes a monolith.',
    },
    pickWhen: {
      text: 'Move toward microservices when the monolith slows teams down, parts need to scale differently, or one failure should not take everything down. Stay with a well-structured monolith while the app and team are small.',
      facts: [
        { label: 'Start with', value: 'A small team or a new product often starts with a well-structured monolith and splits it into microservices later', asks: ['start', 'start with', 'small team', 'new product', 'startup', 'which is better', 'better', 'should i', 'when to use', 'when to switch', 'migrate'], yes: ['start with a monolith', 'monolith first', 'split later', 'monolith for a small team'] },
      ],
    },
    differences: {
      text: 'Versus the three-tier architecture: three tiers split an app by layer (web, application, data), but the application tier can still be one monolith; microservices split it by business capability. Versus serverless: serverless is about who runs the servers; microservices are about how the application is divided. They combine well, for example one Lambda-backed API per service.',
      facts: [
        { label: 'Versus three-tier', value: 'Three tiers split an app by layer (web, application, data), and the application tier can still be a monolith; microservices split it by business capability', asks: ['three-tier', 'three tier', '3-tier', 'tiers', 'layers', 'n-tier'], no: ['same as three-tier', 'same as three tier', 'same as 3-tier', 'same as n-tier'] },
        { label: 'Versus serverless', value: 'Serverless is about who runs the servers; microservices are about how the application is divided. They combine well, e.g. one Lambda-backed API per service', asks: ['same as serverless', 'serverless vs', 'versus serverless', 'serverless architecture', 'who runs the servers'], no: ['same as serverless', 'the same as serverless', 'same thing as serverless'] },
      ],
    },
  },
  atAGlance: {
    whatItIs: 'Small independent services (microservices) versus one big app (monolith)',
    youManage: 'Many services, their APIs, deployments and monitoring',
    billing: 'No charge of its own; you pay for the services each part runs on',
    limits: 'More moving parts: network calls, tracing, data consistency',
    pickWhen: 'Large apps, several teams, parts that scale or change independently',
  },
  related: ['containers', 'ecs', 'eks', 'kubernetes', 'fargate', 'lambda', 'api-gateway', 'eventbridge', 'three-tier-architecture', 'serverless'],
  examDomain: 'cloud-concepts',
  examScope: 'concept',
  lifecycle: { status: 'available' },
  corrections: [
    { notesSay: 'Each microservice is isolated and stateless', correct: 'Their compute is best kept stateless, but each service usually owns its data in its own store (a DynamoDB table or a database); the state moves to the database, it does not vanish.' },
  ],
};
