import type { Vpc } from '../model/network';
import { mustFind } from '../lookup';
import { cidrContains, cidrsOverlap, parseCidr, type Cidr } from '../net/cidr';
import { removeGroupRules, seedDefaultIpv6Egress, seedDefaultRules } from '../net/sg-rules';
import { associateDefaultAcl, defaultAclId, seedAclIpv6, seedDefaultAcl } from '../net/network-acls';
import type { Params } from '../params';
import { invalid } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, sdkPathAccessors } from '../filters';
import { toSdkVpc } from '../shapes/vpcs';
import { defineActions } from '../action-def';

const VPC_QUOTA = 5;
const CIDR_BLOCKS_PER_VPC = 5;

/** Parse and check a VPC IPv4 block: a CIDR of size /16–/28 (rule 1). */
export function vpcCidr(text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) {
    return refuse('vpc.cidr.invalid', `Value (${text}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`, {
      scope: { kind: 'parameter', to: 'CidrBlock' },
    });
  }
  if (cidr.prefix < 16 || cidr.prefix > 28) {
    return refuse('vpc.cidr.size', `The CIDR '${text}' is invalid.`, {
      scope: { kind: 'parameter', to: 'CidrBlock' },
      fix: `Use a prefix between /16 and /28, e.g. ${cidr.network.toString()}/16.`,
    });
  }
  return cidr;
}

/**
 * Create a VPC with what AWS creates alongside it: the main route table (with the local route) and the
 * `default` security group.
 */
export function createVpc(tx: Tx, cidr: Cidr, options: { isDefault: boolean; tags: Vpc['tags'] }): Vpc {
  if (tx.visible('vpcs').length >= VPC_QUOTA) {
    refuse('vpc.quota', `The maximum number of VPCs has been reached.`, { scope: { kind: 'quota', to: tx.region } });
  }
  const owned = { ownerId: tx.account, region: tx.region };
  const id = tx.id('vpc');
  const routeTableId = tx.id('rtb');
  const groupId = tx.id('sg');
  const vpc: Vpc = {
    ...owned,
    tags: options.tags,
    id,
    cidrBlocks: [{ associationId: tx.id('vpc-cidr-assoc'), cidr: cidr.text }],
    isDefault: options.isDefault,
    enableDnsSupport: true,
    enableDnsHostnames: options.isDefault,
    mainRouteTableId: routeTableId,
    defaultSecurityGroupId: groupId,
  };
  tx.put('vpcs', id, vpc);
  tx.put('routeTables', routeTableId, {
    ...owned,
    tags: [],
    id: routeTableId,
    vpcId: id,
    main: true,
    routes: [{ destination: cidr.text, gatewayId: 'local', origin: 'CreateRouteTable' }],
    subnetIds: [],
  });
  const group = tx.put('securityGroups', groupId, {
    ...owned,
    tags: [],
    id: groupId,
    vpcId: id,
    name: 'default',
    description: 'default VPC security group',
  });
  seedDefaultRules(tx, group, true);
  seedDefaultAcl(tx, id, false);
  tx.event({ type: 'created', message: `VPC ${id} created with ${cidr.text}.`, resourceId: id });
  return vpc;
}

function createVpcAction(tx: Tx, p: Params) {
  const cidr = vpcCidr(p.str('CidrBlock'));
  const tenancy = p.optEnum('InstanceTenancy', ['default', 'dedicated', 'host'] as const);
  if (tenancy === 'host') return invalid('InstanceTenancy', tenancy, 'A VPC takes default or dedicated tenancy.');
  const created = createVpc(tx, cidr, { isDefault: false, tags: p.tagsFor('vpc') });
  const vpc = tenancy === 'dedicated' ? tx.update('vpcs', created.id, { instanceTenancy: 'dedicated' }) : created;
  if (p.optBool('AmazonProvidedIpv6CidrBlock')) {
    tx.update('vpcs', vpc.id, { ipv6CidrBlock: amazonIpv6Block(tx) });
    seedDefaultIpv6Egress(tx, vpc.defaultSecurityGroupId);
    seedAclIpv6(tx, vpc.id);
  }
  return { Vpc: toSdkVpc(tx.get('vpcs', vpc.id) ?? vpc) };
}

/** An Amazon-provided /56 from the 2600:1f::/32 pool, drawn from the world's generator. */
function amazonIpv6Block(tx: Tx): string {
  return `2600:1f${tx.hex(2)}:${tx.hex(4)}:${tx.hex(2)}00::/56`;
}

