import { STATE_CODES, type Instance, type InstanceStateName } from '../../model/instances';
import { eipsOnEni, findInstance, instanceEnis, primaryEni } from '../../net/interfaces';
import { assignDynamicIp, disassociateEip, instancePublicIp, releaseDynamicIp } from '../../net/public-ips';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { modifyInstanceAttribute } from './attributes';
import { describeInstanceAttribute, describeInstances } from './describe';
import { isoAt } from '../../time';
import { primaryPrivateIp } from '../../net/dns';
import { readMetadataOptions } from '../../metadata-options';
import { onReboot, onStart, onStop, onTerminate } from '../hooks/lifecycle';
import { defineActions } from '../../action-def';
import { attachedVolumeList } from '../../net/attached';


/**
 * The instance state machine (rules 47–56): start, stop (and hibernate), reboot, terminate, OS-level shutdown and
 * the metadata options (attributes: attributes.ts; DescribeInstances: describe.ts). Accepted
 * actions leave instances settled; `events` narrate the transitional states and what happened to the public IPv4
 * on the way.
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
  const eth0 = primaryEni(tx, instance.id);
  const lastAddress = instancePublicIp(tx, instance) ?? (eth0 ? primaryPrivateIp(eth0) : undefined);
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
    ...(lastAddress !== undefined ? { lastAddress } : {}),
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
    const booted = i.state === 'running' || i.rootDeviceType !== 'ebs';
    if (!booted && !attachedVolumeList(tx, i.id).some((v) => v.attachment?.device === i.rootDeviceName)) {
      refuse('instance.start.no-root-volume', `The instance '${i.id}' has no volume attached at its root device ${i.rootDeviceName}, so it cannot be started.`, {
        resources: [i.id],
        fix: `Attach a volume to ${i.id} as ${i.rootDeviceName} (AttachVolume Device ${i.rootDeviceName}), then start it.`,
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

export const INSTANCE_ACTIONS = defineActions([
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
