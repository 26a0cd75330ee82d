import { mustFind } from '../../lookup';
import { refuseRequesterManaged, resolveInterfaceGroupIds } from '../../net/eni-factory';
import { sdkGroups, toSdkNetworkInterface } from '../../shapes/network-interfaces';
import { missing, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';

/** An interface's attributes (rules 22 and 24): security groups, source/dest check, description, DeleteOnTermination. */

function attributeValue(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  return p.obj(name).optStr('Value') ?? '';
}

export function modifyNetworkInterfaceAttribute(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
  const groups = p.optList('Groups') !== undefined ? (p.optStrList('Groups') ?? []) : undefined;
  const sourceDestCheck = p.optBool('SourceDestCheck');
  const description = attributeValue(p, 'Description');
  const attachment = p.optObj('Attachment');
  const named = [
    groups && 'groupSet',
    sourceDestCheck !== undefined && 'sourceDestCheck',
    description !== undefined && 'description',
    attachment && 'attachment',
  ].filter(Boolean);
  if (named.length === 0) return missing('Attribute');
  if (named.length > 1) {
    refuse('eni.modify.one-attribute', `Fields for multiple attribute types specified: ${named.join(', ')}`, {
      scope: { kind: 'parameter', to: 'Attribute' },
    });
  }
  if (groups) {
    if (groups.length === 0) {
      refuse('eni.groups.at-least-one', `The request must contain the parameter groupId: ${eni.id} needs at least one security group.`, {
        resources: [eni.id],
      });
    }
    const groupIds = resolveInterfaceGroupIds(tx, eni.vpcId, groups, undefined, { launch: false, interfaceId: eni.id });
    tx.update('networkInterfaces', eni.id, { groupIds });
    tx.event({
      type: 'attribute',
      message: `${eni.id} now uses security groups ${groupIds.join(', ')} (they apply to every address on the interface).`,
      resourceId: eni.id,
    });
  } else if (sourceDestCheck !== undefined) {
    tx.update('networkInterfaces', eni.id, { sourceDestCheck });
    tx.event({
      type: 'attribute',
      message: `Source/destination check of ${eni.id} is now ${sourceDestCheck ? 'on' : 'off'}${sourceDestCheck ? '' : ': it can forward traffic that is not addressed to it (NAT, router)'}.`,
      resourceId: eni.id,
    });
  } else if (description !== undefined) {
    tx.update('networkInterfaces', eni.id, { description });
  } else if (attachment) {
    const attachmentId = attachment.str('AttachmentId');
    const deleteOnTermination = attachment.optBool('DeleteOnTermination');
    if (!eni.attachment || eni.attachment.attachmentId !== attachmentId) {
      refuse('eni.attachment.not-found', `The attachment ID '${attachmentId}' does not exist`, { resources: [eni.id, attachmentId] });
    }
    if (deleteOnTermination !== undefined) {
      tx.update('networkInterfaces', eni.id, { attachment: { ...eni.attachment, deleteOnTermination } });
    }
  }
  return {};
}

export function describeNetworkInterfaceAttribute(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const attribute = p.enum('Attribute', ['description', 'groupSet', 'sourceDestCheck', 'attachment', 'associatePublicIpAddress'] as const);
  const sdk = toSdkNetworkInterface(tx, eni);
  const base = { NetworkInterfaceId: eni.id };
  switch (attribute) {
    case 'description':
      return { ...base, Description: { Value: eni.description } };
    case 'groupSet':
      return { ...base, Groups: sdkGroups(tx, eni.groupIds) };
    case 'sourceDestCheck':
      return { ...base, SourceDestCheck: { Value: eni.sourceDestCheck } };
    case 'attachment':
      return { ...base, ...(sdk.Attachment ? { Attachment: sdk.Attachment } : {}) };
    default:
      return { ...base, AssociatePublicIpAddress: eni.privateIps.some((ip) => ip.publicIp) };
  }
}
