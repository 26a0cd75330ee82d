/**
 * The first frame already drawn and framed. React Flow learns its pane's size, creates its pan/zoom and takes the
 * nodes in effects that run after the browser has painted: the first frame showed an empty canvas, and the cards,
 * framed by the camera (src/canvas/camera/use-camera.ts), came one frame and one task later. Here the pane is measured
 * in a layout effect, which then asks for a render: an update made in a layout effect is rendered before the browser
 * paints, and React first runs the effects still pending (React Flow's pan/zoom, its nodes, its store subscriptions).
 * So a lab link's first frame is its start, drawn and readable.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useStoreApi } from '@xyflow/react';

/** `pane`: the element React Flow fills (its pane has the same size). */
export function usePaneBeforePaint(pane: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  const [, measured] = useState(false);
  useLayoutEffect(() => {
    const el = pane.current;
    if (!el || store.getState().width) return;
    // what React Flow's own measurement (offsetWidth/offsetHeight of its pane) finds in its effect
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    if (!width || !height) return;
    store.setState({ width, height });
    measured(true);
  }, [store, pane]);
}
