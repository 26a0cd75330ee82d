import { getInstanceType } from '../catalog/instance-types';
import { STATE_CODES, type Instance, type InstanceStateName } from '../model/instances';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../net/dns-names';
import { resolveGroupIds, sdkGroups } from '../net/eni-factory';
import { eipsOnEni, findInstance, instanceEnis, primaryEni, soleInterface, stillVisible } from '../net/interfaces';
import { assignDynamicIp, disassociateEip, instancePublicIp, releaseDynamicIp } from '../net/public-ips';
import { invalid, missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { instanceBlockDeviceMappings, setDeleteOnTermination } from './hooks/storage-hooks';
import { sdkProductCodes } from '../shapes/images';
import { isoAt } from '../time';
import {
  decodeUserData,
  encodeUserData,
  readMetadataOptions,
  runInstances,
  toSdkInstance,
  toSdkReservation,
} from './launch';
import { onReboot, onStart, onStop, onTerminate } from './hooks/lifecycle';
import { defineActions } from '../action-def';

export { launchInstances, toSdkInstance, toSdkReservation } from './launch';

/**
 * The instance state machine (rules 47–56): start, stop (and hibernate), reboot, terminate, OS-level shutdown,
 * protection and the attributes that can change. Accepted actions leave instances settled; `events` narrate the
 * transitional states and what happened to the public IPv4 on the way.
 */

const USER_SHUTDOWN = { Code: 'Client.UserInitiatedShutdown', Message: 'Client.UserInitiatedShutdown: User initiated shutdown' };
const GUEST_SHUTDOWN = {
  Code: 'Client.InstanceInitiatedShutdown',
  Message: 'Client.InstanceInitiatedShutdown: Instance initiated shutdown',
};

function gmt(tx: Tx): string {
  return `${isoAt(tx.now).slice(0, 19).replace('T', ' ')} GMT`;
}

function sdkState(state: InstanceStateName) {
  return { Code: STATE_CODES[state], Name: state };
}

function stateChange(instanceId: string, previous: InstanceStateName, current: InstanceStateName) {
  return { InstanceId: instanceId, PreviousState: sdkState(previous), CurrentState: sdkState(current) };
}

function transition(tx: Tx, id: string, from: InstanceStateName, to: InstanceStateName, message: string): void {
  tx.event({ type: 'instance-state', message, resourceId: id, from, to });
}

export interface TransitionOptions {
  /** StateTransitionReason text; default `User initiated (<time> GMT)`. */
  reason?: string;
  /** SDK StateReason; default Client.UserInitiatedShutdown. */
  stateReason?: { Code: string; Message: string };
  hibernate?: boolean;
}

/** running → stopping → stopped: the dynamic public IPv4 is released; private IPs, IPv6 and EIPs stay (rule 31). */
export function stopInstance(tx: Tx, instanceId: string, options: TransitionOptions = {}): void {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state !== 'running') return;
  const verb = options.hibernate ? 'hibernating (RAM saved to the EBS root volume)' : 'stopping';
  transition(tx, instance.id, 'running', 'stopping', `${instance.id} is ${verb}.`);
  const eth0 = primaryEni(tx, instance.id);
  if (eth0) releaseDynamicIp(tx, eth0.id, 'stopping an instance gives its dynamic public IPv4 back to Amazon');
  tx.update('instances', instance.id, {
    state: 'stopped',
    stateTransitionReason: options.reason ?? `User initiated (${gmt(tx)})`,
    stateReason: options.stateReason ?? USER_SHUTDOWN,
  });
  onStop(tx, instance);
  const kept = instanceEnis(tx, instance.id).flatMap((e) => e.privateIps.map((ip) => ip.address));
  transition(
    tx,
    instance.id,
    'stopping',
    'stopped',
    `${instance.id} is stopped. It keeps its private IPv4 (${kept.join(', ')}), IPv6 addresses and Elastic IP associations.`,
  );
}

