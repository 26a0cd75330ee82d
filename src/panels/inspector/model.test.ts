import { describe, expect, it } from 'vitest';
import { apply, type World } from '../../engine';
import { classroom } from '../../test/worlds';
import { buttonsOf, changeTypeAction, describeActions, fieldsOf, resolveSelection, type Field } from './model';

const read = (world: World, sel: NonNullable<ReturnType<typeof resolveSelection>>) =>
  describeActions(sel, world).map((a) => {
    const r = apply(world, a);
    return r.ok ? r.response : undefined;
  });

const value = (fields: Field[], label: string) => fields.find((f) => f.label === label)?.value;

describe('inspector model', () => {
  const t = classroom();

  it('resolves resource ids and canvas group ids', () => {
    const w = t.b.world;
    expect(resolveSelection(w, t.web)).toEqual({ kind: 'instance', id: t.web, region: 'us-east-1' });
    expect(resolveSelection(w, t.eniA)?.kind).toBe('eni');
    expect(resolveSelection(w, t.volA)?.kind).toBe('volume');
    expect(resolveSelection(w, t.eip)?.kind).toBe('eip');
    expect(resolveSelection(w, t.subnetA)?.kind).toBe('subnet');
    expect(resolveSelection(w, 'az:us-east-1b')).toEqual({ kind: 'az', id: 'us-east-1b', region: 'us-east-1' });
    expect(resolveSelection(w, 'region:us-east-1')?.kind).toBe('region');
    expect(resolveSelection(w, 'nothing')).toBeUndefined();
  });

  it('shows an instance from DescribeInstances: state, type, AZ, addresses, DNS, tenancy, purchase option, protections', () => {
    const sel = resolveSelection(t.b.world, t.web)!;
    const fields = fieldsOf(sel, read(t.b.world, sel), t.b.world);
    expect(value(fields, 'State')).toBe('running');
    expect(value(fields, 'Instance type')).toBe('t3.micro');
    expect(value(fields, 'Availability Zone')).toBe('us-east-1a');
    expect(value(fields, 'Public IPv4')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(value(fields, 'Private IPv4')).toMatch(/^10\.0\.1\./);
    expect(value(fields, 'Tenancy')).toBe('default');
    expect(value(fields, 'Purchase option')).toBe('On-Demand');
    expect(value(fields, 'Physical host')).toMatch(/^h-/);
  });

  it("shows a subnet's network ACL, default or custom, with its rules in evaluation order", () => {
    const sel = resolveSelection(t.b.world, t.subnetA)!;
    const fields = fieldsOf(sel, read(t.b.world, sel), t.b.world);
    expect(value(fields, 'Network ACL')).toMatch(/^acl-0[0-9a-f]{16} \(default\)$/);
    expect(value(fields, 'ACL rules')).toEqual([
      'in 100 allow all from 0.0.0.0/0', 'in * deny all from 0.0.0.0/0', 'out 100 allow all to 0.0.0.0/0', 'out * deny all to 0.0.0.0/0',
    ]);
    const vpcId = t.b.world.subnets.get(t.subnetA)!.vpcId;
    const made = apply(t.b.world, { type: 'ec2:CreateNetworkAcl', params: { VpcId: vpcId } });
    if (!made.ok) throw new Error(made.error.message);
    const aclId = (made.response as { NetworkAcl: { NetworkAclId: string } }).NetworkAcl.NetworkAclId;
    const assoc = t.b.world.networkAcls.values().flatMap((a) => a.associations).find((a) => a.subnetId === t.subnetA)!.associationId;
    const moved = apply(made.world, { type: 'ec2:ReplaceNetworkAclAssociation', params: { AssociationId: assoc, NetworkAclId: aclId } });
    const entry = moved.ok && apply(moved.world, {
      type: 'ec2:CreateNetworkAclEntry',
      params: { NetworkAclId: aclId, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '203.0.113.25/32', PortRange: { From: 22, To: 22 } },
    });
    if (!entry || !entry.ok) throw new Error('set-up failed');
    const custom = fieldsOf(sel, read(entry.world, sel), entry.world);
    expect(value(custom, 'Network ACL')).toBe(`${aclId} (custom)`);
    expect(value(custom, 'ACL rules')).toEqual(['in 100 allow TCP 22 from 203.0.113.25/32', 'in * deny all from 0.0.0.0/0', 'out * deny all to 0.0.0.0/0']);
  });

  it('offers buttons that are engine actions: stop then start gives the instance a new public IPv4', () => {
    let world = t.b.world;
    const sel = resolveSelection(world, t.web)!;
    const publicIp = () => value(fieldsOf(sel, read(world, sel), world), 'Public IPv4');
    const before = publicIp();
    const press = (label: string) => {
      const button = buttonsOf(sel, world).find((b) => b.label === label)!;
      const r = apply(world, button.action);
      expect(r.ok).toBe(true);
      world = r.world;
    };
    press('Stop');
    expect(publicIp()).toBe('—');
    press('Start');
    expect(publicIp()).not.toBe(before);
    expect(publicIp()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(buttonsOf(sel, world).find((b) => b.label === 'Termination protection')!.on).toBe(false);
    press('Termination protection');
    expect(buttonsOf(sel, world).find((b) => b.label === 'Termination protection')!.on).toBe(true);
    const terminate = apply(world, buttonsOf(sel, world).find((b) => b.label === 'Terminate')!.action);
    expect(terminate.ok).toBe(false);
  });

  it('changes the instance type only through the engine, which wants the instance stopped', () => {
    const sel = resolveSelection(t.b.world, t.web)!;
    const running = apply(t.b.world, changeTypeAction(sel, 't3.small'));
    expect(running.ok ? 'ok' : running.error.code).toBe('IncorrectInstanceState');
  });

  it('offers detach, disassociate, release and delete where they apply', () => {
    const w = t.b.world;
    const eth0 = w.networkInterfaces.values().find((e) => e.attachment?.instanceId === t.web)!;
    expect(buttonsOf(resolveSelection(w, eth0.id)!, w).map((b) => b.label)).toEqual(['Detach', 'Delete']);
    expect(buttonsOf(resolveSelection(w, t.eniA)!, w).map((b) => b.label)).toEqual(['Delete']);
    expect(buttonsOf(resolveSelection(w, t.eip)!, w).map((b) => b.label)).toEqual(['Release']);
    expect(buttonsOf(resolveSelection(w, t.volA)!, w).map((b) => b.label)).toEqual(['Create snapshot', 'Delete']);
  });
});
