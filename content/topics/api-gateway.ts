import type { TopicInput } from '../schema.js';

export const apiGateway: TopicInput = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  aliases: [
    'apigw', 'api gateway', 'apigateway', 'api gw', 'aws api gateway', 'serverless api', 'serverless apis', 'rest api', 'http api', 'websocket api', 'websocket apis',
    'api gatway', 'api getaway', 'api gateaway', 'api gateway service',
  ],
  keywords: ['build an api', 'expose functions as an api', 'api keys', 'usage plan', 'throttling', 'rate limiting', 'authorizer', 'lambda authorizer', 'cognito', 'websocket', 'real-time', 'front door', 'rest endpoint', 'publish an api', 'function url'],
  category: 'serverless',
  summary: 'A fully managed, serverless front door for APIs: clients call REST, HTTP or WebSocket APIs, and API Gateway forwards them to Lambda or other backends, adding keys, throttling and authentication.',
  aspects: {
    overview: {
      text: 'A Lambda function has no public address of its own by default, so clients cannot call it directly. API Gateway gives it one: you define routes such as GET /orders, and each route forwards the request to a backend, most often a Lambda function, but also any HTTP endpoint, some AWS services directly, or private servers behind a load balancer. It is serverless and scales by itself. On top of routing it adds what a public API needs: authentication, API keys and usage plans for customers, throttling to protect the backend, caching, and CloudWatch monitoring.',
      facts: [
        { label: 'API types', value: 'REST API (most features), HTTP API (simpler, cheaper, faster), WebSocket API (two-way, real time)', asks: ['api types', 'types of api', 'types', 'kinds', 'rest', 'rest api', 'rest apis', 'http api', 'http apis', 'websocket', 'websockets', 'websocket api', 'restful', 'difference between rest and http'], yes: ['websocket', 'websockets', 'websocket api', 'websocket apis', 'rest', 'rest api', 'rest apis', 'restful', 'http api', 'http apis'] },
        { label: 'Backends', value: 'Lambda, any HTTP endpoint, AWS services (e.g. SQS, Step Functions), private ALB/NLB via VPC link', asks: ['backend', 'backends', 'integration', 'integrations', 'integrate', 'targets', 'lambda', 'call lambda', 'sqs', 'step functions', 'load balancer', 'alb', 'nlb', 'vpc link', 'http endpoint', 'ec2', 'private servers', 'aws services'], yes: ['lambda', 'lambda function', 'lambda functions', 'call lambda', 'invoke lambda', 'sqs', 'step functions', 'http endpoint', 'http endpoints', 'alb', 'nlb', 'vpc link', 'load balancer', 'aws services'] },
        { label: 'Authentication', value: 'IAM, Amazon Cognito user pools, Lambda authorizers; JWT authorizers on HTTP APIs', asks: ['authentication', 'auth', 'authorization', 'authorizer', 'authorizers', 'cognito', 'iam', 'jwt', 'oauth', 'login', 'secure', 'user pools', 'lambda authorizer', 'custom authorizer', 'tokens'], yes: ['cognito', 'authentication', 'iam', 'iam auth', 'jwt', 'oauth', 'lambda authorizer', 'lambda authorizers', 'custom authorizer', 'user pools'] },
        { label: 'Protection', value: 'Throttling, API keys and usage plans (REST), AWS WAF (REST), resource policies, mutual TLS', asks: ['protection', 'protect', 'throttling', 'throttle', 'rate limit', 'rate limiting', 'api keys', 'api key', 'usage plans', 'usage plan', 'waf', 'mutual tls', 'mtls', 'resource policy', 'resource policies', 'security', 'ddos'], yes: ['throttling', 'throttle', 'rate limiting', 'rate limit', 'api keys', 'api key', 'usage plans', 'usage plan', 'waf', 'mutual tls', 'mtls'] },
        { label: 'Endpoints (REST)', value: 'Edge-optimized, Regional or private (inside a VPC)', asks: ['endpoint types', 'endpoint type', 'endpoints', 'edge-optimized', 'edge optimized', 'regional', 'private', 'private api', 'private endpoint', 'inside a vpc', 'vpc', 'internal api'], yes: ['private api', 'private apis', 'private endpoint', 'inside a vpc', 'edge-optimized', 'edge optimized', 'regional endpoint', 'internal api'] },
        { label: 'Monitoring', value: 'CloudWatch metrics and logs, X-Ray tracing', asks: ['monitoring', 'monitor', 'logs', 'logging', 'metrics', 'cloudwatch', 'x-ray', 'tracing', 'observability'], yes: ['cloudwatch', 'logging', 'logs', 'metrics', 'x-ray', 'tracing'] },
        { label: 'Servers and scaling', value: 'Serverless and fully managed: there are no servers to run, and it scales with traffic by itself', asks: ['serverless', 'servers', 'server', 'manage servers', 'scale', 'scaling', 'scales', 'auto scaling', 'managed', 'fully managed', 'ec2'], yes: ['serverless', 'fully managed', 'managed service', 'scale automatically', 'scales automatically', 'auto scale', 'autoscale', 'auto scaling'], no: ['manage servers', 'need ec2', 'need servers', 'provision servers'] },
        { label: 'Caching', value: 'REST APIs can cache responses for a set time so repeated requests skip the backend; the cache is billed per hour by size', asks: ['cache', 'caching', 'cached', 'response cache', 'cache responses'], yes: ['cache', 'caching', 'cache responses'] },
      ],
    },
    pricing: {
      text: 'Pay per use with no minimum: per million API calls for REST and HTTP APIs, and per message plus per connection-minute for WebSocket APIs, plus data transfer out. HTTP APIs cost less than a third of REST APIs, which is their main selling point. REST caching is billed per hour by cache size. Figures are us-east-1, first tier.',
      facts: [
        { label: 'REST API', value: '$3.50 per million calls', source: { url: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2026-11-30' }, asks: ['cost', 'costs', 'price', 'how much', 'per request', 'per call', 'per million', 'cost per request', 'rest api cost', 'rest api price', 'billing', 'charged', 'expensive'] },
        { label: 'HTTP API', value: '$1.00 per million calls', source: { url: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2026-11-30' }, asks: ['cost', 'costs', 'price', 'how much', 'per request', 'per million', 'http api cost', 'http api price', 'cheaper', 'cheapest', 'expensive'] },
        { label: 'WebSocket API', value: '$1.00 per million messages + $0.25 per million connection-minutes', source: { url: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2026-11-30' }, asks: ['websocket cost', 'websocket price', 'websocket pricing', 'per message', 'messages', 'connection minutes', 'connection-minutes'] },
        { label: 'Free tier (12 months)', value: '1 million REST calls, 1 million HTTP calls, 1 million messages and 750,000 connection-minutes per month', source: { url: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'for free', 'free calls', 'free requests', 'always free'] },
        { label: 'Newer accounts', value: 'Accounts opened after 15 July 2025 get Free Tier credits instead', source: { url: 'https://aws.amazon.com/api-gateway/pricing/', checked: '2026-11-30' }, asks: ['free tier', 'free', 'credits', 'free credits', 'new account', 'new accounts', 'free plan'] },
      ],
    },
    limits: {
      text: 'API Gateway waits a limited time for the backend, so long work should run asynchronously. Throttling applies per account and Region across all your APIs.',
      facts: [
        { label: 'Integration timeout', value: '29 seconds by default; Regional and private REST APIs can raise it (since June 2024)', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/', checked: '2026-11-30' }, asks: ['timeout', 'time limit', 'how long', 'max time', 'maximum time', 'long running', 'backend timeout', 'integration timeout', 'request timeout', 'seconds', 'wait'], yes: ['timeout', 'a timeout', 'time limit', 'a time limit'], no: ['no timeout', 'unlimited time', 'run for hours'] },
        { label: 'Account throttle', value: '10,000 requests per second per Region by default in most Regions, with a burst of 5,000; several newer Regions default to 2,500 (burst 1,250). Adjustable', source: { url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html', checked: '2026-11-30' }, asks: ['requests per second', 'rps', 'tps', 'throttle limit', 'throttling limit', 'throttle limits', 'throttling limits', 'default throttle', 'how many requests', 'max requests', 'quota', 'quotas', 'burst', 'limit', 'concurrency', 'traffic'] },
        { label: 'Payload', value: 'Up to 10 MB per request', source: { url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html', checked: '2026-11-30' }, asks: ['payload', 'payload size', 'request size', 'body size', 'max size', 'file size', 'upload', 'upload files', 'large files', 'size limit', 'mb'] },
        { label: 'WebSocket', value: 'Messages up to 128 KB; a connection lasts at most 2 hours (10 minutes idle)', source: { url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html', checked: '2026-11-30' }, asks: ['websocket limits', 'message size', 'connection duration', 'connection time', 'idle timeout', 'idle', 'how long can a connection', 'websocket connection', 'connection stay open', 'stay open', 'stay connected'] },
      ],
    },
    useCases: {
      text: 'The classic serverless API from the course: the client talks to API Gateway, which calls Lambda, which reads and writes DynamoDB; no server anywhere. Also: selling an API to partners with API keys and monthly quotas, putting one managed front door in front of several microservices, and real-time apps such as chat or live dashboards over WebSocket APIs.',
      facts: [
        { label: 'Serverless API', value: 'Client -> API Gateway -> Lambda -> DynamoDB', asks: ['serverless api', 'dynamodb', 'architecture', 'pattern', 'typical setup', 'serverless backend'] },
        { label: 'Partner API', value: 'API keys + usage plans limit each customer\'s requests per second and per month', asks: ['partner', 'partners', 'customers', 'sell an api', 'monetize', 'per customer', 'monthly quota'] },
        { label: 'Real time', value: 'WebSocket API for chat, notifications, live scores', asks: ['real time', 'real-time', 'chat', 'notifications', 'live', 'push', 'two-way', 'live updates', 'dashboard'], yes: ['chat', 'chat app', 'real time', 'real-time', 'two-way', 'push notifications'] },
      ],
    },
    examTips: {
      text: '"Serverless API" or "expose Lambda functions as an API" -> API Gateway + Lambda. API keys, usage plans, throttling or request authentication -> API Gateway. Real-time two-way communication -> WebSocket API. Lambda function URLs exist, but the exam answer for a serverless API is still API Gateway with Lambda.',
    },
    pickWhen: {
      text: 'Pick API Gateway when clients outside AWS must call your backend over HTTPS or WebSockets and you want authentication, throttling or per-customer keys without running a proxy yourself. Choose HTTP APIs when you only need simple, cheap routing to Lambda or HTTP backends; REST APIs when you need keys, usage plans, caching, WAF or private endpoints.',
    },
    differences: {
      text: 'Versus Lambda function URLs: a function URL gives one function its own HTTPS endpoint for free, with IAM or no authentication, but no API keys, usage plans, per-client throttling, caching or routing across several functions. Versus an Application Load Balancer: an ALB spreads traffic across servers, containers or Lambda targets with health checks, but has no API keys, usage plans or API publishing. Versus EventBridge: API Gateway answers client requests synchronously; EventBridge routes events between services.',
    },
  },
  atAGlance: {
    whatItIs: 'Managed, serverless front door for REST, HTTP and WebSocket APIs',
    youManage: 'Routes, backends, auth and throttling settings; no servers',
    billing: 'Per million calls (REST $3.50, HTTP $1.00) or per WebSocket message and minute',
    limits: '29 s backend timeout by default; 10,000 req/s per Region in most Regions; 10 MB payload',
    pickWhen: 'A serverless API in front of Lambda, with keys, throttling and auth',
  },
  related: ['lambda', 'serverless', 'dynamodb', 'eventbridge', 'elastic-load-balancing', 'microservices'],
  examDomain: 'technology-and-services',
  examScope: 'in-scope',
  lifecycle: {
    status: 'available',
    history: [
      { date: '2015-07-09', event: 'Amazon API Gateway generally available (REST APIs)', source: { url: 'https://aws.amazon.com/blogs/aws/amazon-api-gateway-build-and-run-scalable-application-backends/', checked: '2026-11-30' } },
      { date: '2018-12-18', event: 'WebSocket APIs added', source: { url: 'https://aws.amazon.com/about-aws/whats-new/2018/12/amazon-api-gateway-launches-support-for-websocket-apis/', checked: '2026-11-30' } },
      { date: '2020-03-12', event: 'HTTP APIs generally available: simpler and cheaper than REST APIs', source: { url: 'https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/doc-history.html', checked: '2026-11-30' } },
      { date: '2022-04-06', event: 'Lambda function URLs launched as a built-in HTTPS endpoint alternative', source: { url: 'https://aws.amazon.com/blogs/aws/announcing-aws-lambda-function-urls-built-in-https-endpoints-for-single-function-microservices/', checked: '2026-11-30' } },
    ],
  },
  corrections: [
    { notesSay: 'API Gateway supports RESTful APIs and WebSocket APIs', correct: 'There are three API types: REST, HTTP (a cheaper, simpler RESTful option) and WebSocket. Only REST APIs have API keys, usage plans, caching and WAF.' },
    { notesSay: 'A Lambda function is not exposed as an API right away; it needs API Gateway', correct: 'Since April 2022 a Lambda function URL can give a function its own HTTPS endpoint. API Gateway adds routing, keys, throttling and more auth options, and stays the exam answer for a serverless API.', aspect: 'differences' },
    { notesSay: 'User authentication (e.g. Cognito, IAM)', correct: 'Also Lambda authorizers (custom code that checks a token) on all API types, and JWT authorizers on HTTP APIs.' },
  ],
};