/** stopped → pending → running, on a new host; a new dynamic public IPv4 if the instance is eligible (rules 31, 34). */
export function startInstance(tx: Tx, instanceId: string): void {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state !== 'stopped') return;
  transition(tx, instance.id, 'stopped', 'pending', `${instance.id} is pending: EC2 finds it a host in ${instance.az}.`);
  const { stateReason: _gone, ...rest } = instance;
  tx.put('instances', instance.id, { ...rest, state: 'running', stateTransitionReason: '', lastStartTime: tx.now });
  onStart(tx, instance);
  const publicIp = assignDynamicIp(tx, instance.id);
  if (!publicIp && instance.publicIpOnLaunch && !instancePublicIp(tx, tx.get('instances', instance.id) ?? instance)) {
    const enis = instanceEnis(tx, instance.id);
    tx.event({
      type: 'notice',
      message:
        enis.length > 1
          ? `${instance.id} did not get a new dynamic public IPv4: it has ${enis.length} network interfaces attached.`
          : `${instance.id} did not get a new dynamic public IPv4: an Elastic IP sits on one of its eth0 addresses.`,
      resourceId: instance.id,
    });
  }
  transition(tx, instance.id, 'pending', 'running', `${instance.id} is running.`);
}

/**
 * → shutting-down → terminated: interfaces created with DeleteOnTermination are deleted (their Elastic IPs are
 * disassociated but stay allocated), the others are detached; the dynamic public IPv4 is released (rules 46, 56).
 */
export function terminateInstance(tx: Tx, instanceId: string, options: TransitionOptions = {}): void {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state === 'terminated') return;
  transition(tx, instance.id, instance.state, 'shutting-down', `${instance.id} is shutting down.`);
  tx.update('instances', instance.id, { state: 'shutting-down' });
  for (const eni of instanceEnis(tx, instance.id)) {
    releaseDynamicIp(tx, eni.id, 'the instance was terminated');
    if (eni.attachment?.deleteOnTermination) {
      for (const eip of eipsOnEni(tx, eni.id)) disassociateEip(tx, eip.allocationId, `${instance.id} was terminated`, false);
      tx.remove('networkInterfaces', eni.id);
      tx.event({
        type: 'eni-deleted',
        message: `Network interface ${eni.id} (DeleteOnTermination) was deleted with ${instance.id}; its private IPv4 ${eni.privateIps.map((ip) => ip.address).join(', ')}${eni.ipv6.length ? ` and IPv6 ${eni.ipv6.join(', ')}` : ''} are free again.`,
        resourceId: eni.id,
      });
    } else {
      const { attachment: _gone, ...detached } = eni;
      tx.put('networkInterfaces', eni.id, detached);
      tx.event({
        type: 'eni-detached',
        message: `Network interface ${eni.id} was detached from terminated ${instance.id} and kept (DeleteOnTermination false).`,
        resourceId: eni.id,
        from: instance.id,
      });
    }
  }
  tx.update('instances', instance.id, {
    state: 'terminated',
    terminatedAt: tx.now,
    stateTransitionReason: options.reason ?? `User initiated (${gmt(tx)})`,
    stateReason: options.stateReason ?? USER_SHUTDOWN,
  });
  onTerminate(tx, instance);
  transition(tx, instance.id, 'shutting-down', 'terminated', `${instance.id} is terminated (visible for about an hour).`);
}

/** A reboot: same host, same addresses, same public IPv4 (rule 30). */
export function rebootInstance(tx: Tx, instanceId: string): void {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state !== 'running') return;
  const publicIp = instancePublicIp(tx, instance);
  tx.event({
    type: 'instance-reboot',
    message: `${instance.id} rebooted on the same host; it keeps its private IPv4${publicIp ? `, public IPv4 ${publicIp}` : ''} and instance store data.`,
    resourceId: instance.id,
    from: 'running',
    to: 'running',
  });
  onReboot(tx, instance);
}

// --- API actions --------------------------------------------------------------------------------------------

function requestedInstances(tx: Tx, p: Params): Instance[] {
  const ids = [...new Set(p.strList('InstanceIds'))];
  return ids.map((id) => findInstance(tx, id));
}

function startInstances(tx: Tx, p: Params) {
  const instances = requestedInstances(tx, p);
  for (const i of instances) {
    if (i.state !== 'stopped' && i.state !== 'running') {
      refuse('instance.start.state', `The instance '${i.id}' is not in a state from which it can be started.`, {
        resources: [i.id],
        scope: { kind: 'state', from: i.state, to: 'running' },
      });
    }
  }
  const out = instances.map((i) => {
    startInstance(tx, i.id);
    return stateChange(i.id, i.state, tx.get('instances', i.id)?.state ?? i.state);
  });
  return { StartingInstances: out };
}

