import type { InternetGateway, SecurityGroup, Subnet } from '../model/network';
import type { Tx } from '../tx';
import { parseCidr, usableCount } from './cidr';

/** Every private IPv4 held by an ENI in the subnet (addresses of stopped instances stay held). */
export function usedPrivateIps(tx: Tx, subnetId: string): Set<string> {
  const used = new Set<string>();
  for (const eni of tx.all('networkInterfaces')) {
    if (eni.subnetId !== subnetId) continue;
    for (const ip of eni.privateIps) used.add(ip.address);
  }
  return used;
}

/** Addresses still free: the subnet's size, minus the five AWS reserves, minus every address an ENI holds. */
export function availableIpAddressCount(tx: Tx, subnet: Subnet): number {
  const cidr = parseCidr(subnet.cidr);
  return cidr ? usableCount(cidr) - usedPrivateIps(tx, subnet.id).size : 0;
}

/** The internet gateway attached to a VPC, if any. */
export function vpcInternetGateway(tx: Tx, vpcId: string): InternetGateway | undefined {
  return tx.all('internetGateways').find((igw) => igw.vpcId === vpcId);
}

/** The VPC's `default` security group (created with the VPC). */
export function defaultSecurityGroup(tx: Tx, vpcId: string): SecurityGroup | undefined {
  const vpc = tx.get('vpcs', vpcId);
  return vpc ? tx.get('securityGroups', vpc.defaultSecurityGroupId) : undefined;
}
