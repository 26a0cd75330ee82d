/** Health: status checks and the failures behind them, maintenance, CloudWatch alarms, zone failures. */
import { fixed, instanceField, select, str } from '../forms/fields';
import { family } from './types';

export const HEALTH_ACTIONS = family('Health', [
  'ec2:DescribeInstanceStatus',
  {
    type: 'sim:FailSystemStatusCheck',
    label: 'Fail the system status check',
    form: {
      submitLabel: 'Break the host',
      fields: [
        instanceField(),
        select('Cause', 'Cause', fixed(['power', 'network', 'host-software', 'host-hardware']), () => 'host-hardware'),
      ],
      toParams: (v) => ({ InstanceId: str(v.InstanceId), Cause: str(v.Cause) }),
    },
  },
  {
    type: 'sim:FailInstanceStatusCheck',
    label: 'Fail the instance status check',
    form: {
      submitLabel: 'Break the OS',
      fields: [instanceField(), select('Cause', 'Cause', fixed(['file-system', 'networking', 'kernel']), () => 'kernel')],
      toParams: (v) => ({ InstanceId: str(v.InstanceId), Cause: str(v.Cause) }),
    },
  },
  'ec2:ModifyInstanceMaintenanceOptions',
  { type: 'cloudwatch:PutMetricAlarm', label: 'Create CloudWatch alarm' },
  'cloudwatch:DescribeAlarms',
  'cloudwatch:DeleteAlarms',
  'sim:FailAvailabilityZone',
  'sim:RestoreAvailabilityZone',
]);
