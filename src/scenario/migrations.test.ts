import { describe, expect, it } from 'vitest';
import { V1_CLASSROOM_IDS, V1_CLASSROOM_LOG, V1_CLASSROOM_SNAPSHOT } from './fixtures/documents';
import { decodeScenario } from './index';
import { currentVersion, FIRST_VERSION, migrate, migrationGaps, MIGRATIONS, type Migration } from './migrations';
import { openWire, sealWire } from './scenario-test-helpers';

describe('migrations', () => {
  it('are numbered contiguously from version 2, so the current version is the last one', () => {
    expect(migrationGaps()).toEqual([]);
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(FIRST_VERSION + 1 + i));
    expect(currentVersion()).toBe(FIRST_VERSION + MIGRATIONS.length);
  });

  const sample: Migration[] = [
    { version: 2, summary: 'rename t to title', up: (d) => ({ ...d, title: d.t, t: undefined }) },
    { version: 3, summary: 'add notes', up: (d) => ({ ...d, notes: `${String(d.title)}!` }) },
  ];

  it('finds a gap or a repeat in a migration list', () => {
    expect(migrationGaps(sample)).toEqual([]);
    expect(migrationGaps([sample[0]!, { ...sample[1]!, version: 4 }])).toEqual(['migration #1 produces version 4, expected 3']);
    expect(migrationGaps([sample[1]!])).toHaveLength(1);
  });

  it('runs every migration after the document version, in order', () => {
    expect(migrate({ format: 'ec2-lab', version: 1, t: 'x' }, sample)).toEqual({
      ok: true,
      doc: { format: 'ec2-lab', version: 3, title: 'x', t: undefined, notes: 'x!' },
    });
    expect(migrate({ format: 'ec2-lab', version: 2, title: 'y' }, sample)).toEqual({
      ok: true,
      doc: { format: 'ec2-lab', version: 3, title: 'y', notes: 'y!' },
    });
    expect(migrate({ format: 'ec2-lab', version: 3, title: 'z' }, sample)).toEqual({ ok: true, doc: { format: 'ec2-lab', version: 3, title: 'z' } });
  });

  it('refuses a version from the future or no version at all', () => {
    expect(migrate({ version: 4 }, sample)).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrate({ version: currentVersion() + 1 })).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrate({ version: 1.5 })).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrate({})).toMatchObject({ ok: false, code: 'bad-version' });
    expect(migrate([])).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('a document of a newer version is refused with a message that says so', () => {
    const r = decodeScenario(sealWire({ format: 'ec2-lab', version: currentVersion() + 1 }));
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-version' } });
    expect(!r.ok && r.error.message).toMatch(/newer version of the lab/);
  });
});

describe('fixtures of every past version', () => {
  it('version 1 carrying a log opens to the classroom world, with no warning', () => {
    const r = decodeScenario(V1_CLASSROOM_LOG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    const { scenario } = r;
    expect(scenario.version).toBe(currentVersion());
    expect(scenario.title).toBe('Two-tier VPC: ENIs, Elastic IPs and a golden AMI');
    expect(scenario.origin).toEqual({ kind: 'fresh', seed: 1, defaultVpc: false });
    expect(scenario.log).toHaveLength(26);
    expect(scenario.log[17]).toMatchObject({ action: { type: 'ec2:AttachNetworkInterface' }, refused: 'InvalidParameterCombination' });
    expect(scenario.world.instances.keys()).toEqual(V1_CLASSROOM_IDS.instances);
    expect(scenario.world.networkInterfaces.values().filter((e) => e.vpcId === V1_CLASSROOM_IDS.vpc).map((e) => e.id)).toEqual(
      V1_CLASSROOM_IDS.enis,
    );
    expect(scenario.world.volumes.keys()).toEqual(V1_CLASSROOM_IDS.volumes);
    expect(scenario.world.addresses.keys()).toEqual(V1_CLASSROOM_IDS.eips);
    expect(scenario.world.images.get(V1_CLASSROOM_IDS.ami)?.name).toBe('web-golden-1');
    expect(scenario.layout.positions[V1_CLASSROOM_IDS.instances[0]]).toEqual({ x: 60, y: 220 });
    expect(Object.keys(scenario.layout.positions)).toHaveLength(26);
    expect(scenario.lab).toEqual({
      id: 'network-interfaces',
      step: 2,
      completed: ['create-eni', 'attach-eni'],
      refs: { web: V1_CLASSROOM_IDS.instances[0], eni: V1_CLASSROOM_IDS.enis[6] },
    });
    expect(scenario.camera).toEqual({ x: -120, y: -40, zoom: 0.85 });
  });

  it('version 1 carrying a snapshot opens to the same world', () => {
    const fromLog = decodeScenario(V1_CLASSROOM_LOG);
    const fromSnapshot = decodeScenario(V1_CLASSROOM_SNAPSHOT);
    expect(fromSnapshot.ok && fromSnapshot.warnings).toEqual([]);
    expect(fromSnapshot.ok && fromSnapshot.scenario.origin.kind).toBe('snapshot');
    expect(fromSnapshot.ok && fromSnapshot.scenario.log).toEqual([]);
    expect(fromLog.ok && fromSnapshot.ok && JSON.stringify(fromSnapshot.scenario.world)).toBe(
      fromLog.ok && JSON.stringify(fromLog.scenario.world),
    );
  });

  it('the version 1 wire document has the documented shape', () => {
    const wire = openWire(V1_CLASSROOM_LOG);
    expect(Object.keys(wire)).toEqual(['format', 'version', 'title', 'notes', 'log', 'layout', 'lab', 'cam']);
    expect(wire).toMatchObject({ format: 'ec2-lab', version: 1 });
    expect((wire.log as unknown[])[0]).toEqual({ t: 'ec2:CreateVpc', p: { CidrBlock: '10.0.0.0/16' } });
    const snap = openWire(V1_CLASSROOM_SNAPSHOT).snap as Record<string, unknown>;
    expect(Object.keys(snap)).toEqual(['k', 'c']);
  });
});
