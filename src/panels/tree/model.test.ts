import { describe, expect, it } from 'vitest';
import { classroom } from '../../test/worlds';
import { webStack } from '../../engine/actions/scaling-test-helpers';
import { ok } from '../../engine/engine-test-helpers';
import { ancestorsOf, buildTree, defaultExpanded, treeKey, visibleItems, type TreeItem } from './model';

const find = (items: readonly TreeItem[], id: string): TreeItem | undefined => {
  for (const it of items) {
    if (it.id === id) return it;
    const below = find(it.children, id);
    if (below) return below;
  }
  return undefined;
};

describe('tree model', () => {
  const t = classroom();
  const roots = buildTree(t.b.world);

  it('goes Region > VPC > AZ > subnet > instance > interfaces and volumes', () => {
    expect(ancestorsOf(roots, t.web)).toEqual(['region:us-east-1', t.vpc, `zone:${t.vpc}:us-east-1a`, t.subnetA]);
    expect(find(roots, t.web)!.children.map((c) => c.kind)).toEqual(['eni', 'volume']);
    expect(find(roots, t.subnetA)!.children.map((c) => c.id)).toEqual([t.web, t.app, t.eniA]);
    expect(ancestorsOf(roots, t.volB)).toEqual(['region:us-east-1', 'az:us-east-1b']);
    expect(ancestorsOf(roots, t.eip)).toEqual(['region:us-east-1']);
    expect(find(roots, t.vpc)!.children[0]!.id).toBe(t.igw);
  });

  it('draws just the region before the engine loads', () => {
    expect(buildTree(null).map((r) => r.id)).toEqual(['region:us-east-1']);
  });

  it('moves with the arrow keys as the ARIA tree pattern says', () => {
    const expanded = defaultExpanded(roots);
    const visible = visibleItems(roots, expanded);
    expect(visible[0]).toMatchObject({ level: 1, posinset: 1, setsize: 1 });
    expect(visible.some((v) => v.item.id === t.web)).toBe(true);
    expect(visible.some((v) => v.item.kind === 'eni' && v.parentId === t.web)).toBe(false);
    expect(treeKey('ArrowDown', visible, 'region:us-east-1', expanded)).toEqual({ focus: t.vpc });
    expect(treeKey('ArrowRight', visible, t.web, expanded)).toEqual({ expand: t.web });
    expect(treeKey('ArrowLeft', visible, t.web, expanded)).toEqual({ focus: t.subnetA });
    expect(treeKey('ArrowLeft', visible, t.subnetA, expanded)).toEqual({ collapse: t.subnetA });
    expect(treeKey('ArrowRight', visible, t.subnetA, expanded)).toEqual({ focus: t.web });
    expect(treeKey('Home', visible, t.web, expanded)).toEqual({ focus: 'region:us-east-1' });
    expect(treeKey('End', visible, t.web, expanded)!.focus).toBe(visible[visible.length - 1]!.item.id);
    expect(treeKey('x', visible, t.web, expanded)).toBeUndefined();
  });
});

describe('tree: horizontal scaling', () => {
  it('lists load balancers with their listeners, target groups and Auto Scaling groups under the VPC, launch templates under the region', () => {
    const s = webStack();
    const world = ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
      AutoScalingGroupName: 'web',
      LaunchTemplate: { LaunchTemplateId: s.ltId, Version: '$Latest' },
      MinSize: 1,
      MaxSize: 3,
      DesiredCapacity: 2,
      VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
      TargetGroupARNs: [s.tgArn],
    }).world;
    const roots = buildTree(world);
    const lb = find(roots, s.lbArn)!;
    expect(lb.kind).toBe('lb');
    expect(lb.detail).toContain('us-east-1a, us-east-1b');
    expect(lb.children.map((c) => c.label)).toEqual(['Listener HTTP:80']);
    expect(find(roots, s.tgArn)!.detail).toMatch(/^target group HTTP:80/);
    const group = world.autoScalingGroups.values()[0]!;
    expect(find(roots, group.id)!.detail).toContain('min 1 · desired 2 · max 3');
    expect(ancestorsOf(roots, group.id)!.length).toBe(2);
    expect(ancestorsOf(roots, s.ltId)).toEqual(['region:us-east-1']);
    expect(find(roots, s.ltId)!.kind).toBe('lt');
  });
});