function stopInstances(tx: Tx, p: Params) {
  const instances = requestedInstances(tx, p);
  const hibernate = p.optBool('Hibernate') ?? false;
  p.optBool('Force');
  for (const i of instances) {
    if (i.state === 'terminated' || i.state === 'shutting-down') {
      refuse('instance.stop.state', `This instance '${i.id}' is not in a state from which it can be stopped.`, {
        resources: [i.id],
        scope: { kind: 'state', from: i.state, to: 'stopped' },
      });
    }
    if (i.state !== 'running') continue;
    if (i.rootDeviceType === 'instance-store') {
      refuse('instance.stop.instance-store', `The instance '${i.id}' does not have an 'ebs' root device type and cannot be stopped.`, {
        resources: [i.id],
      });
    }
    if (i.market && i.market.requestType === 'one-time') {
      refuse(
        'instance.stop.spot-one-time',
        `You can't stop the Spot Instance '${i.id}' because it is associated with a one-time Spot Instance request. You can only stop Spot Instances associated with persistent Spot Instance requests.`,
        { resources: [i.id, i.market.spotInstanceRequestId] },
      );
    }
    if (i.disableApiStop) {
      refuse('instance.stop.protected', `The instance '${i.id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`, {
        resources: [i.id],
      });
    }
    if (hibernate && !i.hibernationConfigured) {
      refuse('instance.stop.hibernation', `The instance '${i.id}' is not enabled for hibernation.`, { resources: [i.id] });
    }
  }
  const out = instances.map((i) => {
    stopInstance(tx, i.id, { hibernate });
    return stateChange(i.id, i.state, tx.get('instances', i.id)?.state ?? i.state);
  });
  return { StoppingInstances: out };
}

function rebootInstances(tx: Tx, p: Params) {
  const instances = requestedInstances(tx, p);
  for (const i of instances) {
    if (i.state === 'terminated' || i.state === 'shutting-down' || i.state === 'running') continue;
    refuse('instance.reboot.state', `The instance '${i.id}' is not in a state from which it can be rebooted.`, {
      resources: [i.id],
      scope: { kind: 'state', from: i.state, to: 'running' },
      fix: `${i.id} is ${i.state}: start it instead (a reboot never starts a stopped instance).`,
    });
  }
  for (const i of instances) rebootInstance(tx, i.id);
  return {};
}

function terminateInstances(tx: Tx, p: Params) {
  const instances = requestedInstances(tx, p);
  const live = instances.filter((i) => i.state !== 'terminated');
  const blocked = live.filter((i) => i.disableApiTermination || i.disableApiStop);
  const blockedAzs = new Set(blocked.map((i) => i.az));
  const go = live.filter((i) => !blockedAzs.has(i.az));
  const first = blocked[0];
  const protectionMessage = (i: Instance) =>
    `The instance '${i.id}' may not be terminated. Modify its '${i.disableApiTermination ? 'disableApiTermination' : 'disableApiStop'}' instance attribute and try again.`;
  if (first && go.length === 0) {
    refuse(first.disableApiTermination ? 'instance.terminate.protected' : 'instance.stop.protected', protectionMessage(first), {
      resources: [first.id],
    });
  }
  for (const i of blocked) {
    const sameAz = live.filter((x) => x.az === i.az && x.id !== i.id).map((x) => x.id);
    tx.event({
      type: 'notice',
      message: `OperationNotPermitted: ${protectionMessage(i)}${sameAz.length ? ` Instances in the same AZ (${i.az}) were not terminated either: ${sameAz.join(', ')}.` : ''}`,
      resourceId: i.id,
      data: { code: 'OperationNotPermitted', availabilityZone: i.az },
    });
  }
  for (const i of go) terminateInstance(tx, i.id);
  const done = instances.filter((i) => i.state === 'terminated' || go.includes(i));
  return { TerminatingInstances: done.map((i) => stateChange(i.id, i.state, tx.get('instances', i.id)?.state ?? i.state)) };
}