function describeVpcs(tx: Tx, p: Params) {
  const ids = p.optStrList('VpcIds');
  const vpcs = ids ? ids.map((id) => mustFind(tx, 'vpcs', id)) : tx.visible('vpcs');
  const filtered = applyFilters(vpcs, p, {
    'vpc-id': (v) => v.id,
    cidr: (v) => v.cidrBlocks[0]?.cidr,
    'cidr-block': (v) => v.cidrBlocks[0]?.cidr,
    'cidr-block-association.cidr-block': (v) => v.cidrBlocks.map((b) => b.cidr),
    ...sdkPathAccessors({
      'cidr-block-association.state': 'CidrBlockAssociationSet.CidrBlockState.State',
      'ipv6-cidr-block-association.state': 'Ipv6CidrBlockAssociationSet.Ipv6CidrBlockState.State',
    }, toSdkVpc),
    'is-default': (v) => String(v.isDefault),
    state: () => 'available',
    'owner-id': (v) => v.ownerId,
  }, toSdkVpc);
  return { Vpcs: filtered.map(toSdkVpc) };
}

function associateVpcCidrBlock(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  if (p.optBool('AmazonProvidedIpv6CidrBlock')) {
    if (p.has('CidrBlock')) {
      refuse('request.invalid-combination', 'Specify either an IPv4 CIDR block or an Amazon-provided IPv6 block, not both.');
    }
    const block = vpc.ipv6CidrBlock ?? amazonIpv6Block(tx);
    tx.update('vpcs', vpc.id, { ipv6CidrBlock: block });
    seedDefaultIpv6Egress(tx, vpc.defaultSecurityGroupId);
    seedAclIpv6(tx, vpc.id);
    return {
      VpcId: vpc.id,
      Ipv6CidrBlockAssociation: {
        AssociationId: `${vpc.id.replace('vpc-', 'vpc-cidr-assoc-')}-v6`,
        Ipv6CidrBlock: block,
        Ipv6CidrBlockState: { State: 'associated' },
      },
    };
  }
  const cidr = vpcCidr(p.str('CidrBlock'));
  if (vpc.cidrBlocks.length >= CIDR_BLOCKS_PER_VPC) {
    refuse('vpc.cidr.limit', `This network '${vpc.id}' has met its maximum number of allowed CIDRs: ${CIDR_BLOCKS_PER_VPC}`, {
      resources: [vpc.id],
      scope: { kind: 'quota', to: vpc.id },
    });
  }
  const clash = vpc.cidrBlocks.find((b) => {
    const existing = parseCidr(b.cidr);
    return existing ? cidrsOverlap(existing, cidr) : false;
  });
  if (clash) {
    refuse('vpc.cidr.overlap', `The CIDR '${cidr.text}' conflicts with the VPC's existing CIDR '${clash.cidr}'.`, {
      resources: [vpc.id],
      scope: { kind: 'vpc', to: vpc.id },
    });
  }
  const associationId = tx.id('vpc-cidr-assoc');
  tx.update('vpcs', vpc.id, { cidrBlocks: [...vpc.cidrBlocks, { associationId, cidr: cidr.text }] });
  for (const table of tx.all('routeTables')) {
    if (table.vpcId !== vpc.id) continue;
    tx.update('routeTables', table.id, {
      routes: [...table.routes, { destination: cidr.text, gatewayId: 'local', origin: 'CreateRouteTable' }],
    });
  }
  return {
    VpcId: vpc.id,
    CidrBlockAssociation: { AssociationId: associationId, CidrBlock: cidr.text, CidrBlockState: { State: 'associated' } },
  };
}

function modifyVpcAttribute(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  const support = p.optBool('EnableDnsSupport');
  const hostnames = p.optBool('EnableDnsHostnames');
  const nau = p.optBool('EnableNetworkAddressUsageMetrics');
  const given = [support, hostnames, nau].filter((v) => v !== undefined).length;
  if (given > 1) {
    refuse('vpc.attribute.one-at-a-time', 'Fields for multiple attribute types specified: enableDnsSupport, enableDnsHostnames, enableNetworkAddressUsageMetrics', {
      resources: [vpc.id],
    });
  }
  if (given === 0) {
    return invalid('Attribute', 'none', 'Specify EnableDnsSupport, EnableDnsHostnames or EnableNetworkAddressUsageMetrics.');
  }
  if (support !== undefined) tx.update('vpcs', vpc.id, { enableDnsSupport: support });
  if (hostnames !== undefined) tx.update('vpcs', vpc.id, { enableDnsHostnames: hostnames });
  if (nau !== undefined) tx.update('vpcs', vpc.id, { enableNetworkAddressUsageMetrics: nau });
  const name = support !== undefined ? 'DNS resolution' : hostnames !== undefined ? 'DNS hostnames' : 'Network Address Usage metrics';
  const value = (support ?? hostnames ?? nau) ? 'enabled' : 'disabled';
  tx.event({ type: 'attribute', message: `${name} ${value} on ${vpc.id}.`, resourceId: vpc.id });
  return {};
}

function describeVpcAttribute(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  const attribute = p.enum('Attribute', ['enableDnsSupport', 'enableDnsHostnames', 'enableNetworkAddressUsageMetrics'] as const);
  if (attribute === 'enableNetworkAddressUsageMetrics') {
    return { VpcId: vpc.id, EnableNetworkAddressUsageMetrics: { Value: vpc.enableNetworkAddressUsageMetrics ?? false } };
  }
  return attribute === 'enableDnsSupport'
    ? { VpcId: vpc.id, EnableDnsSupport: { Value: vpc.enableDnsSupport } }
    : { VpcId: vpc.id, EnableDnsHostnames: { Value: vpc.enableDnsHostnames } };
}

