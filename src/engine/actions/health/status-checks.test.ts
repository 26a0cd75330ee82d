import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import type { World } from '../../model/world';
import { recoverAlarmParams } from '../../shapes/alarms';
import { no, ok } from '../../engine-test-helpers';
import { advance, hostOf, labWorld, launch } from '../purchasing/purchasing-test-helpers';

function status(world: World, id: string, includeAll = false) {
  return read(world, 'ec2:DescribeInstanceStatus', { InstanceIds: [id], IncludeAllInstances: includeAll }).InstanceStatuses[0];
}

function described(world: World, id: string) {
  return read(world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0];
}

function recoverAlarm(world: World, id: string, extra: Record<string, unknown> = {}) {
  return ok(world, 'cloudwatch:PutMetricAlarm', { ...recoverAlarmParams(`recover-${id}`, id), ...extra });
}

/** A PutMetricAlarm on one instance's metric (namespace AWS/EC2, InstanceId dimension) that must be accepted. */
function instanceAlarm(world: World, id: string, params: Record<string, unknown>) {
  return ok(world, 'cloudwatch:PutMetricAlarm', { Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId', Value: id }], ...params });
}

function alarm(world: World, name: string) {
  return read(world, 'cloudwatch:DescribeAlarms', { AlarmNames: [name] }).MetricAlarms[0];
}

describe('DescribeInstanceStatus (rule 77)', () => {
  it('a running instance passes both checks; a stopped one is listed only with IncludeAllInstances, not-applicable', () => {
    const { world, id } = launch(labWorld());
    expect(status(world, id)).toEqual({
      InstanceId: id,
      AvailabilityZone: 'us-east-1a',
      InstanceState: { Code: 16, Name: 'running' },
      SystemStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
      InstanceStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
      Events: [],
    });
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    expect(read(stopped, 'ec2:DescribeInstanceStatus', { InstanceIds: [id] }).InstanceStatuses).toEqual([]);
    expect(status(stopped, id, true)).toMatchObject({
      InstanceState: { Code: 80, Name: 'stopped' },
      SystemStatus: { Status: 'not-applicable' },
      InstanceStatus: { Status: 'not-applicable' },
    });
  });

  it('checks can only fail on a running instance', () => {
    const { world, id } = launch(labWorld());
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    const e = no(stopped, 'sim:FailSystemStatusCheck', { InstanceId: id });
    expect(e.code).toBe('IncorrectInstanceState');
    expect(e.rule).toBe('status.not-running');
    expect(no(stopped, 'sim:FailInstanceStatusCheck', { InstanceId: id }).rule).toBe('status.not-running');
  });
});

describe('Handling failed status checks', () => {
  it('a failed system check survives a reboot (same host) and is cleared by stop/start (new host)', () => {
    const { world: w0, id } = launch(labWorld());
    const failed = ok(w0, 'sim:FailSystemStatusCheck', { InstanceId: id, Cause: 'power' });
    expect(failed.response).toEqual({ InstanceId: id, SystemStatus: 'impaired', Cause: 'power' });
    expect(status(failed.world, id).SystemStatus).toEqual({
      Status: 'impaired',
      Details: [{ Name: 'reachability', Status: 'failed', ImpairedSince: '2025-01-01T00:00:00.000Z' }],
    });
    expect(status(failed.world, id).InstanceStatus.Status).toBe('ok');
    const host = hostOf(failed.world, id);
    const rebooted = ok(failed.world, 'ec2:RebootInstances', { InstanceIds: [id] }).world;
    expect(status(rebooted, id).SystemStatus.Status).toBe('impaired');
    expect(hostOf(rebooted, id)).toBe(host);
    let world = ok(rebooted, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [id] }).world;
    expect(status(world, id).SystemStatus.Status).toBe('ok');
    expect(hostOf(world, id)).not.toBe(host);
  });

  it('a failed instance check is cleared by a reboot', () => {
    const { world, id } = launch(labWorld());
    const failed = ok(world, 'sim:FailInstanceStatusCheck', { InstanceId: id, Cause: 'file-system' }).world;
    expect(status(failed, id).InstanceStatus.Status).toBe('impaired');
    expect(status(failed, id).SystemStatus.Status).toBe('ok');
    const rebooted = ok(failed, 'ec2:RebootInstances', { InstanceIds: [id] });
    expect(status(rebooted.world, id).InstanceStatus.Status).toBe('ok');
    expect(rebooted.events.some((e) => e.type === 'status-check' && e.to === 'ok')).toBe(true);
  });

  it('without a recover alarm a failed system check stays impaired as time passes', () => {
    const { world, id } = launch(labWorld());
    let w = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: id }).world;
    w = advance(w, 3600).world;
    expect(status(w, id).SystemStatus.Status).toBe('impaired');
  });
});

