import { formatKbd, isMacPlatform } from '../commands/keys';
import { useLabStore } from '../store/store';
import type { Lens } from '../store/layout-slice';
import { LabsButton } from '../labs-ui/LabSlots';
import { ShareButton } from '../share/ShareButton';
import { Logo } from '../ui/Logo';
import { HeaderMenu } from './shell/HeaderMenu';
import { useShell } from '../store/use-shell';
import { useTerminalUi } from '../store/terminal-ui';
import { NetworkIcon, RedoIcon, SearchIcon, ServerIcon, UndoIcon } from '../ui/icons';
import { TextSizeControl } from './TextSizeControl';

function SunIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="4" />
      <path strokeLinecap="round" d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="currentColor">
      <path d="M21 14.5A9 9 0 0 1 9.5 3a.6.6 0 0 0-.8-.7A10 10 0 1 0 21.7 15.3a.6.6 0 0 0-.7-.8Z" />
    </svg>
  );
}

const buttonClass =
  'inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-45 disabled:hover:bg-white dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:disabled:hover:bg-slate-800';

const mac = isMacPlatform();

/** A button's words, shown from `from` up (narrower: the icon alone, its aria-label naming it). */
function Label({ children, from = 'xl' }: { children: string; from?: 'xl' | '2xl' }) {
  return <span className={from === 'xl' ? 'hidden xl:inline' : 'hidden 2xl:inline'}>{children}</span>;
}

const iconOnly = 'max-xl:px-2.5';
/** Buttons whose words only fit from 1536 px (at 1280 the header holds ten controls). */
const iconOnlyBelow2xl = 'max-2xl:px-2.5';

function HistoryButtons({ phone }: { phone: boolean }) {
  const canUndo = useLabStore((s) => s.canUndo);
  const canRedo = useLabStore((s) => s.canRedo);
  const undo = useLabStore((s) => s.undo);
  const redo = useLabStore((s) => s.redo);
  return (
    <div className="flex items-center gap-1" role="group" aria-label="History">
      <button
        type="button"
        className={`${buttonClass} ${iconOnlyBelow2xl}`}
        onClick={undo}
        disabled={!canUndo}
        aria-label="Undo"
        aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
        title={`Undo (${formatKbd('Mod+Z', mac)})`}
      >
        <UndoIcon />
        <Label from="2xl">Undo</Label>
      </button>
      {!phone && (
      <button
        type="button"
        className={`${buttonClass} ${iconOnlyBelow2xl}`}
        onClick={redo}
        disabled={!canRedo}
        aria-label="Redo"
        aria-keyshortcuts={mac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
        title={`Redo (${formatKbd('Mod+Shift+Z', mac)})`}
      >
        <RedoIcon />
        <Label from="2xl">Redo</Label>
      </button>
      )}
    </div>
  );
}

const LENSES: { value: Lens; label: string; title: string; Icon: typeof NetworkIcon }[] = [
  { value: 'network', label: 'Network', title: 'Network lens: VPCs, subnets, interfaces and addresses', Icon: NetworkIcon },
  { value: 'physical', label: 'Physical', title: 'Physical lens: the EC2 hosts your instances run on', Icon: ServerIcon },
];

function LensSwitch() {
  const lens = useLabStore((s) => s.lens);
  const setLens = useLabStore((s) => s.setLens);
  return (
    <div
      role="group"
      aria-label="Lens"
      className="inline-flex rounded-lg border border-slate-300 bg-slate-100 p-0.5 dark:border-slate-600 dark:bg-slate-800"
    >
      {LENSES.map(({ value, label, title, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={lens === value}
          aria-label={label}
          title={title}
          onClick={() => setLens(value)}
          className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-base font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 ${
            lens === value
              ? 'bg-white text-slate-900 shadow-sm dark:bg-slate-600 dark:text-white'
              : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
          }`}
        >
          <Icon className="size-4" />
          <Label from="2xl">{label}</Label>
        </button>
      ))}
    </div>
  );
}

function TerminalButton() {
  const open = useTerminalUi((s) => s.open);
  const toggle = useTerminalUi((s) => s.toggle);
  return (
    <button
      type="button"
      className={`${buttonClass} ${iconOnlyBelow2xl}`}
      onClick={toggle}
      aria-label="Terminal"
      aria-pressed={open}
      aria-keyshortcuts="`"
      title="Terminal: the AWS CLI against this lab (key: `)"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <path strokeLinecap="round" strokeLinejoin="round" d="m7 9 3 3-3 3m5 0h5" />
      </svg>
      <Label from="2xl">Terminal</Label>
    </button>
  );
}

function PaletteButton() {
  const openPalette = useLabStore((s) => s.openPalette);
  return (
    <button
      type="button"
      className={`${buttonClass} ${iconOnly}`}
      aria-label="Commands"
      onClick={() => openPalette()}
      aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
      title="Search every command and AWS action"
    >
      <SearchIcon />
      <Label>Commands</Label>
      <kbd className="hidden xl:inline rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-sm text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300">
        {formatKbd('Mod+K', mac)}
      </kbd>
    </button>
  );
}

export function Header() {
  const theme = useLabStore((s) => s.theme);
  const toggleTheme = useLabStore((s) => s.toggleTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  const screen = useShell().screen;
  const phone = screen === 'phone';
  // Below 1280 px the header's buttons show their icons alone (each keeps its text as its name), so it never scrolls.
  const compact = screen !== 'wide';

  return (
    <header className="flex h-16 shrink-0 items-center justify-between gap-2 border-b border-slate-200 bg-white px-3 sm:gap-4 sm:px-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 items-center gap-2 sm:gap-3">
        <Logo className="size-8 shrink-0 sm:size-9" />
        <h1 className="text-xl font-bold tracking-tight whitespace-nowrap text-slate-900 sm:text-2xl dark:text-white">ec2-lab</h1>
        <p className="hidden truncate border-l border-slate-300 pl-3 text-base text-slate-600 2xl:block dark:border-slate-700 dark:text-slate-300">
          Learn how Amazon EC2 really works
        </p>
      </div>
      <div className="flex items-center gap-1.5 sm:gap-2 xl:gap-3">
        <HistoryButtons phone={phone} />
        {!phone && <LensSwitch />}
        {!phone && <PaletteButton />}
        {!phone && <TerminalButton />}
        <LabsButton className={`${buttonClass} ${compact ? iconOnly : ''}`} compact={compact} />
        <ShareButton className={`${buttonClass} ${compact ? iconOnly : ''}`} compact={compact} />
        {!phone && <TextSizeControl />}
        {!phone && (
          <button
            type="button"
            onClick={toggleTheme}
            aria-label={`Switch to ${next} theme`}
            title={`Switch to ${next} theme`}
            className={`${buttonClass} ${iconOnlyBelow2xl}`}
          >
            {next === 'dark' ? <MoonIcon /> : <SunIcon />}
            <Label from="2xl">{next === 'dark' ? 'Dark' : 'Light'}</Label>
          </button>
        )}
        {phone && <HeaderMenu />}
      </div>
    </header>
  );
}
