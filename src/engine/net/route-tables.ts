import type { RouteTable } from '../model/network';
import type { Tx } from '../tx';

/** The route table a subnet uses: its explicit association, else the VPC's main table. */
export function routeTableOf(tx: Tx, subnetId: string): RouteTable | undefined {
  const explicit = tx.all('routeTables').find((t) => t.subnetIds.includes(subnetId));
  if (explicit) return explicit;
  const subnet = tx.get('subnets', subnetId);
  const vpc = subnet ? tx.get('vpcs', subnet.vpcId) : undefined;
  return vpc ? tx.get('routeTables', vpc.mainRouteTableId) : undefined;
}
