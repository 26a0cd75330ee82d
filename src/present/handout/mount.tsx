/** The handout in a React root of its own (see app/dialog-root.tsx); print CSS shows only this root on paper. */
import { lazy } from 'react';
import { dialogRoot } from '../../ui/dialog-root';

const Handout = lazy(() => import('./Handout'));
const root = dialogRoot('handout-root');

export function mountHandout(): void {
  root.show((close) => <Handout onClose={close} />);
}
