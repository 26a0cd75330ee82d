import { describe, expect, it } from 'vitest';
import { toFlow } from '../../canvas/to-flow';
import { classroom } from '../../test/worlds';
import { sceneOf } from './scene';
import { fitText, toSvg, xmlText } from './to-svg';

function classroomScene() {
  const c = classroom();
  const flow = toFlow(c.b.world, 'network');
  return { c, scene: sceneOf(flow.nodes, flow.edges) };
}

describe('export: scene', () => {
  it('places every card absolutely inside its groups', () => {
    const { c, scene } = classroomScene();
    const box = (id: string) => scene.boxes.find((b) => b.id === id)!;
    const subnet = box(c.subnetA);
    const web = box(c.web);
    expect(web.x).toBeGreaterThanOrEqual(subnet.x);
    expect(web.y).toBeGreaterThanOrEqual(subnet.y);
    expect(web.x + web.width).toBeLessThanOrEqual(subnet.x + subnet.width);
    expect(web.depth).toBeGreaterThan(subnet.depth);
    for (const b of scene.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(scene.bounds.x);
      expect(b.x + b.width).toBeLessThanOrEqual(scene.bounds.x + scene.bounds.width + 0.001);
    }
  });

  it('an empty canvas is an empty scene', () => {
    expect(sceneOf([])).toEqual({ boxes: [], links: [], bounds: { x: 0, y: 0, width: 0, height: 0 } });
  });
});

describe('export: SVG', () => {
  it('draws shapes and text only, with every instance id as text', () => {
    const { c, scene } = classroomScene();
    const { svg, width, height } = toSvg(scene, { theme: 'light', scale: 1, title: 'Two AZs', footer: 'Step 3 of 12' });
    for (const id of [c.web, c.app, c.db, c.subnetA, c.subnetB]) expect(svg).toContain(id);
    expect(svg).toContain('>Two AZs<');
    expect(svg).toContain('>Step 3 of 12<');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/href=/);
    expect(width).toBeGreaterThan(scene.bounds.width);
    expect(height).toBeGreaterThan(scene.bounds.height);
  });

  it('2x doubles the pixel size, not the drawing', () => {
    const { scene } = classroomScene();
    const one = toSvg(scene, { theme: 'dark', scale: 1 });
    const two = toSvg(scene, { theme: 'dark', scale: 2 });
    expect(two.width).toBe(one.width * 2);
    expect(two.height).toBe(one.height * 2);
    expect(two.svg.match(/viewBox="[^"]+"/)?.[0]).toBe(one.svg.match(/viewBox="[^"]+"/)?.[0]);
    expect(one.svg).toContain('#0f172a');
  });

  it('a crop keeps only what is in view', () => {
    const { c, scene } = classroomScene();
    const web = scene.boxes.find((b) => b.id === c.web)!;
    const crop = { x: web.x, y: web.y, width: web.width, height: web.height };
    const { svg } = toSvg(scene, { theme: 'light', scale: 1, crop });
    expect(svg).toContain(c.web);
    expect(svg).not.toContain(c.db);
  });

  it('user text cannot break out of the XML', () => {
    expect(xmlText('<script>&"\'\u0001')).toBe('&lt;script&gt;&amp;&quot;&#39;');
    const { scene } = classroomScene();
    const { svg } = toSvg(scene, { theme: 'light', scale: 1, title: '</text><script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
  });

  it('long text is cut to its card with an ellipsis', () => {
    expect(fitText('i-0123456789abcdef0', 60, 10)).toBe('i-0123456…');
    expect(fitText('web', 60, 10)).toBe('web');
    expect(fitText('anything', 5, 10)).toBe('');
  });
});