function guestShutdown(tx: Tx, p: Params) {
  const instance = findInstance(tx, p.str('InstanceId'));
  if (instance.state !== 'running') {
    refuse('instance.guest-shutdown.state', `The instance '${instance.id}' is ${instance.state}: only a running OS can shut down.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state },
    });
  }
  const behaviour = instance.rootDeviceType === 'instance-store' ? 'terminate' : instance.shutdownBehavior;
  tx.event({
    type: 'guest-shutdown',
    message: `The OS of ${instance.id} ran 'shutdown -h now'; InstanceInitiatedShutdownBehavior is '${behaviour}'${instance.rootDeviceType === 'instance-store' ? ' (instance-store-backed instances always terminate)' : ''}.`,
    resourceId: instance.id,
  });
  const options = { reason: `Client.InstanceInitiatedShutdown: Instance initiated shutdown`, stateReason: GUEST_SHUTDOWN };
  if (behaviour === 'terminate') {
    if (instance.disableApiTermination) {
      tx.event({
        type: 'notice',
        message: `Termination protection of ${instance.id} only guards the API: a shutdown from the OS with behaviour 'terminate' still terminates it.`,
        resourceId: instance.id,
      });
    }
    terminateInstance(tx, instance.id, options);
  } else {
    stopInstance(tx, instance.id, options);
  }
  return {
    InstanceId: instance.id,
    InstanceInitiatedShutdownBehavior: behaviour,
    PreviousState: sdkState(instance.state),
    CurrentState: sdkState(tx.get('instances', instance.id)?.state ?? instance.state),
  };
}

// --- attributes ---------------------------------------------------------------------------------------------

const ATTRIBUTE_NAMES = [
  'instanceType',
  'kernel',
  'ramdisk',
  'userData',
  'disableApiTermination',
  'instanceInitiatedShutdownBehavior',
  'rootDeviceName',
  'blockDeviceMapping',
  'productCodes',
  'sourceDestCheck',
  'groupSet',
  'ebsOptimized',
  'sriovNetSupport',
  'enaSupport',
  'enclaveOptions',
  'disableApiStop',
] as const;

type Change =
  | { kind: 'instanceType'; value: string }
  | { kind: 'userData'; value: string }
  | { kind: 'disableApiTermination' | 'disableApiStop' | 'sourceDestCheck' | 'ebsOptimized'; value: boolean }
  | { kind: 'instanceInitiatedShutdownBehavior'; value: string }
  | { kind: 'groupSet'; value: string[] }
  | { kind: 'blockDeviceMapping'; value: { device: string; deleteOnTermination: boolean }[] };

function attributeString(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  return p.obj(name).str('Value');
}

/** User data in ModifyInstanceAttribute: a base64 string (CLI/SDK on the wire) or raw bytes. */
function userDataValue(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'string' ? raw : p.obj(name).value('Value');
  if (typeof value === 'string') return decodeUserData(value, name);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value) && value.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) {
    return new TextDecoder().decode(Uint8Array.from(value as number[]));
  }
  return invalid(`${name}.Value`, value, 'User data must be base64-encoded text.');
}

function readChanges(p: Params): Change[] {
  const changes: Change[] = [];
  const type = attributeString(p, 'InstanceType');
  if (type !== undefined) changes.push({ kind: 'instanceType', value: type });
  const userData = userDataValue(p, 'UserData');
  if (userData !== undefined) changes.push({ kind: 'userData', value: userData });
  for (const [member, kind] of [
    ['DisableApiTermination', 'disableApiTermination'],
    ['DisableApiStop', 'disableApiStop'],
    ['SourceDestCheck', 'sourceDestCheck'],
    ['EbsOptimized', 'ebsOptimized'],
  ] as const) {
    const v = p.optBool(member);
    if (v !== undefined) changes.push({ kind, value: v });
  }
  const behaviour = attributeString(p, 'InstanceInitiatedShutdownBehavior');
  if (behaviour !== undefined) changes.push({ kind: 'instanceInitiatedShutdownBehavior', value: behaviour });
  const groups = p.optList('Groups');
  if (groups !== undefined) changes.push({ kind: 'groupSet', value: p.optStrList('Groups') ?? [] });
  const mappings = p.optObjList('BlockDeviceMappings');
  if (mappings) {
    changes.push({
      kind: 'blockDeviceMapping',
      value: mappings.map((m) => ({
        device: m.str('DeviceName'),
        deleteOnTermination: m.obj('Ebs').optBool('DeleteOnTermination') ?? false,
      })),
    });
  }
  const attribute = p.optEnum('Attribute', ATTRIBUTE_NAMES);
  if (attribute) {
    const value = p.optStr('Value');
    if (value === undefined) missing('Value');
    switch (attribute) {
      case 'instanceType':
      case 'instanceInitiatedShutdownBehavior':
        changes.push({ kind: attribute, value });
        break;
      case 'userData':
        changes.push({ kind: 'userData', value: decodeUserData(value, 'Value') });
        break;
      case 'disableApiTermination':
      case 'disableApiStop':
      case 'sourceDestCheck':
      case 'ebsOptimized':
        if (value !== 'true' && value !== 'false') invalid('Value', value, 'It must be true or false.');
        changes.push({ kind: attribute, value: value === 'true' });
        break;
      case 'groupSet':
        changes.push({ kind: 'groupSet', value: value.split(',').map((s) => s.trim()).filter(Boolean) });
        break;
      default:
        invalid('Attribute', attribute, 'This attribute cannot be modified in the lab.');
    }
  }
  return changes;
}

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

function modifyInstanceAttribute(tx: Tx, p: Params) {
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
  switch (change.kind) {
    case 'instanceType': {
      const type = getInstanceType(change.value);
      if (!type) {
        refuse('instance.modify.unknown-type', `Value (${change.value}) for parameter instanceType is invalid. Invalid instance type.`, {
          resources: [instance.id],
          scope: { kind: 'parameter', to: 'InstanceType' },
        });
      }
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
      break;
    }
    case 'userData': {
      requireStopped(instance);
      tx.update('instances', instance.id, { userData: change.value });
      const bytes = new TextEncoder().encode(change.value).length;
      attributeEvent(
        tx,
        instance,
        'userData',
        `User data of ${instance.id} replaced (${bytes} bytes): after the next start the OS reads it at /latest/user-data (by default cloud-init runs user data scripts only at an instance's first boot).`,
      );
      break;
    }
    case 'ebsOptimized':
      requireStopped(instance);
      tx.update('instances', instance.id, { ebsOptimized: change.value });
      attributeEvent(tx, instance, 'ebsOptimized', `EBS optimization of ${instance.id} is now ${change.value ? 'on' : 'off'}.`, String(instance.ebsOptimized), String(change.value));
      break;
    case 'disableApiTermination':
      if (change.value && instance.market) {
        refuse('instance.protection.spot', `Modifying 'disableApiTermination' is not supported for spot instances.`, {
          resources: [instance.id],
        });
      }
      tx.update('instances', instance.id, { disableApiTermination: change.value });
      attributeEvent(
        tx,
        instance,
        'disableApiTermination',
        `Termination protection of ${instance.id} is now ${change.value ? 'on' : 'off'}.`,
        String(instance.disableApiTermination),
        String(change.value),
      );
      break;
    case 'disableApiStop':
      if (change.value && instance.market) {
        refuse('instance.stop-protection.unsupported', `Modifying 'disableApiStop' is not supported for spot instances.`, {
          resources: [instance.id],
        });
      }
      if (change.value && instance.rootDeviceType === 'instance-store') {
        refuse('instance.stop-protection.unsupported', `Stop protection is not supported for instance-store-backed instance '${instance.id}'.`, {
          resources: [instance.id],
        });
      }
      tx.update('instances', instance.id, { disableApiStop: change.value });
      attributeEvent(
        tx,
        instance,
        'disableApiStop',
        `Stop protection of ${instance.id} is now ${change.value ? 'on' : 'off'}.`,
        String(instance.disableApiStop),
        String(change.value),
      );
      break;
    case 'instanceInitiatedShutdownBehavior': {
      if (change.value !== 'stop' && change.value !== 'terminate') {
        invalid('InstanceInitiatedShutdownBehavior', change.value, 'Valid values: stop, terminate.');
      }
      tx.update('instances', instance.id, { shutdownBehavior: change.value });
      attributeEvent(
        tx,
        instance,
        'instanceInitiatedShutdownBehavior',
        `Shutdown behaviour of ${instance.id} is now '${change.value}': a shutdown from inside the OS will ${change.value === 'terminate' ? 'terminate' : 'stop'} it.`,
        instance.shutdownBehavior,
        change.value,
      );
      break;
    }
    case 'sourceDestCheck': {
      const eth0 = singleEni(tx, instance);
      tx.update('networkInterfaces', eth0.id, { sourceDestCheck: change.value });
      attributeEvent(
        tx,
        instance,
        'sourceDestCheck',
        `Source/destination check of ${instance.id} (${eth0.id}) is now ${change.value ? 'on' : 'off'}${change.value ? '' : ': it can forward traffic that is not addressed to it (NAT, router)'}.`,
        String(eth0.sourceDestCheck),
        String(change.value),
      );
      break;
    }
    case 'groupSet': {
      const eth0 = singleEni(tx, instance);
      if (change.value.length === 0) {
        refuse('eni.groups.at-least-one', 'The request must contain the parameter groupId (at least one security group).', {
          resources: [instance.id],
        });
      }
      const groupIds = resolveGroupIds(tx, eth0.vpcId, change.value, undefined, { launch: false });
      tx.update('networkInterfaces', eth0.id, { groupIds });
      attributeEvent(tx, instance, 'groupSet', `Security groups of ${instance.id} (${eth0.id}) are now ${groupIds.join(', ')}.`, eth0.groupIds.join(','), groupIds.join(','));
      break;
    }
    case 'blockDeviceMapping':
      for (const m of change.value) {
        if (!setDeleteOnTermination(tx, instance, m.device, m.deleteOnTermination)) {
          invalid('BlockDeviceMappings.DeviceName', m.device, `No EBS volume is attached to ${instance.id} at ${m.device}.`);
        }
      }
      break;
  }
  return {};
}

