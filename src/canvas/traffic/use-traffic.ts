import { useEffect, useMemo, useState } from 'react';
import type { Edge } from '@xyflow/react';
import { useLabStore } from '../../store/store';
import { trafficOverlay, trafficRunOf, type TrafficRun } from './overlay';

let runs = 0;

/** The canvas's edges plus the dots of the last traffic run (kept until the next run; CSS ends the motion). */
export function useTrafficEdges(edges: Edge[]): Edge[] {
  const [run, setRun] = useState<TrafficRun | null>(null);
  useEffect(
    () =>
      useLabStore.subscribe((state, previous) => {
        const last = state.lastResponse;
        if (!last || last === previous.lastResponse) return;
        const next = trafficRunOf(last.action, last.response, runs + 1);
        if (!next) return;
        runs = next.serial;
        setRun(next);
      }),
    [],
  );
  return useMemo(() => {
    const overlay = trafficOverlay(edges, run);
    return overlay.length ? [...edges, ...overlay] : edges;
  }, [edges, run]);
}
