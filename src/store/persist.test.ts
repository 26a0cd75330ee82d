import { describe, expect, it } from 'vitest';
import { apply, createWorld, type Action, type World } from '../engine';
import { COLLECTION_KEYS, parseAutosave, serializeAutosave } from './persist';

function build(): World {
  let world = createWorld();
  const run = (action: Action) => {
    const r = apply(world, action);
    if (!r.ok) throw new Error(`${action.type}: ${r.error.message}`);
    world = r.world;
    return r.response;
  };
  const vpcId = run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }).Vpc.VpcId;
  const subnetId = run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' } })
    .Subnet.SubnetId;
  const imageId = world.images.values().find((i) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs')!.id;
  run({ type: 'ec2:RunInstances', params: { ImageId: imageId, InstanceType: 't3.micro', SubnetId: subnetId, MinCount: 1, MaxCount: 1 } });
  run({ type: 'ec2:AllocateAddress', params: {} });
  return world;
}

const positions = { 'vpc-1': { x: 12.5, y: -3 } };

describe('autosave document', () => {
  it('round-trips a world byte for byte, with positions and lens', () => {
    const world = build();
    const text = serializeAutosave({ world, positions, lens: 'physical', savedAt: '2025-01-01T00:00:00.000Z' });
    const parsed = parseAutosave(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(JSON.stringify(parsed.world)).toBe(JSON.stringify(world));
    expect(parsed.positions).toEqual(positions);
    expect(parsed.lens).toBe('physical');
    expect(parsed.savedAt).toBe('2025-01-01T00:00:00.000Z');
    for (const key of COLLECTION_KEYS) expect(parsed.world[key].keys()).toEqual(world[key].keys());
  });

  it('gives a restored world that behaves exactly like the original', () => {
    const world = build();
    const parsed = parseAutosave(serializeAutosave({ world, positions: {}, lens: 'network', savedAt: 'now' }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const action: Action = { type: 'ec2:CreateNetworkInterface', params: { SubnetId: world.subnets.keys()[0] } };
    const a = apply(world, action);
    const b = apply(parsed.world, action);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('keeps only the fields the lab models: unknown ones, of the world or of a resource, are left out', () => {
    const world = build();
    const doc = JSON.parse(serializeAutosave({ world, positions: {}, lens: 'network', savedAt: 'now' }));
    const instanceId = Object.keys(doc.world.instances)[0]!;
    doc.world.junk = 'x'.repeat(10_000);
    doc.world.instances[instanceId].smuggled = { deep: [1, 2, 3] };
    const vpcId = Object.keys(doc.world.vpcs)[0]!;
    const text = JSON.stringify(doc).replace(`"vpcs":{"${vpcId}":{`, `"vpcs":{"${vpcId}":{"__proto__":{"polluted":true},`);
    expect(text).toContain('"__proto__"');
    const parsed = parseAutosave(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const plain = JSON.parse(JSON.stringify(parsed.world));
    expect(plain).not.toHaveProperty('junk');
    expect(plain.instances[instanceId]).not.toHaveProperty('smuggled');
    expect(JSON.stringify(parsed.world)).toBe(JSON.stringify(world)); // what is modelled is all there, in order
    expect(Object.hasOwn(plain.vpcs[vpcId], '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('covers every collection of the world', () => {
    const world = createWorld() as unknown as Record<string, unknown>;
    const collections = Object.keys(world).filter((k) => typeof (world[k] as { keys?: unknown })?.keys === 'function');
    expect([...COLLECTION_KEYS].sort()).toEqual(collections.sort());
  });

  const valid = () => JSON.parse(serializeAutosave({ world: createWorld(), positions, lens: 'network', savedAt: 'x' }));
  const damaged: [string, (doc: any) => unknown][] = [
    ['not JSON', () => '{"format":'],
    ['another format', (d) => ({ ...d, format: 'something-else' })],
    ['a future version', (d) => ({ ...d, version: 2 })],
    ['no world', (d) => ({ ...d, world: undefined })],
    ['a world without a collection', (d) => ({ ...d, world: { ...d.world, instances: undefined } })],
    ['a collection that is a list', (d) => ({ ...d, world: { ...d.world, vpcs: [] } })],
    ['a resource that is not an object', (d) => ({ ...d, world: { ...d.world, vpcs: { 'vpc-1': 'x' } } })],
    ['a clock that is text', (d) => ({ ...d, world: { ...d.world, clock: '0' } })],
    ['a home region that does not exist', (d) => ({ ...d, world: { ...d.world, homeRegion: 'mars-1' } })],
    ['an instance whose state is a number (deep check)', (d) => ({ ...d, world: { ...d.world, instances: { 'i-1': { id: 'i-1', state: 5 } } } })],
    ['a position without y', (d) => ({ ...d, positions: { a: { x: 1 } } })],
    ['an unknown lens', (d) => ({ ...d, lens: 'x-ray' })],
    ['null', () => null],
  ];
  it('says in plain words what is wrong', () => {
    const parsed = parseAutosave(JSON.stringify({ ...valid(), world: { ...valid().world, clock: 'soon' } }));
    expect(parsed).toEqual({ ok: false, reason: 'world.clock should be a number' });
  });

  for (const [what, damage] of damaged) {
    it(`refuses ${what}, saying why`, () => {
      const doc = damage(valid());
      const parsed = parseAutosave(typeof doc === 'string' ? doc : JSON.stringify(doc));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/JSON|should be|value this version|home region|not valid|must be|expected/);
    });
  }
});
