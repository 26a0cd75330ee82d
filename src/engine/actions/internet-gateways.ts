import type { InternetGateway } from '../model/network';
import { mustFind } from '../lookup';
import { vpcInternetGateway } from '../net/addressing';
import type { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { toSdkInternetGateway } from '../shapes/internet-gateways';
import { defineActions } from '../action-def';

function createInternetGateway(tx: Tx, p: Params) {
  const id = tx.id('igw');
  const igw: InternetGateway = { ownerId: tx.account, region: tx.region, tags: p.tagsFor('internet-gateway'), id };
  tx.put('internetGateways', id, igw);
  tx.event({ type: 'created', message: `Internet gateway ${id} created.`, resourceId: id });
  return { InternetGateway: toSdkInternetGateway(igw) };
}

function attachInternetGateway(tx: Tx, p: Params) {
  const igw = mustFind(tx, 'internetGateways', p.str('InternetGatewayId'));
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  if (igw.vpcId) {
    return refuse('igw.attach.in-use', `resource ${igw.id} is already attached to network ${igw.vpcId}`, {
      resources: [igw.id, igw.vpcId],
      scope: { kind: 'vpc', from: igw.vpcId, to: vpc.id },
    });
  }
  const existing = vpcInternetGateway(tx, vpc.id);
  if (existing) {
    return refuse('igw.attach.in-use', `Network ${vpc.id} already has an internet gateway attached`, {
      resources: [vpc.id, existing.id],
      scope: { kind: 'vpc', to: vpc.id },
    });
  }
  tx.update('internetGateways', igw.id, { vpcId: vpc.id });
  tx.event({ type: 'attached', message: `${igw.id} attached to ${vpc.id}.`, resourceId: igw.id, to: vpc.id });
  return {};
}

function detachInternetGateway(tx: Tx, p: Params) {
  const igw = mustFind(tx, 'internetGateways', p.str('InternetGatewayId'));
  const vpcId = p.str('VpcId');
  if (igw.vpcId !== vpcId) {
    return refuse('igw.detach.not-attached', `resource ${igw.id} is not attached to network ${vpcId}`, {
      resources: [igw.id, vpcId],
    });
  }
  const rest = { ...igw };
  delete rest.vpcId;
  tx.put('internetGateways', igw.id, rest);
  tx.event({ type: 'detached', message: `${igw.id} detached from ${vpcId}.`, resourceId: igw.id, from: vpcId });
  return {};
}

function deleteInternetGateway(tx: Tx, p: Params) {
  const igw = mustFind(tx, 'internetGateways', p.str('InternetGatewayId'));
  if (igw.vpcId) {
    return refuse('igw.delete.attached', `The internetGateway '${igw.id}' has dependencies and cannot be deleted.`, {
      resources: [igw.id, igw.vpcId],
    });
  }
  tx.remove('internetGateways', igw.id);
  return {};
}

function describeInternetGateways(tx: Tx, p: Params) {
  const ids = p.optStrList('InternetGatewayIds');
  const gateways = ids ? ids.map((id) => mustFind(tx, 'internetGateways', id)) : tx.visible('internetGateways');
  const filtered = applyFilters(gateways, p, {
    'internet-gateway-id': (g) => g.id,
    'attachment.vpc-id': (g) => g.vpcId,
  }, toSdkInternetGateway);
  return { InternetGateways: filtered.map(toSdkInternetGateway) };
}

export const INTERNET_GATEWAY_ACTIONS = defineActions([
  { type: 'ec2:CreateInternetGateway', summary: 'Create an internet gateway.', run: createInternetGateway },
  { type: 'ec2:AttachInternetGateway', summary: 'Attach an internet gateway to a VPC.', run: attachInternetGateway },
  { type: 'ec2:DetachInternetGateway', summary: 'Detach an internet gateway from its VPC.', run: detachInternetGateway },
  { type: 'ec2:DeleteInternetGateway', summary: 'Delete a detached internet gateway.', run: deleteInternetGateway },
  {
    type: 'ec2:DescribeInternetGateways',
    summary: 'List internet gateways.',
    run: describeInternetGateways,
    read: true,
  },
]);
