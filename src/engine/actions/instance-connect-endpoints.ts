/**
 * EC2 Instance Connect Endpoints (rule A23): an identity-aware TCP proxy in one subnet that lets a client reach
 * instances of the VPC by their private addresses, with no public IP and no internet gateway. The endpoint owns a
 * requester-managed network interface in its subnet (it takes a subnet address, and the user can neither attach nor
 * delete it); its security groups default to the VPC's default group. `sim:Ssh` with `From: "eic-endpoint"`
 * (instance-connect.ts and net/eice-path.ts) connects through one. Quotas are unverified; the lab does not limit them.
 */
import type { InstanceConnectEndpoint } from '../model/access';
import { mustFind, mustFindEndpoint } from '../lookup';
import { createEni, resolveInterfaceGroupIds } from '../net/eni-factory';
import { planAddresses } from '../net/private-ips';
import { invalid, type Params } from '../params';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { toSdkInstanceConnectEndpoint } from '../shapes/instance-connect-endpoints';
import { defineActions } from '../action-def';

function createInstanceConnectEndpoint(tx: Tx, p: Params) {
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  const groupIds = resolveInterfaceGroupIds(tx, subnet.vpcId, p.optStrList('SecurityGroupIds'), undefined, { launch: false });
  const preserveClientIp = p.optBool('PreserveClientIp') ?? false;
  const ipType = p.optStr('IpAddressType');
  // The lab's subnets are IPv4 first; dual-stack and IPv6-only endpoints are not modelled.
  if (ipType !== undefined && ipType !== 'ipv4') invalid('IpAddressType', ipType, 'The lab models IPv4 endpoints only (ipv4, the default).');
  const clientToken = p.optStr('ClientToken');
  const tags = p.tagsFor('instance-connect-endpoint');
  // The same ClientToken returns the endpoint it created the first time (idempotent retry).
  const earlier = clientToken === undefined ? undefined : tx.visible('instanceConnectEndpoints').find((e) => e.clientToken === clientToken);
  if (earlier) return { InstanceConnectEndpoint: toSdkInstanceConnectEndpoint(earlier), ClientToken: clientToken };
  const addresses = planAddresses(tx, subnet, { explicit: [], secondaryCount: 0 });
  const id = tx.id('eice');
  const eni = createEni(tx, {
    subnet,
    groupIds,
    addresses,
    ipv6: [],
    description: `EC2 Instance Connect Endpoint ${id}`,
    createdBy: 'user',
    tags: [],
  });
  tx.update('networkInterfaces', eni.id, { managedBy: id });
  const endpoint: InstanceConnectEndpoint = {
    ownerId: tx.account,
    region: subnet.region,
    tags,
    id,
    vpcId: subnet.vpcId,
    subnetId: subnet.id,
    az: subnet.az,
    networkInterfaceId: eni.id,
    securityGroupIds: groupIds,
    preserveClientIp,
    createdAt: tx.now,
    ...(clientToken !== undefined ? { clientToken } : {}),
  };
  tx.put('instanceConnectEndpoints', id, endpoint);
  tx.event({ type: 'state', message: `EC2 Instance Connect Endpoint ${id} is being created in ${subnet.id}.`, resourceId: id, to: 'create-in-progress' });
  tx.event({
    type: 'state',
    message: `${id} is ready: it reaches instances of ${subnet.vpcId} from ${addresses[0]} (${eni.id}, groups ${groupIds.join(', ')}), with no public IP or internet gateway needed.`,
    resourceId: id,
    from: 'create-in-progress',
    to: 'create-complete',
  });
  return { InstanceConnectEndpoint: toSdkInstanceConnectEndpoint(endpoint), ...(clientToken !== undefined ? { ClientToken: clientToken } : {}) };
}

function describeInstanceConnectEndpoints(tx: Tx, p: Params) {
  const ids = p.optStrList('InstanceConnectEndpointIds');
  const endpoints = ids ? ids.map((id) => mustFindEndpoint(tx, id)) : tx.visible('instanceConnectEndpoints');
  const shape = (e: InstanceConnectEndpoint) => toSdkInstanceConnectEndpoint(e);
  const filtered = applyFilters(endpoints, p, {
    'instance-connect-endpoint-id': (e) => e.id,
    state: () => 'create-complete',
    'subnet-id': (e) => e.subnetId,
    'vpc-id': (e) => e.vpcId,
  }, shape);
  return { InstanceConnectEndpoints: filtered.map(shape) };
}

function deleteInstanceConnectEndpoint(tx: Tx, p: Params) {
  const endpoint = mustFindEndpoint(tx, p.str('InstanceConnectEndpointId'));
  tx.remove('networkInterfaces', endpoint.networkInterfaceId);
  tx.remove('instanceConnectEndpoints', endpoint.id);
  tx.event({ type: 'state', message: `EC2 Instance Connect Endpoint ${endpoint.id} is being deleted.`, resourceId: endpoint.id, from: 'create-complete', to: 'delete-in-progress' });
  tx.event({
    type: 'deleted',
    message: `${endpoint.id} deleted with its interface ${endpoint.networkInterfaceId}; instances of ${endpoint.vpcId} can no longer be reached through it.`,
    resourceId: endpoint.id,
    from: 'delete-in-progress',
    to: 'delete-complete',
  });
  return { InstanceConnectEndpoint: toSdkInstanceConnectEndpoint(endpoint, 'delete-complete') };
}

export const INSTANCE_CONNECT_ENDPOINT_ACTIONS = defineActions([
  {
    type: 'ec2:CreateInstanceConnectEndpoint',
    summary: 'Create an EC2 Instance Connect Endpoint in a subnet: SSH to private instances of its VPC, no public IP or internet gateway needed.',
    run: createInstanceConnectEndpoint,
  },
  {
    type: 'ec2:DescribeInstanceConnectEndpoints',
    summary: 'List EC2 Instance Connect Endpoints (filters: instance-connect-endpoint-id, state, subnet-id, vpc-id, tags).',
    run: describeInstanceConnectEndpoints,
    read: true,
  },
  {
    type: 'ec2:DeleteInstanceConnectEndpoint',
    summary: 'Delete an EC2 Instance Connect Endpoint and its network interface.',
    run: deleteInstanceConnectEndpoint,
  },
]);
