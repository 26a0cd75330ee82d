import { invalid, type Params } from './params';
import { refuse } from './refusal';

/**
 * MaxResults / NextToken, applied at the door to every Describe action whose API has them: the handler builds the
 * full (filtered) list, the door returns one page of it and a token for the rest. Tokens are opaque to callers,
 * stable (the same position always gives the same token) and bound to the action that issued them.
 */
interface PageSpec {
  /** The response member that holds the list. */
  list: string;
  /** The request member of explicit ids, which AWS does not allow together with MaxResults. */
  ids?: string;
  min: number;
  max: number;
}

const PAGED: Record<string, PageSpec> = {
  'ec2:DescribeInstances': { list: 'Reservations', ids: 'InstanceIds', min: 5, max: 1000 },
  'ec2:DescribeVpcs': { list: 'Vpcs', ids: 'VpcIds', min: 5, max: 1000 },
  'ec2:DescribeSubnets': { list: 'Subnets', ids: 'SubnetIds', min: 5, max: 1000 },
  'ec2:DescribeSecurityGroups': { list: 'SecurityGroups', ids: 'GroupIds', min: 5, max: 1000 },
  'ec2:DescribeRouteTables': { list: 'RouteTables', ids: 'RouteTableIds', min: 5, max: 100 },
  'ec2:DescribeNetworkAcls': { list: 'NetworkAcls', ids: 'NetworkAclIds', min: 5, max: 1000 },
  'ec2:DescribeInternetGateways': { list: 'InternetGateways', ids: 'InternetGatewayIds', min: 5, max: 1000 },
  'ec2:DescribeNetworkInterfaces': { list: 'NetworkInterfaces', ids: 'NetworkInterfaceIds', min: 5, max: 1000 },
  'ec2:DescribeVolumes': { list: 'Volumes', ids: 'VolumeIds', min: 5, max: 1000 },
  'ec2:DescribeSnapshots': { list: 'Snapshots', ids: 'SnapshotIds', min: 5, max: 1000 },
  'ec2:DescribeImages': { list: 'Images', ids: 'ImageIds', min: 1, max: 1000 },
  'ec2:DescribeInstanceStatus': { list: 'InstanceStatuses', ids: 'InstanceIds', min: 5, max: 1000 },
  'ec2:DescribeInstanceTypes': { list: 'InstanceTypes', ids: 'InstanceTypes', min: 5, max: 100 },
  'ec2:DescribeInstanceTypeOfferings': { list: 'InstanceTypeOfferings', min: 5, max: 1000 },
  'ec2:DescribeSpotInstanceRequests': { list: 'SpotInstanceRequests', ids: 'SpotInstanceRequestIds', min: 5, max: 1000 },
  'ec2:DescribeSpotPriceHistory': { list: 'SpotPriceHistory', min: 1, max: 1000 },
  'ec2:DescribeReservedInstancesOfferings': { list: 'ReservedInstancesOfferings', ids: 'ReservedInstancesOfferingIds', min: 1, max: 100 },
  'ec2:DescribeHosts': { list: 'Hosts', ids: 'HostIds', min: 5, max: 500 },
  'ec2:DescribeTags': { list: 'Tags', min: 5, max: 1000 },
  'ec2:DescribeSecurityGroupRules': { list: 'SecurityGroupRules', ids: 'SecurityGroupRuleIds', min: 5, max: 1000 },
  'ec2:DescribeLaunchTemplates': { list: 'LaunchTemplates', min: 1, max: 200 },
  'ec2:DescribeLaunchTemplateVersions': { list: 'LaunchTemplateVersions', min: 1, max: 200 },
  'ec2:DescribeInstanceConnectEndpoints': { list: 'InstanceConnectEndpoints', min: 1, max: 50 },
};

/** Default page size when only NextToken is sent (AWS's documented defaults). */
const DEFAULT_PAGE: Record<string, number> = { 'ec2:DescribeReservedInstancesOfferings': 100 };

export function isPaged(action: string): boolean {
  return Object.hasOwn(PAGED, action);
}

/** Every action the door paginates, with its MaxResults range (for the README and tests). */
export function pagedActions(): { action: string; min: number; max: number }[] {
  return Object.entries(PAGED).map(([action, spec]) => ({ action, min: spec.min, max: spec.max }));
}

function tokenFor(action: string, offset: number): string {
  const text = `${action.length.toString(36)}:${offset.toString(36)}:${checksum(`${action}#${offset}`)}`;
  return `eyJ${text.replace(/:/g, 'Q')}`;
}

function checksum(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36);
}

function offsetOf(action: string, token: string): number | undefined {
  const m = /^eyJ([0-9a-z]+)Q([0-9a-z]+)Q([0-9a-z]+)$/.exec(token);
  if (!m) return undefined;
  const offset = parseInt(m[2] as string, 36);
  return Number.isSafeInteger(offset) && tokenFor(action, offset) === token ? offset : undefined;
}

export interface Page {
  offset: number;
  size: number | undefined;
}

/** Read and check MaxResults / NextToken before the handler runs (undefined: no pagination requested). */
export function readPage(action: string, p: Params): Page | undefined {
  p.markRead('MaxResults', 'NextToken');
  const spec = PAGED[action];
  if (!spec) return undefined;
  const max = p.optInt('MaxResults');
  const token = p.optStr('NextToken');
  if (max === undefined && token === undefined) {
    const size = DEFAULT_PAGE[action];
    return size === undefined ? undefined : { offset: 0, size };
  }
  if (max !== undefined && spec.ids && (p.optList(spec.ids)?.length ?? 0) > 0) {
    refuse('request.invalid-combination', `The parameter ${spec.ids} cannot be used with the parameter maxResults`, {
      scope: { kind: 'parameter', to: 'MaxResults' },
    });
  }
  if (max !== undefined && (max < spec.min || max > spec.max)) {
    refuse('request.pagination', `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value between ${spec.min} and ${spec.max}.`, {
      scope: { kind: 'parameter', to: 'MaxResults' },
    });
  }
  let offset = 0;
  if (token !== undefined && token !== '') {
    const at = offsetOf(action, token);
    if (at === undefined) return invalid('NextToken', token, 'The token is not one this action returned.');
    offset = at;
  }
  return { offset, size: max ?? DEFAULT_PAGE[action] };
}

/** Cut one page out of the handler's full response and add NextToken when more remain. */
export function pageOf(action: string, response: unknown, page: Page): unknown {
  const spec = PAGED[action];
  if (!spec || typeof response !== 'object' || response === null) return response;
  const all = (response as Record<string, unknown>)[spec.list];
  if (!Array.isArray(all)) return response;
  const end = page.size === undefined ? all.length : Math.min(all.length, page.offset + page.size);
  const { NextToken: _ignored, ...rest } = response as Record<string, unknown>;
  return { ...rest, [spec.list]: all.slice(page.offset, end), ...(end < all.length ? { NextToken: tokenFor(action, end) } : {}) };
}
