import { describe, expect, it, vi } from 'vitest';
import { apply, createWorld, type Action } from '../engine';
import { classroomScenario } from '../scenario/fixtures/classroom';
import { CHECKPOINT_EVERY, changesBetween, Presentation } from './presentation';

function classroomLog(): Action[] {
  return classroomScenario().input.log as Action[];
}

/** The world after the first n actions, replayed from zero (what the presentation must equal). */
function replayed(actions: readonly Action[], n: number) {
  let world = createWorld();
  for (const action of actions.slice(0, n)) {
    const r = apply(world, action);
    if (r.ok) world = r.world;
  }
  return world;
}

describe('Presentation', () => {
  it('step N is the world after the first N actions, forwards, backwards and by jumps', () => {
    const log = classroomLog();
    const show = new Presentation(createWorld(), log, apply);
    expect(show.length).toBe(log.length);
    for (const n of [0, 1, 5, log.length, 3, CHECKPOINT_EVERY, CHECKPOINT_EVERY + 1, 2, log.length - 1]) {
      expect(JSON.stringify(show.worldAt(n))).toBe(JSON.stringify(replayed(log, n)));
    }
    expect(show.worldAt(-5)).toBe(show.worldAt(0));
    expect(show.worldAt(10_000)).toBe(show.worldAt(log.length));
  });

  it('keeps what each step did, refusals with their explanation', () => {
    const show = new Presentation(createWorld(), classroomLog(), apply);
    const refused = show.steps.filter((s) => !s.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.error?.code).toBeTruthy();
    expect(show.steps.filter((s) => s.ok).every((s) => Array.isArray(s.events))).toBe(true);
  });

  it('Next replays one action; a jump replays at most a checkpoint interval', () => {
    const log = classroomLog();
    const counting = vi.fn(apply);
    const show = new Presentation(createWorld(), log, counting);
    counting.mockClear();
    show.worldAt(3);
    expect(counting.mock.calls.length).toBeLessThanOrEqual(CHECKPOINT_EVERY);
    counting.mockClear();
    show.worldAt(4);
    expect(counting).toHaveBeenCalledTimes(1);
  });

  it('a 300-step log jumps from the start to the end quickly', () => {
    const base = createWorld();
    const vpc = apply(base, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    if (!vpc.ok) throw new Error('vpc');
    const vpcId = (vpc.response as { Vpc: { VpcId: string } }).Vpc.VpcId;
    const actions: Action[] = [{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }];
    for (let i = 0; i < 299; i++) actions.push({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: `10.0.${i % 256}.0/24` } });
    const show = new Presentation(base, actions, apply);
    show.worldAt(0);
    const started = performance.now();
    show.worldAt(300);
    show.worldAt(150);
    expect(performance.now() - started).toBeLessThan(300);
  });
});

describe('changesBetween', () => {
  it('names what was added, removed and changed', () => {
    const a = createWorld();
    const r1 = apply(a, { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    if (!r1.ok) throw new Error('vpc');
    const vpcId = (r1.response as { Vpc: { VpcId: string } }).Vpc.VpcId;
    expect(changesBetween(a, r1.world).added).toContain(vpcId);
    const r2 = apply(r1.world, { type: 'ec2:ModifyVpcAttribute', params: { VpcId: vpcId, EnableDnsHostnames: { Value: true } } });
    if (!r2.ok) throw new Error(r2.error.code);
    expect(changesBetween(r1.world, r2.world).changed).toContain(vpcId);
    const r3 = apply(r2.world, { type: 'ec2:DeleteVpc', params: { VpcId: vpcId } });
    if (r3.ok) expect(changesBetween(r2.world, r3.world).removed).toContain(vpcId);
    expect(changesBetween(a, a)).toEqual({ added: [], removed: [], changed: [] });
  });
});
