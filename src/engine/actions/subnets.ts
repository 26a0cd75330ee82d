import ipaddr from 'ipaddr.js';
import { associateDefaultAcl, dropAclAssociation } from '../net/network-acls';
import type { Subnet } from '../model/network';
import { mustFind } from '../lookup';
import { cidrContains, cidrsOverlap, parseCidr } from '../net/cidr';
import type { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { toSdkSubnet } from '../shapes/subnets';
import { defineActions } from '../action-def';

function zoneFor(tx: Tx, p: Params): string {
  const zones = tx.base.regions[tx.region]?.zones ?? [];
  const byName = p.optStr('AvailabilityZone');
  const byId = p.optStr('AvailabilityZoneId');
  const zone = byName
    ? zones.find((z) => z.ZoneName === byName)
    : byId
      ? zones.find((z) => z.ZoneId === byId)
      : zones[Math.floor(tx.random() * zones.length)];
  if (!zone) {
    return refuse(
      'subnet.az.invalid',
      `Value (${byName ?? byId}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${zones.map((z) => z.ZoneName).join(', ')}.`,
      { scope: { kind: 'region', to: tx.region } },
    );
  }
  return zone.ZoneName;
}

function ipv6SubnetBlock(vpcBlock: string | undefined, requested: string): string {
  let ok = false;
  let canonical = requested;
  try {
    const [addr, prefix] = ipaddr.IPv6.parseCIDR(requested);
    canonical = `${ipaddr.IPv6.networkAddressFromCIDR(requested).toString()}/${prefix}`;
    if (vpcBlock && prefix === 64) {
      const [vpcAddr, vpcPrefix] = ipaddr.IPv6.parseCIDR(vpcBlock);
      ok = addr.match(vpcAddr, vpcPrefix);
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    return refuse('subnet.ipv6.invalid', `The IPv6 CIDR '${requested}' is invalid.`, {
      scope: { kind: 'parameter', to: 'Ipv6CidrBlock' },
    });
  }
  return canonical;
}

function createSubnet(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  const text = p.str('CidrBlock');
  const cidr = parseCidr(text);
  if (!cidr) {
    return refuse('subnet.cidr.invalid', `Value (${text}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`, {
      scope: { kind: 'parameter', to: 'CidrBlock' },
    });
  }
  if (cidr.prefix < 16 || cidr.prefix > 28) {
    return refuse('subnet.cidr.size', `The CIDR '${text}' is invalid.`, {
      resources: [vpc.id],
      scope: { kind: 'parameter', to: 'CidrBlock' },
      fix: 'Subnets range from /16 to /28 (16 addresses, of which 11 are usable).',
    });
  }
  const inside = vpc.cidrBlocks.some((b) => {
    const block = parseCidr(b.cidr);
    return block ? cidrContains(block, cidr) : false;
  });
  if (!inside) {
    return refuse('subnet.cidr.inside-vpc', `The CIDR '${text}' is invalid.`, {
      resources: [vpc.id],
      scope: { kind: 'vpc', to: vpc.id },
      fix: `Pick a range inside ${vpc.id}'s ${vpc.cidrBlocks.map((b) => b.cidr).join(', ')}.`,
    });
  }
  const clash = tx.all('subnets').find((s) => {
    if (s.vpcId !== vpc.id) return false;
    const other = parseCidr(s.cidr);
    return other ? cidrsOverlap(other, cidr) : false;
  });
  if (clash) {
    return refuse('subnet.cidr.overlap', `The CIDR '${text}' conflicts with another subnet`, {
      resources: [vpc.id, clash.id],
      scope: { kind: 'subnet', from: clash.id },
      fix: `${clash.id} already uses ${clash.cidr}; choose a range that does not overlap it.`,
    });
  }
  const az = zoneFor(tx, p);
  const ipv6Requested = p.optStr('Ipv6CidrBlock');
  if (p.optBool('Ipv6Native')) {
    if (!ipv6Requested) {
      return refuse('request.invalid-combination', 'An IPv6-native subnet needs an IPv6 CIDR block: send Ipv6CidrBlock with Ipv6Native.', {
        scope: { kind: 'parameter', to: 'Ipv6Native' },
      });
    }
    return refuse('request.unsupported-member', 'The parameter Ipv6Native of ec2:CreateSubnet is not supported by the lab: every subnet of the lab has an IPv4 range (dual-stack).', {
      scope: { kind: 'parameter', to: 'Ipv6Native' },
    });
  }
  const ipv6Cidr = ipv6Requested ? ipv6SubnetBlock(vpc.ipv6CidrBlock, ipv6Requested) : undefined;
  const id = tx.id('subnet');
  const subnet: Subnet = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('subnet'),
    id,
    vpcId: vpc.id,
    az,
    cidr: cidr.text,
    ...(ipv6Cidr ? { ipv6Cidr } : {}),
    mapPublicIpOnLaunch: false,
    defaultForAz: false,
  };
  tx.put('subnets', id, subnet);
  associateDefaultAcl(tx, id, vpc.id);
  tx.event({ type: 'created', message: `Subnet ${id} created in ${az} with ${cidr.text}.`, resourceId: id });
  return { Subnet: toSdkSubnet(tx, subnet) };
}

function describeSubnets(tx: Tx, p: Params) {
  const ids = p.optStrList('SubnetIds');
  const subnets = ids ? ids.map((id) => mustFind(tx, 'subnets', id)) : tx.visible('subnets');
  const zoneIdOf = (s: (typeof subnets)[number]) => tx.base.regions[s.region]?.zones.find((z) => z.ZoneName === s.az)?.ZoneId;
  const filtered = applyFilters(subnets, p, {
    'subnet-id': (s) => s.id,
    'vpc-id': (s) => s.vpcId,
    'availability-zone': (s) => s.az,
    availabilityZone: (s) => s.az,
    availabilityZoneId: (s) => zoneIdOf(s),
    'cidr-block': (s) => s.cidr,
    cidr: (s) => s.cidr,
    cidrBlock: (s) => s.cidr,
    'default-for-az': (s) => String(s.defaultForAz),
    defaultForAz: (s) => String(s.defaultForAz),
    'enable-dns64': () => 'false',
    'map-customer-owned-ip-on-launch': () => 'false',
    'map-public-ip-on-launch': (s) => String(s.mapPublicIpOnLaunch),
    state: () => 'available',
  }, (s) => toSdkSubnet(tx, s));
  return { Subnets: filtered.map((s) => toSdkSubnet(tx, s)) };
}

function modifySubnetAttribute(tx: Tx, p: Params) {
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  const map = p.optBool('MapPublicIpOnLaunch');
  const ipv6 = p.optBool('AssignIpv6AddressOnCreation');
  const dnsA = p.optBool('EnableResourceNameDnsARecordOnLaunch');
  const given = [map, ipv6, dnsA].filter((v) => v !== undefined).length;
  if (given === 0) {
    return refuse('request.missing-parameter', 'The request must contain the parameter MapPublicIpOnLaunch, AssignIpv6AddressOnCreation or EnableResourceNameDnsARecordOnLaunch.');
  }
  if (given > 1) {
    return refuse('request.invalid-combination', 'Specify only one attribute to modify per request.', { resources: [subnet.id] });
  }
  if (ipv6 && !subnet.ipv6Cidr) {
    return refuse('ipv6.subnet-none', `The subnet '${subnet.id}' has no IPv6 CIDR block, so it cannot assign IPv6 addresses on creation.`, {
      resources: [subnet.id],
    });
  }
  if (map !== undefined) tx.update('subnets', subnet.id, { mapPublicIpOnLaunch: map });
  if (ipv6 !== undefined) tx.update('subnets', subnet.id, { assignIpv6AddressOnCreation: ipv6 });
  if (dnsA !== undefined) tx.update('subnets', subnet.id, { enableResourceNameDnsARecordOnLaunch: dnsA });
  const what =
    map !== undefined
      ? `${map ? '' : 'not '}give new instances a public IPv4 address`
      : ipv6 !== undefined
        ? `${ipv6 ? '' : 'not '}give new interfaces an IPv6 address`
        : `${dnsA ? '' : 'not '}answer DNS A queries for instance resource names`;
  tx.event({ type: 'attribute', message: `${subnet.id} will ${what}.`, resourceId: subnet.id });
  return {};
}

function deleteSubnet(tx: Tx, p: Params) {
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  const endpoint = tx.all('instanceConnectEndpoints').find((e) => e.subnetId === subnet.id);
  if (endpoint) {
    refuse('eice.endpoint.in-use', `The subnet '${subnet.id}' has dependencies and cannot be deleted.`, {
      resources: [subnet.id, endpoint.id, endpoint.networkInterfaceId],
      scope: { kind: 'subnet', from: subnet.id },
      fix: `Delete the EC2 Instance Connect Endpoint ${endpoint.id} first (its interface ${endpoint.networkInterfaceId} goes with it).`,
    });
  }
  const dependents = [
    ...tx.all('networkInterfaces').filter((e) => e.subnetId === subnet.id).map((e) => e.id),
    ...tx
      .all('instances')
      .filter((i) => i.subnetId === subnet.id && i.state !== 'terminated')
      .map((i) => i.id),
  ];
  if (dependents.length > 0) {
    return refuse('subnet.delete.dependencies', `The subnet '${subnet.id}' has dependencies and cannot be deleted.`, {
      resources: [subnet.id, ...dependents],
      scope: { kind: 'subnet', from: subnet.id },
      fix: `Terminate or delete ${dependents.slice(0, 4).join(', ')}${dependents.length > 4 ? ', …' : ''} first.`,
    });
  }
  tx.remove('subnets', subnet.id);
  dropAclAssociation(tx, subnet.id);
  for (const table of tx.all('routeTables')) {
    if (table.subnetIds.includes(subnet.id)) {
      tx.update('routeTables', table.id, { subnetIds: table.subnetIds.filter((s) => s !== subnet.id) });
    }
  }
  tx.event({ type: 'deleted', message: `Subnet ${subnet.id} deleted.`, resourceId: subnet.id });
  return {};
}

export const SUBNET_ACTIONS = defineActions([
  { type: 'ec2:CreateSubnet', summary: 'Create a subnet in one AZ from part of the VPC range.', run: createSubnet },
  { type: 'ec2:DescribeSubnets', summary: 'List subnets with their free address counts.', run: describeSubnets, read: true },
  {
    type: 'ec2:ModifySubnetAttribute',
    summary: 'Turn public IPv4 on launch on or off for a subnet.',
    run: modifySubnetAttribute,
  },
  { type: 'ec2:DeleteSubnet', summary: 'Delete a subnet that holds no network interfaces.', run: deleteSubnet },
]);
