import { useMemo } from 'react';
import { progress } from '../../labs/progress';
import { labHistory } from '../../store/lab-slice';
import { useLabStore } from '../../store/store';
import { labFocusIds, withServers } from './focus';

const NONE: readonly string[] = [];

/** The resources the running lab's current step is about (empty without a lab), following as steps advance. */
export function useLabFocus(): readonly string[] {
  const active = useLabStore((s) => s.activeLab);
  const world = useLabStore((s) => s.world);
  const sessionLog = useLabStore((s) => s.sessionLog);
  const key = useMemo(() => {
    if (!active || !world) return '';
    const now = progress(active.lab, world, labHistory({ activeLab: active, sessionLog }));
    return withServers(world, labFocusIds(active.lab, now.current, active.state.refs)).join(' ');
  }, [active, world, sessionLog]);
  return useMemo(() => (key ? key.split(' ') : NONE), [key]);
}
