import { recoverAlarmParams } from '../../engine';
import { builtInLab } from '../authoring/built-in';
import type { LabAction } from '../types';
import { advance, defaultVpcStart, launch, start, stop } from './common';

function recoverAlarm(name: string, instance: string, refused?: LabAction['refused']): LabAction {
  return {
    type: 'cloudwatch:PutMetricAlarm',
    params: recoverAlarmParams(name, { ref: instance }),
    ...(refused ? { refused } : {}),
    note: `Create a recover alarm for ${instance}.`,
  };
}

export const statusChecks = builtInLab({
  id: 'status-checks',
  title: 'Status checks and an auto-recovery drill',
  sections: ['Instance Status Checks and Autorecovery', 'System Status Checks', 'Instance Status Checks', 'Handling Failed Status Checks', 'Manually', 'Automatically'],
  summary: [
    'Break an instance’s OS, then its host, and fix each the right way.',
    'Let a CloudWatch alarm recover a server, and find out why instance store rules recovery out.',
  ],
  minutes: 20,
  start: defaultVpcStart(
    ['a'],
    launch('web', { subnet: 'subnetA', note: 'A web server (EBS only).' }),
    { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId' }, note: 'Its Elastic IP.' },
    { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'web' } }, note: 'Associated.' },
    launch('cache', { subnet: 'subnetA', type: 'c5d.large', note: 'A cache on c5d.large, with instance store.' }),
  ),
  steps: [
    {
      id: 'read',
      title: 'Two checks',
      instruction: 'Read the status checks of your instances.',
      goals: [{ kind: 'check', check: 'status-checks/read-both-status-checks-healthy-instance', label: "You read both status checks of a healthy instance" }],
      hints: ['ec2:DescribeInstanceStatus.', 'Each instance has a SystemStatus and an InstanceStatus.'],
      why: 'Every minute EC2 runs two checks. The system check tests what AWS runs: power, network, host software and hardware. The instance check tests your OS: file system, network setup, kernel.',
      solution: [{ type: 'ec2:DescribeInstanceStatus', params: {}, note: 'Read the checks.' }],
    },
    {
      id: 'instance-check',
      title: 'A broken OS',
      instruction: 'Corrupt web’s file system (sim:FailInstanceStatusCheck), then make the instance healthy again.',
      goals: [
        { kind: 'check', check: 'status-checks/instance-whose-instance-check-failed-healthy', label: "An instance whose instance check failed is healthy again" },
      ],
      hints: ['sim:FailInstanceStatusCheck with Cause "file-system".', 'It is your OS that is broken: a reboot (ec2:RebootInstances) is the first fix.'],
      why: 'An instance-check failure is inside your OS, so you fix it: reboot, or repair the configuration. AWS cannot do it for you.',
      solution: [
        { type: 'sim:FailInstanceStatusCheck', params: { InstanceId: { ref: 'web' }, Cause: 'file-system' }, note: 'Break web’s file system.' },
        { type: 'ec2:RebootInstances', params: { InstanceIds: [{ ref: 'web' }] }, note: 'Reboot it.' },
      ],
    },
    {
      id: 'alarm',
      title: 'An alarm that recovers',
      instruction: 'Create a CloudWatch alarm that recovers web when its system check fails.',
      goals: [
        { kind: 'check', check: 'status-checks/alarm-recovers-instance-when-system-check', label: "An alarm recovers an instance when its system check fails" },
      ],
      hints: [
        'cloudwatch:PutMetricAlarm on MetricName StatusCheckFailed_System, Namespace AWS/EC2, with the InstanceId dimension.',
        'AlarmActions: ["arn:aws:automate:us-east-1:ec2:recover"].',
      ],
      why: 'The alarm watches the system check and calls EC2’s recover action: the instance moves to healthy hardware, automatically.',
      solution: [recoverAlarm('recover-web', 'web')],
    },
    {
      id: 'recover',
      title: 'The host fails',
      instruction: 'Break web’s host (sim:FailSystemStatusCheck) and let two minutes pass.',
      goals: [
        { kind: 'event', type: 'instance-recovered', label: 'EC2 recovered an instance onto a new host' },
        { kind: 'check', check: 'status-checks/recovered-instance-kept-elastic-ip', label: "The recovered instance kept its Elastic IP" },
      ],
      hints: ['sim:FailSystemStatusCheck on web, then sim:AdvanceTime 120.', 'Check sim:HostOf and ec2:DescribeInstances before and after.'],
      why: 'A recovered instance is the same instance: same id, private IPs, Elastic IP and metadata, in the same AZ, on new hardware. It only works for EBS-backed instances.',
      solution: [
        { type: 'sim:FailSystemStatusCheck', params: { InstanceId: { ref: 'web' }, Cause: 'host-hardware' }, note: 'Break web’s host.' },
        advance(120, 'Let two minutes pass.'),
      ],
    },
    {
      id: 'instance-store',
      title: 'Instance store cannot recover',
      instruction: 'Create the same recover alarm for the cache server (c5d.large).',
      goals: [{ kind: 'refused', rule: 'alarm.recover.unsupported', label: 'You saw a recover alarm refused for an instance with instance store' }],
      hints: ['Copy the alarm, with the cache’s InstanceId.', 'Read the refusal.'],
      why: 'Recovery moves the instance to another host. Instance store disks are inside the old host and cannot follow, so CloudWatch refuses the recover action for types like c5d. Only EBS-backed instances recover.',
      solution: [recoverAlarm('recover-cache', 'cache', { code: 'ValidationError', rule: 'alarm.recover.unsupported' })],
    },
    {
      id: 'manual',
      title: 'Fix it by hand',
      instruction: 'Break the cache server’s host, then fix it yourself.',
      goals: [
        { kind: 'check', check: 'status-checks/instance-whose-host-failed-runs-healthy', label: "An instance whose host failed runs on healthy hardware after your stop and start" },
      ],
      hints: ['sim:FailSystemStatusCheck on cache.', 'A reboot stays on the broken host. Stop and start moves it (and empties its instance store).'],
      why: 'The manual fix for a system-check failure is stop and start: the start picks a new host. A reboot would stay on the broken one. Termination also works if the server can be rebuilt.',
      solution: [
        { type: 'sim:FailSystemStatusCheck', params: { InstanceId: { ref: 'cache' }, Cause: 'power' }, note: 'Cut the cache host’s power.' },
        stop('cache'),
        start('cache'),
      ],
    },
  ],
  questions: [
    {
      prompt: 'The system status check fails. What should you do by hand?',
      choices: [
        { text: 'Reboot', correct: false, explanation: 'A reboot stays on the same, broken host.' },
        { text: 'Stop and start', correct: true, explanation: 'The start finds new, healthy hardware.' },
        { text: 'Repair the file system', correct: false, explanation: 'That fixes instance-check failures, not the host.' },
      ],
    },
  ],
});
