import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { CONNECT, CREATE, toolAction, useToolLabel, type Tool } from '../../panels/Toolbar';
import { useLabStore } from '../../store/store';
import { MenuIcon, NetworkIcon, RedoIcon, SearchIcon, ServerIcon } from '../../ui/icons';

const itemClass =
  'flex min-h-11 w-full items-center gap-3 rounded-lg px-3 py-2 text-left text-base font-medium text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800';
const headingClass = 'px-3 pt-2 pb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

function Item({ onSelect, disabled, children }: { onSelect: () => void; disabled?: boolean; children: ReactNode }) {
  const close = useLabStore((s) => s.setMenuOpen);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      disabled={disabled}
      className={itemClass}
      onClick={() => {
        close(false);
        onSelect();
      }}
    >
      {children}
    </button>
  );
}

function ToolItem({ tool, disabled }: { tool: Tool; disabled: boolean }) {
  const label = useToolLabel(tool);
  const openPalette = useLabStore((s) => s.openPalette);
  return (
    <Item disabled={disabled} onSelect={() => openPalette(toolAction(tool, useLabStore.getState()))}>
      <tool.Icon className={`size-5 shrink-0 ${tool.tint}`} />
      {label}
    </Item>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <p id={id} role="presentation" className={headingClass}>
        {label}
      </p>
      {children}
    </div>
  );
}

function enabledItems(menu: HTMLElement): HTMLButtonElement[] {
  return [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')];
}

/**
 * Focuses one item and makes it the menu's one stop in the tab order (a roving tabindex), so the scrolling menu
 * always holds a focusable element.
 */
function focusItem(menu: HTMLElement, item: HTMLButtonElement | undefined): void {
  if (!item) return;
  for (const other of menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')) other.tabIndex = other === item ? 0 : -1;
  item.focus();
}

/** Moves focus through the menu's enabled items with the arrow keys, Home and End. */
function moveFocus(menu: HTMLElement, key: string): void {
  const items = enabledItems(menu);
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = key === 'Home' ? 0 : key === 'End' ? items.length - 1 : key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
  focusItem(menu, items[next]);
}

/** The menu's last group: the command palette, Redo, the lens and the theme. */
function MoreGroup() {
  const canRedo = useLabStore((s) => s.canRedo);
  const lens = useLabStore((s) => s.lens);
  const theme = useLabStore((s) => s.theme);
  const s = useLabStore.getState;
  return (
    <Group label="More">
      <Item onSelect={() => s().openPalette()}>
        <SearchIcon className="size-5 shrink-0" />
        All actions and commands
      </Item>
      <Item onSelect={() => s().redo()} disabled={!canRedo}>
        <RedoIcon className="size-5 shrink-0" />
        Redo
      </Item>
      <Item onSelect={() => s().toggleLens()}>
        {lens === 'network' ? <ServerIcon className="size-5 shrink-0" /> : <NetworkIcon className="size-5 shrink-0" />}
        {lens === 'network' ? 'Physical lens (EC2 hosts)' : 'Network lens (VPCs, subnets)'}
      </Item>
      <Item onSelect={() => s().toggleTheme()}>
        <span aria-hidden="true" className="inline-flex size-5 shrink-0 items-center justify-center">
          {theme === 'dark' ? '☀' : '☾'}
        </span>
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </Item>
    </Group>
  );
}

/**
 * The open menu's focus and keys: its first item focused on opening, a press outside closes it, Esc closes it and
 * returns to the button, arrows, Home and End move between items, Tab leaves it.
 */
function useMenuKeys(open: boolean, setOpen: (open: boolean) => void, menu: RefObject<HTMLDivElement | null>, button: RefObject<HTMLButtonElement | null>) {
  useEffect(() => {
    if (!open) return;
    if (menu.current) focusItem(menu.current, enabledItems(menu.current)[0]);
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, setOpen, menu, button]);

  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      moveFocus(event.currentTarget, event.key);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };
}

/**
 * On a phone the header keeps Undo, Labs and Share; everything else — the toolbar's actions, Redo, the command
 * palette, the lens and the theme — is in this menu.
 */
export function HeaderMenu() {
  const open = useLabStore((s) => s.menuOpen);
  const setOpen = useLabStore((s) => s.setMenuOpen);
  const ready = useLabStore((s) => s.world !== null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  const onKeyDown = useMenuKeys(open, setOpen, menu, button);

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label="Menu: build, commands, view"
        onClick={() => setOpen(!open)}
        className="inline-flex size-11 items-center justify-center rounded-lg border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        <MenuIcon />
      </button>
      {open && (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label="Menu"
          onKeyDown={onKeyDown}
          className="fixed inset-x-2 top-16 z-40 max-h-[calc(100dvh-5rem)] overflow-y-auto rounded-xl border border-slate-300 bg-white p-1.5 shadow-2xl dark:border-slate-600 dark:bg-slate-900"
        >
          <Group label="Create">
            {CREATE.map((tool) => (
              <ToolItem key={tool.type} tool={tool} disabled={!ready} />
            ))}
          </Group>
          <Group label="Key actions">
            {CONNECT.map((tool) => (
              <ToolItem key={tool.type} tool={tool} disabled={!ready} />
            ))}
          </Group>
          <MoreGroup />
        </div>
      )}
    </div>
  );
}
