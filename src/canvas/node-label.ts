import type { LabFlowNode } from './flow-types';

/**
 * What a screen reader says when a node gets focus (React Flow puts it on the focusable node wrapper). The same
 * facts the card shows, in one sentence.
 */
export function nodeLabel(node: LabFlowNode): string {
  switch (node.type) {
    case 'region':
      return `Region ${node.data.name}`;
    case 'shelf':
      return `Regional resources of ${node.data.region}`;
    case 'vpc':
      return `VPC ${node.data.vpc.id}, ${node.data.vpc.cidrBlocks.map((c) => c.cidr).join(', ')}`;
    case 'zoneColumn':
      return `${node.data.zoneName} in ${node.data.vpcId}`;
    case 'az':
      return `Availability Zone ${node.data.zoneName} (${node.data.zoneId})`;
    case 'subnet':
      return `Subnet ${node.data.subnet.id}, ${node.data.subnet.cidr}, ${node.data.subnet.az}`;
    case 'instance': {
      const { instance, publicIp, privateIp, name } = node.data;
      return `Instance ${name ? `${name} (${instance.id})` : instance.id}, ${instance.state}, ${instance.instanceType}, private ${privateIp ?? 'none'}, public ${publicIp ?? 'none'}`;
    }
    case 'eni': {
      const { eni, deviceIndex, privateIp, publicIp } = node.data;
      const where = deviceIndex === undefined ? 'detached' : `eth${deviceIndex} of ${eni.attachment?.instanceId}`;
      return `Network interface ${eni.id}, ${where}, private ${privateIp ?? 'none'}${publicIp ? `, public ${publicIp}` : ''}`;
    }
    case 'volume': {
      const { volume } = node.data;
      const where = volume.attachment ? `${volume.attachment.device} of ${volume.attachment.instanceId}` : volume.state;
      return `Volume ${volume.id}, ${volume.sizeGiB} GiB ${volume.volumeType}, ${where}`;
    }
    case 'eip':
      return `Elastic IP ${node.data.eip.publicIp}, ${node.data.target ? `associated with ${node.data.target}` : 'not associated'}`;
    case 'shelfItem':
      return `${node.data.detail}: ${node.data.title}`;
    case 'host':
      return `${node.data.dedicated ? 'Dedicated Host' : 'EC2 host'} ${node.data.hostId}, ${node.data.instanceCount} instances`;
    case 'bay':
      return node.data.kind === 'ebs' ? `EBS storage in ${node.data.zoneName}` : `Instances on no host in ${node.data.zoneName}`;
    case 'loadBalancer': {
      const { lb, state, listeners } = node.data;
      return `Load balancer ${lb.name}, ${lb.type}, ${lb.scheme}, ${state}, in ${lb.subnets.map((s) => s.az).join(' and ')}, DNS ${lb.dnsName}${listeners ? `, listeners ${listeners.split('\n').join(', ')}` : ''}`;
    }
    case 'targetGroup': {
      const targets = node.data.health ? node.data.health.split('\n').map((l) => l.split('|').slice(0, 2).join(' ')) : [];
      return `Target group ${node.data.tg.name}, ${targets.length ? targets.join(', ') : 'no targets'}`;
    }
    case 'autoScalingGroup': {
      const { group, inService, here, total } = node.data;
      return `Auto Scaling group ${group.name}, min ${group.minSize}, desired ${group.desiredCapacity}, max ${group.maxSize}, ${inService} in service, ${here} of ${total} instances in this subnet`;
    }
    default:
      return '';
  }
}
