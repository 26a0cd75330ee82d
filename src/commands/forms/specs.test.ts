import { describe, expect, it } from 'vitest';
import { ACTION_LIST, apply, createWorld, type World } from '../../engine';
import { FORM_SPECS, formAction, formSpec, initialValues, recompute } from './specs';

const ctx = (world: World, selection: string | null = null) => ({ world, selection });

function accept(world: World, spec: string, selection: string | null = null, edit: Record<string, string> = {}) {
  const form = formSpec(spec)!;
  const values = { ...initialValues(form, ctx(world, selection)), ...edit };
  const r = apply(world, formAction(form, values));
  if (!r.ok) throw new Error(`${spec}: ${r.error.code} ${r.error.message}`);
  return r;
}

describe('action forms', () => {
  it('exist only for actions the engine knows, with a label for every field', () => {
    const known = new Set(ACTION_LIST.map((a) => a.type));
    for (const [type, spec] of FORM_SPECS) {
      expect(known.has(type), type).toBe(true);
      for (const field of spec.fields) expect(field.label.length, `${type} ${field.name}`).toBeGreaterThan(1);
    }
  });

  it('build a VPC, two subnets in two AZs and an instance with nothing but their defaults', () => {
    let world = createWorld();
    const vpc = accept(world, 'ec2:CreateVpc');
    world = vpc.world;
    const vpcId = vpc.response.Vpc.VpcId;
    expect(world.vpcs.get(vpcId)?.cidrBlocks[0]?.cidr).toBe('10.0.0.0/16');
    const a = accept(world, 'ec2:CreateSubnet', vpcId);
    world = a.world;
    const b = accept(world, 'ec2:CreateSubnet', a.response.Subnet.SubnetId);
    world = b.world;
    expect([a.response.Subnet.AvailabilityZone, b.response.Subnet.AvailabilityZone]).toEqual(['us-east-1a', 'us-east-1b']);
    expect([a.response.Subnet.CidrBlock, b.response.Subnet.CidrBlock]).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    const run = accept(world, 'ec2:RunInstances', b.response.Subnet.SubnetId);
    expect(run.response.Instances[0]).toMatchObject({ InstanceType: 't3.micro', SubnetId: b.response.Subnet.SubnetId });
  });

  it('add a Name tag only when one is given', () => {
    const form = formSpec('ec2:CreateVpc')!;
    const values = initialValues(form, ctx(createWorld()));
    expect(formAction(form, values).params).toEqual({ CidrBlock: '10.0.0.0/16' });
    expect(formAction(form, { ...values, Name: ' web ' }).params).toMatchObject({
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'web' }] }],
    });
  });

  it('recompute dependent fields the learner has not edited', () => {
    let world = createWorld();
    const one = accept(world, 'ec2:CreateVpc');
    world = one.world;
    const two = accept(world, 'ec2:CreateVpc');
    world = two.world;
    const form = formSpec('ec2:CreateSubnet')!;
    const c = ctx(world);
    const values = initialValues(form, c);
    expect(values.VpcId).toBe(two.response.Vpc.VpcId);
    expect(values.CidrBlock).toBe('10.1.0.0/24');
    const changed = recompute(form, c, { ...values, VpcId: one.response.Vpc.VpcId }, 'VpcId', new Set(['VpcId']));
    expect(changed.CidrBlock).toBe('10.0.0.0/24');
    const kept = recompute(form, c, { ...values, VpcId: one.response.Vpc.VpcId, CidrBlock: '10.0.9.0/24' }, 'VpcId', new Set(['VpcId', 'CidrBlock']));
    expect(kept.CidrBlock).toBe('10.0.9.0/24');
  });

  it('send numbers as numbers, and leave a non-number for the engine to refuse', () => {
    const form = formSpec('sim:AdvanceTime')!;
    expect(formAction(form, { Seconds: '60' }).params).toEqual({ Seconds: 60 });
    const r = apply(createWorld(), formAction(form, { Seconds: 'soon' }));
    expect(r.ok).toBe(false);
  });

  it('drop empty optional fields', () => {
    const form = formSpec('ec2:AssociateAddress')!;
    expect(formAction(form, { AllocationId: 'eipalloc-1', InstanceId: '', NetworkInterfaceId: '' }).params).toEqual({
      AllocationId: 'eipalloc-1',
    });
    expect(
      formAction(form, { AllocationId: 'eipalloc-1', InstanceId: '', NetworkInterfaceId: 'eni-1', PrivateIpAddress: ' 10.0.1.9 ' }).params,
    ).toEqual({ AllocationId: 'eipalloc-1', NetworkInterfaceId: 'eni-1', PrivateIpAddress: '10.0.1.9' });
  });
});
