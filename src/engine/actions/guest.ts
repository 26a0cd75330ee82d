import { notFound } from '../lookup';
import type { World } from '../model/world';
import { invalid, missing, type Params } from '../params';
import { resolveName, type NameAnswer } from '../net/dns';
import { interfacesOf } from '../queries';
import { queryMetadata, type MetadataResponse } from '../net/metadata';
import type { Tx } from '../tx';
import { defineActions } from '../action-def';

/**
 * What the guest sees (rules 35–38): the instance metadata service, `ip addr` inside the OS and the Amazon DNS
 * resolver. All three are reads. The guest is wherever its instance runs, so ids are looked up in every region (the
 * request comes from inside the instance or VPC, not through a regional endpoint).
 */

export interface GuestInterface {
  /** Linux name: eth<device index>. */
  Device: string;
  DeviceIndex: number;
  NetworkInterfaceId: string;
  MacAddress: string;
  /** Private IPv4 addresses, primary first. Never a public IPv4. */
  PrivateIpAddresses: string[];
  Ipv6Addresses: string[];
  /** The subnet's IPv4 CIDR block (the on-link prefix). */
  Cidr: string;
  /** `inet` lines as `ip addr` prints them (`10.16.0.10/20`). */
  Inet: string[];
}

/** `ip addr` inside the instance: its ENIs by device index, private addresses only. Empty unless running. */
export function guestInterfaces(world: World, instanceId: string): { Interfaces: GuestInterface[]; State?: string } {
  const instance = world.instances.get(instanceId);
  if (!instance) return { Interfaces: [] };
  if (instance.state !== 'running') return { Interfaces: [], State: instance.state };
  const interfaces = interfacesOf(world, instanceId).map((eni): GuestInterface => {
    const cidr = world.subnets.get(eni.subnetId)?.cidr ?? '';
    const prefix = cidr.split('/')[1] ?? '32';
    const privateIps = [...eni.privateIps]
      .sort((a, b) => Number(b.primary) - Number(a.primary))
      .map((ip) => ip.address);
    const index = eni.attachment?.deviceIndex ?? 0;
    return {
      Device: `eth${index}`,
      DeviceIndex: index,
      NetworkInterfaceId: eni.id,
      MacAddress: eni.mac,
      PrivateIpAddresses: privateIps,
      Ipv6Addresses: [...eni.ipv6],
      Cidr: cidr,
      Inet: privateIps.map((ip) => `${ip}/${prefix}`),
    };
  });
  return { Interfaces: interfaces, State: instance.state };
}

function mustInstance(tx: Tx, id: string): void {
  if (!tx.get('instances', id)) notFound('instances', id);
}

function readHeaders(p: Params): Record<string, string> | undefined {
  const headers = p.optObj('Headers');
  if (!headers) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers.raw)) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') invalid(`Headers.${key}`, value);
    out[key] = String(value);
  }
  return out;
}

export const GUEST_ACTIONS = defineActions([
  {
    type: 'sim:QueryIMDS',
    summary: 'Send one HTTP request to the instance metadata service from inside an instance (IMDSv1 or IMDSv2).',
    read: true,
    run: (tx, p): MetadataResponse => {
      // Always ok (ENGINE_API): an unknown instance gets no answer (Status 0) rather than a refusal.
      const instanceId = p.str('InstanceId');
      const headers = readHeaders(p);
      const token = p.optStr('Token');
      const hops = p.optInt('Hops', 1, 255);
      return queryMetadata(tx.base, {
        InstanceId: instanceId,
        Method: p.optStr('Method') ?? 'GET',
        Path: p.str('Path'),
        ...(headers ? { Headers: headers } : {}),
        ...(token !== undefined ? { Token: token } : {}),
        ...(hops !== undefined ? { Hops: hops } : {}),
      });
    },
  },
  {
    type: 'sim:GuestInterfaces',
    summary: 'What `ip addr` shows inside an instance: its interfaces and private addresses, never a public IPv4.',
    read: true,
    run: (tx, p) => {
      const instanceId = p.str('InstanceId');
      mustInstance(tx, instanceId);
      return { ...guestInterfaces(tx.base, instanceId), Rule: 'guest.public-ip.not-in-os' };
    },
  },
  {
    type: 'sim:ResolveDns',
    summary: 'Ask the Amazon DNS resolver for a name from inside a VPC or from the internet (split-horizon).',
    read: true,
    run: (tx, p): NameAnswer => {
      const name = p.str('Name');
      const from = p.enum('From', ['inside-vpc', 'internet'] as const);
      const vpcId = p.optStr('VpcId');
      if (from === 'inside-vpc') {
        if (!vpcId) missing('VpcId');
        if (!tx.get('vpcs', vpcId)) notFound('vpcs', vpcId);
      }
      const scope = from === 'inside-vpc' && vpcId ? { VpcId: vpcId } : {};
      return resolveName(tx.base, { Name: name, From: from, ...scope });
    },
  },
]);
