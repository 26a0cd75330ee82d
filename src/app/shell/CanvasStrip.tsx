import { usePanelOverlayInset } from '../../canvas/camera/overlay-inset';
import { RegionBar } from '../../canvas/RegionBar';
import { PanelSwitcher } from './PanelSwitcher';

/**
 * The slim strip above the canvas: the region chips at the left, the buttons that open the lab panel and the details
 * panel (when they are drawers or sheets) at the right. In the page's flow, so the canvas is shorter by its height
 * and nothing drawn is ever under them; one line where it fits, wrapping on a phone; gone when it holds nothing. An
 * open drawer covers the strip's right end: what is in it stays left of the drawer.
 */
export function CanvasStrip() {
  const drawer = usePanelOverlayInset().right;
  return (
    <div
      data-testid="canvas-strip"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-2 py-1 empty:hidden dark:border-slate-800 dark:bg-slate-900"
      style={drawer ? { paddingRight: drawer + 8 } : undefined}
    >
      <RegionBar />
      <PanelSwitcher />
    </div>
  );
}
