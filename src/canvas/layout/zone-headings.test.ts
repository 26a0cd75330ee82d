import { beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../engine';
import { labs } from '../../labs/catalogue';
import { replaySolution, startLab } from '../../labs/runner';
import { loadEngineModule } from '../../store/engine-module';
import { resetFlowMemo, toFlow, type LabFlowNode, type Lens } from '../to-flow';
import { SIZE } from './sizes';

beforeAll(async () => {
  await loadEngineModule();
});

/** Groups drawn behind cards (their headings have their own room); everything else is a card. */
const GROUPS = new Set(['region', 'shelf', 'az', 'vpc', 'zoneColumn', 'subnet', 'host', 'bay']);

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function absolute(nodes: readonly LabFlowNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  for (const node of nodes) {
    let { x, y } = node.position;
    for (let p = node.parentId ? byId.get(node.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      x += p.position.x;
      y += p.position.y;
    }
    out.set(node.id, { x, y, w: node.width!, h: node.height! });
  }
  return out;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Cards lying on an Availability Zone's heading (its name, "Zone down", its zone ID pill), as "card on zone". */
function cardsOnHeadings(world: World, lens: Lens): string[] {
  resetFlowMemo();
  const { nodes } = toFlow(world, lens);
  const boxes = absolute(nodes);
  const headings = nodes.filter((n) => n.type === 'az').map((n) => ({ id: n.id, box: { ...boxes.get(n.id)!, h: SIZE.azHeadingMax } }));
  const hits: string[] = [];
  for (const card of nodes.filter((n) => !GROUPS.has(n.type))) {
    for (const heading of headings) if (overlaps(boxes.get(card.id)!, heading.box)) hits.push(`${card.id} on ${heading.id}`);
  }
  return hits;
}

describe('no card lies on an Availability Zone heading', () => {
  it('the heading room is under the VPCs that cross the zones (the internet gateway is inside its VPC)', () => {
    expect(SIZE.azHeadingMax).toBeLessThanOrEqual(SIZE.bandHeader + (SIZE.vpcHeader - SIZE.igwHeight) / 2);
  });

  for (const lab of labs) {
    it(`${lab.id}: at its start and after its first step, in both lenses`, () => {
      const worlds = [startLab(lab).world, replaySolution(lab, 1).world];
      const hits = worlds.flatMap((world, i) =>
        (['network', 'physical'] as Lens[]).flatMap((lens) => cardsOnHeadings(world, lens).map((h) => `${i ? 'after step 1' : 'start'}, ${lens}: ${h}`)),
      );
      expect(hits).toEqual([]);
    });
  }
});
