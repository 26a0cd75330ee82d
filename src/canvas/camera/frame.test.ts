import { describe, expect, it } from 'vitest';
import { clearOfCorner, frameView, isUnder, isVisible, revealView, headingBands, uncutLines, union, withHeadings } from './frame';

const pane = { width: 1000, height: 600 };
const pad = { top: 0, bottom: 0, left: 0, right: 0 };

describe('camera framing', () => {
  it('centres a rectangle that fits, no larger than maxZoom', () => {
    const view = frameView({ x: 0, y: 0, width: 500, height: 300 }, pane, 0.8, 1, pad);
    expect(view.zoom).toBe(1);
    expect(view).toMatchObject({ x: 250, y: 150 });
  });

  it('never goes below minZoom: a huge rectangle shows its top-left at the readable zoom', () => {
    const view = frameView({ x: 100, y: 200, width: 10_000, height: 8_000 }, pane, 0.8, 1, pad);
    expect(view.zoom).toBe(0.8);
    expect(view.x).toBeCloseTo(-80);
    expect(view.y).toBeCloseTo(-160);
  });

  it('zooms in past 1 when minZoom asks for it (projector)', () => {
    expect(frameView({ x: 0, y: 0, width: 100, height: 100 }, pane, 1.3, 1, pad).zoom).toBe(1.3);
  });

  it('centres across when only the height overflows', () => {
    const view = frameView({ x: 0, y: 0, width: 500, height: 5_000 }, pane, 1, 1, pad);
    expect(view.x).toBe(250);
    expect(view.y).toBe(0);
  });

  it('reveals by panning at the current readable zoom, or frames', () => {
    const rect = { x: 2_000, y: 0, width: 200, height: 100 };
    const view = { x: 0, y: 0, zoom: 0.9 };
    expect(isVisible(rect, view, pane)).toBe(false);
    const moved = revealView(rect, view, pane, 0.8, 1, pad);
    expect(moved.zoom).toBe(0.9);
    expect(isVisible(rect, moved, pane)).toBe(true);
    expect(revealView(rect, { x: 0, y: 0, zoom: 0.2 }, pane, 0.8, 1, pad).zoom).toBe(1);
  });

  it('unions rectangles', () => {
    expect(union([])).toBeUndefined();
    expect(union([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
  });
});

describe('framing what matters with the headings above it', () => {
  const subnet = { x: 100, y: 100, width: 800, height: 600 };
  const vpc = { x: 80, y: 20, width: 3000, height: 700 };
  const instance = { x: 400, y: 300, width: 200, height: 150 };

  it('adds the headings of the groups it sits in, nearest first, while they fit readable', () => {
    const rect = withHeadings(instance, [subnet, vpc], pane, 0.8, 1, pad);
    expect(rect).toEqual({ x: 80, y: 20, width: 520, height: 430 });
    // framed, the VPC's heading (its top-left corner) is on screen
    const view = frameView(rect, pane, 0.8, 1, pad);
    expect(isVisible({ x: vpc.x, y: vpc.y, width: 200, height: 60 }, view, pane)).toBe(true);
  });

  it('stops at the first heading that would not fit at the readable zoom', () => {
    const far = { x: -2000, y: -900, width: 4000, height: 2000 };
    expect(withHeadings(instance, [subnet, far], pane, 0.8, 1, pad)).toEqual({ x: 100, y: 100, width: 500, height: 350 });
  });

  it('adds no heading that would make the cards more than 15 % smaller than the focus alone', () => {
    // alone the instance is framed at zoom 1; with a heading 700 px above it, only at 600 / 1050
    const high = { x: 380, y: -600, width: 3000, height: 1200 };
    expect(withHeadings(instance, [subnet, high], pane, 0.3, 1, pad)).toEqual({ x: 100, y: 100, width: 500, height: 350 });
  });
});

describe('framing clear of the minimap in the bottom-right corner', () => {
  const minimap = { x: 800, y: 460, width: 170, height: 110 };

  it('keeps the padding when what is framed is not under it', () => {
    expect(clearOfCorner({ x: 0, y: 0, width: 300, height: 200 }, pane, 0.5, 1, pad, minimap)).toBe(pad);
    expect(clearOfCorner({ x: 0, y: 0, width: 3000, height: 2000 }, pane, 0.5, 1, pad, undefined)).toBe(pad);
  });

  it('grows the right or the bottom padding, whichever shows the rectangle larger', () => {
    // wide and short: room at the bottom is cheaper than room at the right
    const wide = { x: 0, y: 0, width: 1000, height: 500 };
    expect(isUnder(wide, frameView(wide, pane, 0.5, 1, pad), pane, minimap)).toBe(true);
    const p = clearOfCorner(wide, pane, 0.5, 1, pad, minimap);
    expect(p).toEqual({ ...pad, bottom: 148 });
    expect(isUnder(wide, frameView(wide, pane, 0.5, 1, p), pane, minimap)).toBe(false);
    // tall and narrow: room at the right
    expect(clearOfCorner({ x: 0, y: 0, width: 900, height: 600 }, pane, 0.5, 1, pad, minimap)).toEqual({ ...pad, right: 208 });
  });

  it('leaves the padding when the rectangle runs past the pane both ways at the readable zoom', () => {
    expect(clearOfCorner({ x: 0, y: 0, width: 5000, height: 5000 }, pane, 1, 1, pad, minimap)).toBe(pad);
  });

  it('counts only what the view puts on screen', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(isUnder({ x: 0, y: 0, width: 700, height: 700 }, view, pane, minimap)).toBe(false);
    expect(isUnder({ x: 900, y: 580, width: 100, height: 100 }, view, pane, minimap)).toBe(false); // below the pane
    expect(isUnder({ x: 900, y: 500, width: 50, height: 50 }, view, pane, minimap)).toBe(true);
  });
});

describe('no line of words cut by the top or bottom edge', () => {
  const focus = { x: 0, y: 200, width: 400, height: 300 };
  const vpc = { x: 0, y: 150, width: 800, height: 500 };
  const heading = headingBands(focus, [vpc]);

  it('shows a half-cut heading whole when what matters still fits below', () => {
    expect(heading).toEqual([{ x: 0, y: 150, width: 800, height: 50 }]);
    // the VPC's heading (150–200) sits at -20…30 on screen
    expect(uncutLines({ x: 0, y: -170, zoom: 1 }, focus, heading, pane, 600, pad).y).toBe(-150);
  });

  it('moves it above the edge when showing it would push what matters past the bottom', () => {
    const tall = { ...focus, height: 580 };
    expect(uncutLines({ x: 0, y: -170, zoom: 1 }, tall, headingBands(tall, [vpc]), pane, 600, pad).y).toBe(-200);
  });

  it('leaves a caption cut at the bottom below it, what matters staying whole', () => {
    const foot = { x: 0, y: 760, width: 300, height: 24 };
    // the foot at 590…614 on screen: 10 px of it show
    expect(uncutLines({ x: 0, y: -170, zoom: 1 }, { ...focus, y: 170 }, [foot], pane, 600, pad).y).toBe(-160);
    // it would push what matters (ending at 595) past the edge: shown whole instead
    expect(uncutLines({ x: 0, y: -170, zoom: 1 }, { ...focus, y: 190, height: 575 }, [foot], pane, 600, pad).y).toBe(-184);
  });

  it('leaves a view with every line whole or out of sight', () => {
    const view = { x: 0, y: -100, zoom: 1 };
    expect(uncutLines(view, focus, heading, pane, 600, pad)).toBe(view);
    expect(uncutLines({ x: 0, y: -250, zoom: 1 }, focus, heading, pane, 600, pad).y).toBe(-250);
    // a cut line out of sight across does not count
    expect(uncutLines({ x: -2000, y: -170, zoom: 1 }, focus, heading, pane, 600, pad).y).toBe(-170);
  });
});

describe('the heading of the zone what matters sits in', () => {
  const instance = { x: 400, y: 300, width: 200, height: 150 };
  const zone = { x: 380, y: -500, width: 340, height: 2000, zone: true };

  it('is added whenever the whole still fits readable, even past the 15 % other headings may cost', () => {
    // alone the instance fits at zoom 1; with the zone's heading 800 px above it, at 600 / 950
    expect(withHeadings(instance, [zone], pane, 0.5, 1, pad)).toEqual({ x: 380, y: -500, width: 340, height: 950 });
    expect(withHeadings(instance, [{ ...zone, zone: false }], pane, 0.5, 1, pad)).toEqual(instance);
    // not when it would not fit readable
    expect(withHeadings(instance, [{ ...zone, y: -900 }], pane, 0.5, 1, pad)).toEqual(instance);
  });

  it('is tried after a nearer heading that costs too much', () => {
    const vpc = { x: 380, y: -300, width: 3000, height: 1000 };
    expect(withHeadings(instance, [vpc, zone], pane, 0.5, 1, pad).y).toBe(-500);
  });
});

describe('no line cut by the bottom of what is pinned along the top', () => {
  const focus = { x: 0, y: 200, width: 400, height: 300 };
  const heading = headingBands(focus, [{ x: 0, y: 150, width: 800, height: 500 }]);

  it('judges cut lines at the ruler, and keeps what matters below it', () => {
    // the heading at 10…60 on screen: cut by a 24 px ruler, not by the edge
    expect(uncutLines({ x: 0, y: -140, zoom: 1 }, focus, heading, pane, 600, pad).y).toBe(-140);
    expect(uncutLines({ x: 0, y: -140, zoom: 1 }, focus, heading, pane, 600, pad, 24).y).toBe(-126);
    // when showing it whole would push what matters past the bottom, it goes behind the ruler
    const tall = { ...focus, height: 560 };
    expect(uncutLines({ x: 0, y: -140, zoom: 1 }, tall, headingBands(tall, [{ x: 0, y: 150, width: 800, height: 500 }]), pane, 600, pad, 24).y).toBe(-176);
  });
});
