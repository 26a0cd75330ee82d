/** Regions, VPCs, subnets, internet gateways, route tables and the resolver: the network the instances live in. */
import { nextSubnetCidr, nextVpcCidr, selectedResource, selectedSubnetId, selectedVpcId, subnetAz } from '../defaults';
import { check, nameField, pickOne, select, str, tags, text } from '../forms/fields';
import { internetGatewayOptions, subnetOptions, vpcOptions, zoneOptions } from '../forms/options';
import type { FormContext } from '../defaults';
import { button, family } from './types';

function selectedIgw(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'internet-gateway' ? r.igw.id : undefined;
}

export const NETWORK_ACTIONS = family('Network', [
  'ec2:DescribeRegions',
  'ec2:DescribeAvailabilityZones',
  {
    type: 'ec2:CreateVpc',
    createdId: 'Vpc.VpcId',
    form: {
      submitLabel: 'Create VPC',
      fields: [
        text('CidrBlock', 'IPv4 CIDR block', nextVpcCidr, {
          help: 'A private range between /16 and /28, e.g. 10.0.0.0/16.',
          suggestions: ['10.0.0.0/16', '10.1.0.0/16', '172.16.0.0/16', '192.168.0.0/16'],
        }),
        nameField,
      ],
      toParams: (v) => ({ CidrBlock: str(v.CidrBlock), ...tags('vpc', v) }),
    },
  },
  { type: 'ec2:CreateDefaultVpc', label: 'Create default VPC', createdId: 'Vpc.VpcId' },
  'ec2:DescribeVpcs',
  'ec2:AssociateVpcCidrBlock',
  'ec2:ModifyVpcAttribute',
  { type: 'ec2:DescribeVpcAttribute', palette: false },
  {
    type: 'ec2:DeleteVpc',
    form: pickOne('Delete VPC', 'VpcId', 'VPC', vpcOptions, selectedVpcId),
    buttons: [button('vpc', { label: 'Delete', danger: true, params: (_, id) => ({ VpcId: id }) })],
  },
  {
    type: 'ec2:CreateSubnet',
    createdId: 'Subnet.SubnetId',
    form: {
      submitLabel: 'Create subnet',
      fields: [
        select('VpcId', 'VPC', vpcOptions, selectedVpcId),
        select('AvailabilityZone', 'Availability Zone', zoneOptions, (ctx, v) => subnetAz(ctx, str(v.VpcId)), {
          dependsOn: ['VpcId'],
          help: 'A subnet lives in exactly one AZ.',
        }),
        text('CidrBlock', 'IPv4 CIDR block', (ctx, v) => nextSubnetCidr(ctx, str(v.VpcId)), {
          dependsOn: ['VpcId'],
          help: 'Must sit inside the VPC range and overlap no other subnet.',
        }),
        nameField,
      ],
      toParams: (v) => ({
        VpcId: str(v.VpcId),
        AvailabilityZone: str(v.AvailabilityZone),
        CidrBlock: str(v.CidrBlock),
        ...tags('subnet', v),
      }),
    },
  },
  'ec2:DescribeSubnets',
  {
    type: 'ec2:ModifySubnetAttribute',
    form: {
      submitLabel: 'Save',
      fields: [
        select('SubnetId', 'Subnet', subnetOptions, selectedSubnetId),
        check(
          'MapPublicIpOnLaunch',
          'Give instances a public IPv4 address on launch',
          (ctx, v) => !ctx.world.subnets.get(str(v.SubnetId))?.mapPublicIpOnLaunch,
          { dependsOn: ['SubnetId'] },
        ),
      ],
      toParams: (v) => ({ SubnetId: str(v.SubnetId), MapPublicIpOnLaunch: { Value: v.MapPublicIpOnLaunch === true } }),
    },
    buttons: [
      button('subnet', {
        label: 'Public IPv4 on launch',
        on: (s) => s.mapPublicIpOnLaunch,
        params: (s, id) => ({ SubnetId: id, MapPublicIpOnLaunch: { Value: !s.mapPublicIpOnLaunch } }),
      }),
    ],
  },
  {
    type: 'ec2:DeleteSubnet',
    form: pickOne('Delete subnet', 'SubnetId', 'Subnet', subnetOptions, selectedSubnetId),
    buttons: [button('subnet', { label: 'Delete', danger: true, params: (_, id) => ({ SubnetId: id }) })],
  },
  {
    type: 'ec2:CreateInternetGateway',
    createdId: 'InternetGateway.InternetGatewayId',
    form: {
      submitLabel: 'Create internet gateway',
      fields: [nameField],
      toParams: (v) => ({ ...tags('internet-gateway', v) }),
    },
  },
  {
    type: 'ec2:AttachInternetGateway',
    form: {
      submitLabel: 'Attach',
      fields: [
        select('InternetGatewayId', 'Internet gateway', internetGatewayOptions, (ctx) =>
          selectedIgw(ctx) ?? ctx.world.internetGateways.values().filter((g) => !g.vpcId).at(-1)?.id,
        ),
        select('VpcId', 'VPC', vpcOptions, selectedVpcId),
      ],
      toParams: (v) => ({ InternetGatewayId: str(v.InternetGatewayId), VpcId: str(v.VpcId) }),
    },
  },
  {
    type: 'ec2:DetachInternetGateway',
    form: {
      submitLabel: 'Detach',
      fields: [
        select('InternetGatewayId', 'Internet gateway', internetGatewayOptions, (ctx) =>
          selectedIgw(ctx) ?? ctx.world.internetGateways.values().find((g) => g.vpcId === selectedVpcId(ctx))?.id,
        ),
        select('VpcId', 'VPC', vpcOptions, (ctx, v) => ctx.world.internetGateways.get(str(v.InternetGatewayId))?.vpcId, {
          dependsOn: ['InternetGatewayId'],
        }),
      ],
      toParams: (v) => ({ InternetGatewayId: str(v.InternetGatewayId), VpcId: str(v.VpcId) }),
    },
    buttons: [
      button('igw', {
        label: 'Detach from VPC',
        when: (g) => !!g.vpcId,
        params: (g, id) => ({ InternetGatewayId: id, VpcId: g.vpcId }),
      }),
    ],
  },
  {
    type: 'ec2:DeleteInternetGateway',
    buttons: [button('igw', { label: 'Delete', danger: true, params: (_, id) => ({ InternetGatewayId: id }) })],
  },
  'ec2:DescribeInternetGateways',
  { type: 'ec2:CreateRouteTable', createdId: 'RouteTable.RouteTableId' },
  'ec2:CreateRoute',
  'ec2:ReplaceRoute',
  'ec2:DeleteRoute',
  'ec2:AssociateRouteTable',
  'ec2:DescribeRouteTables',
  { type: 'ec2:CreateNetworkAcl', createdId: 'NetworkAcl.NetworkAclId' },
  'ec2:DeleteNetworkAcl',
  'ec2:CreateNetworkAclEntry',
  'ec2:ReplaceNetworkAclEntry',
  'ec2:DeleteNetworkAclEntry',
  'ec2:ReplaceNetworkAclAssociation',
  'ec2:DescribeNetworkAcls',
  { type: 'sim:ResolveDns', label: 'Resolve a DNS name' },
  'sim:AnalyzePath',
]);
