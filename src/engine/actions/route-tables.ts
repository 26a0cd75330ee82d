import type { Route, RouteTable } from '../model/network';
import { mustFind } from '../lookup';
import { parseCidr } from '../net/cidr';
import { soleInterface } from '../net/interfaces';
import type { Params } from '../params';
import { invalid } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { toSdkRouteTable } from '../shapes/route-tables';
import { defineActions } from '../action-def';

function createRouteTable(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  const id = tx.id('rtb');
  const table: RouteTable = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('route-table'),
    id,
    vpcId: vpc.id,
    main: false,
    routes: vpc.cidrBlocks.map((b) => ({ destination: b.cidr, gatewayId: 'local', origin: 'CreateRouteTable' as const })),
    subnetIds: [],
  };
  tx.put('routeTables', id, table);
  tx.event({ type: 'created', message: `Route table ${id} created in ${vpc.id}.`, resourceId: id });
  return { RouteTable: toSdkRouteTable(table) };
}

/** Where a route sends traffic: an internet gateway of the same VPC, or a network interface (e.g. a NAT instance). */
function routeTarget(tx: Tx, p: Params, table: RouteTable): Pick<Route, 'gatewayId' | 'networkInterfaceId' | 'instanceId'> {
  const gatewayId = p.optStr('GatewayId');
  const networkInterfaceId = p.optStr('NetworkInterfaceId');
  const instanceId = p.optStr('InstanceId');
  const named = [gatewayId, networkInterfaceId, instanceId].filter((v) => v !== undefined);
  if (named.length !== 1) {
    return refuse('route.target.one', 'The request must contain exactly one of gatewayId, networkInterfaceId or instanceId.', {
      resources: [table.id],
    });
  }
  if (gatewayId) {
    const igw = mustFind(tx, 'internetGateways', gatewayId);
    if (igw.vpcId !== table.vpcId) {
      return refuse('route.target.network', `route table ${table.id} and network gateway ${igw.id} belong to different networks`, {
        resources: [table.id, igw.id],
        scope: { kind: 'vpc', from: igw.vpcId ?? 'no VPC', to: table.vpcId },
        fix: igw.vpcId ? `Use the gateway attached to ${table.vpcId}.` : `Attach ${igw.id} to ${table.vpcId} first.`,
      });
    }
    return { gatewayId };
  }
  if (networkInterfaceId) {
    const eni = mustFind(tx, 'networkInterfaces', networkInterfaceId);
    if (eni.vpcId !== table.vpcId) {
      return refuse('route.target.network', `route table ${table.id} and interface ${eni.id} belong to different networks`, {
        resources: [table.id, eni.id],
        scope: { kind: 'vpc', from: eni.vpcId, to: table.vpcId },
      });
    }
    return { networkInterfaceId, ...(eni.attachment ? { instanceId: eni.attachment.instanceId } : {}) };
  }
  const instance = mustFind(tx, 'instances', instanceId ?? '');
  const eni = soleInterface(tx, instance);
  if (!eni || eni.vpcId !== table.vpcId) {
    return refuse('route.target.network', `route table ${table.id} and instance ${instance.id} belong to different networks`, {
      resources: [table.id, instance.id],
    });
  }
  return { instanceId: instance.id, networkInterfaceId: eni.id };
}

function destination(table: RouteTable, p: Params): string {
  const text = p.str('DestinationCidrBlock');
  const cidr = parseCidr(text);
  if (!cidr) return invalid('DestinationCidrBlock', text, 'This is not a valid CIDR block.');
  const local = table.routes.find((r) => r.gatewayId === 'local' && r.destination === cidr.text);
  if (local) {
    return refuse('route.local.immutable', `The route identified by ${cidr.text} is the local route of ${table.vpcId} and cannot be changed.`, {
      resources: [table.id],
    });
  }
  return cidr.text;
}

/**
 * Rule 24: AWS accepts a route through an interface whose source/destination check is on, but that interface drops
 * every packet not addressed to or from its own IPs, so the forwarded traffic goes nowhere. Say so.
 */
function warnSourceDestCheck(tx: Tx, table: RouteTable, dest: string, target: Pick<Route, 'networkInterfaceId' | 'instanceId'>): void {
  if (!target.networkInterfaceId) return;
  const eni = tx.get('networkInterfaces', target.networkInterfaceId);
  if (!eni?.sourceDestCheck) return;
  const who = target.instanceId ? `${target.instanceId} (${eni.id})` : eni.id;
  tx.event({
    type: 'notice',
    message: `${table.id}: traffic for ${dest} now goes to ${who}, but its source/destination check is on: it drops every packet that is not addressed to or from its own IPs, so the routed traffic is lost until the check is disabled (ModifyNetworkInterfaceAttribute ${eni.id} SourceDestCheck=false).`,
    resourceId: eni.id,
    data: { rule: 'eni.source-dest-check', routeTableId: table.id, destination: dest, networkInterfaceId: eni.id },
  });
}

