/**
 * AWS's tag limits, shared by CreateTags and every TagSpecifications: at most 50 user tags per resource, keys of
 * 1–128 characters, values of up to 256, the `aws:` prefix reserved; a tag specification names a resource type the
 * action creates and carries at least one tag.
 */
import type { Params } from './params';
import { refuse } from './refusal';

export const TAG_LIMITS = { tagsPerResource: 50, keyLength: 128, valueLength: 256, resourcesPerCall: 1000 } as const;

function bad(message: string, to: string): never {
  return refuse('tags.invalid', message, { scope: { kind: 'parameter', to } });
}

export function checkTag(key: string, value: string): void {
  if (key.length < 1 || key.length > TAG_LIMITS.keyLength) bad(`Tag key must be between 1 and ${TAG_LIMITS.keyLength} characters long`, 'Tag.Key');
  if (key.toLowerCase().startsWith('aws:')) bad("Tag keys starting with 'aws:' are reserved for internal use", 'Tag.Key');
  if (value.length > TAG_LIMITS.valueLength) bad(`Tag value must be no more than ${TAG_LIMITS.valueLength} characters long`, 'Tag.Value');
}

/** User tags (not `aws:`) on a resource after a change, refused above 50. */
export function checkTagCount(resourceId: string, keys: Iterable<string>): void {
  const count = [...keys].filter((k) => !k.toLowerCase().startsWith('aws:')).length;
  if (count > TAG_LIMITS.tagsPerResource) {
    refuse('tags.limit', `The resource '${resourceId}' would have ${count} tags; a resource can have at most ${TAG_LIMITS.tagsPerResource}`, {
      resources: [resourceId],
      scope: { kind: 'quota' },
    });
  }
}

/** The resource types each action can tag at creation (its TagSpecifications). */
const TAGGABLE: Record<string, readonly string[]> = {
  'ec2:CreateVpc': ['vpc'],
  'ec2:CreateSubnet': ['subnet'],
  'ec2:CreateInternetGateway': ['internet-gateway'],
  'ec2:CreateRouteTable': ['route-table'],
  'ec2:CreateNetworkAcl': ['network-acl'],
  'ec2:CreateSecurityGroup': ['security-group'],
  'ec2:AuthorizeSecurityGroupIngress': ['security-group-rule'],
  'ec2:AuthorizeSecurityGroupEgress': ['security-group-rule'],
  'ec2:RunInstances': ['instance', 'volume', 'network-interface', 'spot-instances-request'],
  'ec2:CreateNetworkInterface': ['network-interface'],
  'ec2:AllocateAddress': ['elastic-ip'],
  'ec2:CreateVolume': ['volume'],
  'ec2:CreateSnapshot': ['snapshot'],
  'ec2:CopySnapshot': ['snapshot'],
  'ec2:CreateImage': ['image', 'snapshot'],
  'ec2:RegisterImage': ['image'],
  'ec2:CopyImage': ['image'],
  'ec2:RequestSpotInstances': ['spot-instances-request'],
  'ec2:AllocateHosts': ['dedicated-host'],
  'ec2:CreateKeyPair': ['key-pair'],
  'ec2:ImportKeyPair': ['key-pair'],
  'ec2:CreateLaunchTemplate': ['launch-template'],
  'ec2:CreateInstanceConnectEndpoint': ['instance-connect-endpoint'],
};

/** Whether the door checks this action's TagSpecifications (the actions whose SDK input has the member). */
export function hasTagSpecifications(action: string): boolean {
  return Object.hasOwn(TAGGABLE, action);
}

/** Check every TagSpecifications entry of a request before the action runs. */
export function checkTagSpecifications(action: string, p: Params): void {
  if (!hasTagSpecifications(action)) return;
  const allowed = TAGGABLE[action] as readonly string[];
  for (const spec of p.optObjList('TagSpecifications') ?? []) {
    const type = spec.optStr('ResourceType');
    if (type === undefined || type === '') bad('Tag specification resource type must have a value', 'TagSpecifications.ResourceType');
    if (!allowed.includes(type)) {
      refuse('tags.invalid', `'${type.slice(0, 60)}' is not a valid taggable resource type for this operation.`, {
        scope: { kind: 'parameter', to: 'TagSpecifications.ResourceType' },
        fix: `${action} tags ${allowed.join(', ')}.`,
      });
    }
    const tags = spec.optObjList('Tags') ?? [];
    if (tags.length === 0) bad('Tag specification must have at least one tag', 'TagSpecifications.Tags');
    for (const tag of tags) checkTag(tag.str('Key'), tag.optStr('Value') ?? '');
    checkTagCount(type, tags.map((t) => t.str('Key')));
  }
}
