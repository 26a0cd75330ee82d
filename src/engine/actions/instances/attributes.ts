import { getInstanceType } from '../../catalog/instance-types';
import type { Instance } from '../../model/instances';
import { resolveInterfaceGroupIds } from '../../net/eni-factory';
import { findInstance, instanceEnis, soleInterface } from '../../net/interfaces';
import { invalid, missing, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { setDeleteOnTermination } from '../hooks/storage-hooks';
import { readChanges, type Change } from './attribute-request';
import { requireMatchingArchitecture } from '../../instance-architecture';

/**
 * ec2:ModifyInstanceAttribute: the attributes of an instance that can change — its type and user data (when
 * stopped), protection, shutdown behaviour, EBS optimization, and on its one interface the security groups and the
 * source/destination check.
 */

function requireStopped(instance: Instance): void {
  if (instance.state !== 'stopped') {
    refuse('instance.modify.not-stopped', `The instance '${instance.id}' is not in the 'stopped' state.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state, to: 'stopped' },
    });
  }
}

function singleEni(tx: Tx, instance: Instance) {
  const eth0 = soleInterface(tx, instance);
  if (!eth0) {
    return refuse('instance.modify.state', `The instance '${instance.id}' has no network interface.`, { resources: [instance.id] });
  }
  return eth0;
}

/** Every accepted ModifyInstanceAttribute change is narrated as one `attribute` event naming the attribute. */
function attributeEvent(tx: Tx, instance: Instance, attribute: string, message: string, from?: string, to?: string): void {
  tx.event({
    type: 'attribute',
    message,
    resourceId: instance.id,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    data: { attribute },
  });
}

/** The value a change of attribute `K` carries. */
type ValueOf<K extends Change['kind']> = Change extends infer C ? (C extends { kind: infer CK; value: infer V } ? (K extends CK ? V : never) : never) : never;

/** A new instance type (stopped; not Spot): its interface and address limits must hold the instance as it is. */
function setInstanceType(tx: Tx, instance: Instance, value: string): void {
  const type = getInstanceType(value);
  if (!type) {
    refuse('instance.modify.unknown-type', `Value (${value}) for parameter instanceType is invalid. Invalid instance type.`, {
      resources: [instance.id],
      scope: { kind: 'parameter', to: 'InstanceType' },
    });
  }
  const image = tx.get('images', instance.imageId);
  if (type && image) requireMatchingArchitecture(type, image, instance.id);
  if (instance.market) {
    refuse('instance.modify.spot-type', `The instance type of Spot instance '${instance.id}' can't be changed.`, {
      resources: [instance.id],
    });
  }
  requireStopped(instance);
  const enis = instanceEnis(tx, instance.id);
  if (enis.length > type.maxNetworkInterfaces) {
    refuse('eni.attach.limit', `Interface count ${enis.length} exceeds the limit for ${type.name}`, {
      resources: [instance.id],
      scope: { kind: 'quota', to: type.name },
      fix: `Detach interfaces until ${instance.id} has at most ${type.maxNetworkInterfaces}, or pick a larger type.`,
    });
  }
  const crowded = enis.find((e) => e.privateIps.length > type.ipv4PerInterface);
  if (crowded) {
    refuse('eni.ip-limit.instance-type', `Interface ${crowded.id} has ${crowded.privateIps.length} private IPv4 addresses, more than the limit of ${type.ipv4PerInterface} for ${type.name}.`, {
      resources: [instance.id, crowded.id],
      scope: { kind: 'quota', to: type.name },
    });
  }
  tx.update('instances', instance.id, { instanceType: type.name });
  attributeEvent(tx, instance, 'instanceType', `Instance type of ${instance.id} is now ${type.name} (was ${instance.instanceType}).`, instance.instanceType, type.name);
  tx.event({
    type: 'instance-resized',
    message: `${instance.id} changed from ${instance.instanceType} to ${type.name} (vertical scaling). It runs on the new size after its next start.`,
    resourceId: instance.id,
    from: instance.instanceType,
    to: type.name,
  });
}

/** New user data (stopped); the OS reads it after the next start. */
function setUserData(tx: Tx, instance: Instance, value: string): void {
  requireStopped(instance);
  tx.update('instances', instance.id, { userData: value });
  const bytes = new TextEncoder().encode(value).length;
  attributeEvent(
    tx,
    instance,
    'userData',
    `User data of ${instance.id} replaced (${bytes} bytes): after the next start the OS reads it at /latest/user-data (by default cloud-init runs user data scripts only at an instance's first boot).`,
  );
}

/** EBS optimization on or off (stopped). */
function setEbsOptimized(tx: Tx, instance: Instance, value: boolean): void {
  requireStopped(instance);
  tx.update('instances', instance.id, { ebsOptimized: value });
  attributeEvent(tx, instance, 'ebsOptimized', `EBS optimization of ${instance.id} is now ${value ? 'on' : 'off'}.`, String(instance.ebsOptimized), String(value));
}

/** Termination protection (not for Spot instances). */
function setDisableApiTermination(tx: Tx, instance: Instance, value: boolean): void {
  if (value && instance.market) {
    refuse('instance.protection.spot', `Modifying 'disableApiTermination' is not supported for spot instances.`, {
      resources: [instance.id],
    });
  }
  tx.update('instances', instance.id, { disableApiTermination: value });
  attributeEvent(
    tx,
    instance,
    'disableApiTermination',
    `Termination protection of ${instance.id} is now ${value ? 'on' : 'off'}.`,
    String(instance.disableApiTermination),
    String(value),
  );
}

