/**
 * ec2:CreateTags and ec2:DeleteTags: the Name tag people give their resources, and any other tag, with AWS's
 * limits — at most 50 tags per resource, keys of 1–128 characters, values of up to 256, and the `aws:` prefix
 * reserved for AWS (InvalidParameterValue). A request is all or nothing: one bad resource or tag refuses it whole.
 */
import type { Tag } from '../../model/common';
import type { CollectionKey } from '../../model/world';
import { mustFind } from '../../lookup';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { describeTags } from './describe';
import { checkTag, checkTagCount, TAG_LIMITS } from '../../tag-rules';

export { TAG_LIMITS };


/** Which collection an id belongs to, by its prefix (longest prefixes first: `eipalloc-` before `eni-`). */
const BY_PREFIX: readonly [string, CollectionKey][] = [
  ['eipalloc-', 'addresses'],
  ['eice-', 'instanceConnectEndpoints'],
  ['subnet-', 'subnets'],
  ['snap-', 'snapshots'],
  ['vpc-', 'vpcs'],
  ['igw-', 'internetGateways'],
  ['rtb-', 'routeTables'],
  ['acl-', 'networkAcls'],
  ['eni-', 'networkInterfaces'],
  ['vol-', 'volumes'],
  ['ami-', 'images'],
  ['sg-', 'securityGroups'],
  ['h-', 'dedicatedHosts'],
  ['i-', 'instances'],
];

function collectionOf(id: string): CollectionKey {
  const hit = BY_PREFIX.find(([prefix]) => id.startsWith(prefix));
  if (!hit) {
    return refuse('request.invalid-parameter', `Invalid id: "${id.slice(0, 64)}" (this lab tags VPCs, subnets, instances, interfaces, volumes, snapshots, AMIs, Elastic IPs, gateways, route tables, network ACLs, security groups and hosts)`, {
      code: 'InvalidID',
      resources: [id],
      scope: { kind: 'parameter' },
    });
  }
  return hit[1];
}

function invalid(message: string, fix: string): never {
  return refuse('request.invalid-parameter', message, { scope: { kind: 'parameter' }, fix });
}

/** The tagged resources, each checked to exist in this region and belong to the caller. */
function targets(tx: Tx, p: Params): { kind: CollectionKey; id: string; tags: Tag[] }[] {
  const ids = p.strList('Resources');
  if (ids.length === 0 || ids.length > TAG_LIMITS.resourcesPerCall) {
    invalid(`Resources must list between 1 and ${TAG_LIMITS.resourcesPerCall} resource ids`, 'Name the resources to tag.');
  }
  return ids.map((id) => {
    const kind = collectionOf(id);
    const resource = mustFind(tx, kind, id);
    if (resource.ownerId !== tx.account) {
      refuse('request.not-found', `The resource '${id}' does not exist in your account`, { code: 'InvalidID.NotFound', resources: [id] });
    }
    return { kind, id, tags: resource.tags };
  });
}

function createTags(tx: Tx, p: Params) {
  const resources = targets(tx, p);
  const list = p.optObjList('Tags');
  if (!list?.length) refuse('request.missing-parameter', 'The request must contain the parameter Tags', { scope: { kind: 'parameter' } });
  const tags = list.map((t) => ({ Key: t.str('Key'), Value: t.optStr('Value') ?? '' }));
  for (const tag of tags) checkTag(tag.Key, tag.Value);
  for (const r of resources) {
    const merged = new Map(r.tags.map((t) => [t.Key, t.Value]));
    for (const tag of tags) merged.set(tag.Key, tag.Value);
    checkTagCount(r.id, merged.keys());
    tx.update(r.kind, r.id, { tags: [...merged].map(([Key, Value]) => ({ Key, Value })) });
    const name = tags.findLast((t) => t.Key === 'Name');
    tx.event({
      type: 'tagged',
      message: name ? `${r.id} is now named “${name.Value}”.` : `${r.id} tagged ${tags.map((t) => t.Key).join(', ')}.`,
      resourceId: r.id,
    });
  }
  return {};
}

function deleteTags(tx: Tx, p: Params) {
  const resources = targets(tx, p);
  const only = p.optObjList('Tags')?.map((t) => ({ Key: t.str('Key'), Value: t.optStr('Value') }));
  for (const tag of only ?? []) checkTag(tag.Key, '');
  for (const r of resources) {
    // Without Tags, every tag goes; a tag given with a value goes only if the value matches.
    const kept = only
      ? r.tags.filter((t) => !only.some((d) => d.Key === t.Key && (d.Value === undefined || d.Value === t.Value)))
      : r.tags.filter((t) => t.Key.toLowerCase().startsWith('aws:'));
    if (kept.length === r.tags.length) continue;
    tx.update(r.kind, r.id, { tags: kept });
    tx.event({ type: 'untagged', message: `${r.tags.length - kept.length} tag(s) removed from ${r.id}.`, resourceId: r.id });
  }
  return {};
}

export const TAG_ACTIONS = defineActions([
  { type: 'ec2:CreateTags', summary: 'Add or overwrite tags (such as Name) on resources.', run: createTags },
  { type: 'ec2:DeleteTags', summary: 'Remove tags from resources.', run: deleteTags },
  { type: 'ec2:DescribeTags', summary: 'List the tags of your resources (filters key, value, resource-id, resource-type).', run: describeTags, read: true },
]);
