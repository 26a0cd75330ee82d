import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useLabStore } from '../store/store';

/** When something is selected elsewhere (the tree view), bring its node into view if it is off screen. */
export function useFollowSelection(): void {
  const flow = useReactFlow();
  const selection = useLabStore((s) => s.selection);
  useEffect(() => {
    if (!selection) return;
    const node = flow.getInternalNode(selection);
    if (!node) return;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const viewport = flow.getViewport();
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return;
    const left = x * viewport.zoom + viewport.x;
    const top = y * viewport.zoom + viewport.y;
    const visible =
      left >= 0 && top >= 0 && left + width * viewport.zoom <= pane.width && top + height * viewport.zoom <= pane.height;
    if (!visible) void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(viewport.zoom, 0.6), duration: 200 });
  }, [flow, selection]);
}
