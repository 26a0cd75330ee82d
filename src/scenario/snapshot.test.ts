import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { ok } from '../engine/engine-test-helpers';
import { InvalidDocument, toPlain } from './json';
import { applyDelta, decodeSnapshot, deltaOf, encodeSnapshot, reviveWorld } from './snapshot';

describe('deltas', () => {
  it('keeps only changed fields and rebuilds the object with its key order', () => {
    const prev = { a: 1, b: [1, 2], c: { x: 1 }, d: 'gone' };
    const cur = { a: 1, b: [1, 3], c: { x: 1 }, e: true };
    const d = deltaOf(prev, cur);
    expect(d).toEqual({ b: [1, 3], e: true, $d: ['d'] });
    const back = applyDelta(prev, d);
    expect(JSON.stringify(back)).toBe(JSON.stringify(cur));
  });

  it('records an unusual key order and fields that start with $', () => {
    const prev = { a: 1, b: 2 };
    const cur = { b: 2, a: 1, $weird: 3 };
    const d = deltaOf(prev, cur);
    expect(d.$o).toEqual(['b', 'a', '$weird']);
    expect(d.$$weird).toBe(3);
    expect(JSON.stringify(applyDelta(prev, d))).toBe(JSON.stringify(cur));
  });

  it('refuses deltas it cannot have written', () => {
    expect(() => applyDelta({ a: 1 }, { $d: ['b'] })).toThrow(InvalidDocument);
    expect(() => applyDelta({ a: 1 }, { $d: 'a' })).toThrow(InvalidDocument);
    expect(() => applyDelta({ a: 1 }, { b: 2, $o: ['a'] })).toThrow(InvalidDocument);
    expect(() => applyDelta({ a: 1 }, { $o: ['a', 'a'] })).toThrow(InvalidDocument);
    expect(() => applyDelta({ a: 1 }, { $x: 1 })).toThrow(InvalidDocument);
  });
});

describe('snapshots', () => {
  function built() {
    let w = createWorld({ defaultVpc: true });
    const subnet = w.subnets.values().find((s) => s.region === 'us-east-1')!.id;
    const ami = w.images.values().find((i) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs')!.id;
    const run = ok(w, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 2, MaxCount: 2, SubnetId: subnet });
    w = run.world;
    w = ok(w, 'ec2:StopInstances', { InstanceIds: [run.response.Instances[1].InstanceId] }).world;
    w = ok(w, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    return { world: w, instanceIds: run.response.Instances.map((i: { InstanceId: string }) => i.InstanceId) as string[] };
  }

  it('leaves out what the seed rebuilds: Amazon images, KMS keys, the unchanged default VPC', () => {
    const { world } = built();
    const snap = encodeSnapshot(world);
    expect(snap.dv).toBe(1);
    expect(snap.c?.vpcs).toBeUndefined();
    expect(snap.c?.images).toBeUndefined();
    expect(snap.c?.kmsKeys).toBeUndefined();
    expect(snap.c?.instances).toHaveLength(2);
    expect(snap.v?.clock).toBe(3600);
    expect(snap.v).not.toHaveProperty('regions');
    expect(snap.k).toBeGreaterThan(0);
  });

  it('decodes to the same world JSON, key order included', () => {
    const { world, instanceIds } = built();
    const snap = JSON.parse(JSON.stringify(encodeSnapshot(world)));
    const { json, collections } = decodeSnapshot(snap, world.seed, 1000);
    const back = reviveWorld(json, collections);
    expect(JSON.stringify(back)).toBe(JSON.stringify(world));
    expect(back.instances.get(instanceIds[1]!)?.state).toBe('stopped');
    expect(back.rng).toBe(world.rng);
    // and the engine goes on from it exactly as from the original
    const a = ok(world, 'ec2:StartInstances', { InstanceIds: [instanceIds[1]] });
    const b = ok(back, 'ec2:StartInstances', { InstanceIds: [instanceIds[1]] });
    expect(JSON.stringify(b.world)).toBe(JSON.stringify(a.world));
  });

  it('carries a deleted starting resource as a gap in the baseline indices', () => {
    let w = createWorld({ defaultVpc: true });
    const subnet = w.subnets.values().find((s) => s.region === 'us-east-1' && s.az === 'us-east-1c')!.id;
    w = ok(w, 'ec2:DeleteSubnet', { SubnetId: subnet }).world;
    const snap = encodeSnapshot(w);
    expect(snap.c?.subnets).toEqual([0, 1, 3, 4, 5, 6, 7, 8]);
    const { json, collections } = decodeSnapshot(toPlain(snap), w.seed, 1000);
    expect(JSON.stringify(reviveWorld(json, collections))).toBe(JSON.stringify(w));
  });

  it('refuses items it cannot have written', () => {
    const { world } = built();
    const snap = toPlain<ReturnType<typeof encodeSnapshot>>(encodeSnapshot(world));
    expect(() => decodeSnapshot({ ...snap, c: { subnets: [99] } }, 1, 1000)).toThrow(/does not exist/);
    expect(() => decodeSnapshot({ ...snap, c: { subnets: [0, 0] } }, 1, 1000)).toThrow(/twice/);
    expect(() => decodeSnapshot({ ...snap, c: { subnets: [{ cidr: '10.0.0.0/24' }] } }, 1, 1000)).toThrow(/no usable id/);
    expect(() => decodeSnapshot({ ...snap, v: { rng: 5 } }, 1, 1000)).toThrow(InvalidDocument);
    expect(() => decodeSnapshot({ ...snap, v: { instances: {} } }, 1, 1000)).toThrow(/plain value/);
    expect(() => decodeSnapshot({ ...snap, c: { instances: [{ id: 'i-1' }, { id: 'i-2' }] } }, 1, 1)).toThrow(/more than 1/);
  });
});
