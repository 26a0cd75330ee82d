import { formatKbd, isMacPlatform } from '../commands/keys';
import type { Command } from '../commands/registry';

const mac = isMacPlatform();

/** One command in the palette's list: its label and detail, its AWS action or group, and its shortcut. */
export function CommandOption({
  command,
  id,
  index,
  active,
  enabled,
  onHover,
  onChoose,
}: {
  command: Command;
  id: string;
  index: number;
  active: boolean;
  enabled: boolean;
  onHover: () => void;
  onChoose: () => void;
}) {
  return (
    <li
      id={id}
      data-index={index}
      role="option"
      aria-selected={active}
      aria-disabled={!enabled}
      onMouseMove={onHover}
      onClick={onChoose}
      className={`flex cursor-pointer flex-col gap-0.5 sm:flex-row sm:items-center sm:justify-between sm:gap-4 rounded-lg px-3 py-2 ${
        active ? 'bg-sky-100 dark:bg-sky-900/60' : ''
      } ${enabled ? '' : 'opacity-55'}`}
    >
      <div className="min-w-0">
        <p className="truncate text-base font-medium text-slate-900 dark:text-white">{command.label}</p>
        {command.detail && <p className="truncate text-sm text-slate-600 dark:text-slate-300">{command.detail}</p>}
      </div>
      <div className="flex shrink-0 items-center gap-2 text-sm">
        {command.actionType ? (
          <code className="text-slate-600 dark:text-slate-300">{command.actionType}</code>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">{command.group}</span>
        )}
        {command.kbd && (
          <kbd className="rounded border border-slate-300 bg-white px-1.5 font-sans text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">
            {formatKbd(command.kbd, mac)}
          </kbd>
        )}
      </div>
    </li>
  );
}
