import type { ComponentType } from 'react';
import { KIND_ICONS, type IconProps } from '../../icons';
import type { TreeItem, TreeKind } from './model';

const ICONS: Record<TreeKind, ComponentType<IconProps>> = KIND_ICONS;

export const treeDomId = (id: string) => `tree-item-${id}`;

interface RowProps {
  items: readonly TreeItem[];
  level: number;
  isOpen: (item: TreeItem) => boolean;
  selection: string | null;
  activeId: string | undefined;
  onPick: (id: string) => void;
  onToggle: (item: TreeItem) => void;
}

/** One level of the tree: `treeitem`s, each with its children in a nested `group` when expanded. */
export function TreeRows({ items, level, isOpen, selection, activeId, onPick, onToggle }: RowProps) {
  return items.map((item, i) => {
    const Icon = ICONS[item.kind];
    const hasChildren = item.children.length > 0;
    const open = hasChildren && isOpen(item);
    const selected = selection === item.id;
    return (
      <li
        key={item.id}
        id={treeDomId(item.id)}
        role="treeitem"
        aria-level={level}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={selected}
        aria-label={`${item.label}, ${item.detail}`}
        tabIndex={activeId === item.id ? 0 : -1}
        data-id={item.id}
        className="outline-none [&:focus-visible>div]:outline-2 [&:focus-visible>div]:-outline-offset-2 [&:focus-visible>div]:outline-sky-600"
      >
        <div
          onClick={(e) => {
            e.stopPropagation();
            onPick(item.id);
          }}
          style={{ paddingLeft: `${(level - 1) * 0.75 + 0.125}rem` }}
          className={`flex cursor-pointer items-center gap-1.5 rounded-md py-0.5 pr-2 ${selected ? 'bg-sky-100 dark:bg-sky-900/60' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
        >
          <span
            aria-hidden="true"
            onClick={(e) => {
              if (!hasChildren) return;
              e.stopPropagation();
              onToggle(item);
            }}
            className="inline-flex w-4 shrink-0 justify-center text-slate-600 dark:text-slate-400"
          >
            {hasChildren ? (open ? '▾' : '▸') : ''}
          </span>
          <Icon className="size-5 shrink-0" />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-mono text-[15px] font-semibold text-slate-900 dark:text-white">{item.label}</span>
            <span className="block truncate text-[15px] text-slate-600 dark:text-slate-400">{item.detail}</span>
          </span>
        </div>
        {open && (
          <ul role="group">
            <TreeRows
              items={item.children}
              level={level + 1}
              isOpen={isOpen}
              selection={selection}
              activeId={activeId}
              onPick={onPick}
              onToggle={onToggle}
            />
          </ul>
        )}
      </li>
    );
  });
}
