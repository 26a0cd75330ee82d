import { describe, expect, it } from 'vitest';
import { apply } from '../engine';
import { classroom } from '../test/worlds';
import { attachCandidates, attachSource, judge, nextDeviceIndex, nextDeviceName, scopeText } from './attach-targets';

describe('attach targets, judged by the engine', () => {
  const t = classroom();
  const world = t.b.world;
  const dryRun = (action: Parameters<typeof apply>[1]) => apply(world, action);

  it('knows what can be dragged: detached interfaces and volumes, Elastic IPs; not attached things or instances', () => {
    expect(attachSource(world, t.eniA)).toMatchObject({ kind: 'eni', region: 'us-east-1' });
    expect(attachSource(world, t.volA)).toMatchObject({ kind: 'volume' });
    expect(attachSource(world, t.eip)).toMatchObject({ kind: 'eip' });
    const eth0 = world.networkInterfaces.values().find((e) => e.attachment?.instanceId === t.web)!;
    expect(attachSource(world, eth0.id)).toBeUndefined();
    expect(attachSource(world, t.web)).toBeUndefined();
    expect(attachSource(null, t.eniA)).toBeUndefined();
  });

  it('an interface may go onto instances of its own AZ; the others say which AZ boundary it would cross', () => {
    const judged = judge(attachCandidates(world, attachSource(world, t.eniA)!), dryRun);
    const byTarget = new Map(judged.map((j) => [j.candidate.targetId, j.verdict]));
    expect(byTarget.get(t.web)).toMatchObject({ ok: true });
    expect(byTarget.get(t.app)).toMatchObject({ ok: true });
    expect(byTarget.get(t.db)).toMatchObject({ ok: false, code: 'InvalidParameterCombination', scope: 'us-east-1a → us-east-1b' });
    expect(judged.map((j) => j.verdict.ok)).toEqual([true, true, false]);
    expect(judged[0]!.candidate.action).toMatchObject({
      type: 'ec2:AttachNetworkInterface',
      params: { NetworkInterfaceId: t.eniA, DeviceIndex: 1 },
    });
  });

  it('a volume the same way, with the next free device name', () => {
    const judged = judge(attachCandidates(world, attachSource(world, t.volB)!), dryRun);
    const byTarget = new Map(judged.map((j) => [j.candidate.targetId, j.verdict]));
    expect(byTarget.get(t.db)).toMatchObject({ ok: true, action: { params: { Device: '/dev/sdf' } } });
    expect(byTarget.get(t.web)).toMatchObject({ ok: false, code: 'InvalidVolume.ZoneMismatch', scope: 'us-east-1b → us-east-1a' });
  });

  it('an Elastic IP onto an instance or an interface', () => {
    const candidates = attachCandidates(world, attachSource(world, t.eip)!);
    expect(candidates.filter((c) => c.targetKind === 'instance')).toHaveLength(3);
    expect(candidates.filter((c) => c.targetKind === 'eni')).toHaveLength(world.networkInterfaces.size);
    const judged = judge(candidates, dryRun);
    expect(judged.find((j) => j.candidate.targetId === t.db)!.verdict.ok).toBe(true);
  });

  it('picks device indexes and names that are free', () => {
    const r = apply(world, { type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: t.eniA, InstanceId: t.web, DeviceIndex: 1 } });
    expect(r.ok).toBe(true);
    expect(nextDeviceIndex(world, t.web)).toBe(1);
    expect(nextDeviceIndex(r.world, t.web)).toBe(2);
    const v = apply(world, { type: 'ec2:AttachVolume', params: { VolumeId: t.volA, InstanceId: t.web, Device: '/dev/sdf' } });
    expect(v.ok).toBe(true);
    expect(nextDeviceName(v.world, t.web)).toBe('/dev/sdg');
  });

  it('says the crossed boundary in a few words', () => {
    expect(scopeText({ kind: 'availability-zone', from: 'us-east-1a', to: 'us-east-1b' })).toBe('us-east-1a → us-east-1b');
    expect(scopeText({ kind: 'state', from: 'pending' })).toBe('instance is pending');
    expect(scopeText({ kind: 'vpc', to: 'vpc-1' })).toBe('VPC vpc-1');
    expect(scopeText(undefined)).toBeUndefined();
  });

  it('an instance goes into a target group of its VPC; one of another VPC refuses and says which', () => {
    const c = classroom();
    const other = c.b.vpc('10.9.0.0/16');
    const tg = (name: string, vpcId: string) =>
      c.b.run('elasticloadbalancing:CreateTargetGroup', { Name: name, Protocol: 'HTTP', Port: 80, VpcId: vpcId }).TargetGroups[0].TargetGroupArn as string;
    const mine = tg('mine', c.vpc);
    const theirs = tg('theirs', other);
    const w = c.b.world;
    const source = attachSource(w, c.web);
    expect(source).toMatchObject({ kind: 'instance', label: `instance ${c.web}` });
    const judged = judge(attachCandidates(w, source!), (a) => apply(w, a));
    expect(judged.map((j) => j.candidate.targetId)).toEqual([mine, theirs]);
    expect(judged[0]!.verdict).toMatchObject({ ok: true, action: { type: 'elasticloadbalancing:RegisterTargets', params: { TargetGroupArn: mine, Targets: [{ Id: c.web }] } } });
    expect(judged[1]!.verdict).toMatchObject({ ok: false, code: 'InvalidTarget', scope: `${c.vpc} → ${other}` });
  });
});
