import { getInstanceType } from '../../catalog/instance-types';
import { mustFind } from '../../lookup';
import { STATE_CODES, type Instance } from '../../model/instances';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { newPhysicalHostId } from '../../hardware';
import { attachedEbsStatus, toSdkStatus } from '../../shapes/status-checks';
import { defineActions } from '../../action-def';
import { derived } from '../../memo';
import type { World } from '../../model/world';
import { zoneIdOf } from '../../zone-param';

/**
 * Status checks and recovery (rules 77–79).
 *
 * EC2 runs two checks every minute on a running instance: the *system* check (the AWS host: power, network,
 * host software and hardware; fixed by a stop/start onto new hardware, or by recovery) and the *instance* check
 * (the guest OS: file system, networking, kernel; fixed by a reboot or by repairing the OS). Any failed check makes
 * the status `impaired`; instances that do not run have `not-applicable` checks.
 *
 * Lab choices:
 * - Launches and starts are settled: the checks of a running instance are `ok` at once (AWS shows `initializing`
 *   for the first minutes).
 * - Failures only happen on request (sim:FailSystemStatusCheck / sim:FailInstanceStatusCheck).
 * - Recovery happens through a CloudWatch alarm with `arn:aws:automate:<region>:ec2:recover`, as the course
 *   teaches. Simplified automatic recovery (AWS's default for supported types) is modelled but off until
 *   ec2:ModifyInstanceMaintenanceOptions sets `AutoRecovery: 'default'`; it then recovers a supported instance whose
 *   system check has failed for SIMPLIFIED_RECOVERY_DELAY seconds.
 */

/** How long a system check stays failed before simplified automatic recovery acts (two failed 1-minute checks). */
export const SIMPLIFIED_RECOVERY_DELAY = 120;
/** Recovery attempts allowed per instance in a rolling day. */
export const MAX_RECOVERIES_PER_DAY = 3;
const DAY = 86_400;

const SYSTEM_CAUSES = ['power', 'network', 'host-software', 'host-hardware'] as const;
const INSTANCE_CAUSES = ['file-system', 'networking', 'kernel'] as const;

const SYSTEM_TEXT: Record<(typeof SYSTEM_CAUSES)[number], string> = {
  power: 'lost system power',
  network: 'lost network connectivity',
  'host-software': 'has a host software issue',
  'host-hardware': 'has a host hardware issue',
};
const INSTANCE_TEXT: Record<(typeof INSTANCE_CAUSES)[number], string> = {
  'file-system': 'a corrupted file system',
  networking: 'incorrect instance networking',
  kernel: 'an OS kernel issue',
};

/** Can this instance be recovered at all (CloudWatch recover action)? Undefined when it can; else why not. */
export function recoverUnsupportedReason(instance: Instance): string | undefined {
  const type = getInstanceType(instance.instanceType);
  if (instance.placement.tenancy === 'host') return 'it runs on a Dedicated Host (tenancy host)';
  if (!type) return `its instance type ${instance.instanceType} is unknown`;
  if (!type.cloudWatchRecoverSupported) {
    return type.instanceStore
      ? `${type.name} has instance store volumes, whose data lives on the failed host`
      : `${type.name} does not support recovery`;
  }
  if (instance.rootDeviceType !== 'ebs') return 'its root device is an instance store volume';
  return undefined;
}

/**
 * Move a running instance whose host failed onto new hardware, in the same AZ and subnet: same instance id,
 * private IPv4s, Elastic IPs, public IPv4 and metadata, through a reboot (RAM is lost). At most three times a day.
 */
export function recoverInstance(tx: Tx, instanceId: string, trigger: string): boolean {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state !== 'running') {
    tx.event({
      type: 'recovery-failed',
      message: `Recovery of ${instanceId} did not run: only running instances can be recovered (it is ${instance?.state ?? 'gone'}).`,
      resourceId: instanceId,
    });
    return false;
  }
  const recent = instance.recoveries.filter((t) => t > tx.now - DAY);
  if (recent.length >= MAX_RECOVERIES_PER_DAY) {
    tx.event({
      type: 'recovery-failed',
      message: `Recovery of ${instance.id} refused: it was already recovered ${recent.length} times in the last 24 hours (limit ${MAX_RECOVERIES_PER_DAY}). Stop and start it, or replace it.`,
      resourceId: instance.id,
    });
    return false;
  }
  const from = instance.physicalHostId;
  const to = newPhysicalHostId(tx);
  tx.update('instances', instance.id, {
    physicalHostId: to,
    status: { system: 'ok', instance: 'ok' },
    recoveries: [...recent, tx.now],
  });
  const storeLost = instance.instanceStore.length > 0 || getInstanceType(instance.instanceType)?.instanceStore !== undefined;
  tx.event({
    type: 'instance-recovered',
    message: `${trigger}: instance ${instance.id} moved to host ${to} (from ${from}) in ${instance.az}, subnet ${instance.subnetId}. It keeps its instance id, private IPv4s, Elastic IPs, public IPv4 and metadata; the move rebooted it, so RAM was lost${storeLost ? ', and so was its instance store data' : ''}.`,
    resourceId: instance.id,
    from,
    to,
  });
  return true;
}

/** Running instances with a failed system check that simplified automatic recovery would recover (once due). */
function recoverable(instances: World['instances']): readonly Instance[] {
  return instances.values().filter((i) => {
    if (i.autoRecovery !== 'default' || i.state !== 'running' || i.status.system !== 'impaired') return false;
    return !!getInstanceType(i.instanceType)?.autoRecoverySupported && i.placement.tenancy !== 'host' && i.rootDeviceType === 'ebs';
  });
}

