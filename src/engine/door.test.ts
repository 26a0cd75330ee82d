import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe } from './index';
import { deepFreeze, no, ok } from './engine-test-helpers';

/** Generic EC2 behaviour of the door: DryRun, request bounds, unknown members, pagination. */
const base = deepFreeze(createWorld({ defaultVpc: true }));
const vpcId = describe(base, 'ec2:DescribeVpcs').Vpcs[0].VpcId as string;

suite('DryRun', () => {
  it('answers DryRunOperation for a request that would succeed, and changes nothing', () => {
    const before = JSON.stringify(base);
    const r = apply(base, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.9.0.0/16', DryRun: true } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('DryRunOperation');
    expect(r.error.message).toBe('Request would have succeeded, but DryRun flag is set.');
    expect(r.world).toBe(base);
    expect(JSON.stringify(r.world)).toBe(before);
  });

  it('answers the real refusal when the request would fail', () => {
    expect(no(base, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/8', DryRun: true }).code).toBe('InvalidVpc.Range');
    expect(no(base, 'ec2:DeleteVpc', { VpcId: 'vpc-0123456789abcdef0', DryRun: true }).code).toBe('InvalidVpcID.NotFound');
  });

  it('applies to reads too, and DryRun false acts normally', () => {
    expect(no(base, 'ec2:DescribeVpcs', { DryRun: true }).code).toBe('DryRunOperation');
    expect(ok(base, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16', DryRun: false }).response.Vpc.VpcId).toMatch(/^vpc-/);
  });

  it('refuses a DryRun that is not a boolean', () => {
    expect(no(base, 'ec2:DescribeVpcs', { DryRun: 'maybe' }).code).toBe('InvalidParameterValue');
  });
});

suite('no silently ignored member', () => {
  it('refuses a member the action does not read as UnknownParameter', () => {
    const e = no(base, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16', Colour: 'blue' });
    expect([e.code, e.rule]).toEqual(['UnknownParameter', 'request.unknown-parameter']);
    expect(e.message).toContain('Colour');
  });

  it('accepts the ClientToken the SDK adds for idempotency', () => {
    ok(base, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16', ClientToken: 'abc' });
  });
});

suite('request bounds', () => {
  it('refuses nesting 10,000 deep up front, without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { A: deep };
    const e = no(base, 'ec2:DescribeVpcs', { Filters: deep });
    expect([e.code, e.rule]).toEqual(['InvalidParameterValue', 'request.too-large']);
  });

  it('refuses a 1 MB string, a __proto__ member and NaN', () => {
    expect(no(base, 'ec2:CreateVpc', { CidrBlock: 'x'.repeat(1_000_000) }).rule).toBe('request.too-large');
    const proto = JSON.parse('{"CidrBlock":"10.9.0.0/16","__proto__":{"polluted":true}}');
    expect(no(base, 'ec2:CreateVpc', proto).rule).toBe('request.too-large');
    expect(no(base, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16', Nested: { N: NaN } }).rule).toBe('request.too-large');
  });

  it('accepts a realistic deep request', () => {
    ok(base, 'ec2:DescribeVpcs', { Filters: [{ Name: 'vpc-id', Values: [vpcId] }] });
  });
});
