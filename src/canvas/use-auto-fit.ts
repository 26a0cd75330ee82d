import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Lens } from './flow-types';

/**
 * Keep the whole region in view as the world grows, until the learner pans or zooms themselves; switching lens
 * always fits the new layout. `sizeKey` changes when the drawn regions change size.
 */
export function useAutoFit(lens: Lens, sizeKey: string, fitOptions: Parameters<ReturnType<typeof useReactFlow>['fitView']>[0]) {
  const flow = useReactFlow();
  const userMoved = useRef(false);
  const last = useRef({ lens, sizeKey });

  useEffect(() => {
    const before = last.current;
    last.current = { lens, sizeKey };
    if (before.lens === lens && before.sizeKey === sizeKey) return;
    if (before.lens !== lens) userMoved.current = false;
    if (userMoved.current) return;
    const frame = requestAnimationFrame(() => void flow.fitView({ ...fitOptions, duration: 150 }));
    return () => cancelAnimationFrame(frame);
  }, [flow, lens, sizeKey, fitOptions]);

  /** React Flow's onMoveStart: a move with an event is the learner's own. */
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);
  return onMoveStart;
}