function describeInstanceAttribute(tx: Tx, p: Params) {
  const instance = findInstance(tx, p.str('InstanceId'));
  const attribute = p.enum('Attribute', ATTRIBUTE_NAMES);
  const eth0 = primaryEni(tx, instance.id);
  const base = { InstanceId: instance.id };
  switch (attribute) {
    case 'instanceType':
      return { ...base, InstanceType: { Value: instance.instanceType } };
    case 'userData':
      return { ...base, UserData: instance.userData !== undefined ? { Value: encodeUserData(instance.userData) } : {} };
    case 'disableApiTermination':
      return { ...base, DisableApiTermination: { Value: instance.disableApiTermination } };
    case 'disableApiStop':
      return { ...base, DisableApiStop: { Value: instance.disableApiStop } };
    case 'instanceInitiatedShutdownBehavior':
      return { ...base, InstanceInitiatedShutdownBehavior: { Value: instance.shutdownBehavior } };
    case 'rootDeviceName':
      return { ...base, RootDeviceName: { Value: instance.rootDeviceName } };
    case 'blockDeviceMapping':
      return { ...base, BlockDeviceMappings: instanceBlockDeviceMappings(tx, instance) };
    case 'sourceDestCheck':
      return { ...base, SourceDestCheck: { Value: eth0?.sourceDestCheck ?? true } };
    case 'groupSet':
      return { ...base, Groups: eth0 ? sdkGroups(tx, eth0.groupIds) : [] };
    case 'ebsOptimized':
      return { ...base, EbsOptimized: { Value: instance.ebsOptimized } };
    case 'productCodes':
      return { ...base, ProductCodes: sdkProductCodes(tx.get('images', instance.imageId)) };
    case 'enaSupport':
      return { ...base, EnaSupport: { Value: true } };
    case 'sriovNetSupport':
      return { ...base, SriovNetSupport: {} };
    case 'enclaveOptions':
      return { ...base, EnclaveOptions: { Enabled: false } };
    default:
      return { ...base, [attribute === 'kernel' ? 'KernelId' : 'RamdiskId']: {} };
  }
}

