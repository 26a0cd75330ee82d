import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../../engine';
import { stepArbitrary, stepToAction } from '../../engine/random-actions';
import { loadEngineModule } from '../../store/engine-module';
import { resetFlowMemo, toFlow, type LabFlowNode, type Lens } from '../to-flow';

beforeAll(async () => {
  await loadEngineModule();
});

/**
 * A random world: the property-test generator's actions applied in order (refusals simply change nothing), from
 * the default VPC (a subnet in every AZ, so launches land) or from nothing.
 */
function worldFrom(steps: Parameters<typeof stepToAction>[1][], defaultVpc = true): World {
  let world = createWorld({ defaultVpc });
  for (const step of steps) {
    const r = apply(world, stepToAction(world, step));
    if (r.ok) world = r.world;
  }
  return world;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (child: Rect, parent: Rect) =>
  child.x >= 0 && child.y >= 0 && child.x + child.w <= parent.w && child.y + child.h <= parent.h;

/** Every problem with a layout: parents after children, duplicate ids, overlapping siblings, children outside. */
function layoutProblems(nodes: LabFlowNode[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, LabFlowNode>();
  const children = new Map<string, LabFlowNode[]>();
  for (const node of nodes) {
    if (seen.has(node.id)) problems.push(`duplicate id ${node.id}`);
    if (node.parentId && !seen.has(node.parentId)) problems.push(`${node.id} comes before its parent ${node.parentId}`);
    if (!(node.width! > 0 && node.height! > 0)) problems.push(`${node.id} has no size`);
    seen.set(node.id, node);
    const key = node.parentId ?? '';
    children.set(key, [...(children.get(key) ?? []), node]);
  }
  const rect = (n: LabFlowNode): Rect => ({ x: n.position.x, y: n.position.y, w: n.width!, h: n.height! });
  for (const [parentId, kids] of children) {
    const parent = seen.get(parentId);
    // A VPC crosses the AZ columns of its region by design (each AZ is drawn once, as a column behind the VPCs).
    const crossing = (a: LabFlowNode, b: LabFlowNode) => (a.type === 'vpc' && b.type === 'az') || (a.type === 'az' && b.type === 'vpc');
    for (const [i, a] of kids.entries()) {
      if (parent && !inside(rect(a), rect(parent))) problems.push(`${a.id} sticks out of ${parentId}`);
      for (const b of kids.slice(i + 1)) {
        if (!crossing(a, b) && overlaps(rect(a), rect(b))) problems.push(`${a.id} overlaps ${b.id}`);
      }
    }
    // …but what an AZ column holds itself (its detached volumes) stays clear of every VPC crossing it.
    for (const az of kids.filter((n) => n.type === 'az')) {
      for (const card of children.get(az.id) ?? []) {
        const at = { ...rect(card), x: card.position.x + az.position.x, y: card.position.y + az.position.y };
        for (const vpc of kids.filter((n) => n.type === 'vpc')) {
          if (overlaps(at, rect(vpc))) problems.push(`${card.id} (in ${az.id}) lies under ${vpc.id}`);
        }
      }
    }
  }
  return problems;
}

describe('layout of random worlds', () => {
  for (const lens of ['network', 'physical'] as Lens[]) {
    it(`${lens} lens: parents first, unique ids, siblings never overlap, children inside their parent`, () => {
      fc.assert(
        fc.property(fc.array(stepArbitrary, { minLength: 40, maxLength: 150 }), fc.boolean(), (steps, defaultVpc) => {
          resetFlowMemo();
          const world = worldFrom(steps, defaultVpc);
          expect(layoutProblems(toFlow(world, lens).nodes)).toEqual([]);
        }),
        { numRuns: 50 },
      );
    });
  }

  it('a region with no VPC yet still holds the detached volumes of its AZs (found by the random test)', () => {
    let world = createWorld();
    for (let i = 0; i < 5; i++) {
      const r = apply(world, { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1b', Size: 8 } });
      if (!r.ok) throw new Error(r.error.code);
      world = r.world;
    }
    resetFlowMemo();
    expect(layoutProblems(toFlow(world, 'network').nodes)).toEqual([]);
  });

  it('derives every world of a session, undo included, exactly as from scratch (reused cards are never stale)', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 20, maxLength: 80 }), fc.nat(), (steps, seed) => {
        resetFlowMemo();
        const worlds = [createWorld()];
        for (const step of steps) {
          const world = worlds[worlds.length - 1]!;
          const r = apply(world, stepToAction(world, step));
          if (r.ok) worlds.push(r.world);
        }
        // forward through the session, then back and forth as undo and redo go
        const order = [...worlds.keys(), ...[...worlds.keys()].map((i) => (i * 7 + seed) % worlds.length)];
        const warm = new Map<string, unknown>();
        for (const i of order) for (const lens of ['network', 'physical'] as Lens[]) warm.set(`${lens}${i}`, toFlow(worlds[i]!, lens));
        for (const i of new Set(order)) {
          for (const lens of ['network', 'physical'] as Lens[]) {
            resetFlowMemo();
            expect(warm.get(`${lens}${i}`)).toEqual(toFlow(worlds[i]!, lens));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a new resource never moves or overlaps what was there: the next world still lays out cleanly', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 10, maxLength: 60 }), stepArbitrary, (steps, last) => {
        const world = worldFrom(steps);
        const r = apply(world, stepToAction(world, last));
        const next = r.ok ? r.world : world;
        expect(layoutProblems(toFlow(next).nodes)).toEqual([]);
        expect(toFlow(next)).toEqual(toFlow(next, 'network', {}));
      }),
      { numRuns: 40 },
    );
  });
});
