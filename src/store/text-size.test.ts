import { describe, expect, it } from 'vitest';
import { NODE_MIN_FONT_PX, NODE_TEXT_PX, applyTextSize, parseStoredTextSize, readableZoom } from './text-size';

describe('text size', () => {
  it('accepts exactly the three names', () => {
    expect(parseStoredTextSize('projector')).toBe('projector');
    expect(parseStoredTextSize('large')).toBe('large');
    for (const bad of ['Projector', '', null, 3, 'x'.repeat(10_000), { a: 1 }]) expect(parseStoredTextSize(bad)).toBeNull();
  });

  it('gives a zoom at which the smallest node text reaches the setting', () => {
    expect(readableZoom("normal") * NODE_MIN_FONT_PX).toBeGreaterThanOrEqual(NODE_TEXT_PX.normal);
    expect(readableZoom("normal") * NODE_MIN_FONT_PX).toBeLessThan(NODE_TEXT_PX.normal + 0.1);
    expect(readableZoom('projector') * NODE_MIN_FONT_PX).toBeGreaterThanOrEqual(18);
    expect(readableZoom('large')).toBeGreaterThan(readableZoom('normal'));
  });

  it('marks the root element for every size but Normal', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyTextSize('projector', root);
    expect(root.dataset.textSize).toBe('projector');
    applyTextSize('normal', root);
    expect(root.dataset.textSize).toBeUndefined();
  });
});
