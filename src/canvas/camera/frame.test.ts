import { describe, expect, it } from 'vitest';
import { frameView, isVisible, revealView, union } from './frame';

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
