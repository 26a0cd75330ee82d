/**
 * A dialog that lives in a React root of its own, created on first use, so the app shell neither carries it
 * (first-load budget) nor needs to know about it (the lab builder, the export dialog). Focus returns where it was
 * when the dialog closes.
 */
import { createRoot, type Root } from 'react-dom/client';
import { Suspense, type ReactNode } from 'react';

export function dialogRoot(id: string): { show: (render: (close: () => void) => ReactNode) => void } {
  let root: Root | null = null;
  let returnFocus: HTMLElement | null = null;
  const close = () => {
    root?.render(null);
    returnFocus?.focus?.();
    returnFocus = null;
  };
  return {
    show(render) {
      if (!root) {
        const host = document.createElement('div');
        host.id = id;
        document.body.appendChild(host);
        root = createRoot(host);
      }
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      root.render(<Suspense fallback={null}>{render(close)}</Suspense>);
    },
  };
}