function modifyInstanceMetadataOptions(tx: Tx, p: Params) {
  const instance = findInstance(tx, p.str('InstanceId'));
  const options = readMetadataOptions(p, instance.metadataOptions);
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    refuse('instance.metadata.state', `The instance '${instance.id}' is not in a state from which its metadata options can be modified.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state },
    });
  }
  tx.update('instances', instance.id, { metadataOptions: options });
  tx.event({
    type: 'metadata-options',
    message: `Metadata options of ${instance.id}: HttpTokens ${options.HttpTokens}, HttpEndpoint ${options.HttpEndpoint}, hop limit ${options.HttpPutResponseHopLimit} (pending → applied).`,
    resourceId: instance.id,
    from: 'pending',
    to: 'applied',
  });
  return { InstanceId: instance.id, InstanceMetadataOptions: { ...options } };
}

function describeInstances(tx: Tx, p: Params) {
  const ids = p.optStrList('InstanceIds');
  const list = ids
    ? [...new Set(ids)].map((id) => findInstance(tx, id))
    : tx.visible('instances').filter((i) => stillVisible(tx, i));
  const eth0 = (i: Instance) => primaryEni(tx, i.id);
  const primaryIp = (i: Instance) => eth0(i)?.privateIps.find((ip) => ip.primary)?.address;
  const filtered = applyFilters(list, p, {
    'instance-id': (i) => i.id,
    'instance-state-name': (i) => i.state,
    'instance-state-code': (i) => String(STATE_CODES[i.state]),
    'subnet-id': (i) => i.subnetId,
    'vpc-id': (i) => i.vpcId,
    'availability-zone': (i) => i.az,
    'instance-type': (i) => i.instanceType,
    'image-id': (i) => i.imageId,
    'reservation-id': (i) => i.reservationId,
    'key-name': (i) => i.keyName,
    'owner-id': (i) => i.ownerId,
    'tenancy': (i) => i.placement.tenancy,
    'root-device-type': (i) => i.rootDeviceType,
    'instance-lifecycle': (i) => (i.market ? 'spot' : undefined),
    'private-ip-address': (i) => primaryIp(i),
    'private-dns-name': (i) => {
      const ip = primaryIp(i);
      return ip ? privateDnsName(i.region, ip) : undefined;
    },
    'ip-address': (i) => instancePublicIp(tx, i),
    'dns-name': (i) => {
      const ip = instancePublicIp(tx, i);
      const vpc = tx.get('vpcs', i.vpcId);
      return ip && vpc && hasPublicDnsName(vpc) ? publicDnsName(i.region, ip) : undefined;
    },
    'instance.group-id': (i) => eth0(i)?.groupIds ?? [],
    'group-id': (i) => eth0(i)?.groupIds ?? [],
    'network-interface.network-interface-id': (i) => instanceEnis(tx, i.id).map((e) => e.id),
    'network-interface.addresses.private-ip-address': (i) =>
      instanceEnis(tx, i.id).flatMap((e) => e.privateIps.map((ip) => ip.address)),
    'network-interface.subnet-id': (i) => instanceEnis(tx, i.id).map((e) => e.subnetId),
    'iam-instance-profile.arn': (i) => i.iamInstanceProfile?.arn,
    'placement-group-name': (i) => i.placement.groupName,
    'host-id': (i) => i.placement.hostId,
  }, (i) => toSdkInstance(tx, i));
  const byReservation = new Map<string, Instance[]>();
  for (const i of filtered) {
    const group = byReservation.get(i.reservationId) ?? [];
    group.push(i);
    byReservation.set(i.reservationId, group);
  }
  return {
    Reservations: [...byReservation.entries()].map(([id, instances]) => toSdkReservation(tx, id, instances)),
  };
}

export const INSTANCE_ACTIONS = defineActions([
  {
    type: 'ec2:RunInstances',
    summary: 'Launch instances from an AMI into a subnet, with their network interfaces and addresses.',
    run: runInstances,
  },
  {
    type: 'ec2:DescribeInstances',
    summary: 'List instances by reservation (terminated ones stay visible for about an hour).',
    run: describeInstances,
    read: true,
  },
  { type: 'ec2:StartInstances', summary: 'Start stopped instances (new host, new dynamic public IPv4).', run: startInstances },
  {
    type: 'ec2:StopInstances',
    summary: 'Stop (or hibernate) EBS-backed instances; the dynamic public IPv4 is released.',
    run: stopInstances,
  },
  { type: 'ec2:RebootInstances', summary: 'Reboot running instances on the same host, keeping every address.', run: rebootInstances },
  {
    type: 'ec2:TerminateInstances',
    summary: 'Terminate instances (refused by termination or stop protection).',
    run: terminateInstances,
  },
  {
    type: 'ec2:ModifyInstanceAttribute',
    summary: 'Change one instance attribute: type (when stopped), protection, shutdown behaviour, groups, source/dest check.',
    run: modifyInstanceAttribute,
  },
  {
    type: 'ec2:DescribeInstanceAttribute',
    summary: 'Read one instance attribute.',
    run: describeInstanceAttribute,
    read: true,
  },
  {
    type: 'ec2:ModifyInstanceMetadataOptions',
    summary: 'Change IMDS options (IMDSv2 required, endpoint, hop limit) of a running or stopped instance.',
    run: modifyInstanceMetadataOptions,
  },
  {
    type: 'sim:GuestShutdown',
    summary: "The OS runs 'shutdown -h now': the shutdown behaviour decides stop or terminate.",
    run: guestShutdown,
  },
]);
