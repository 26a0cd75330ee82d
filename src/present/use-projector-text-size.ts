import { useEffect } from 'react';
import { useLabStore } from '../store/store';

/**
 * Presenter mode reads at Projector text size (src/store/text-size.ts): panels' rem sizes follow it, and the presenter
 * canvas keeps node text at least 18 px on screen. The learner's own size is put back on leaving, and is never
 * stored: the switch is this mode's, not a choice.
 */
export function useProjectorTextSize(): void {
  useEffect(() => {
    const before = useLabStore.getState().textSize;
    useLabStore.setState({ textSize: 'projector' });
    return () => useLabStore.setState({ textSize: before });
  }, []);
}