/** Instances whose simplified automatic recovery is due now, and the next time one will be (for sim:AdvanceTime). */
export function simplifiedRecoveryCandidates(tx: Tx): { due: string[]; next?: number } {
  const due: string[] = [];
  let next: number | undefined;
  for (const i of derived(tx.table('instances'), recoverable)) {
    if (i.recoveries.filter((t) => t > tx.now - DAY).length >= MAX_RECOVERIES_PER_DAY) continue;
    const at = (i.status.impairedSince ?? tx.now) + SIMPLIFIED_RECOVERY_DELAY;
    if (at <= tx.now) due.push(i.id);
    else if (next === undefined || at < next) next = at;
  }
  return { due: due.sort(), ...(next !== undefined ? { next } : {}) };
}

function requireRunning(instance: Instance): void {
  if (instance.state !== 'running') {
    refuse('status.not-running', `The instance '${instance.id}' is ${instance.state}: status checks only run on running instances.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state, to: 'running' },
    });
  }
}

function describeInstanceStatus(tx: Tx, p: Params) {
  const ids = p.optStrList('InstanceIds');
  const includeAll = p.optBool('IncludeAllInstances') ?? false;
  const instances = ids
    ? ids.map((id) => mustFind(tx, 'instances', id))
    : tx.visible('instances').filter((i) => i.state !== 'terminated' || (i.terminatedAt ?? 0) > tx.now - 3600);
  const shown = instances.filter((i) => includeAll || i.state === 'running');
  const filtered = applyFilters(shown, p, {
    'availability-zone': (i) => i.az,
    'availability-zone-id': (i) => zoneIdOf(tx, i.region, i.az),
    'instance-state-name': (i) => i.state,
    'instance-state-code': (i) => STATE_CODES[i.state],
    'system-status.status': (i) => toSdkStatus(i).SystemStatus.Status,
    'instance-status.status': (i) => toSdkStatus(i).InstanceStatus.Status,
    'system-status.reachability': (i) => toSdkStatus(i).SystemStatus.Details[0]?.Status,
    'instance-status.reachability': (i) => toSdkStatus(i).InstanceStatus.Details[0]?.Status,
    'attached-ebs-status.status': attachedEbsStatus,
  }, toSdkStatus);
  return { InstanceStatuses: filtered.map(toSdkStatus) };
}

function failSystemStatusCheck(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const cause = p.optEnum('Cause', SYSTEM_CAUSES) ?? 'host-hardware';
  requireRunning(instance);
  tx.update('instances', instance.id, {
    status: { ...instance.status, system: 'impaired', systemCause: cause, impairedSince: tx.now },
  });
  tx.event({
    type: 'status-check',
    message: `The EC2 host ${instance.physicalHostId} under ${instance.id} ${SYSTEM_TEXT[cause]}: the system status check is impaired. It needs AWS (new hardware): stop and start the instance, or let a CloudWatch recover alarm move it. A reboot stays on the same host.`,
    resourceId: instance.id,
    from: 'ok',
    to: 'impaired',
    data: { check: 'system', cause },
  });
  return { InstanceId: instance.id, SystemStatus: 'impaired', Cause: cause };
}

function failInstanceStatusCheck(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const cause = p.optEnum('Cause', INSTANCE_CAUSES) ?? 'kernel';
  requireRunning(instance);
  tx.update('instances', instance.id, {
    status: { ...instance.status, instance: 'impaired', instanceCause: cause, instanceImpairedSince: tx.now },
  });
  tx.event({
    type: 'status-check',
    message: `The OS of ${instance.id} has ${INSTANCE_TEXT[cause]}: the instance status check is impaired. It is yours to fix: reboot the instance or repair the OS; the host is fine.`,
    resourceId: instance.id,
    from: 'ok',
    to: 'impaired',
    data: { check: 'instance', cause },
  });
  return { InstanceId: instance.id, InstanceStatus: 'impaired', Cause: cause };
}

function modifyInstanceMaintenanceOptions(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const autoRecovery = p.optEnum('AutoRecovery', ['default', 'disabled'] as const);
  if (autoRecovery) {
    tx.update('instances', instance.id, { autoRecovery });
    const supported = getInstanceType(instance.instanceType)?.autoRecoverySupported ?? false;
    tx.event({
      type: 'attribute',
      message:
        autoRecovery === 'default'
          ? supported
            ? `Simplified automatic recovery is on for ${instance.id}: a system check failing for ${SIMPLIFIED_RECOVERY_DELAY / 60} minutes moves it to new hardware.`
            : `AutoRecovery 'default' set on ${instance.id}, but ${instance.instanceType} does not support simplified automatic recovery (instance store or bare metal): nothing will happen.`
          : `Simplified automatic recovery is off for ${instance.id}.`,
      resourceId: instance.id,
    });
  }
  return { InstanceId: instance.id, AutoRecovery: autoRecovery ?? instance.autoRecovery ?? 'disabled' };
}

export const STATUS_CHECK_ACTIONS = defineActions([
  {
    type: 'ec2:DescribeInstanceStatus',
    summary: 'System and instance status checks of running instances (all instances with IncludeAllInstances).',
    run: describeInstanceStatus,
    read: true,
  },
  {
    type: 'sim:FailSystemStatusCheck',
    summary: 'Break the AWS host under an instance (power, network, host software or hardware): system check impaired.',
    run: failSystemStatusCheck,
  },
  {
    type: 'sim:FailInstanceStatusCheck',
    summary: 'Break the guest OS of an instance (file system, networking, kernel): instance check impaired.',
    run: failInstanceStatusCheck,
  },
  {
    type: 'ec2:ModifyInstanceMaintenanceOptions',
    summary: "Turn simplified automatic recovery on ('default') or off ('disabled') for an instance.",
    run: modifyInstanceMaintenanceOptions,
  },
]);
