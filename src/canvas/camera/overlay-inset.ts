/**
 * How much of the canvas the open drawer (right, under 1280 px) or bottom sheet (phone) covers, in pixels, so the
 * camera frames what matters in the part still seen. Zero when the panels are docked or closed.
 */
import { useLayoutEffect, useState } from 'react';
import { useShell } from '../../store/use-shell';
import { useLabStore } from '../../store/store';

interface OverlayInset {
  right: number;
  bottom: number;
}

const NONE: OverlayInset = { right: 0, bottom: 0 };

export function usePanelOverlayInset(): OverlayInset {
  const overlay = useLabStore((s) => s.overlay);
  const shell = useShell();
  const mode = overlay ? shell[overlay] : 'docked';
  const [inset, setInset] = useState<OverlayInset>(NONE);
  useLayoutEffect(() => {
    const element = overlay && mode !== 'docked' ? document.querySelector(`[data-testid="${overlay}-${mode}"]`) : null;
    const r = element?.getBoundingClientRect();
    const next = !r ? NONE : mode === 'drawer' ? { right: Math.round(r.width), bottom: 0 } : { right: 0, bottom: Math.round(r.height) };
    setInset((now) => (now.right === next.right && now.bottom === next.bottom ? now : next));
  }, [overlay, mode]);
  return inset;
}
