/** The lab panel's own view state: folding, hints, focus on a new lab, and keeping the step that matters in view. */
import { useEffect, useRef, useState } from 'react';
import type { Lab, LabProgress } from '../../labs/types';
import { usePanelMode } from '../../store/use-shell';
import { useLabStore } from '../../store/store';
import { resetPlayback } from '../solution-player';

/** Folding the panel to a rail (docked) or closing the drawer or sheet; focus follows to the button that undoes it. */
export function usePanelFold() {
  const mode = usePanelMode();
  const collapsed = useLabStore((s) => s.labPanelCollapsed) && mode === 'docked';
  const setCollapsed = useLabStore((s) => s.setLabPanelCollapsed);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) toggleRef.current?.focus();
  }, [collapsed]);
  const fold = (value: boolean) => {
    toggled.current = true;
    // A drawer or a bottom sheet closes instead (the button over the canvas opens it again).
    if (mode !== 'docked') useLabStore.getState().setOverlay(null);
    else setCollapsed(value);
  };
  return { mode, collapsed, fold, toggleRef };
}

/**
 * Hints shown per step. A new lab (or a reset) hides them again and forgets any playback from before; a lab just
 * started from the picker or Next lab puts screen readers and keyboards on its title (`heading`).
 */
export function useLabStart(labId: string, startedAt: number) {
  const [hints, setHints] = useState<Record<string, number>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setHints({});
    resetPlayback();
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('[data-testid="lab-panel"], header')) {
      heading.current?.focus({ preventScroll: true });
    }
  }, [labId, startedAt]);
  const moreHint = (id: string) => setHints((h) => ({ ...h, [id]: (h[id] ?? 0) + 1 }));
  return { hints, moreHint, heading };
}

/**
 * Keep what matters in view: the summary when the lab is complete; the step just done (its "why", then the next
 * step below it); else the step to do now. Returns the ref of the scrolling body.
 */
export function useKeepInView(lab: Lab, p: LabProgress, justDone: string | null) {
  const body = useRef<HTMLDivElement>(null);
  const current = p.complete ? -1 : p.current;
  const justDoneIndex = justDone ? lab.steps.findIndex((s) => s.id === justDone) : -1;
  useEffect(() => {
    const container = body.current;
    if (!container) return;
    if (current === -1) {
      container.scrollTo?.({ top: 0, behavior: 'smooth' });
      return;
    }
    // Scroll this container only (scrollIntoView would scroll the page too).
    const steps = container.querySelectorAll('[data-testid="lab-step"]');
    const target = steps[justDoneIndex !== -1 ? justDoneIndex : current];
    if (!target) return;
    const box = container.getBoundingClientRect();
    const at = target.getBoundingClientRect();
    const top = container.scrollTop + at.top - box.top - 8;
    const fullyVisible = at.top >= box.top && at.bottom <= box.bottom;
    if (justDoneIndex !== -1 || !fullyVisible) container.scrollTo?.({ top, behavior: 'smooth' });
  }, [current, justDoneIndex]);
  return body;
}
