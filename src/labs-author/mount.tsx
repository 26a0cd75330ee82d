/**
 * The builder lives in a React root of its own, created on first use (see app/dialog-root.tsx): the app shell does
 * not carry it (first-load budget) and does not need to know about it. The command palette (and the lab picker) open
 * it through `openLabAuthor()` in ./open.ts, which loads this module. It reads the same store as the app.
 */
import { lazy } from 'react';
import { dialogRoot } from '../ui/dialog-root';

const LabAuthorDialog = lazy(() => import('./LabAuthorDialog'));
const dialog = dialogRoot('lab-author-root');

export function mountLabAuthor(): void {
  dialog.show((close) => <LabAuthorDialog onClose={close} />);
}