function createRoute(tx: Tx, p: Params) {
  const table = mustFind(tx, 'routeTables', p.str('RouteTableId'));
  const dest = destination(table, p);
  if (table.routes.some((r) => r.destination === dest)) {
    return refuse('route.exists', `The route identified by ${dest} already exists.`, { resources: [table.id] });
  }
  const target = routeTarget(tx, p, table);
  tx.update('routeTables', table.id, { routes: [...table.routes, { destination: dest, ...target, origin: 'CreateRoute' }] });
  const via = target.gatewayId ?? target.networkInterfaceId ?? target.instanceId;
  tx.event({ type: 'route', message: `${table.id}: ${dest} now goes to ${via}.`, resourceId: table.id });
  warnSourceDestCheck(tx, table, dest, target);
  return { Return: true };
}

function replaceRoute(tx: Tx, p: Params) {
  const table = mustFind(tx, 'routeTables', p.str('RouteTableId'));
  const dest = destination(table, p);
  if (!table.routes.some((r) => r.destination === dest)) {
    return invalid('DestinationCidrBlock', dest, `There is no route defined for '${dest}' in the route table.`);
  }
  const target = routeTarget(tx, p, table);
  tx.update('routeTables', table.id, {
    routes: table.routes.map((r) => (r.destination === dest ? { destination: dest, ...target, origin: 'CreateRoute' } : r)),
  });
  const via = target.gatewayId ?? target.networkInterfaceId ?? target.instanceId;
  tx.event({ type: 'route', message: `${table.id}: ${dest} now goes to ${via} (route replaced).`, resourceId: table.id });
  warnSourceDestCheck(tx, table, dest, target);
  return { Return: true };
}

function deleteRoute(tx: Tx, p: Params) {
  const table = mustFind(tx, 'routeTables', p.str('RouteTableId'));
  const dest = destination(table, p);
  if (!table.routes.some((r) => r.destination === dest)) {
    return invalid('DestinationCidrBlock', dest, `There is no route defined for '${dest}' in the route table.`);
  }
  tx.update('routeTables', table.id, { routes: table.routes.filter((r) => r.destination !== dest) });
  return {};
}

function associateRouteTable(tx: Tx, p: Params) {
  const table = mustFind(tx, 'routeTables', p.str('RouteTableId'));
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  if (subnet.vpcId !== table.vpcId) {
    return refuse('route.target.network', `route table ${table.id} and subnet ${subnet.id} belong to different networks`, {
      resources: [table.id, subnet.id],
      scope: { kind: 'vpc', from: subnet.vpcId, to: table.vpcId },
    });
  }
  for (const other of tx.all('routeTables')) {
    if (other.id !== table.id && other.subnetIds.includes(subnet.id)) {
      tx.update('routeTables', other.id, { subnetIds: other.subnetIds.filter((s) => s !== subnet.id) });
    }
  }
  const current = tx.get('routeTables', table.id) ?? table;
  if (!current.subnetIds.includes(subnet.id)) {
    tx.update('routeTables', table.id, { subnetIds: [...current.subnetIds, subnet.id] });
  }
  tx.event({ type: 'associated', message: `${subnet.id} now uses route table ${table.id}.`, resourceId: table.id });
  return { AssociationId: `rtbassoc-${subnet.id.slice(7)}`, AssociationState: { State: 'associated' } };
}

function describeRouteTables(tx: Tx, p: Params) {
  const ids = p.optStrList('RouteTableIds');
  const tables = ids ? ids.map((id) => mustFind(tx, 'routeTables', id)) : tx.visible('routeTables');
  const filtered = applyFilters(tables, p, {
    'route-table-id': (t) => t.id,
    'vpc-id': (t) => t.vpcId,
    'association.main': (t) => String(t.main),
    'association.subnet-id': (t) => t.subnetIds,
  }, toSdkRouteTable);
  return { RouteTables: filtered.map(toSdkRouteTable) };
}

export const ROUTE_TABLE_ACTIONS = defineActions([
  { type: 'ec2:CreateRouteTable', summary: 'Create a route table in a VPC.', run: createRouteTable },
  {
    type: 'ec2:CreateRoute',
    summary: 'Route a destination to an internet gateway or a (NAT) instance’s interface.',
    run: createRoute,
  },
  { type: 'ec2:ReplaceRoute', summary: 'Point an existing route at a new target.', run: replaceRoute },
  { type: 'ec2:DeleteRoute', summary: 'Delete a route.', run: deleteRoute },
  { type: 'ec2:AssociateRouteTable', summary: 'Make a subnet use a route table.', run: associateRouteTable },
  { type: 'ec2:DescribeRouteTables', summary: 'List route tables.', run: describeRouteTables, read: true },
]);
