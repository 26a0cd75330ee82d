import { describe, expect, it } from 'vitest';
import type { World } from '../engine';
import { classroomScenario } from './fixtures/classroom';
import { createScenario, decodeScenario, encodeScenario } from './index';
import { toPlain, type Obj } from './json';
import { nodeExists } from './restore';
import { collectionKeys, reviveWorld } from './snapshot';

const classroom = classroomScenario();
const { world } = classroom.input;
const ids = classroom.ids;

/** The classroom world with its JSON edited (as a damaged or hand-made document would have it), shared and opened. */
function openEdited(edit: (json: Record<string, Record<string, Obj>>) => void, extra: Partial<Parameters<typeof createScenario>[0]> = {}) {
  const json = toPlain<Record<string, Record<string, Obj>>>(world);
  edit(json);
  const edited = reviveWorld(json as unknown as Obj, collectionKeys(world));
  const scenario = createScenario({ ...classroom.input, world: edited, log: [], ...extra });
  const r = decodeScenario(encodeScenario(scenario));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

const dangling = (r: { warnings: { code: string; id?: string }[] }) =>
  r.warnings.filter((w) => w.code === 'dangling-reference').map((w) => w.id);

describe('restore: dangling references', () => {
  it('detaches ENIs and volumes from a missing instance', () => {
    const app = ids.instances[2]!; // has an extra ENI and a root volume
    const r = openEdited((j) => delete j.instances![app]);
    const w = r.scenario.world;
    const enis = w.networkInterfaces.values().filter((e) => e.attachment?.instanceId === app);
    expect(enis).toEqual([]);
    const wasAttached = classroom.input.world.networkInterfaces.values().filter((e) => e.attachment?.instanceId === app);
    expect(wasAttached).toHaveLength(2);
    for (const eni of wasAttached) {
      expect(w.networkInterfaces.get(eni.id)?.attachment).toBeUndefined();
      expect(dangling(r)).toContain(eni.id);
    }
    const volume = classroom.input.world.volumes.values().find((v) => v.attachment?.instanceId === app)!;
    expect(w.volumes.get(volume.id)).toMatchObject({ state: 'available' });
    expect(w.volumes.get(volume.id)?.attachment).toBeUndefined();
    expect(dangling(r)).toContain(volume.id);
    // the layout position and the lab never pointed at it: nothing else changed
    expect(w.instances.size).toBe(5);
  });

  it('disassociates an Elastic IP from a missing ENI', () => {
    const eni = classroom.input.lab!.refs.eni!; // the management ENI, which holds the second Elastic IP
    const eip = world.addresses.values().find((a) => a.association?.networkInterfaceId === eni)!;
    const r = openEdited((j) => delete j.networkInterfaces![eni]);
    expect(r.scenario.world.addresses.get(eip.allocationId)?.association).toBeUndefined();
    expect(r.warnings.find((w) => w.id === eip.allocationId)?.message).toContain(eni);
    // createScenario already left out the canvas position and the lab reference of the missing ENI
    expect(r.scenario.layout.positions).not.toHaveProperty(eni);
    expect(r.scenario.lab?.refs.eni).toBeUndefined();
  });

  it('disassociates an Elastic IP whose private address left the ENI', () => {
    const eip = world.addresses.values().find((a) => a.association)!;
    const eniId = eip.association!.networkInterfaceId;
    const r = openEdited((j) => {
      const eni = j.networkInterfaces![eniId]!;
      eni.privateIps = (eni.privateIps as Obj[]).map((p) => ({ ...p, address: p.primary ? '10.0.1.200' : p.address }));
    });
    expect(r.scenario.world.addresses.get(eip.allocationId)?.association).toBeUndefined();
  });

  it('leaves out what sat in a missing VPC and detaches its internet gateway', () => {
    const r = openEdited((j) => delete j.vpcs![ids.vpc]);
    const w = r.scenario.world;
    expect(w.subnets.values().filter((s) => s.vpcId === ids.vpc)).toEqual([]);
    expect(w.routeTables.values().filter((t) => t.vpcId === ids.vpc)).toEqual([]);
    expect(w.networkAcls.values().filter((a) => a.vpcId === ids.vpc)).toEqual([]);
    expect(w.securityGroups.values().filter((g) => g.vpcId === ids.vpc)).toEqual([]);
    expect(w.networkInterfaces.values().filter((e) => e.vpcId === ids.vpc)).toEqual([]);
    expect(w.instances.size).toBe(0);
    expect(w.internetGateways.values().every((g) => g.vpcId === undefined)).toBe(true);
    expect(w.addresses.values().every((a) => a.association === undefined)).toBe(true);
    expect(w.volumes.values().every((v) => v.state === 'available')).toBe(true);
    expect(Object.keys(r.scenario.layout.positions)).toEqual(['region:us-east-1', 'az:us-east-1a', 'az:us-east-1b', ...ids.volumes, ...ids.eips]);
    expect(r.scenario.lab?.refs).toEqual({});
  });

  it('keeps a terminated instance whose subnet is gone (the engine allows that)', () => {
    const json = toPlain<Record<string, Record<string, Obj>>>(world);
    const cache = ids.instances[4]!;
    json.instances![cache] = { ...json.instances![cache]!, state: 'terminated', subnetId: 'subnet-0aaaaaaaaaaaaaaaa' };
    for (const [id, eni] of Object.entries(json.networkInterfaces!)) {
      if ((eni.attachment as Obj | undefined)?.instanceId === cache) delete json.networkInterfaces![id];
    }
    const edited = reviveWorld(json as unknown as Obj, collectionKeys(world));
    const r = decodeScenario(encodeScenario(createScenario({ ...classroom.input, world: edited, log: [] })));
    expect(r.ok && r.scenario.world.instances.get(cache)?.state).toBe('terminated');
    expect(r.ok && JSON.stringify(r.scenario.world)).toBe(JSON.stringify(edited));
  });

  it('drops security groups and route-table associations that are gone', () => {
    const sg = world.securityGroups.values().find((g) => g.name === 'web')!.id;
    const pub = ids.subnets[0];
    const r = openEdited((j) => {
      delete j.securityGroups![sg];
      const rtb = Object.values(j.routeTables!).find((t) => (t.subnetIds as string[]).includes(pub))!;
      rtb.subnetIds = [...(rtb.subnetIds as string[]), 'subnet-0bbbbbbbbbbbbbbbb'];
      const acl = Object.values(j.networkAcls!).find((a) => (a.associations as Obj[]).some((s) => s.subnetId === pub))!;
      acl.associations = [...(acl.associations as Obj[]), { associationId: 'aclassoc-0bbbbbbbbbbbbbbbb', subnetId: 'subnet-0bbbbbbbbbbbbbbbb' }];
    });
    const w = r.scenario.world;
    expect(w.networkInterfaces.values().some((e) => e.groupIds.includes(sg))).toBe(false);
    expect(w.routeTables.values().find((t) => t.subnetIds.includes(pub))?.subnetIds).toEqual([pub]);
    expect(w.networkAcls.values().flatMap((a) => a.associations).map((a) => a.subnetId).sort()).toEqual([...ids.subnets].sort());
  });
});

describe('restore: layout and lab', () => {
  const refs = { hasResource: (id: string) => id === 'i-0123456789abcdef0', regions: new Set(['us-east-1']), zones: new Set(['us-east-1a']) };

  it('knows which canvas nodes exist', () => {
    expect(nodeExists('region:us-east-1', refs)).toBe(true);
    expect(nodeExists('region:mars-1', refs)).toBe(false);
    expect(nodeExists('az:us-east-1a', refs)).toBe(true);
    expect(nodeExists('az:us-east-1z', refs)).toBe(false);
    expect(nodeExists('i-0123456789abcdef0', refs)).toBe(true);
    expect(nodeExists('i-0fffffffffffffff0', refs)).toBe(false);
    expect(nodeExists('eni:i-0fffffffffffffff0', refs)).toBe(false);
    expect(nodeExists('note:welcome', refs)).toBe(true);
  });

  it('drops positions of missing nodes and lab references to missing resources, with a warning each', () => {
    const scenario = createScenario(classroom.input);
    const wire = { ...scenario };
    wire.layout = { ...scenario.layout, positions: { ...scenario.layout.positions, 'i-0aaaaaaaaaaaaaaaa': { x: 1, y: 2 }, 'az:us-east-1q': { x: 3, y: 4 } } };
    wire.lab = { ...scenario.lab!, refs: { ...scenario.lab!.refs, gone: 'vol-0aaaaaaaaaaaaaaaa', label: 'not an id' } };
    const r = decodeScenario(encodeScenario(wire));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.layout).toEqual(scenario.layout);
    expect(r.scenario.lab?.refs).toEqual({ ...scenario.lab!.refs, label: 'not an id' });
    expect(dangling(r)).toEqual(['i-0aaaaaaaaaaaaaaaa', 'az:us-east-1q', 'vol-0aaaaaaaaaaaaaaaa']);
  });
});