describe('CloudWatch recover action (rules 78, 79)', () => {
  it('recovery keeps instance id, private IP, Elastic IP, public IPv4, AZ and subnet, on a new host', () => {
    const l = launch(labWorld());
    const eip = ok(l.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    let world = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.response.AllocationId, InstanceId: l.id }).world;
    world = recoverAlarm(world, l.id).world;
    const before = described(world, l.id);
    expect(before.PublicIpAddress).toBe(eip.response.PublicIp);
    const host = hostOf(world, l.id);

    world = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: l.id }).world;
    const early = advance(world, 60).world;
    expect(status(early, l.id).SystemStatus.Status).toBe('impaired');
    const r = advance(early, 60);
    world = r.world;
    const moved = r.events.find((e) => e.type === 'instance-recovered');
    expect(moved?.message).toMatch(new RegExp(`moved to host ${hostOf(world, l.id)}`));
    expect(hostOf(world, l.id)).toMatch(/^h-/);
    expect(hostOf(world, l.id)).not.toBe(host);
    expect(status(world, l.id).SystemStatus.Status).toBe('ok');
    const after = described(world, l.id);
    expect(after.InstanceId).toBe(l.id);
    expect(after.State.Name).toBe('running');
    expect(after.PrivateIpAddress).toBe(before.PrivateIpAddress);
    expect(after.PublicIpAddress).toBe(eip.response.PublicIp);
    expect(after.SubnetId).toBe(before.SubnetId);
    expect(after.Placement.AvailabilityZone).toBe('us-east-1a');
    expect(alarm(world, `recover-${l.id}`).StateValue).toBe('ALARM');
    expect(alarm(advance(world, 60).world, `recover-${l.id}`).StateValue).toBe('OK');
  });

  it('recovery keeps the dynamic public IPv4 too', () => {
    const l = launch(labWorld());
    const ip = described(l.world, l.id).PublicIpAddress;
    expect(ip).toBeDefined();
    let world = recoverAlarm(l.world, l.id, { EvaluationPeriods: 1 }).world;
    world = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: l.id }).world;
    world = advance(world, 60).world;
    expect(world.instances.get(l.id)?.recoveries).toEqual([60]);
    expect(described(world, l.id).PublicIpAddress).toBe(ip);
  });

  it('at most three recoveries a day', () => {
    const l = launch(labWorld());
    let world = recoverAlarm(l.world, l.id, { EvaluationPeriods: 1 }).world;
    for (let n = 0; n < 3; n++) {
      world = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: l.id }).world;
      world = advance(world, 120).world;
      expect(status(world, l.id).SystemStatus.Status).toBe('ok');
    }
    world = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: l.id }).world;
    const r = advance(world, 120);
    expect(status(r.world, l.id).SystemStatus.Status).toBe('impaired');
    expect(r.events.some((e) => e.type === 'recovery-failed')).toBe(true);
    expect(r.world.instances.get(l.id)?.recoveries).toHaveLength(3);
  });

  it('CloudWatch refuses a recover action for an instance-store type (c5d.large), accepts c5.large', () => {
    const d = launch(labWorld(), { InstanceType: 'c5d.large' });
    const e = no(d.world, 'cloudwatch:PutMetricAlarm', {
      AlarmName: 'recover-c5d',
      Namespace: 'AWS/EC2',
      MetricName: 'StatusCheckFailed_System',
      Dimensions: [{ Name: 'InstanceId', Value: d.id }],
      Statistic: 'Maximum',
      Period: 60,
      EvaluationPeriods: 2,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: ['arn:aws:automate:us-east-1:ec2:recover'],
    });
    expect(e.code).toBe('ValidationError');
    expect(e.rule).toBe('alarm.recover.unsupported');
    expect(e.message).toContain(`Invalid use of EC2 'Recover' action. ${d.id}`);
    const c = launch(d.world, { InstanceType: 'c5.large' });
    recoverAlarm(c.world, c.id);
  });

  it('CloudWatch refuses a recover action for Dedicated Host tenancy', () => {
    let world = labWorld();
    const h = ok(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceFamily: 'm5' });
    world = h.world;
    const l = launch(world, { InstanceType: 'm5.large', Placement: { Tenancy: 'host', HostId: h.response.HostIds[0] } });
    const e = no(l.world, 'cloudwatch:PutMetricAlarm', {
      AlarmName: 'r',
      Namespace: 'AWS/EC2',
      MetricName: 'StatusCheckFailed_System',
      Dimensions: [{ Name: 'InstanceId', Value: l.id }],
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: ['arn:aws:automate:us-east-1:ec2:recover'],
    });
    expect(e.rule).toBe('alarm.recover.unsupported');
  });

  it('EC2 actions need an InstanceId dimension and an ARN of the alarm’s Region', () => {
    const { world, id } = launch(labWorld());
    const base = {
      AlarmName: 'a',
      Namespace: 'AWS/EC2',
      MetricName: 'StatusCheckFailed',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    };
    const noDim = no(world, 'cloudwatch:PutMetricAlarm', { ...base, AlarmActions: ['arn:aws:automate:us-east-1:ec2:reboot'] });
    expect(noDim.code).toBe('ValidationError');
    expect(noDim.rule).toBe('alarm.ec2-action.needs-instance');
    expect(noDim.message).toBe('Invalid use of EC2 action. An EC2 action can only be used if the alarm is monitoring an EC2 instance.');
    const region = no(world, 'cloudwatch:PutMetricAlarm', {
      ...base,
      Dimensions: [{ Name: 'InstanceId', Value: id }],
      AlarmActions: ['arn:aws:automate:us-west-2:ec2:reboot'],
    });
    expect(region.code).toBe('ValidationError');
    expect(region.rule).toBe('alarm.action.invalid');
    ok(world, 'cloudwatch:PutMetricAlarm', { ...base, Dimensions: [{ Name: 'InstanceId', Value: id }], AlarmActions: ['arn:aws:automate:us-east-1:ec2:reboot'] });
  });

  it('a reboot alarm on the instance check reboots and clears it', () => {
    const { world: w0, id } = launch(labWorld());
    let world = instanceAlarm(w0, id, {
      AlarmName: 'reboot',
      MetricName: 'StatusCheckFailed_Instance',
      Statistic: 'Maximum',
      Period: 60,
      EvaluationPeriods: 3,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: ['arn:aws:automate:us-east-1:ec2:reboot'],
    }).world;
    expect(alarm(world, 'reboot').StateValue).toBe('INSUFFICIENT_DATA');
    world = advance(world, 60).world;
    expect(alarm(world, 'reboot').StateValue).toBe('OK');
    world = ok(world, 'sim:FailInstanceStatusCheck', { InstanceId: id }).world;
    const r = advance(world, 600);
    expect(r.events.filter((e) => e.type === 'instance-reboot').map((e) => e.resourceId)).toEqual([id]);
    expect(status(r.world, id).InstanceStatus.Status).toBe('ok');
  });

  it('a stop alarm on low CPU stops an idle instance', () => {
    const { world: w0, id } = launch(labWorld());
    const world = instanceAlarm(w0, id, {
      AlarmName: 'idle',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Period: 300,
      EvaluationPeriods: 2,
      Threshold: 5,
      ComparisonOperator: 'LessThanThreshold',
      AlarmActions: ['arn:aws:automate:us-east-1:ec2:stop'],
    }).world;
    expect(advance(world, 599).world.instances.get(id)?.state).toBe('running');
    const later = advance(world, 3600).world;
    expect(later.instances.get(id)?.state).toBe('stopped');
    expect(alarm(later, 'idle').StateValue).toBe('INSUFFICIENT_DATA');
  });

  it('DeleteAlarms removes an alarm; an unknown name is refused', () => {
    const { world: w0, id } = launch(labWorld());
    const world = recoverAlarm(w0, id).world;
    const e = no(world, 'cloudwatch:DeleteAlarms', { AlarmNames: ['nope'] });
    expect(e.code).toBe('ResourceNotFound');
    expect(e.rule).toBe('alarm.not-found');
    const deleted = ok(world, 'cloudwatch:DeleteAlarms', { AlarmNames: [`recover-${id}`] }).world;
    expect(read(deleted, 'cloudwatch:DescribeAlarms', {}).MetricAlarms).toEqual([]);
  });
});

