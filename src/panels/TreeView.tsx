import { useCallback, useEffect, useMemo, type KeyboardEvent } from 'react';
import { useLabStore } from '../store/store';
import { ancestorsOf, buildTree, treeKey, visibleItems } from './tree/model';
import { TreeRows, treeDomId } from './tree/TreeRows';
import { useTreeOpen } from './tree/use-tree-open';

/**
 * The tree view: Region > VPC > AZ > subnet > instance (+ interfaces, volumes), the ARIA tree pattern with
 * arrow-key navigation. It is the keyboard and screen-reader way through the world: moving through it selects
 * (the canvas follows), and selecting on the canvas moves it. A on an interface, volume or Elastic IP attaches it.
 */
export function TreeView() {
  const world = useLabStore((s) => s.world);
  const selection = useLabStore((s) => s.selection);
  const select = useLabStore((s) => s.select);
  const roots = useMemo(() => buildTree(world), [world]);
  const { isOpen, expanded, setOpen } = useTreeOpen(roots, selection);
  const visible = useMemo(() => visibleItems(roots, expanded), [roots, expanded]);
  const activeId = visible.some((v) => v.item.id === selection) ? selection! : visible[0]?.item.id;

  const find = useCallback((id: string) => visible.find((v) => v.item.id === id)?.item, [visible]);

  const pick = useCallback(
    (id: string) => {
      select(id);
      document.getElementById(treeDomId(id))?.focus();
    },
    [select],
  );

  useEffect(() => {
    if (selection) document.getElementById(treeDomId(selection))?.scrollIntoView({ block: 'nearest' });
  }, [selection]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset.id ?? activeId;
    if (!from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(from);
      return;
    }
    const move = treeKey(event.key, visible, from, expanded);
    if (!move) return;
    event.preventDefault();
    if (move.expand) setOpen(find(move.expand)!, true);
    if (move.collapse) {
      const item = find(move.collapse)!;
      setOpen(item, false);
      if (selection && selection !== item.id && ancestorsOf(item.children, selection)) select(item.id);
      else if (selection && item.children.some((c) => c.id === selection)) select(item.id);
    }
    if (move.focus) pick(move.focus);
  };

  return (
    <div className="px-2 py-2">
      <p id="tree-help" className="px-2 pb-1 text-[15px] text-slate-600 dark:text-slate-400">
        Arrow keys move and open; A attaches the selected interface, volume or Elastic IP.
      </p>
      <ul role="tree" aria-label="Resources" aria-describedby="tree-help" onKeyDown={onKeyDown} className="text-base">
        <TreeRows
          items={roots}
          level={1}
          isOpen={isOpen}
          selection={selection}
          activeId={activeId}
          onPick={pick}
          onToggle={(item) => setOpen(item, !isOpen(item))}
        />
      </ul>
    </div>
  );
}
