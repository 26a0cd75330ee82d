import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Action, World } from '../engine';
import { loadEngineModule } from '../store/engine-module';
import { changesBetween, Presentation } from './presentation';
import { sessionPresentation } from './session-presentation';
import { stageFlow } from './stage-flow';

interface Shown {
  index: number;
  /** The world shown before this step (null on the first paint): what the step's animation starts from. */
  before: World | null;
}

/**
 * The session's presentation and the step shown: built from the action log on open (at `initialStep`), moved with
 * `goTo`, grown by drills (live steps after the one shown), and staged as the flow the canvas draws.
 */
export function usePresentation(initialStep: number | undefined) {
  const [show, setShow] = useState<Presentation | null>(null);
  const [shown, setShown] = useState<Shown>({ index: 0, before: null });

  useEffect(() => {
    let live = true;
    void sessionPresentation().then((presentation) => {
      if (!live || !presentation) return;
      setShow(presentation);
      setShown({ index: Math.max(0, Math.min(presentation.length, initialStep ?? 0)), before: null });
    });
    return () => {
      live = false;
    };
  }, [initialStep]);

  const goTo = useCallback(
    (step: number) => {
      if (!show) return;
      setShown((s) => {
        const index = Math.max(0, Math.min(show.length, Math.floor(step)));
        return index === s.index ? s : { index, before: show.worldAt(s.index) };
      });
    },
    [show],
  );

  const runDrill = useCallback(
    (actions: Action[]) => {
      if (!show) return;
      void loadEngineModule().then((engine) => {
        const kept = show.steps.slice(0, shown.index).map((s) => s.action);
        const next = new Presentation(show.base, [...kept, ...actions], engine.apply);
        setShow(next);
        setShown({ index: shown.index + 1, before: next.worldAt(shown.index) });
      });
    },
    [show, shown.index],
  );

  const stage = useMemo(() => {
    if (!show) return null;
    const after = show.worldAt(shown.index);
    const changes = shown.before ? changesBetween(shown.before, after) : { added: [], removed: [], changed: [] };
    return { world: after, ...stageFlow(shown.before, after, changes, 'network') };
  }, [show, shown]);

  return { show, index: shown.index, total: show?.length ?? 0, goTo, runDrill, stage };
}
