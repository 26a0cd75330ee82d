/** Presenter mode in a React root of its own (see app/dialog-root.tsx), loaded through ./open.ts. */
import { lazy } from 'react';
import { dialogRoot } from '../ui/dialog-root';

const PresenterMode = lazy(() => import('./PresenterMode'));
const root = dialogRoot('presenter-root');

export function mountPresenter(initialStep?: number): void {
  root.show((close) => <PresenterMode onClose={close} {...(initialStep !== undefined ? { initialStep } : {})} />);
}
