/**
 * The first leg of an SSH connection through an EC2 Instance Connect Endpoint (rule A23): the endpoint must live in
 * the instance's VPC, and its own security group must let TCP out to the instance. Inside the VPC the local route
 * carries it: no public address, internet gateway or route to one is needed. The instance's security group then
 * sees the endpoint interface's private address and groups (or the client's address when the endpoint preserves
 * it); reachability.ts checks that hop and the host as for any other source.
 */
import type { Instance } from '../model/instances';
import type { NetworkInterface } from '../model/network';
import type { World } from '../model/world';
import { primaryPrivateIp } from './dns';
import type { Hop } from './reachability';
import { egressRule } from './sg-rules';

export interface EndpointLeg {
  hops: Hop[];
  /** The address the instance sees the connection come from. */
  sourceIp: string;
  /** The security groups of the sending interface (none when the client IP is preserved). */
  sourceGroupIds: readonly string[];
}

export function endpointLeg(world: World, instance: Instance, target: NetworkInterface, endpointId: string, clientIp: string, port: number): EndpointLeg {
  const endpoint = world.instanceConnectEndpoints.get(endpointId);
  const eni = endpoint ? world.networkInterfaces.get(endpoint.networkInterfaceId) : undefined;
  const endpointIp = (eni && primaryPrivateIp(eni)) ?? '';
  const sourceIp = endpoint?.preserveClientIp ? clientIp : endpointIp;
  const sourceGroupIds = endpoint && !endpoint.preserveClientIp ? endpoint.securityGroupIds : [];
  if (!endpoint || endpoint.vpcId !== instance.vpcId) {
    const where = endpoint ? `${endpointId} is in ${endpoint.vpcId}, ${instance.id} in ${instance.vpcId}` : `${endpointId} does not exist`;
    const hop: Hop = { hop: 'endpoint', ok: false, explanation: 'ENDPOINT_NOT_IN_VPC', rule: 'ssh.eice.other-vpc', resourceId: endpointId, detail: `${where}: an endpoint reaches only instances of its own VPC.` };
    return { hops: [hop], sourceIp, sourceGroupIds };
  }
  const hops: Hop[] = [
    { hop: 'endpoint', ok: true, explanation: 'ENDPOINT', resourceId: endpoint.id, detail: `${endpoint.id} in ${endpoint.subnetId} reaches ${instance.vpcId} from ${endpointIp}.` },
  ];
  const targetIp = primaryPrivateIp(target) ?? '';
  const out = egressRule(world, endpoint.securityGroupIds, { protocol: 'tcp', port, sourceIp: targetIp, sourceGroupIds: target.groupIds });
  const groups = endpoint.securityGroupIds.join(', ') || 'no security group';
  hops.push(
    out
      ? { hop: 'endpoint-egress', ok: true, explanation: 'SG_ALLOW', resourceId: out.groupId, detail: `${out.id} of ${out.groupId} lets TCP ${port} out of ${endpoint.id} to ${targetIp}.` }
      : { hop: 'endpoint-egress', ok: false, explanation: 'ENI_SG_RULES_MISMATCH', rule: 'ssh.eice.endpoint-egress', resourceId: endpoint.securityGroupIds[0] ?? endpoint.id, detail: `No outbound rule of ${groups} on ${endpoint.id} allows TCP ${port} to ${targetIp} or ${target.groupIds.join(', ')}.` },
  );
  return { hops, sourceIp, sourceGroupIds };
}
