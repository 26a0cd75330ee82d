import type { Route, RouteTable } from '../model/network';
import { sdkTags } from './tags';

/** SDK shapes of route tables (CreateRouteTable, DescribeRouteTables): routes and subnet associations. */

function toSdkRoute(route: Route) {
  return {
    DestinationCidrBlock: route.destination,
    ...(route.gatewayId ? { GatewayId: route.gatewayId } : {}),
    ...(route.networkInterfaceId ? { NetworkInterfaceId: route.networkInterfaceId } : {}),
    ...(route.instanceId ? { InstanceId: route.instanceId } : {}),
    Origin: route.origin,
    State: 'active',
  };
}

export function toSdkRouteTable(table: RouteTable) {
  return {
    RouteTableId: table.id,
    VpcId: table.vpcId,
    OwnerId: table.ownerId,
    Routes: table.routes.map(toSdkRoute),
    Associations: [
      ...(table.main
        ? [{ Main: true, RouteTableAssociationId: table.id.replace('rtb-', 'rtbassoc-'), RouteTableId: table.id }]
        : []),
      ...table.subnetIds.map((subnetId) => ({
        Main: false,
        RouteTableAssociationId: `rtbassoc-${subnetId.slice(7)}`,
        RouteTableId: table.id,
        SubnetId: subnetId,
      })),
    ],
    ...sdkTags(table.tags),
  };
}
