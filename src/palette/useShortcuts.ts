import { useEffect } from 'react';
import { useLabStore } from '../store/store';
import { matchesKbd } from '../commands/keys';
import { APP_COMMANDS, type Command } from '../commands/registry';

/** True while typing: Ctrl+Z there undoes the text, not the world. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** The command a key press triggers right now, if any (enabled, and allowed where focus is). */
function commandForKey(event: KeyboardEvent, commands: readonly Command[] = APP_COMMANDS): Command | undefined {
  const state = useLabStore.getState();
  const typing = isEditable(event.target);
  // Inside the palette's modal dialog, the dialog handles keys itself (Esc closes it).
  const inDialog = event.target instanceof Element && event.target.closest('dialog[open]') !== null;
  return commands.find(
    (c) => matchesKbd(event, c.kbd) && (c.global || (!typing && !inDialog)) && c.when(state),
  );
}

/** Listens on the window and runs the registry's commands for their shortcuts. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      command.run(useLabStore.getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
