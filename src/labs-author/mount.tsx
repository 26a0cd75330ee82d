/**
 * The builder lives in a React root of its own, created on first use: the app shell does not carry it (first-load
 * budget) and does not need to know about it. The command palette (and the lab picker) open it through
 * `openLabAuthor()` in ./open.ts, which loads this module. It reads the same store as the app.
 */
import { createRoot, type Root } from 'react-dom/client';
import { lazy, Suspense } from 'react';

const LabAuthorDialog = lazy(() => import('./LabAuthorDialog'));

let root: Root | null = null;
let returnFocus: HTMLElement | null = null;

function close(): void {
  root?.render(null);
  returnFocus?.focus?.();
  returnFocus = null;
}

export function mountLabAuthor(): void {
  if (!root) {
    const host = document.createElement('div');
    host.id = 'lab-author-root';
    document.body.appendChild(host);
    root = createRoot(host);
  }
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  root.render(
    <Suspense fallback={null}>
      <LabAuthorDialog onClose={close} />
    </Suspense>,
  );
}
