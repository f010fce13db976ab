import { loadContent, type Content } from './load.js';
import { MODEL_AREAS } from './model/index.js';
import { OUT_OF_SCOPE } from './out-of-scope.js';
import { computeComparisons } from './comparisons/compute.js';
import { containersComparisons } from './comparisons/containers.js';
import { deploymentComparisons } from './comparisons/deployment.js';
import { amplify } from './topics/amplify.js';
import { apiGateway } from './topics/api-gateway.js';
import { appRunner } from './topics/app-runner.js';
import { autoScaling } from './topics/auto-scaling.js';
import { availabilityZones } from './topics/availability-zones.js';
import { batch } from './topics/batch.js';
import { cdk } from './topics/cdk.js';
import { cloudBenefits } from './topics/cloud-benefits.js';
import { cloud9 } from './topics/cloud9.js';
import { cloudformation } from './topics/cloudformation.js';
import { codeartifact } from './topics/codeartifact.js';
import { codebuild } from './topics/codebuild.js';
import { codecommit } from './topics/codecommit.js';
import { codedeploy } from './topics/codedeploy.js';
import { codepipeline } from './topics/codepipeline.js';
import { codestar } from './topics/codestar.js';
import { containers } from './topics/containers.js';
import { docker } from './topics/docker.js';
import { dockerHub } from './topics/docker-hub.js';
import { dockerImages } from './topics/docker-images.js';
import { dockerVsVm } from './topics/docker-vs-vm.js';
import { dynamodb } from './topics/dynamodb.js';
import { ec2 } from './topics/ec2.js';
import { ec2PurchaseOptions } from './topics/ec2-purchase-options.js';
import { ecr } from './topics/ecr.js';
import { ecs } from './topics/ecs.js';
import { eks } from './topics/eks.js';
import { elasticBeanstalk } from './topics/elastic-beanstalk.js';
import { elasticLoadBalancing } from './topics/elastic-load-balancing.js';
import { eventbridge } from './topics/eventbridge.js';
import { fargate } from './topics/fargate.js';
import { kubernetes } from './topics/kubernetes.js';
import { lambda } from './topics/lambda.js';
import { lightsail } from './topics/lightsail.js';
import { localZones } from './topics/local-zones.js';
import { microservices } from './topics/microservices.js';
import { opsworks } from './topics/opsworks.js';
import { outposts } from './topics/outposts.js';
import { podman } from './topics/podman.js';
import { regions } from './topics/regions.js';
import { s3 } from './topics/s3.js';
import { secretsManager } from './topics/secrets-manager.js';
import { serverless } from './topics/serverless.js';
import { sharedResponsibility } from './topics/shared-responsibility.js';
import { sns } from './topics/sns.js';
import { spotInstances } from './topics/spot-instances.js';
import { sqs } from './topics/sqs.js';
import { ssmParameterStore } from './topics/ssm-parameter-store.js';
import { ssmPatchManager } from './topics/ssm-patch-manager.js';
import { ssmRunCommand } from './topics/ssm-run-command.js';
import { ssmSessionManager } from './topics/ssm-session-manager.js';
import { stepFunctions } from './topics/step-functions.js';
import { systemsManager } from './topics/systems-manager.js';
import { threeTierArchitecture } from './topics/three-tier-architecture.js';
import { wavelength } from './topics/wavelength.js';

/** Every topic module, keyed by file so a validation error names the file. Add new topics here. */
const TOPIC_MODULES = {
  'content/topics/amplify.ts': amplify,
  'content/topics/api-gateway.ts': apiGateway,
  'content/topics/app-runner.ts': appRunner,
  'content/topics/auto-scaling.ts': autoScaling,
  'content/topics/availability-zones.ts': availabilityZones,
  'content/topics/batch.ts': batch,
  'content/topics/cdk.ts': cdk,
  'content/topics/cloud-benefits.ts': cloudBenefits,
  'content/topics/cloud9.ts': cloud9,
  'content/topics/cloudformation.ts': cloudformation,
  'content/topics/codeartifact.ts': codeartifact,
  'content/topics/codebuild.ts': codebuild,
  'content/topics/codecommit.ts': codecommit,
  'content/topics/codedeploy.ts': codedeploy,
  'content/topics/codepipeline.ts': codepipeline,
  'content/topics/codestar.ts': codestar,
  'content/topics/containers.ts': containers,
  'content/topics/docker.ts': docker,
  'content/topics/docker-hub.ts': dockerHub,
  'content/topics/docker-images.ts': dockerImages,
  'content/topics/docker-vs-vm.ts': dockerVsVm,
  'content/topics/dynamodb.ts': dynamodb,
  'content/topics/ec2.ts': ec2,
  'content/topics/ec2-purchase-options.ts': ec2PurchaseOptions,
  'content/topics/ecr.ts': ecr,
  'content/topics/ecs.ts': ecs,
  'content/topics/eks.ts': eks,
  'content/topics/elastic-beanstalk.ts': elasticBeanstalk,
  'content/topics/elastic-load-balancing.ts': elasticLoadBalancing,
  'content/topics/eventbridge.ts': eventbridge,
  'content/topics/fargate.ts': fargate,
  'content/topics/kubernetes.ts': kubernetes,
  'content/topics/lambda.ts': lambda,
  'content/topics/lightsail.ts': lightsail,
  'content/topics/local-zones.ts': localZones,
  'content/topics/microservices.ts': microservices,
  'content/topics/opsworks.ts': opsworks,
  'content/topics/outposts.ts': outposts,
  'content/topics/podman.ts': podman,
  'content/topics/regions.ts': regions,
  'content/topics/s3.ts': s3,
  'content/topics/secrets-manager.ts': secretsManager,
  'content/topics/serverless.ts': serverless,
  'content/topics/shared-responsibility.ts': sharedResponsibility,
  'content/topics/sns.ts': sns,
  'content/topics/spot-instances.ts': spotInstances,
  'content/topics/sqs.ts': sqs,
  'content/topics/ssm-parameter-store.ts': ssmParameterStore,
  'content/topics/ssm-patch-manager.ts': ssmPatchManager,
  'content/topics/ssm-run-command.ts': ssmRunCommand,
  'content/topics/ssm-session-manager.ts': ssmSessionManager,
  'content/topics/step-functions.ts': stepFunctions,
  'content/topics/systems-manager.ts': systemsManager,
  'content/topics/three-tier-architecture.ts': threeTierArchitecture,
  'content/topics/wavelength.ts': wavelength,
} as const;

const COMPARISON_MODULES = {
  'content/comparisons/compute.ts': computeComparisons,
  'content/comparisons/containers.ts': containersComparisons,
  'content/comparisons/deployment.ts': deploymentComparisons,
} as const;

let cached: Content | undefined;

/** The validated study content. Loaded once; a content error stops the bot at start. */
export function studyContent(): Content {
  cached ??= loadContent(TOPIC_MODULES, COMPARISON_MODULES, MODEL_AREAS, OUT_OF_SCOPE);
  return cached;
}
