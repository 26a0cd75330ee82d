import type { CollectionKey, ResourceOf } from './model/world';
import { refuse } from './refusal';
import type { RuleId } from './rules';
import type { Tx } from './tx';

/** AWS's NotFound code and message for each kind of id. */
const NOT_FOUND: Record<CollectionKey, { code: string; message: (id: string) => string }> = {
  vpcs: { code: 'InvalidVpcID.NotFound', message: (id) => `The vpc ID '${id}' does not exist` },
  subnets: { code: 'InvalidSubnetID.NotFound', message: (id) => `The subnet ID '${id}' does not exist` },
  internetGateways: {
    code: 'InvalidInternetGatewayID.NotFound',
    message: (id) => `The internetGateway ID '${id}' does not exist`,
  },
  routeTables: { code: 'InvalidRouteTableID.NotFound', message: (id) => `The routeTable ID '${id}' does not exist` },
  networkAcls: { code: 'InvalidNetworkAclID.NotFound', message: (id) => `The networkAcl ID '${id}' does not exist` },
  securityGroups: { code: 'InvalidGroup.NotFound', message: (id) => `The security group '${id}' does not exist` },
  networkInterfaces: {
    code: 'InvalidNetworkInterfaceID.NotFound',
    message: (id) => `The networkInterface ID '${id}' does not exist`,
  },
  addresses: { code: 'InvalidAllocationID.NotFound', message: (id) => `The allocation ID '${id}' does not exist` },
  instances: { code: 'InvalidInstanceID.NotFound', message: (id) => `The instance ID '${id}' does not exist` },
  volumes: { code: 'InvalidVolume.NotFound', message: (id) => `The volume '${id}' does not exist.` },
  snapshots: { code: 'InvalidSnapshot.NotFound', message: (id) => `The snapshot '${id}' does not exist.` },
  images: { code: 'InvalidAMIID.NotFound', message: (id) => `The image id '[${id}]' does not exist` },
  kmsKeys: { code: 'NotFoundException', message: (id) => `Key '${id}' does not exist` },
  spotRequests: {
    code: 'InvalidSpotInstanceRequestID.NotFound',
    message: (id) => `The spot instance request ID '${id}' does not exist`,
  },
  reservedInstances: {
    code: 'InvalidReservedInstancesId',
    message: (id) => `Reserved Instances '${id}' do not exist`,
  },
  dedicatedHosts: { code: 'InvalidHostID.NotFound', message: (id) => `The host ID '${id}' does not exist` },
  alarms: { code: 'ResourceNotFound', message: (id) => `Alarm '${id}' does not exist` },
  keyPairs: { code: 'InvalidKeyPair.NotFound', message: (id) => `The key pair '${id}' does not exist` },
  clientKeys: { code: 'InvalidKeyPair.NotFound', message: (id) => `The key pair '${id}' does not exist` },
  securityGroupRules: {
    code: 'InvalidSecurityGroupRuleId.NotFound',
    message: (id) => `The security group rule ID '${id}' does not exist`,
  },
  instanceConnectKeys: { code: 'InvalidParameterValue', message: (id) => `The key '${id}' does not exist` },
  loadBalancers: { code: 'LoadBalancerNotFound', message: (id) => `One or more load balancers not found: '${id}'` },
  targetGroups: { code: 'TargetGroupNotFound', message: (id) => `One or more target groups not found: '${id}'` },
  listeners: { code: 'ListenerNotFound', message: (id) => `One or more listeners not found: '${id}'` },
  launchTemplates: {
    code: 'InvalidLaunchTemplateId.NotFound',
    message: (id) => `The specified launch template, with template ID ${id}, does not exist.`,
  },
  autoScalingGroups: { code: 'ValidationError', message: (id) => `AutoScalingGroup name not found - ${id}` },
  scalingPolicies: { code: 'ValidationError', message: (id) => `Policy ${id} does not exist` },
  zoneFailures: { code: 'InvalidParameterValue', message: (id) => `The Availability Zone ${id} has not failed` },
  instanceConnectEndpoints: {
    code: 'InvalidInstanceConnectEndpointId.NotFound',
    message: (id) => `The instance connect endpoint ID '${id}' does not exist`,
  },
};

/**
 * Id prefixes and AWS's Malformed code for each kind of id (EC2 error-code list and the contract). This is the one
 * place ids are checked for form: `mustFind`, `notFound` and the few actions that look ids up themselves call it.
 */
