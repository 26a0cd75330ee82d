import { useEffect } from 'react';
import type { useReactFlow } from '@xyflow/react';
import { useLabStore } from '../store/store';
import type { useReadableCamera } from './camera/use-camera';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

/**
 * A scenario's camera: applied once the automatic fit for its new world (scheduled for the next frame, animated
 * 150 ms) has started, as an animated move that interrupts it; from then on it counts as the learner's own view.
 */
export function useCameraRequest(
  flow: ReturnType<typeof useReactFlow>,
  onMoveStart: ReturnType<typeof useReadableCamera>,
): void {
  const cameraRequest = useLabStore((s) => s.cameraRequest);
  useEffect(() => {
    if (!cameraRequest) return;
    const timer = setTimeout(() => {
      onMoveStart(new MouseEvent('mousedown'));
      // A link's camera is data from outside: kept within the canvas's own zoom range and a sane distance.
      const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
      const camera = {
        x: clamp(cameraRequest.x, -1e6, 1e6),
        y: clamp(cameraRequest.y, -1e6, 1e6),
        zoom: clamp(cameraRequest.zoom, MIN_ZOOM, MAX_ZOOM),
      };
      void flow.setViewport(camera, { duration: 120 });
      useLabStore.getState().requestCamera(null);
    }, 250);
    return () => clearTimeout(timer);
  }, [cameraRequest, flow, onMoveStart]);
}
