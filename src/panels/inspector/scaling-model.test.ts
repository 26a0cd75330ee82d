import { describe as suite, expect, it } from 'vitest';
import { apply } from '../../engine';
import { advance } from '../../engine/actions/scaling-test-helpers';
import { webStackWithGroup } from '../../test/worlds';
import { ok } from '../../engine/engine-test-helpers';
import { resolveScaling, scalingButtons, scalingFields, scalingReads, trafficSummary } from './scaling-model';

const stack = webStackWithGroup;

const read = (world: ReturnType<typeof stack>['world'], id: string) => {
  const sel = resolveScaling(world, id)!;
  const responses = scalingReads(sel).map((a) => {
    const r = apply(world, a);
    return r.ok ? r.response : undefined;
  });
  return { sel, fields: Object.fromEntries(scalingFields(sel, responses, world).map((f) => [f.label, f.value])) };
};

suite('inspector for load balancing and Auto Scaling', () => {
  it('a load balancer: DNS name, scheme, zones and listeners from the Describe answers', () => {
    const { world, lbArn } = stack();
    const { sel, fields } = read(world, lbArn);
    expect(sel).toMatchObject({ kind: 'loadBalancer', name: 'web-alb' });
    expect(fields['Scheme']).toBe('internet-facing');
    expect(String(fields['DNS name'])).toMatch(/^web-alb-.*\.us-east-1\.elb\.amazonaws\.com$/);
    expect(fields['Listeners']).toEqual(['HTTP:80 → web-tg']);
    expect((fields['Zones'] as string[]).map((z) => z.slice(0, 10))).toEqual(['us-east-1a', 'us-east-1b']);
    expect(fields).not.toHaveProperty('Listener rules');
  });

  it('a load balancer lists its listener rules read-only, lowest priority first', () => {
    const { world: w0, lbArn, tgArn } = stack();
    const listenerArn = w0.listeners.values()[0]!.id;
    const rule = (Priority: number, Conditions: unknown[]) => ({ ListenerArn: listenerArn, Priority, Conditions, Actions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
    let world = ok(w0, 'elasticloadbalancing:CreateRule', rule(20, [{ Field: 'path-pattern', Values: ['/api/*', '/v2/*'] }])).world;
    world = ok(world, 'elasticloadbalancing:CreateRule', rule(10, [{ Field: 'host-header', Values: ['admin.example.com'] }])).world;
    expect(read(world, lbArn).fields['Listener rules']).toEqual(['HTTP:80 #10 host admin.example.com → web-tg', 'HTTP:80 #20 path /api/* or /v2/* → web-tg']);
  });

  it('a target group lists each target with its state and, when not healthy, the reason', () => {
    const { world: w0, tgArn } = stack();
    const world = advance(ok(w0, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world, 30);
    const targets = read(world, tgArn).fields['Targets'] as string[];
    expect(targets.some((t) => t.includes('(draining) — Target.DeregistrationInProgress'))).toBe(true);
  });

  it('an Auto Scaling group: capacity, instances and the causes of its activities; its buttons are engine actions', () => {
    const { world } = stack();
    const group = world.autoScalingGroups.values()[0]!;
    const { sel, fields } = read(world, group.id);
    expect(fields['Capacity']).toBe('min 2 · desired 2 · max 4');
    expect(fields['Instances']).toHaveLength(2);
    expect((fields['Recent activity'] as string[])[0]).toMatch(/Launching a new EC2 instance/);
    const out = scalingButtons(sel, world).find((b) => b.label === 'Scale out (+1)')!;
    const r = apply(world, out.action);
    expect(r.ok && r.world.autoScalingGroups.get(group.id)!.desiredCapacity).toBe(3);
  });

  it('says a traffic run in one line', () => {
    expect(trafficSummary({ Requests: 1000, Responses: { '200': 1000, '503': 0 }, ByTarget: { 'i-a': 500, 'i-b': 500 }, SessionsLost: 0 })).toBe(
      '1,000 requests: 1,000 × 200 · by target i-a 500, i-b 500 · 0 sessions lost',
    );
  });
});

suite('inspector: launch templates, listeners and the zone drill', () => {
  it('a launch template shows its versions and who uses it; a listener shows its load balancer', () => {
    const { world, ltId, lbArn } = stack();
    const { sel, fields } = read(world, ltId);
    expect(sel.kind).toBe('launchTemplate');
    expect(fields['Default version']).toBe('1');
    expect(fields['Used by']).toEqual(['web']);
    expect(scalingButtons(sel, world).map((b) => b.label)).toEqual(['Delete']);
    const listener = world.listeners.values()[0]!;
    expect(resolveScaling(world, listener.id)).toMatchObject({ kind: 'loadBalancer', id: lbArn });
  });

  it('the load balancer offers to fail each of its zones, then to restore the one that is down', () => {
    const { world, lbArn } = stack();
    const sel = resolveScaling(world, lbArn)!;
    expect(scalingButtons(sel, world).map((b) => b.label)).toEqual(['Send 1,000 requests', 'Fail us-east-1a', 'Fail us-east-1b', 'Delete']);
    const fail = scalingButtons(sel, world).find((b) => b.label === 'Fail us-east-1a')!;
    const after = ok(world, fail.action.type, fail.action.params ?? {}).world;
    expect(after.zoneFailures.get('us-east-1a')).toBeDefined();
    expect(scalingButtons(sel, after).map((b) => b.label)).toContain('Restore us-east-1a');
  });
});
