/**
 * The canvas camera for a share link. The canvas registers how to read React Flow's viewport (it lives inside the
 * ReactFlowProvider; the Share dialog does not), and the dialog reads it when it builds the link.
 */
import type { CameraView } from '../store/ui-slice';

let getter: (() => CameraView) | undefined;

/** Called by the canvas; returns the function that unregisters it. */
export function registerCameraGetter(read: () => CameraView): () => void {
  getter = read;
  return () => {
    if (getter === read) getter = undefined;
  };
}

/** The viewport now ({ x, y, zoom }), or undefined when no canvas is drawn. */
export function currentCamera(): CameraView | undefined {
  return getter?.();
}
