import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceClock } from '../actions/hooks/clock';
import { scalingLab, webStack } from '../actions/scaling-test-helpers';
import type { BillingState } from '../model/purchasing';
import { ok } from '../engine-test-helpers';
import { Tx } from '../tx';
import { accrueCharges, accrueRun, type Charge } from './accrue';

const charge: fc.Arbitrary<Charge> = fc.record(
  {
    key: fc.constantFrom('instance|i-1', 'instance|i-2', 'ebs|vol-1', 'dedicated-host|h-1', 'reservation|r-1'),
    kind: fc.constantFrom('instance', 'ebs', 'dedicated-host', 'reservation'),
    resourceId: fc.constantFrom('i-1', 'vol-1', 'h-1'),
    region: fc.constant('us-east-1'),
    ownerId: fc.constant('111122223333'),
    rate: fc.double({ min: 0, max: 5, noNaN: true }),
    option: fc.constantFrom('on-demand', 'gp3'),
    shares: fc.constantFrom({ 'on-demand': 1 }, { 'zonal-ri': 0.25, 'on-demand': 0.75 }, { spot: 1 }),
    reservations: fc.constant(['r-1']),
    utilization: fc.double({ min: 0, max: 1, noNaN: true }),
    covered: fc.constant(['i-1']),
  },
  { requiredKeys: ['key', 'kind', 'resourceId', 'region', 'ownerId', 'rate'] },
);

const start: BillingState = {
  total: 1.5,
  lines: {
    'instance|i-1': { key: 'instance|i-1', kind: 'instance', resourceId: 'i-1', region: 'us-east-1', amount: 1, seconds: 60, coveredBy: { 'on-demand': 60 }, lastReason: 'upfront' },
    'dedicated-host|h-1': { key: 'dedicated-host|h-1', kind: 'dedicated-host', resourceId: 'h-1', region: 'us-east-1', amount: 0.5, seconds: 0 },
  },
};

describe('accrueRun', () => {
  it('bills several stretches at the same prices exactly as billing each stretch on its own (to the last bit)', () => {
    fc.assert(
      fc.property(fc.array(charge, { maxLength: 6 }), fc.array(fc.integer({ min: -5, max: 7200 }), { maxLength: 12 }), (charges, stretches) => {
        const one = stretches.reduce((bill, s) => accrueCharges(bill, charges, s), start);
        const run = accrueRun(start, charges, stretches);
        expect(JSON.stringify(run)).toBe(JSON.stringify(one));
        expect(Object.is(run.total, one.total)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('leaves the bill it was given alone', () => {
    const before = JSON.stringify(start);
    accrueRun(start, [{ key: 'instance|i-1', kind: 'instance', resourceId: 'i-1', region: 'us-east-1', ownerId: 'a', rate: 1, shares: { spot: 1 } }], [30, 30]);
    expect(JSON.stringify(start)).toBe(before);
  });
});

describe('sim:AdvanceTime over a group that cannot make progress', () => {
  it('prices the world and copies the bill a few times, not once per 30-s retry of the group', () => {
    const s = webStack(scalingLab());
    let world = ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
      AutoScalingGroupName: 'stuck',
      LaunchTemplate: { LaunchTemplateId: s.ltId, Version: '$Latest' },
      MinSize: 2,
      MaxSize: 2,
      VPCZoneIdentifier: s.subnets[0],
    }).world;
    world = ok(world, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    const tx = new Tx(world, { type: 'sim:AdvanceTime', params: {} }, 'us-east-1', world.account);
    const r = advanceClock(tx, 6 * 3600);
    // the group retries its launches every 30 s for six hours: 720 stretches between events
    expect(r.steps).toBeGreaterThanOrEqual(720);
    // before the meter, each stretch priced the world and copied the bill: 720 of each
    expect(r.pricings).toBeLessThanOrEqual(3);
    expect(r.bills).toBeLessThanOrEqual(3);
    expect(r.charged).toBeGreaterThan(0);
    const failures = tx.events.filter((e) => e.type === 'scaling-activity' && e.message.includes('Launching EC2 instance failed'));
    expect(failures.length).toBeGreaterThanOrEqual(720);
  });
});
