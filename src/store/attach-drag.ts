/**
 * What the canvas is doing with a drag or the attach menu, kept apart from the lab store: it changes on every
 * pointer move, and only the few nodes whose own answer changed re-render (each subscribes to its id).
 */
import { create } from 'zustand';
import type { Verdict } from '../view-model/attach-targets';

interface DragState {
  /** The card being dragged onto something. */
  sourceId: string | null;
  /** The engine's verdict for every target of the current drag. */
  verdicts: ReadonlyMap<string, Verdict>;
  /** The target under the pointer. */
  hoverId: string | null;
  /** The resource whose "Attach to…" menu is open. */
  menuFor: string | null;
  startDrag: (sourceId: string, verdicts: ReadonlyMap<string, Verdict>) => void;
  hover: (targetId: string | null) => void;
  endDrag: () => void;
  openMenu: (sourceId: string) => void;
  closeMenu: () => void;
}

const NONE: ReadonlyMap<string, Verdict> = new Map();

export const useDragStore = create<DragState>()((set) => ({
  sourceId: null,
  verdicts: NONE,
  hoverId: null,
  menuFor: null,
  startDrag: (sourceId, verdicts) => set({ sourceId, verdicts, hoverId: null }),
  hover: (hoverId) => set((s) => (s.hoverId === hoverId ? s : { hoverId })),
  endDrag: () => set({ sourceId: null, verdicts: NONE, hoverId: null }),
  openMenu: (menuFor) => set({ menuFor }),
  closeMenu: () => set({ menuFor: null }),
}));

/** Open the keyboard/menu equivalent of dragging `sourceId` (the inspector's "Attach to…" button, the A key). */
export function openAttachMenu(sourceId: string): void {
  useDragStore.getState().openMenu(sourceId);
}

/** This node's part in the current drag: its verdict as a target, and whether the pointer is over it. */
export function useDropState(id: string): { verdict: Verdict | undefined; hovered: boolean } {
  const verdict = useDragStore((s) => s.verdicts.get(id));
  const hovered = useDragStore((s) => s.hoverId === id);
  return { verdict, hovered };
}
