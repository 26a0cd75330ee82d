/**
 * The UI action registry (DESIGN.md example 3): every command has one entry with a label, a group, an optional
 * shortcut, when it is enabled and what it does. The keyboard, the header, the toolbar and the command palette all
 * read it. Engine actions become commands too (`actionCommands`), built from the engine's ACTION_LIST once the
 * engine has loaded — this file imports nothing from the engine at runtime, so it stays on the first-load path.
 */
import type { LabState } from '../store/store';
import { actionGroup, actionLabel } from './labels';
import { chordId, parseKbd } from './keys';
import { useTerminalUi } from '../terminal/open-state';

export interface Command {
  id: string;
  label: string;
  group: string;
  /** Shortcut text (`Mod+Z`; alternatives comma-separated: `Mod+Shift+Z, Mod+Y`). */
  kbd?: string;
  /** Extra words the palette search matches (the API name, synonyms). */
  keywords?: string[];
  /** One line shown under the label in the palette. */
  detail?: string;
  /** The engine action this command opens a form for. */
  actionType?: string;
  /** Keyboard shortcut still works while typing in a text field. */
  global?: boolean;
  when: (state: LabState) => boolean;
  run: (state: LabState) => void;
}

const always = () => true;

/** Commands of the app itself: history, view, palette. */
export const APP_COMMANDS: readonly Command[] = [
  {
    id: 'palette.open',
    label: 'Open the command palette',
    group: 'Lab',
    kbd: 'Mod+K',
    global: true,
    keywords: ['commands', 'search', 'actions'],
    when: (s) => !s.paletteOpen,
    run: (s) => s.openPalette(),
  },
  {
    id: 'history.undo',
    label: 'Undo',
    group: 'History',
    kbd: 'Mod+Z',
    keywords: ['back', 'revert'],
    when: (s) => s.canUndo,
    run: (s) => s.undo(),
  },
  {
    id: 'history.redo',
    label: 'Redo',
    group: 'History',
    kbd: 'Mod+Shift+Z, Mod+Y',
    keywords: ['again', 'forward'],
    when: (s) => s.canRedo,
    run: (s) => s.redo(),
  },
  {
    id: 'view.lens',
    label: 'Switch lens (network ⇄ physical)',
    group: 'View',
    kbd: 'Alt+Shift+L',
    keywords: ['physical', 'network', 'hosts', 'view'],
    when: always,
    run: (s) => s.toggleLens(),
  },
  {
    id: 'view.theme',
    label: 'Switch theme (light ⇄ dark)',
    group: 'View',
    keywords: ['dark', 'light', 'colour', 'color'],
    when: always,
    run: (s) => s.toggleTheme(),
  },
  {
    id: 'view.timeline',
    label: 'Show or hide the timeline',
    group: 'View',
    keywords: ['history', 'events', 'log'],
    when: always,
    run: (s) => s.toggleTimeline(),
  },
  {
    id: 'terminal.toggle',
    label: 'Open or close the terminal (AWS CLI)',
    group: 'View',
    kbd: '`',
    keywords: ['aws', 'cli', 'cloudshell', 'shell', 'console', 'command line'],
    when: (s) => s.world !== null && !s.embed,
    run: () => useTerminalUi.getState().toggle(),
  },
  {
    id: 'refusal.dismiss',
    label: 'Dismiss the explanation',
    group: 'Lab',
    kbd: 'Escape',
    global: true,
    keywords: ['close', 'error'],
    when: (s) => s.refusal !== null && !s.paletteOpen,
    run: (s) => s.dismissRefusal(),
  },
  {
    id: 'lab.author',
    label: 'Make a lab from this scenario',
    group: 'Lab',
    detail: 'Write steps and goals on the canvas as it is; share the lab as a link or a file.',
    keywords: ['author', 'teacher', 'create lab', 'guided', 'goals', 'steps', 'labdoc'],
    when: (s) => s.world !== null && !s.embed,
    run: () => void import('../labs-author/open').then((m) => m.openLabAuthor()),
  },
  {
    id: 'lab.reset',
    label: 'Start again with an empty lab',
    group: 'Lab',
    detail: 'Can be undone.',
    keywords: ['reset', 'clear', 'new'],
    // In a guided lab the panel's own Reset goes back to the lab's start; an empty world would leave the lab grading
    // nothing.
    when: (s) => s.world !== null && !s.activeLab,
    run: (s) => s.resetWorld(),
  },
];

/** What ACTION_LIST says about an action (structurally; the registry never imports the engine). */
export interface ActionInfo {
  type: string;
  summary: string;
  read?: boolean;
}

/** Reads too narrow for the palette (one attribute of one resource); every other action gets a command. */
const HIDDEN_READS = new Set([
  'ec2:DescribeVpcAttribute',
  'ec2:DescribeInstanceAttribute',
  'ec2:DescribeNetworkInterfaceAttribute',
  'ec2:DescribeSnapshotAttribute',
  'ec2:DescribeImageAttribute',
  'ec2:GetEbsDefaultKmsKeyId',
  'kms:ListAliases',
]);

/** One command per engine action: it opens the action's form in the palette. */
export function actionCommands(actions: readonly ActionInfo[]): Command[] {
  return actions
    .filter((a) => !(a.read && HIDDEN_READS.has(a.type)))
    .map((a) => ({
      id: `action:${a.type}`,
      label: actionLabel(a.type),
      group: a.read ? 'Read' : actionGroup(a.type),
      detail: a.summary,
      actionType: a.type,
      keywords: [a.type, a.type.split(':')[1] ?? a.type],
      when: (s: LabState) => s.world !== null,
      run: (s: LabState) => s.openPalette(a.type),
    }));
}

/** App commands first, then the engine's actions (writes before reads). */
export function allCommands(actions: readonly ActionInfo[]): Command[] {
  const fromEngine = actionCommands(actions);
  return [...APP_COMMANDS, ...fromEngine.filter((c) => c.group !== 'Read'), ...fromEngine.filter((c) => c.group === 'Read')];
}

/** Shortcuts claimed by more than one command (`mod+z` → ['history.undo', …]). Must be empty. */
export function shortcutClashes(commands: readonly Command[]): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const command of commands) {
    for (const chord of parseKbd(command.kbd ?? '')) {
      const id = chordId(chord);
      owners.set(id, [...(owners.get(id) ?? []), command.id]);
    }
  }
  return Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1));
}
