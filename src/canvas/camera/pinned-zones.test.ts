import { describe, expect, it } from 'vitest';
import { moreStep, offScreen, pinnedZones, RULER_HEIGHT } from './pinned-zones';

const pane = { width: 700, height: 600 };
const zones = [
  { name: 'us-east-1a', x: 0, y: 0, width: 340, height: 1200 },
  { name: 'us-east-1b', x: 364, y: 0, width: 340, height: 1200 },
  { name: 'us-east-1c', x: 728, y: 0, width: 340, height: 1200 },
];

describe('zone names pinned along the top edge', () => {
  it('pins none while the zones show their own headings', () => {
    expect(pinnedZones(zones, { x: 0, y: 30, zoom: 1 }, pane)).toEqual([]);
  });

  it('pins each zone on screen whose name went above the ruler, over its column, clipped to the pane', () => {
    const pinned = pinnedZones(zones, { x: 20, y: -200, zoom: 0.8 }, { ...pane, width: 660 });
    expect(pinned.map((p) => p.name)).toEqual(['us-east-1a', 'us-east-1b']);
    expect(pinned[0]).toEqual({ name: 'us-east-1a', left: 20, width: 272 });
    expect(pinned[1]!.left).toBeCloseTo(311.2);
    expect(pinned[1]!.left + pinned[1]!.width).toBeCloseTo(583.2);
    // the third starts at 602 px: 58 px of it are too few for its name, 98 px enough
    expect(pinnedZones(zones, { x: 20, y: -200, zoom: 0.8 }, pane).map((p) => p.name)).toContain('us-east-1c');
  });

  it('pins no zone whose column ends near the top, nor a sliver of one', () => {
    expect(pinnedZones(zones, { x: 0, y: -1200 + RULER_HEIGHT, zoom: 1 }, pane)).toEqual([]);
    expect(pinnedZones(zones, { x: 0, y: -200, zoom: 1 }, { ...pane, width: 400 }).map((p) => p.name)).toEqual(['us-east-1a']);
  });
});

describe('more of the drawing past an edge', () => {
  const all = { x: 0, y: 0, width: 1000, height: 500 };

  it('measures what runs past the left and right edges, a few pixels not counting', () => {
    expect(offScreen(all, { x: 0, y: 0, zoom: 1 }, pane)).toEqual({ left: 0, right: 300 });
    expect(offScreen(all, { x: -300, y: 0, zoom: 1 }, pane)).toEqual({ left: 300, right: 0 });
    expect(offScreen(all, { x: 2, y: 0, zoom: 0.69 }, pane)).toEqual({ left: 0, right: 0 });
    expect(offScreen(undefined, { x: 0, y: 0, zoom: 1 }, pane)).toEqual({ left: 0, right: 0 });
  });

  it('pans all the way with a margin, or most of the pane at a time', () => {
    expect(moreStep(300, 700, 32)).toBe(332);
    expect(moreStep(3000, 700, 32)).toBe(525);
  });
});
