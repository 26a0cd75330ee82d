import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apply, createWorld, type Action, type World } from '../engine';
import { loadEngineModule } from '../store/engine-module';
import { resetFlowMemo, toFlow } from './to-flow';
import { regionChips } from '../view-model/regions';

beforeAll(async () => {
  await loadEngineModule();
});
beforeEach(resetFlowMemo);

function run(world: World, action: Action): World {
  const r = apply(world, action);
  if (!r.ok) throw new Error(`${action.type}: ${r.error.code}`);
  return r.world;
}

const regionsDrawn = (world: World, choice?: Parameters<typeof toFlow>[3]) =>
  toFlow(world, 'network', {}, choice)
    .nodes.filter((n) => n.type === 'region')
    .map((n) => n.id);

describe('only what matters is drawn large', () => {
  it('a world with default VPCs everywhere draws the home region only; the others are chips', () => {
    const world = createWorld({ defaultVpc: true });
    expect(regionsDrawn(world)).toEqual(['region:us-east-1']);
    const chips = regionChips(world);
    expect(chips.filter((c) => !c.holds).map((c) => c.name)).toEqual(expect.arrayContaining(['us-west-2', 'eu-west-1']));
    expect(chips.find((c) => c.home)).toMatchObject({ name: 'us-east-1', drawn: true });
  });

  it('a chip shows its region, and "all" shows every one', () => {
    const world = createWorld({ defaultVpc: true });
    expect(regionsDrawn(world, ['eu-west-1'])).toEqual(['region:us-east-1', 'region:eu-west-1']);
    expect(regionsDrawn(world, 'all')).toHaveLength(Object.keys(world.regions).length);
  });

  it('a region with something of the learner in it is drawn without asking', () => {
    let world = createWorld({ defaultVpc: true });
    world = run(world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'eu-west-1a', Size: 8 }, region: 'eu-west-1' });
    expect(regionsDrawn(world)).toEqual(['region:us-east-1', 'region:eu-west-1']);
    expect(regionChips(world).find((c) => c.name === 'eu-west-1')).toMatchObject({ holds: true, drawn: true });
  });
});

describe('each Availability Zone is drawn once', () => {
  it('one AZ column per zone, holding its detached volumes below the VPCs that cross it', () => {
    let world = createWorld({ defaultVpc: true });
    world = run(world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1b', Size: 8 } });
    const nodes = toFlow(world).nodes;
    const zoneLabels = nodes.filter((n) => n.type === 'az').map((n) => n.data.zoneName);
    expect(zoneLabels).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const vpc = nodes.find((n) => n.type === 'vpc')!;
    const az = nodes.find((n) => n.id === 'az:us-east-1b')!;
    const volume = nodes.find((n) => n.type === 'volume' && n.parentId === az.id)!;
    expect(az.position.y).toBeLessThan(vpc.position.y); // the column starts above the VPC (its title)…
    expect(az.position.y + volume.position.y).toBeGreaterThan(vpc.position.y + vpc.height!); // …its volumes below it
    expect(az.position.y + az.height!).toBeGreaterThan(vpc.position.y + vpc.height!);
  });
});
