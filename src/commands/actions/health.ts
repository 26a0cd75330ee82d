/** Health: status checks and the failures behind them, maintenance, CloudWatch alarms, zone failures. */
import { fixed, instanceField, select, str, zoneDefault } from '../forms/fields';
import { zoneOptions } from '../forms/options';
import { button, family } from './types';

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
  {
    type: 'sim:FailAvailabilityZone',
    label: 'Fail an Availability Zone',
    form: {
      submitLabel: 'Fail the zone',
      fields: [select('AvailabilityZone', 'Availability Zone', zoneOptions, zoneDefault, { help: 'A drill: every instance there stops answering and nothing launches there until you restore it.' })],
      toParams: (v) => ({ AvailabilityZone: str(v.AvailabilityZone) }),
    },
    buttons: [button('az', { label: 'Fail this Availability Zone', danger: true, when: (z) => !z.failed, params: (_, id) => ({ AvailabilityZone: id }) })],
  },
  {
    type: 'sim:RestoreAvailabilityZone',
    label: 'Restore an Availability Zone',
    form: {
      submitLabel: 'Restore the zone',
      fields: [select('AvailabilityZone', 'Availability Zone', zoneOptions, zoneDefault)],
      toParams: (v) => ({ AvailabilityZone: str(v.AvailabilityZone) }),
    },
    buttons: [button('az', { label: 'Restore this Availability Zone', when: (z) => z.failed, params: (_, id) => ({ AvailabilityZone: id }) })],
  },
]);