function deleteVpc(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  const blockers = [
    ...tx.all('instanceConnectEndpoints').filter((e) => e.vpcId === vpc.id).map((e) => e.id),
    ...tx.all('subnets').filter((s) => s.vpcId === vpc.id).map((s) => s.id),
    ...tx.all('internetGateways').filter((g) => g.vpcId === vpc.id).map((g) => g.id),
    ...tx.all('networkInterfaces').filter((e) => e.vpcId === vpc.id).map((e) => e.id),
    ...tx
      .all('securityGroups')
      .filter((g) => g.vpcId === vpc.id && g.id !== vpc.defaultSecurityGroupId)
      .map((g) => g.id),
    ...tx
      .all('routeTables')
      .filter((t) => t.vpcId === vpc.id && !t.main)
      .map((t) => t.id),
    ...tx
      .all('networkAcls')
      .filter((a) => a.vpcId === vpc.id && !a.isDefault)
      .map((a) => a.id),
  ];
  if (blockers.length > 0) {
    refuse('vpc.delete.dependencies', `The vpc '${vpc.id}' has dependencies and cannot be deleted.`, {
      resources: [vpc.id, ...blockers],
      fix: `Remove ${blockers.slice(0, 4).join(', ')}${blockers.length > 4 ? ', …' : ''} first.`,
    });
  }
  tx.remove('vpcs', vpc.id);
  tx.remove('routeTables', vpc.mainRouteTableId);
  tx.remove('networkAcls', defaultAclId(vpc.id));
  tx.remove('securityGroups', vpc.defaultSecurityGroupId);
  removeGroupRules(tx, vpc.defaultSecurityGroupId);
  tx.event({ type: 'deleted', message: `VPC ${vpc.id} deleted.`, resourceId: vpc.id });
  return {};
}

/** AWS's default VPC: 172.31.0.0/16, a /20 default subnet per AZ with public IPv4 on launch, an attached IGW. */
function createDefaultVpc(tx: Tx) {
  const existing = tx.visible('vpcs').find((v) => v.isDefault);
  if (existing) {
    refuse('vpc.default.exists', `A Default VPC already exists for this account in this region.`, {
      resources: [existing.id],
    });
  }
  const cidr = vpcCidr('172.31.0.0/16');
  const vpc = createVpc(tx, cidr, { isDefault: true, tags: [] });
  const zones = tx.base.regions[tx.region]?.zones ?? [];
  zones.forEach((zone, i) => {
    const subnetCidr = parseCidr(`172.31.${i * 16}.0/20`);
    if (!subnetCidr || !cidrContains(cidr, subnetCidr)) return;
    const id = tx.id('subnet');
    tx.put('subnets', id, {
      ownerId: tx.account,
      region: tx.region,
      tags: [],
      id,
      vpcId: vpc.id,
      az: zone.ZoneName,
      cidr: subnetCidr.text,
      mapPublicIpOnLaunch: true,
      defaultForAz: true,
    });
    associateDefaultAcl(tx, id, vpc.id);
  });
  const igwId = tx.id('igw');
  tx.put('internetGateways', igwId, { ownerId: tx.account, region: tx.region, tags: [], id: igwId, vpcId: vpc.id });
  const main = tx.get('routeTables', vpc.mainRouteTableId);
  if (main) {
    tx.update('routeTables', main.id, {
      routes: [...main.routes, { destination: '0.0.0.0/0', gatewayId: igwId, origin: 'CreateRoute' }],
    });
  }
  return { Vpc: toSdkVpc(tx.get('vpcs', vpc.id) ?? vpc) };
}

export const VPC_ACTIONS = defineActions([
  { type: 'ec2:CreateVpc', summary: 'Create a VPC from an IPv4 CIDR block (/16–/28).', run: createVpcAction },
  { type: 'ec2:CreateDefaultVpc', summary: 'Create the region’s default VPC (172.31.0.0/16).', run: createDefaultVpc },
  { type: 'ec2:DescribeVpcs', summary: 'List VPCs.', run: describeVpcs, read: true },
  { type: 'ec2:AssociateVpcCidrBlock', summary: 'Add an IPv4 or Amazon IPv6 block to a VPC.', run: associateVpcCidrBlock },
  {
    type: 'ec2:ModifyVpcAttribute',
    summary: 'Turn DNS resolution or DNS hostnames on or off.',
    run: modifyVpcAttribute,
  },
  { type: 'ec2:DescribeVpcAttribute', summary: 'Read a VPC DNS attribute.', run: describeVpcAttribute, read: true },
  { type: 'ec2:DeleteVpc', summary: 'Delete an empty VPC.', run: deleteVpc },
]);
