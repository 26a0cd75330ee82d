import { STATE_CODES, type Instance, type StatusChecks } from '../model/instances';
import { isoAt } from '../time';

/** The SDK `InstanceStatus` of an instance (DescribeInstanceStatus): its system and instance checks. */

type CheckView = { Status: string; Details: { Name: 'reachability'; Status: string; ImpairedSince?: string }[] };

function checkView(running: boolean, value: StatusChecks['system'], since: number | undefined): CheckView {
  if (!running) return { Status: 'not-applicable', Details: [] };
  if (value === 'impaired') {
    return { Status: 'impaired', Details: [{ Name: 'reachability', Status: 'failed', ...(since !== undefined ? { ImpairedSince: isoAt(since) } : {}) }] };
  }
  if (value === 'initializing') return { Status: 'initializing', Details: [{ Name: 'reachability', Status: 'initializing' }] };
  return { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] };
}

/** The attached-EBS check (filter `attached-ebs-status.status`): the lab never impairs a volume, so it passes while running. */
export function attachedEbsStatus(instance: Instance): string {
  return checkView(instance.state === 'running', 'ok', undefined).Status;
}

export function toSdkStatus(instance: Instance) {
  const running = instance.state === 'running';
  return {
    InstanceId: instance.id,
    AvailabilityZone: instance.az,
    InstanceState: { Code: STATE_CODES[instance.state], Name: instance.state },
    SystemStatus: checkView(running, instance.status.system, instance.status.impairedSince),
    InstanceStatus: checkView(running, instance.status.instance, instance.status.instanceImpairedSince),
    Events: [],
  };
}
