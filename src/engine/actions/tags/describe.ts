/**
 * ec2:DescribeTags: one row per tag of every resource the caller owns in the region, with the filters the API
 * documents (key, value, resource-id, resource-type, tag:<key>) and MaxResults / NextToken at the door.
 */
import type { Tag } from '../../model/common';
import type { CollectionKey } from '../../model/world';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';

/** Each taggable collection and the ResourceType AWS reports for it. */
const TAGGED: readonly [CollectionKey, string][] = [
  ['instances', 'instance'],
  ['volumes', 'volume'],
  ['snapshots', 'snapshot'],
  ['images', 'image'],
  ['vpcs', 'vpc'],
  ['subnets', 'subnet'],
  ['internetGateways', 'internet-gateway'],
  ['routeTables', 'route-table'],
  ['networkAcls', 'network-acl'],
  ['securityGroups', 'security-group'],
  ['networkInterfaces', 'network-interface'],
  ['addresses', 'elastic-ip'],
  ['dedicatedHosts', 'dedicated-host'],
  ['keyPairs', 'key-pair'],
  ['launchTemplates', 'launch-template'],
  ['spotRequests', 'spot-instances-request'],
];

interface Row {
  ResourceId: string;
  ResourceType: string;
  Key: string;
  Value: string;
  /** The resource's tags, so `tag:<key>` filters rows by the other tags of their resource. */
  tags: Tag[];
}

function idOf(resource: unknown): string {
  const r = resource as { id?: unknown; allocationId?: unknown };
  return typeof r.id === 'string' ? r.id : typeof r.allocationId === 'string' ? r.allocationId : '';
}

export function describeTags(tx: Tx, p: Params) {
  const rows: Row[] = [];
  for (const [kind, type] of TAGGED) {
    for (const resource of tx.visible(kind)) {
      const tags = (resource as { tags?: Tag[] }).tags ?? [];
      const id = idOf(resource);
      for (const tag of tags) rows.push({ ResourceId: id, ResourceType: type, Key: tag.Key, Value: tag.Value, tags });
    }
  }
  rows.sort((a, b) => (a.ResourceId < b.ResourceId ? -1 : a.ResourceId > b.ResourceId ? 1 : a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
  const filtered = applyFilters(rows, p, {
    key: (r) => r.Key,
    value: (r) => r.Value,
    'resource-id': (r) => r.ResourceId,
    'resource-type': (r) => r.ResourceType,
  });
  return { Tags: filtered.map(({ tags: _tags, ...row }) => row) };
}
