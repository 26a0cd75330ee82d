import { useCallback, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useLabStore } from '../store/store';
import { openAttachMenu } from '../store/attach-drag';
import { attachSource } from '../view-model/attach-targets';
import type { LabFlowNode } from './to-flow';

/** The canvas's pointer and key handlers: select on click, the attach menu on right-click, Enter or Space on a node. */
export function useCanvasHandlers(select: (id: string | null) => void, embed: boolean) {
  /** Embed mode: a press on a free card does not start drag-to-attach (the canvas is read-only). */
  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      if (embed && (event.target as Element).closest('.nodrag')) event.stopPropagation();
    },
    [embed],
  );
  const onNodeClick = useCallback((_: MouseEvent, node: LabFlowNode) => select(node.id), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: LabFlowNode) => {
      select(node.id);
      if (!useLabStore.getState().embed && attachSource(useLabStore.getState().world, node.id)) {
        event.preventDefault();
        openAttachMenu(node.id);
      }
    },
    [select],
  );
  /** Keyboard on a focused node: Enter or Space selects it (A, handled globally, then attaches it). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      if (id && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        select(id);
      }
    },
    [select],
  );
  return { onPointerDownCapture, onNodeClick, onPaneClick, onNodeContextMenu, onKeyDown };
}
