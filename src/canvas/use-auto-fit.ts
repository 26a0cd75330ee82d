import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi, type FitViewOptions } from '@xyflow/react';
import type { Lens } from './flow-types';

/**
 * Keep the drawing in view as the world grows: when the regions no longer fit the pane, fit them again — unless
 * the learner has panned or zoomed themselves. Switching lens always fits the new layout. `sizeKey` changes when
 * the drawn regions change size.
 */
export function useAutoFit(lens: Lens, sizeKey: string, fitOptions: FitViewOptions) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const userMoved = useRef(false);
  const last = useRef({ lens, sizeKey });

  useEffect(() => {
    const before = last.current;
    last.current = { lens, sizeKey };
    if (before.lens === lens && before.sizeKey === sizeKey) return;
    const lensChanged = before.lens !== lens;
    if (lensChanged) userMoved.current = false;
    if (userMoved.current) return;
    const frame = requestAnimationFrame(() => {
      if (!lensChanged) {
        const { width, height, transform } = store.getState();
        const [x, y, zoom] = transform;
        const roots = flow.getNodes().filter((n) => !n.parentId);
        const bounds = flow.getNodesBounds(roots);
        const left = bounds.x * zoom + x;
        const top = bounds.y * zoom + y;
        const fits = left >= 0 && top >= 0 && left + bounds.width * zoom <= width && top + bounds.height * zoom <= height;
        if (fits) return;
      }
      void flow.fitView({ ...fitOptions, duration: 150 });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, store, lens, sizeKey, fitOptions]);

  /** React Flow's onMoveStart: a move with an event is the learner's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);
  return onMoveStart;
}
