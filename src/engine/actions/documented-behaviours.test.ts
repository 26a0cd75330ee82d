/** Two behaviours the EC2 API Reference documents (issue 15, item 8). */
import { describe as suite, expect, it } from 'vitest';
import { createWorld } from '../index';
import { no, ok } from '../engine-test-helpers';
import { address, allocate, inst, run } from './compute-test-helpers';

suite('DisassociateAddress is idempotent', () => {
  it('a second call with the same association id succeeds and changes nothing', () => {
    const r = run(createWorld({ defaultVpc: true }));
    const eip = allocate(r.world);
    const assoc = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, InstanceId: r.id });
    const associationId = assoc.response.AssociationId;
    const once = ok(assoc.world, 'ec2:DisassociateAddress', { AssociationId: associationId });
    expect(address(once.world, eip.allocationId).AssociationId).toBeUndefined();
    const twice = ok(once.world, 'ec2:DisassociateAddress', { AssociationId: associationId });
    expect(twice.events).toEqual([]);
    expect(JSON.stringify(twice.world.addresses.get(eip.allocationId))).toBe(JSON.stringify(once.world.addresses.get(eip.allocationId)));
    // re-associated: the old id is gone for good, the new one works
    const again = ok(twice.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, InstanceId: r.id });
    expect(ok(again.world, 'ec2:DisassociateAddress', { AssociationId: again.response.AssociationId }).events.length).toBeGreaterThan(0);
  });

  it('an id that never existed is NotFound, a malformed one Malformed', () => {
    const w = createWorld();
    expect(no(w, 'ec2:DisassociateAddress', { AssociationId: 'eipassoc-0123456789abcdef0' }).code).toBe('InvalidAssociationID.NotFound');
    expect(no(w, 'ec2:DisassociateAddress', { AssociationId: 'assoc-1' }).code).toBe('InvalidAssociationID.Malformed');
  });
});

suite('TerminateInstances with a protected instance among several', () => {
  it('terminates the instances in zones without a protected one; the protected zone keeps all of its instances', () => {
    let world = createWorld({ defaultVpc: true });
    const a1 = run(world, { Placement: { AvailabilityZone: 'us-east-1a' }, DisableApiTermination: true });
    const a2 = run(a1.world, { Placement: { AvailabilityZone: 'us-east-1a' } });
    const b1 = run(a2.world, { Placement: { AvailabilityZone: 'us-east-1b' } });
    const c1 = run(b1.world, { Placement: { AvailabilityZone: 'us-east-1c' } });
    world = c1.world;
    const t = ok(world, 'ec2:TerminateInstances', { InstanceIds: [a1.id, a2.id, b1.id, c1.id] });
    expect(t.response.TerminatingInstances.map((x: any) => x.InstanceId).sort()).toEqual([b1.id, c1.id].sort());
    expect([a1.id, a2.id, b1.id, c1.id].map((id) => inst(t.world, id).State.Name)).toEqual(['running', 'running', 'terminated', 'terminated']);
    const refusal = t.events.find((e) => e.data?.code === 'OperationNotPermitted');
    expect(refusal?.resourceId).toBe(a1.id);
    // all of them in the protected zone: the whole request fails and nothing changes
    const e = no(world, 'ec2:TerminateInstances', { InstanceIds: [a1.id, a2.id] });
    expect(e.code).toBe('OperationNotPermitted');
  });
});