describe('Simplified automatic recovery', () => {
  it('is off in the lab until AutoRecovery is set to default; then it recovers a supported instance', () => {
    const { world: w0, id } = launch(labWorld());
    const r = ok(w0, 'ec2:ModifyInstanceMaintenanceOptions', { InstanceId: id, AutoRecovery: 'default' });
    expect(r.response).toEqual({ InstanceId: id, AutoRecovery: 'default' });
    let world = ok(r.world, 'sim:FailSystemStatusCheck', { InstanceId: id }).world;
    world = advance(world, 119).world;
    expect(status(world, id).SystemStatus.Status).toBe('impaired');
    const done = advance(world, 1);
    expect(status(done.world, id).SystemStatus.Status).toBe('ok');
    expect(done.events.find((e) => e.type === 'instance-recovered')?.message).toMatch(/^Simplified automatic recovery/);
  });

  it('never recovers an instance-store type', () => {
    const { world: w0, id } = launch(labWorld(), { InstanceType: 'c5d.large' });
    let world = ok(w0, 'ec2:ModifyInstanceMaintenanceOptions', { InstanceId: id, AutoRecovery: 'default' }).world;
    world = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: id }).world;
    world = advance(world, 3600).world;
    expect(status(world, id).SystemStatus.Status).toBe('impaired');
  });
});
