import { useCallback, useMemo, useState } from 'react';
import { ancestorsOf, type TreeItem } from './model';

const OPEN_BY_DEFAULT = new Set(['region', 'vpc', 'zone', 'subnet']);

/**
 * Which tree items are open: groups by default, instances closed, as the reader toggled them, and always the
 * ancestors of the selection (so what is selected on the canvas shows in the tree).
 */
export function useTreeOpen(roots: readonly TreeItem[], selection: string | null) {
  /** Items whose open/closed state the reader changed from the default (groups open, instances closed). */
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const forcedOpen = useMemo(() => new Set(selection ? (ancestorsOf(roots, selection) ?? []) : []), [roots, selection]);
  const isOpen = useCallback(
    (item: TreeItem) => forcedOpen.has(item.id) || OPEN_BY_DEFAULT.has(item.kind) !== toggled.has(item.id),
    [forcedOpen, toggled],
  );
  const expanded = useMemo(() => {
    const out = new Set<string>();
    const walk = (items: readonly TreeItem[]) => {
      for (const it of items) {
        if (it.children.length && isOpen(it)) {
          out.add(it.id);
          walk(it.children);
        }
      }
    };
    walk(roots);
    return out;
  }, [roots, isOpen]);

  const setOpen = useCallback(
    (item: TreeItem, open: boolean) => {
      if (isOpen(item) === open) return;
      setToggled((prev) => {
        const next = new Set(prev);
        if (OPEN_BY_DEFAULT.has(item.kind) !== open) next.add(item.id);
        else next.delete(item.id);
        return next;
      });
    },
    [isOpen],
  );
  return { isOpen, expanded, setOpen };
}
