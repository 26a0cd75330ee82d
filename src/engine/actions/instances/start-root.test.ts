import { describe, expect, it } from 'vitest';
import { no, ok } from '../../engine-test-helpers';
import { inst, lab, run } from '../compute-test-helpers';

describe('StartInstances needs the root volume (rule 60)', () => {
  it('refuses to start a stopped instance whose root volume was detached, and starts it once one is attached again', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA });
    const stopped = ok(r.world, 'ec2:StopInstances', { InstanceIds: [r.id] }).world;
    const shown = inst(stopped, r.id);
    const root = shown.BlockDeviceMappings.find((m: { DeviceName: string }) => m.DeviceName === shown.RootDeviceName).Ebs.VolumeId;
    const detached = ok(stopped, 'ec2:DetachVolume', { VolumeId: root }).world;
    const error = no(detached, 'ec2:StartInstances', { InstanceIds: [r.id] });
    expect(error).toMatchObject({ code: 'IncorrectInstanceState', rule: 'instance.start.no-root-volume' });
    expect(error.message).toContain(r.id);
    expect(error.message).toContain(shown.RootDeviceName);
    const back = ok(detached, 'ec2:AttachVolume', { VolumeId: root, InstanceId: r.id, Device: shown.RootDeviceName }).world;
    const started = ok(back, 'ec2:StartInstances', { InstanceIds: [r.id] }).world;
    expect(inst(started, r.id).State.Name).toBe('running');
  });
});