describe('restore: defaults and types', () => {
  it('fills a field the document lacks with its default', () => {
    const web = ids.instances[0]!;
    const r = openEdited((j) => {
      delete j.instances![web]!.recoveries;
      delete j.instances![web]!.disableApiStop;
    });
    expect(r.scenario.world.instances.get(web)).toMatchObject({ recoveries: [], disableApiStop: false });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'default-filled', id: web })]);
    expect(r.warnings[0]!.message).toContain('recoveries');
  });

  it.each([
    ['a state the engine does not know', (i: Obj) => (i.state = 'flying'), /instances\.i-0[0-9a-f]+\.state/],
    ['a number where a string belongs', (i: Obj) => (i.subnetId = 42), /instances\.i-0[0-9a-f]+\.subnetId/],
    ['an object where a list belongs', (i: Obj) => (i.recoveries = {}), /recoveries/],
    ['a nested field of the wrong type', (i: Obj) => (i.metadataOptions = { ...(i.metadataOptions as Obj), HttpPutResponseHopLimit: '1' }), /metadataOptions\.HttpPutResponseHopLimit/],
  ])('refuses %s, naming the field', (_label, edit, where) => {
    const json = toPlain<Record<string, Record<string, Obj>>>(world);
    edit(json.instances![ids.instances[1]!]!);
    const edited = reviveWorld(json as unknown as Obj, collectionKeys(world)) as World;
    const r = decodeScenario(encodeScenario(createScenario({ ...classroom.input, world: edited, log: [] })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.message).toMatch(where);
  });
});
