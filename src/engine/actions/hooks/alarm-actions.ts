import type { MetricAlarm } from '../../model/health';
import type { Instance } from '../../model/instances';
import { isoAt } from '../../time';
import type { Tx } from '../../tx';
import type { Ec2Action } from '../health/alarms';
import { recoverInstance } from '../health/status-checks';
import { rebootInstance, stopInstance, terminateInstance } from '../instances/instances';

/**
 * An alarm's EC2 action (`arn:aws:automate:<region>:ec2:recover|reboot|stop|terminate`) reaching the instance it
 * watches: the health family drives the instance family's transitions here, as the lifecycle hooks do.
 */
export function runAlarmEc2Action(tx: Tx, alarm: MetricAlarm, instance: Instance, action: Ec2Action): void {
  const current = tx.get('instances', instance.id) ?? instance;
  const say = (message: string) => tx.event({ type: 'alarm-action', message, resourceId: current.id, data: { alarm: alarm.name, action } });
  if (current.state !== 'running') {
    say(`Alarm ${alarm.name}: EC2 action '${action}' skipped, ${current.id} is ${current.state}.`);
    return;
  }
  switch (action) {
    case 'recover':
      if (current.status.system !== 'impaired') {
        say(`Alarm ${alarm.name}: recover only helps when the system status check fails (the AWS host). ${current.id}'s host is fine; a failed instance check needs a reboot.`);
        return;
      }
      recoverInstance(tx, current.id, `Alarm ${alarm.name} (recover)`);
      return;
    case 'reboot':
      say(`Alarm ${alarm.name}: EC2 reboots ${current.id}.`);
      rebootInstance(tx, current.id);
      return;
    case 'stop':
      if (current.rootDeviceType !== 'ebs') {
        say(`Alarm ${alarm.name}: ${current.id} has an instance-store root and cannot be stopped.`);
        return;
      }
      say(`Alarm ${alarm.name}: EC2 stops ${current.id}.`);
      stopInstance(tx, current.id, { reason: `Alarm ${alarm.name} stop action (${isoAt(tx.now)})` });
      return;
    case 'terminate':
      if (current.disableApiTermination) {
        say(`Alarm ${alarm.name}: ${current.id} has termination protection; the terminate action failed.`);
        return;
      }
      say(`Alarm ${alarm.name}: EC2 terminates ${current.id}.`);
      terminateInstance(tx, current.id, { reason: `Alarm ${alarm.name} terminate action (${isoAt(tx.now)})` });
      return;
  }
}
