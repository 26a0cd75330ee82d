import type { LabFlowNode } from '../../canvas/flow-types';

/** What an exported card says: a title (the Name tag where there is one) and a few short lines under it. */
export interface CardText {
  title: string;
  lines: string[];
}

const named = (name: string | undefined, id: string) => (name ? { title: name, first: [id] } : { title: id, first: [] });

/** The text of one node, as the canvas card shows it, reduced to what reads on a slide. */
export function cardText(node: LabFlowNode): CardText {
  switch (node.type) {
    case 'region':
      return { title: node.data.name, lines: node.data.home ? ['home region'] : [] };
    case 'shelf':
      return { title: `Regional resources · ${node.data.region}`, lines: [] };
    case 'vpc': {
      const { title, first } = named(node.data.name, node.data.vpc.id);
      return { title: `VPC ${title}`, lines: [...first, node.data.vpc.cidrBlocks.map((c) => c.cidr).join(', ')] };
    }
    case 'zoneColumn':
      return { title: node.data.zoneName, lines: [] };
    case 'az':
      return { title: `${node.data.zoneName} (${node.data.zoneId})`, lines: [] };
    case 'subnet': {
      const { title, first } = named(node.data.name, node.data.subnet.id);
      return { title, lines: [...first, node.data.subnet.cidr] };
    }
    case 'instance': {
      const { instance, name, privateIp, publicIp, elastic } = node.data;
      const { title, first } = named(name, instance.id);
      const lines = [...first, `${instance.instanceType} · ${instance.state}`];
      if (privateIp) lines.push(`private ${privateIp}`);
      if (publicIp) lines.push(`public ${publicIp}${elastic ? ' (EIP)' : ''}`);
      return { title, lines };
    }
    case 'eni': {
      const { eni, deviceIndex, privateIp, publicIp } = node.data;
      const addresses = [privateIp, publicIp].filter(Boolean).join(' · ');
      // an attached interface is a one-line chip on its instance card
      if (deviceIndex !== undefined) return { title: `eth${deviceIndex}${addresses ? ` · ${addresses}` : ''}`, lines: [eni.id] };
      return { title: `ENI ${eni.id}`, lines: ['detached', ...(addresses ? [addresses] : [])] };
    }
    case 'volume': {
      const { volume } = node.data;
      const size = `${volume.sizeGiB} GiB ${volume.volumeType}`;
      if (node.data.chip && volume.attachment) return { title: `${volume.attachment.device} · ${size}`, lines: [volume.id] };
      return { title: volume.id, lines: [`${size} · ${volume.attachment ? volume.attachment.device : volume.state}`] };
    }
    case 'eip':
      return { title: `EIP ${node.data.eip.publicIp}`, lines: [node.data.target ? `→ ${node.data.target}` : 'not associated'] };
    case 'shelfItem':
      return { title: node.data.title, lines: [node.data.detail] };
    case 'host':
      return {
        title: `${node.data.dedicated ? 'Dedicated Host' : 'Host'} ${node.data.hostId}`,
        lines: [`${node.data.instanceCount} instance${node.data.instanceCount === 1 ? '' : 's'}`],
      };
    case 'bay':
      return { title: node.data.kind === 'ebs' ? 'EBS storage' : 'Instances on no host', lines: [] };
    case 'loadBalancer':
      return { title: node.data.lb.name, lines: [`${node.data.lb.type} · ${node.data.lb.scheme}`, node.data.lb.dnsName, ...node.data.listeners.split('\n').filter(Boolean)] };
    case 'targetGroup':
      return { title: node.data.tg.name, lines: node.data.health ? node.data.health.split('\n').map((l) => l.split('|').slice(0, 2).join(' ')) : ['no targets'] };
    case 'autoScalingGroup': {
      const g = node.data.group;
      return { title: `${g.name} · min ${g.minSize} / desired ${g.desiredCapacity} / max ${g.maxSize}`, lines: [`Auto Scaling group · ${node.data.here} of ${node.data.total} here`] };
    }
    default:
      return { title: (node as { id: string }).id, lines: [] };
  }
}
