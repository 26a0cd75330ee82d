/** The bill dialog in a React root of its own (see app/dialog-root.tsx), loaded through ./open.ts. */
import { lazy } from 'react';
import { dialogRoot } from '../ui/dialog-root';

const BillDialog = lazy(() => import('./BillDialog'));
const dialog = dialogRoot('bill-root');

export function mountBill(): void {
  dialog.show((close) => <BillDialog onClose={close} />);
}
