/**
 * The handout's content: one entry per step of a presentation, with the picture of the world after it (the export's
 * SVG, light, whole world) and its narration in words. Pure apart from toFlow, so it is tested without a browser.
 */
import { toFlow } from '../../canvas/to-flow';
import { actionLabel } from '../../commands/labels';
import { narrate } from '../../panels/narrate';
import { sceneOf } from '../export/scene';
import { toSvg } from '../export/to-svg';
import type { Presentation } from '../presentation';

export interface HandoutStep {
  index: number;
  title: string;
  lines: string[];
  refused: boolean;
  svg: string;
  width: number;
  height: number;
}

/** At most this many steps are laid out (a 1,000-step log would be a book, not a handout). */
export const HANDOUT_MAX_STEPS = 200;

export function handoutSteps(show: Presentation): HandoutStep[] {
  const out: HandoutStep[] = [];
  const count = Math.min(show.length, HANDOUT_MAX_STEPS);
  for (let index = 0; index <= count; index++) {
    const world = show.worldAt(index);
    const flow = toFlow(world, 'network', {});
    const picture = toSvg(sceneOf(flow.nodes, flow.edges), { theme: 'light', scale: 1 });
    const step = index > 0 ? show.steps[index - 1] : undefined;
    let title = 'The starting point';
    let lines: string[] = [];
    if (step && step.ok) {
      const story = narrate({ id: index, at: step.at, action: step.action.type, events: step.events, ok: true });
      title = `Step ${index}: ${story.title}`;
      lines = story.lines;
    } else if (step?.error) {
      title = `Step ${index}: ${actionLabel(step.action.type)} — refused`;
      lines = [`${step.error.code}: ${step.error.message}`, step.error.concept].filter(Boolean);
    }
    out.push({ index, title, lines, refused: !!step && !step.ok, svg: picture.svg, width: picture.width, height: picture.height });
  }
  return out;
}
