import type { World } from './model/world';

/**
 * Facts about load balancing and Auto Scaling that hold in every world the engine can produce (checked by the
 * property test after every step): a group's instances stay within its limits and exist; no target sits in another
 * VPC than its target group; every listener and listener rule forwards to an existing target group of its load
 * balancer's VPC, and a listener's rule priorities are unique.
 */
export function scalingViolations(world: World): string[] {
  const problems: string[] = [];
  for (const g of world.autoScalingGroups.values()) {
    if (g.desiredCapacity < g.minSize || g.desiredCapacity > g.maxSize) problems.push(`${g.name}: desired ${g.desiredCapacity} outside ${g.minSize}..${g.maxSize}`);
    // members draining on their way out (S36) no longer count towards the group's size
    const active = g.instances.filter((m) => m.lifecycleState !== 'Terminating').length;
    if (active > g.maxSize) problems.push(`${g.name} has ${active} instances, above MaxSize ${g.maxSize}`);
    for (const m of g.instances) {
      const instance = world.instances.get(m.instanceId);
      if (!instance) problems.push(`${g.name} lists a missing instance ${m.instanceId}`);
      else if (instance.state === 'terminated' && m.lifecycleState !== 'Terminating' && instance.terminatedAt !== world.clock) {
        // a member terminated behind the group's back is replaced on the next cycle, never kept for longer
        if (world.clock - (instance.terminatedAt ?? 0) > 30) problems.push(`${g.name} keeps terminated ${m.instanceId} for over a cycle`);
      }
    }
  }
  for (const tg of world.targetGroups.values()) {
    if (tg.targetType !== 'instance') continue;
    for (const t of tg.targets) {
      const instance = world.instances.get(t.id);
      if (instance && instance.vpcId !== tg.vpcId) problems.push(`target ${t.id} (${instance.vpcId}) sits in ${tg.name} of ${tg.vpcId}`);
    }
  }
  for (const l of world.listeners.values()) {
    const lb = world.loadBalancers.get(l.loadBalancerArn);
    // every forward of a listener and its rules reaches a target group of the load balancer's VPC (S17, S18)
    for (const arn of [l.targetGroupArn, ...(l.rules ?? []).map((r) => r.targetGroupArn)]) {
      const tg = world.targetGroups.get(arn);
      if (!tg) problems.push(`listener ${l.id} forwards to a missing target group ${arn}`);
      else if (lb && tg.vpcId !== lb.vpcId) problems.push(`listener ${l.id} forwards to ${tg.name} of another VPC`);
    }
    const priorities = (l.rules ?? []).map((r) => r.priority);
    if (new Set(priorities).size !== priorities.length) problems.push(`listener ${l.id} has two rules of one priority`);
  }
  return problems;
}

/** Instances that appeared between two worlds from a launch template version that did not exist before. */
export function launchedFromMissingTemplate(before: World, after: World): string[] {
  const problems: string[] = [];
  for (const instance of after.instances.values()) {
    if (before.instances.get(instance.id)) continue;
    const id = instance.tags.find((t) => t.Key === 'aws:ec2launchtemplate:id')?.Value;
    if (!id) continue;
    const version = Number(instance.tags.find((t) => t.Key === 'aws:ec2launchtemplate:version')?.Value);
    const lt = before.launchTemplates.get(id);
    if (!lt || !lt.versions.some((v) => v.versionNumber === version)) problems.push(`${instance.id} launched from deleted ${id} version ${version}`);
  }
  return problems;
}
