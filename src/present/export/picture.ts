/**
 * The picture of the lab as it is now: the canvas's own nodes (toFlow of the store's world, lens and positions),
 * the whole world or the part in view.
 */
import { toFlow } from '../../canvas/to-flow';
import { currentCamera } from '../../share/camera';
import { useLabStore } from '../../store/store';
import { sceneOf, type Rect, type Scene } from './scene';

export type PictureScope = 'world' | 'view';

/** The canvas area on screen now, in canvas coordinates, or undefined when no canvas is drawn. */
export function viewRect(): Rect | undefined {
  const camera = currentCamera();
  const pane = document.querySelector('.react-flow');
  if (!camera || !pane || camera.zoom <= 0) return undefined;
  const { width, height } = pane.getBoundingClientRect();
  return { x: -camera.x / camera.zoom, y: -camera.y / camera.zoom, width: width / camera.zoom, height: height / camera.zoom };
}

export function currentScene(): Scene {
  const state = useLabStore.getState();
  const flow = toFlow(state.world, state.lens, state.positions);
  return sceneOf(flow.nodes, flow.edges);
}
