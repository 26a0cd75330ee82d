import { ruleTable } from './sections';

/** Status checks, CloudWatch alarms with EC2 actions and recovery (rules 77–79 of docs/reference/ec2-rules.md). */
export const HEALTH_RULES = ruleTable({
  'status.not-running': {
    code: 'IncorrectInstanceState',
    title: 'Status checks run only on running instances',
    concept:
      'EC2 checks the host and the guest every minute, but only while the instance runs; a stopped or terminated instance has no checks to fail (not-applicable).',
    fix: 'Start the instance first.',
    section: 'Instance Status Checks and Autorecovery',
    ref: 77,
  },
  'alarm.recover.unsupported': {
    code: 'ValidationError',
    title: 'Recover action not supported for this instance',
    concept:
      'Recovery moves the instance to new hardware and keeps its disks, so it needs every disk to be EBS. Instance-store types (like c5d.large), bare-metal types and Dedicated Host tenancy cannot be recovered.',
    fix: 'Use a reboot, stop or terminate action, or an EBS-only instance type such as c5.large.',
    section: 'Handling Failed Status Checks',
    ref: 79,
  },
  'alarm.ec2-action.needs-instance': {
    code: 'ValidationError',
    title: 'EC2 actions need an instance alarm',
    concept:
      'An EC2 alarm action (recover, reboot, stop, terminate) acts on the instance the alarm watches, so the alarm must watch an AWS/EC2 metric with an InstanceId dimension.',
    fix: "Add Dimensions [{ Name: 'InstanceId', Value: 'i-…' }] and Namespace 'AWS/EC2'.",
    section: 'Handling Failed Status Checks',
    ref: 78,
  },
  'alarm.action.invalid': {
    code: 'ValidationError',
    title: 'Unknown alarm action',
    concept:
      'EC2 alarm actions are ARNs of the form arn:aws:automate:<region>:ec2:recover|reboot|stop|terminate, in the alarm’s own Region.',
    fix: 'Use e.g. arn:aws:automate:us-east-1:ec2:recover for an alarm in us-east-1.',
    section: 'Handling Failed Status Checks',
    ref: 78,
  },
  'alarm.not-found': {
    code: 'ResourceNotFound',
    title: 'Unknown alarm',
    concept: 'Alarms are named per account and Region; a name that does not exist there cannot be deleted.',
    fix: 'Check the alarm name with cloudwatch:DescribeAlarms.',
    section: 'Handling Failed Status Checks',
    ref: 78,
  },
});
