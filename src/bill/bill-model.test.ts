import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, type World } from '../engine';
import { ok } from '../engine/engine-test-helpers';
import { billRows, duration, stoppedCosts, type BillingView } from './bill-model';

function running(): { world: World; id: string } {
  let world = createWorld({ defaultVpc: true });
  const image = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }).Images[0].ImageId;
  const r = ok(world, 'ec2:RunInstances', { ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 });
  world = ok(r.world, 'sim:AdvanceTime', { Seconds: 3600 }).world;
  return { world, id: r.response.Instances[0].InstanceId };
}

const bill = (world: World) => {
  const r = apply(world, { type: 'sim:BillingView', params: {} });
  if (!r.ok) throw new Error(r.error.message);
  return r.response as BillingView;
};

suite('the bill, as rows', () => {
  it('an instance that ran an hour: On-Demand, accruing, its hourly rate and the amount so far', () => {
    const { world, id } = running();
    const rows = billRows(bill(world), world);
    const row = rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({ kind: 'Instance', option: 'On-Demand', billing: 'accruing', seconds: 3600 });
    expect(row.detail).toMatch(/^t3\.micro running in us-east-1/);
    expect(row.perHour).toBeGreaterThan(0);
    expect(row.soFar).toBeCloseTo(row.perHour, 6);
    expect(rows.some((r) => r.kind === 'EBS volume' && r.billing === 'accruing')).toBe(true);
  });

  it('a stopped instance costs nothing itself, but its volume still does', () => {
    const { world: w0, id } = running();
    let world = ok(w0, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'sim:AdvanceTime', { Seconds: 600 }).world;
    const view = bill(world);
    expect(billRows(view, world).find((r) => r.id === id)).toMatchObject({ billing: 'stopped', perHour: 0 });
    const [cost] = stoppedCosts(view, world);
    expect(cost?.instanceId).toBe(id);
    expect(cost?.items.map((i) => i.what)).toEqual([expect.stringMatching(/^EBS volume \d+ GiB/)]);
    expect(cost!.perHour).toBeGreaterThan(0);
  });

  it('says durations plainly', () => {
    expect(duration(42)).toBe('42 s');
    expect(duration(125)).toBe('2 min 5 s');
    expect(duration(7260)).toBe('2 h 1 min');
  });
});