interface IdForm {
  prefix: string;
  code: string;
  /** The body after `<prefix>-`: 8 or 17 lowercase hex digits unless told (Spot request ids are 8 alphanumerics). */
  body?: RegExp;
  /** A more specific catalogue rule than `request.malformed-id`, where the contract names one. */
  rule?: RuleId;
}
const HEX_BODY = /^(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
/** Collections, plus ids that name a link rather than a stored resource. */
export type IdKind = CollectionKey | 'addressAssociations';
const MALFORMED: Partial<Record<IdKind, IdForm>> = {
  vpcs: { prefix: 'vpc', code: 'InvalidVpcID.Malformed' },
  subnets: { prefix: 'subnet', code: 'InvalidSubnetID.Malformed' },
  internetGateways: { prefix: 'igw', code: 'InvalidInternetGatewayId.Malformed' },
  routeTables: { prefix: 'rtb', code: 'InvalidRouteTableId.Malformed' },
  networkAcls: { prefix: 'acl', code: 'InvalidNetworkAclId.Malformed' },
  securityGroups: { prefix: 'sg', code: 'InvalidGroupId.Malformed' },
  networkInterfaces: { prefix: 'eni', code: 'InvalidNetworkInterfaceId.Malformed' },
  addresses: { prefix: 'eipalloc', code: 'InvalidAllocationID.Malformed' },
  instances: { prefix: 'i', code: 'InvalidInstanceID.Malformed' },
  volumes: { prefix: 'vol', code: 'InvalidVolumeID.Malformed' },
  snapshots: { prefix: 'snap', code: 'InvalidSnapshotID.Malformed' },
  images: { prefix: 'ami', code: 'InvalidAMIID.Malformed' },
  dedicatedHosts: { prefix: 'h', code: 'InvalidHostID.Malformed' },
  spotRequests: { prefix: 'sir', code: 'InvalidSpotInstanceRequestID.Malformed', body: /^[0-9a-z]{8}$/ },
  securityGroupRules: { prefix: 'sgr', code: 'InvalidSecurityGroupRuleId.Malformed', rule: 'sg-rule.id.malformed' },
  launchTemplates: { prefix: 'lt', code: 'InvalidLaunchTemplateId.Malformed', rule: 'lt.id.malformed' },
  addressAssociations: { prefix: 'eipassoc', code: 'InvalidAssociationID.Malformed' },
  instanceConnectEndpoints: { prefix: 'eice', code: 'InvalidInstanceConnectEndpointId.Malformed', rule: 'eice.endpoint.malformed' },
};

/** The kinds whose ids have a checked form, with their prefix and Malformed code (for tests and docs). */
export const ID_FORMS: Readonly<Partial<Record<IdKind, Readonly<IdForm>>>> = MALFORMED;

/** EC2 ids are `<prefix>-` and 8 (older) or 17 hexadecimal digits. */
export function isWellFormedId(kind: IdKind, id: string): boolean {
  const entry = MALFORMED[kind];
  if (!entry) return true;
  if (!id.startsWith(`${entry.prefix}-`)) return false;
  return (entry.body ?? HEX_BODY).test(id.slice(entry.prefix.length + 1));
}

/** Refuse an id that is not even of the right form, as AWS does (`InvalidInstanceID.Malformed`), before any lookup. */
export function checkIdFormat(kind: IdKind, id: string): void {
  const entry = MALFORMED[kind];
  if (!entry || isWellFormedId(kind, id)) return;
  const shown = id.slice(0, 80);
  refuse(entry.rule ?? 'request.malformed-id', `Invalid id: "${shown}" (expecting "${entry.prefix}-...")`, {
    code: entry.code,
    resources: [shown],
    scope: { kind: 'parameter', to: shown },
  });
}

export function notFound(kind: CollectionKey, id: string): never {
  checkIdFormat(kind, id);
  const entry = NOT_FOUND[kind];
  return refuse('request.not-found', entry.message(id), {
    code: entry.code,
    resources: [id],
    fix: `Check the id '${id}', the region you are calling and the account you act as.`,
  });
}

/** The resource with this id in the acting region and account, or a NotFound refusal in AWS's words. */
export function mustFind<K extends CollectionKey>(tx: Tx, kind: K, id: string): ResourceOf<K> {
  checkIdFormat(kind, id);
  const found = tx.find(kind, id);
  if (!found) {
    const elsewhere = tx.get(kind, id);
    if (elsewhere && elsewhere.region !== tx.region && elsewhere.ownerId === tx.account) {
      const entry = NOT_FOUND[kind];
      return refuse('request.not-found', entry.message(id), {
        code: entry.code,
        resources: [id],
        scope: { kind: 'region', from: elsewhere.region, to: tx.region },
        fix: `'${id}' lives in ${elsewhere.region}: call that region, or copy the resource to ${tx.region}.`,
      });
    }
    return notFound(kind, id);
  }
  return found;
}

/** An EC2 Instance Connect Endpoint by id (rule A23): Malformed for a wrong form, else NotFound under its own rule. */
export function mustFindEndpoint(tx: Tx, id: string): ResourceOf<'instanceConnectEndpoints'> {
  checkIdFormat('instanceConnectEndpoints', id);
  const found = tx.find('instanceConnectEndpoints', id);
  if (found) return found;
  return refuse('eice.endpoint.not-found', NOT_FOUND.instanceConnectEndpoints.message(id), {
    resources: [id],
    fix: `Check the id '${id}' and the region: DescribeInstanceConnectEndpoints lists the endpoints there.`,
  });
}
