/**
 * Horizontal scaling in the tree: under a VPC its load balancers (with their listeners), target groups (how many
 * targets are healthy) and Auto Scaling groups (min/desired/max); under the region its launch templates. Ids are the
 * canvas's (ARNs), so picking one selects the card; a listener selects its load balancer's inspector.
 */
import type { World } from '../../engine';
import type { TreeItem, TreeKind } from './model';

const item = (id: string, kind: TreeKind, label: string, detail: string, children: TreeItem[] = []): TreeItem => ({ id, kind, label, detail, children });

function groupVpc(world: World, subnetIds: readonly string[]): string | undefined {
  const first = subnetIds[0];
  return first ? world.subnets.get(first)?.vpcId : undefined;
}

export function scalingItems(world: World, vpcId: string): TreeItem[] {
  const lbs = world.loadBalancers
    .values()
    .filter((lb) => lb.vpcId === vpcId)
    .map((lb) => {
      const listeners = world.listeners
        .values()
        .filter((l) => l.loadBalancerArn === lb.id)
        .sort((a, b) => a.port - b.port)
        .map((l) => item(l.id, 'listener', `Listener ${l.protocol}:${l.port}`, `forwards to ${world.targetGroups.get(l.targetGroupArn)?.name ?? 'a deleted target group'}`));
      const kind = lb.type === 'application' ? 'ALB' : 'NLB';
      return item(lb.id, 'lb', lb.name, `${kind} · ${lb.scheme} · ${lb.subnets.map((s) => s.az).join(', ')}`, listeners);
    });
  const tgs = world.targetGroups
    .values()
    .filter((tg) => tg.vpcId === vpcId)
    .map((tg) => {
      const healthy = tg.targets.filter((t) => t.state === 'healthy').length;
      return item(tg.id, 'tg', tg.name, `target group ${tg.protocol}:${tg.port} · ${healthy} of ${tg.targets.length} healthy`);
    });
  const groups = world.autoScalingGroups
    .values()
    .filter((g) => groupVpc(world, g.subnetIds) === vpcId)
    .map((g) => {
      const inService = g.instances.filter((m) => m.lifecycleState === 'InService').length;
      return item(g.id, 'asg', g.name, `Auto Scaling · min ${g.minSize} · desired ${g.desiredCapacity} · max ${g.maxSize} · ${inService} in service`);
    });
  return [...lbs, ...tgs, ...groups];
}

export function launchTemplateItems(world: World, region: string): TreeItem[] {
  return world.launchTemplates
    .values()
    .filter((lt) => lt.region === region && lt.ownerId === world.account)
    .map((lt) => item(lt.id, 'lt', lt.name, `launch template · default v${lt.defaultVersion} of ${lt.versions.length}`));
}
