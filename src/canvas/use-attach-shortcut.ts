import { useEffect } from 'react';
import { useLabStore } from '../store/store';
import { openAttachMenu, useDragStore } from '../store/attach-drag';
import { attachSource } from '../view-model/attach-targets';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A: "Attach to…" for the selected interface, volume or Elastic IP — the keyboard equivalent of dragging it. Works
 * wherever the selection was made (canvas or tree view), except while typing or with a dialog open.
 */
export function useAttachShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'a' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (typing(event.target) || event.defaultPrevented) return;
      const lab = useLabStore.getState();
      if (lab.paletteOpen || useDragStore.getState().menuFor) return;
      const focusedNode = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.react-flow__node') : null;
      const id = focusedNode?.dataset.id ?? lab.selection;
      if (!id || !attachSource(lab.world, id)) return;
      event.preventDefault();
      lab.select(id);
      openAttachMenu(id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
