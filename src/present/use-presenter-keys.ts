import { useEffect } from 'react';

interface PresenterKeys {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  exit: () => void;
}

/**
 * The keys a presenter and a presentation clicker send: → ↓ Space PageDown for next, ← ↑ Shift+Space PageUp for
 * previous, Home and End, Escape to leave. Ignored while typing in a field (the jump box).
 */
export function usePresenterKeys(keys: PresenterKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (event.key === 'Escape') {
        event.preventDefault();
        keys.exit();
        return;
      }
      if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
      const onButton = target?.tagName === 'BUTTON';
      const action =
        event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown' || (event.key === ' ' && !event.shiftKey && !onButton)
          ? keys.next
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp' || (event.key === ' ' && event.shiftKey && !onButton)
            ? keys.previous
            : event.key === 'Home'
              ? keys.first
              : event.key === 'End'
                ? keys.last
                : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);
}
