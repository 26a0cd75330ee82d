/** The export dialog in a React root of its own (see app/dialog-root.tsx), loaded through ./open.ts. */
import { lazy } from 'react';
import { dialogRoot } from '../../ui/dialog-root';

const ExportDialog = lazy(() => import('./ExportDialog'));
const dialog = dialogRoot('export-root');

export function mountExport(): void {
  dialog.show((close) => <ExportDialog onClose={close} />);
}
