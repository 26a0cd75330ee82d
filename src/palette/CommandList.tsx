import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ACTION_LIST } from '../engine';
import { SearchIcon } from '../ui/icons';
import { listMove } from '../ui/list-keys';
import { useLabStore } from '../store/store';
import { fuzzyFilter } from '../commands/fuzzy';
import { allCommands, type Command } from '../commands/registry';
import { CommandOption } from './CommandOption';
import { takePaletteDraft } from './palette-draft';
import { PALETTE_INPUT_CLASS, PALETTE_PLACEHOLDER } from './PaletteShell';

/** Commands that make no sense from inside the open palette (Esc closes it; the card is hidden meanwhile). */
const HIDDEN_IN_PALETTE = new Set(['palette.open', 'refusal.dismiss']);

/** Runs a command chosen in the palette: an engine action opens its form, anything else closes the palette first. */
function runFromPalette(command: Command): void {
  const state = useLabStore.getState();
  if (!command.when(state)) return;
  if (command.actionType) {
    command.run(state);
    return;
  }
  state.closePalette();
  command.run(useLabStore.getState());
}

/** The palette's search box and its list of every command, fuzzy-filtered (the ARIA combobox pattern). */
export function CommandList() {
  const commands = useMemo(() => allCommands(ACTION_LIST).filter((c) => !HIDDEN_IN_PALETTE.has(c.id)), []);
  const state = useLabStore();
  // What was typed into the palette's shell while this code loaded (the first Ctrl/⌘+K of a visit).
  const [draft] = useState(takePaletteDraft);
  const [query, setQuery] = useState(draft.text);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Before paint, so no key falls between the shell's box and this one.
  useLayoutEffect(() => inputRef.current?.focus(), []);
  const base = useId();
  const results = useMemo(
    () => fuzzyFilter(commands, query, (c) => [c.label, ...(c.keywords ?? []), c.group]),
    [commands, query],
  );
  const current = Math.min(active, Math.max(0, results.length - 1));
  useEffect(() => {
    if (draft.enter && results[0]) runFromPalette(results[0]);
    // Once, for an Enter pressed in the shell.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = listMove(event.key, current, results.length - 1);
    if (move !== undefined) {
      event.preventDefault();
      setActive(move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = results[current];
      if (command) runFromPalette(command);
    }
  };

  return (
    <div className="flex min-h-0 flex-col">
      <CommandSearchBox
        ref={inputRef}
        listId={`${base}-list`}
        activeId={results[current] ? `${base}-${current}` : undefined}
        query={query}
        onQuery={(text) => {
          setQuery(text);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        ref={listRef}
        id={`${base}-list`}
        role="listbox"
        aria-label="Commands"
        className="min-h-0 flex-1 overflow-y-auto p-2"
      >
        {results.length === 0 && (
          <li role="presentation" className="px-3 py-6 text-center text-base text-slate-600 dark:text-slate-400">
            No command matches “{query}”.
          </li>
        )}
        {results.map((command, i) => (
          <CommandOption
            key={command.id}
            command={command}
            id={`${base}-${i}`}
            index={i}
            active={i === current}
            enabled={command.when(state)}
            onHover={() => i !== current && setActive(i)}
            onChoose={() => runFromPalette(command)}
          />
        ))}
      </ul>
    </div>
  );
}

/** The palette's search box: a combobox over the list of commands, with Esc shown as the way out. */
function CommandSearchBox({
  ref,
  listId,
  activeId,
  query,
  onQuery,
  onKeyDown,
}: {
  ref: RefObject<HTMLInputElement | null>;
  listId: string;
  activeId: string | undefined;
  query: string;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="flex items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-700">
      <SearchIcon className="size-5 shrink-0 text-slate-500 dark:text-slate-400" />
      <input
        ref={ref}
        type="text"
        role="combobox"
        aria-label="Search commands and AWS actions"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        placeholder={PALETTE_PLACEHOLDER}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
        className={PALETTE_INPUT_CLASS}
      />
      <kbd className="rounded border border-slate-300 px-1.5 font-sans text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
        Esc
      </kbd>
    </div>
  );
}
