import type { Check } from './check';
import { goal, historyEvents, resourceCount, responseSeen } from '../goals';
import type { GoalContext, HistoryEntry } from '../types';

/** Instances the learner broke with this sim action. */
function broken(history: readonly HistoryEntry[], type: 'sim:FailSystemStatusCheck' | 'sim:FailInstanceStatusCheck'): Set<string> {
  return new Set(history.filter((h) => h.ok && h.action.type === type).map((h) => String(h.action.params?.InstanceId)));
}

/** A system-check failure fixed by the learner's own stop and start. */
function fixedByStopStart({ world, history }: GoalContext): boolean {
  const failed = new Set<string>();
  const stoppedAfter = new Set<string>();
  for (const { event, entry } of historyEvents(history)) {
    if (entry.action.type === 'sim:FailSystemStatusCheck' && event.resourceId) failed.add(event.resourceId);
    if (event.type !== 'instance-state' || !event.resourceId || !failed.has(event.resourceId)) continue;
    if (event.to === 'stopped') stoppedAfter.add(event.resourceId);
    if (event.to === 'running' && stoppedAfter.has(event.resourceId)) {
      const i = world.instances.get(event.resourceId);
      if (i?.state === 'running' && i.status.system === 'ok') return true;
    }
  }
  return false;
}

export const statusChecksChecks = {
  "status-checks/read-both-status-checks-healthy-instance": (responseSeen(
          'ec2:DescribeInstanceStatus',
          (r) => (r.InstanceStatuses ?? []).some((s: any) => s.SystemStatus?.Status === 'ok' && s.InstanceStatus?.Status === 'ok'),
          'You read both status checks of a healthy instance',
        )).test,
  "status-checks/instance-whose-instance-check-failed-healthy": (goal('An instance whose instance check failed is healthy again', ({ world, history }) =>
          [...broken(history, 'sim:FailInstanceStatusCheck')].some((id) => {
            const i = world.instances.get(id);
            return i?.state === 'running' && i.status.instance === 'ok';
          }),
        )).test,
  "status-checks/alarm-recovers-instance-when-system-check": (resourceCount('alarms', {
          where: (a) => a.metricName === 'StatusCheckFailed_System' && a.alarmActions.some((arn) => arn.endsWith(':ec2:recover')),
          label: 'An alarm recovers an instance when its system check fails',
        })).test,
  "status-checks/recovered-instance-kept-elastic-ip": (goal('The recovered instance kept its Elastic IP', ({ world, history }) => {
          const recovered = historyEvents(history).filter((x) => x.event.type === 'instance-recovered').map((x) => x.event.resourceId);
          return recovered.some((id) => !!id && world.addresses.values().some((a) => a.association && world.networkInterfaces.get(a.association.networkInterfaceId)?.attachment?.instanceId === id));
        })).test,
  "status-checks/instance-whose-host-failed-runs-healthy": (goal('An instance whose host failed runs on healthy hardware after your stop and start', fixedByStopStart)).test,
} satisfies Record<string, Check>;