/** Stop protection (not for Spot or instance-store-backed instances). */
function setDisableApiStop(tx: Tx, instance: Instance, value: boolean): void {
  if (value && instance.market) {
    refuse('instance.stop-protection.unsupported', `Modifying 'disableApiStop' is not supported for spot instances.`, {
      resources: [instance.id],
    });
  }
  if (value && instance.rootDeviceType === 'instance-store') {
    refuse('instance.stop-protection.unsupported', `Stop protection is not supported for instance-store-backed instance '${instance.id}'.`, {
      resources: [instance.id],
    });
  }
  tx.update('instances', instance.id, { disableApiStop: value });
  attributeEvent(
    tx,
    instance,
    'disableApiStop',
    `Stop protection of ${instance.id} is now ${value ? 'on' : 'off'}.`,
    String(instance.disableApiStop),
    String(value),
  );
}

/** What a shutdown from inside the OS does: stop or terminate. */
function setInstanceInitiatedShutdownBehavior(tx: Tx, instance: Instance, value: string): void {
  if (value !== 'stop' && value !== 'terminate') {
    invalid('InstanceInitiatedShutdownBehavior', value, 'Valid values: stop, terminate.');
  }
  tx.update('instances', instance.id, { shutdownBehavior: value });
  attributeEvent(
    tx,
    instance,
    'instanceInitiatedShutdownBehavior',
    `Shutdown behaviour of ${instance.id} is now '${value}': a shutdown from inside the OS will ${value === 'terminate' ? 'terminate' : 'stop'} it.`,
    instance.shutdownBehavior,
    value,
  );
}

/** The source/destination check of the instance's one interface. */
function setSourceDestCheck(tx: Tx, instance: Instance, value: boolean): void {
  const eth0 = singleEni(tx, instance);
  tx.update('networkInterfaces', eth0.id, { sourceDestCheck: value });
  attributeEvent(
    tx,
    instance,
    'sourceDestCheck',
    `Source/destination check of ${instance.id} (${eth0.id}) is now ${value ? 'on' : 'off'}${value ? '' : ': it can forward traffic that is not addressed to it (NAT, router)'}.`,
    String(eth0.sourceDestCheck),
    String(value),
  );
}

/** The security groups of the instance's one interface (at least one). */
function setGroupSet(tx: Tx, instance: Instance, value: string[]): void {
  const eth0 = singleEni(tx, instance);
  if (value.length === 0) {
    refuse('eni.groups.at-least-one', 'The request must contain the parameter groupId (at least one security group).', {
      resources: [instance.id],
    });
  }
  const groupIds = resolveInterfaceGroupIds(tx, eth0.vpcId, value, undefined, { launch: false, interfaceId: eth0.id });
  tx.update('networkInterfaces', eth0.id, { groupIds });
  attributeEvent(tx, instance, 'groupSet', `Security groups of ${instance.id} (${eth0.id}) are now ${groupIds.join(', ')}.`, eth0.groupIds.join(','), groupIds.join(','));
}

/** DeleteOnTermination of attached EBS volumes, by device. */
function setBlockDeviceMapping(tx: Tx, instance: Instance, value: ValueOf<'blockDeviceMapping'>): void {
  for (const m of value) {
    if (!setDeleteOnTermination(tx, instance, m.device, m.deleteOnTermination)) {
      invalid('BlockDeviceMappings.DeviceName', m.device, `No EBS volume is attached to ${instance.id} at ${m.device}.`);
    }
  }
}

/** One handler per attribute ModifyInstanceAttribute can change. */
const HANDLERS: { [K in Change['kind']]: (tx: Tx, instance: Instance, value: ValueOf<K>) => void } = {
  instanceType: setInstanceType,
  userData: setUserData,
  ebsOptimized: setEbsOptimized,
  disableApiTermination: setDisableApiTermination,
  disableApiStop: setDisableApiStop,
  instanceInitiatedShutdownBehavior: setInstanceInitiatedShutdownBehavior,
  sourceDestCheck: setSourceDestCheck,
  groupSet: setGroupSet,
  blockDeviceMapping: setBlockDeviceMapping,
};

/** ec2:ModifyInstanceAttribute */
export function modifyInstanceAttribute(tx: Tx, p: Params) {
  const instance = findInstance(tx, p.str('InstanceId'));
  const changes = readChanges(p);
  const change = changes[0];
  if (!change) return missing('Attribute');
  if (changes.length > 1) {
    refuse('eni.modify.one-attribute', `Fields for multiple attribute types specified: ${changes.map((c) => c.kind).join(', ')}`, {
      scope: { kind: 'parameter', to: 'Attribute' },
    });
  }
  if (instance.state === 'terminated' || instance.state === 'shutting-down') {
    refuse('instance.modify.state', `The instance '${instance.id}' is ${instance.state} and can no longer be modified.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state },
    });
  }
  const handler = HANDLERS[change.kind] as (tx: Tx, instance: Instance, value: Change['value']) => void;
  handler(tx, instance, change.value);
  return {};
}
