/**
 * The UI action registry (DESIGN.md example 3): every command has one entry with a label, a group, an optional
 * shortcut, when it is enabled and what it does. The keyboard, the header, the toolbar and the command palette all
 * read it. Engine actions become commands too (`actionCommands`), built from the engine's ACTION_LIST once the
 * engine has loaded — this file imports nothing from the engine at runtime, so it stays on the first-load path.
 */
import type { LabState } from '../store/store';
import { descriptorOf } from './actions';
import { actionLabel } from './labels';
import { chordId, parseKbd } from './keys';
import { useTerminalUi } from '../store/terminal-ui';

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
  /** That action only reads (listed after the ones that change the world). */
  read?: boolean;
  /** Keyboard shortcut still works while typing in a text field. */
  global?: boolean;
  when: (state: LabState) => boolean;
  run: (state: LabState) => void;
}

const always = () => true;

/** The shortcuts that fold or open the panels around the canvas (see src/app/shell). */
export const PANEL_KEYS = { toolbar: 'Alt+Shift+B', details: 'Alt+Shift+D', lab: 'Alt+Shift+G' } as const;

/** Under 1280 px the lab and details panels are drawers (bottom sheets on a phone): the key opens or closes one. */
function togglePanel(s: LabState, panel: 'details' | 'lab'): void {
  if (window.innerWidth < 1280) s.setOverlay(s.overlay === panel ? null : panel);
  else if (panel === 'details' && s.overlay === 'details') s.setOverlay(null);
  else s.setFolded(panel, !s.folded[panel]);
}

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
    id: 'view.fit',
    label: 'Fit all: show everything on the canvas',
    group: 'View',
    kbd: 'F',
    keywords: ['zoom', 'overview', 'fit view', 'camera'],
    when: always,
    run: (s) => s.requestFitAll(),
  },
  {
    id: 'view.text-size',
    label: 'Text size: Normal → Large → Projector',
    group: 'View',
    keywords: ['font', 'bigger', 'classroom', 'projector', 'large', 'zoom'],
    when: always,
    run: (s) => s.setTextSize(s.textSize === 'normal' ? 'large' : s.textSize === 'large' ? 'projector' : 'normal'),
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
    id: 'view.toolbar',
    label: 'Fold or unfold the toolbar',
    group: 'View',
    kbd: PANEL_KEYS.toolbar,
    keywords: ['panel', 'hide', 'show', 'collapse', 'tools'],
    when: (s) => !s.embed,
    run: (s) => s.setFolded('toolbar', !s.folded.toolbar),
  },
  {
    id: 'view.details',
    label: 'Fold or unfold the details panel (inspector and timeline)',
    group: 'View',
    kbd: PANEL_KEYS.details,
    keywords: ['panel', 'hide', 'show', 'collapse', 'inspector', 'timeline', 'tree'],
    when: (s) => !s.embed,
    run: (s) => togglePanel(s, 'details'),
  },
  {
    id: 'view.lab',
    label: 'Fold or unfold the lab panel',
    group: 'View',
    kbd: PANEL_KEYS.lab,
    keywords: ['panel', 'hide', 'show', 'collapse', 'guided', 'steps'],
    when: (s) => s.activeLab !== null,
    run: (s) => togglePanel(s, 'lab'),
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
    id: 'course.open',
    label: 'Read the course',
    group: 'Lab',
    detail: 'Each section’s ideas, the rules the lab enforces with their AWS error codes, and the labs that teach it.',
    keywords: ['course', 'learn', 'read', 'rules', 'sections', 'chapter'],
    when: (s) => !s.embed,
    run: (s) => s.openCourse(),
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
    id: 'view.present',
    label: 'Present (step through the log for a room)',
    group: 'View',
    kbd: 'P',
    detail: 'Full screen, large text; → and ← step through the actions; Esc leaves.',
    keywords: ['present', 'presenter', 'slides', 'classroom', 'projector', 'step through', 'teach', 'demo'],
    when: (s) => s.world !== null && !s.embed,
    run: () => void import('../present/open').then((m) => m.openPresenter()),
  },
  {
    id: 'view.handout',
    label: 'Print the steps (handout)…',
    group: 'View',
    detail: 'Each step of the log with the canvas after it and its narration, laid out for paper or PDF.',
    keywords: ['print', 'handout', 'pdf', 'steps', 'paper', 'worksheet'],
    when: (s) => s.world !== null && !s.embed,
    run: () => void import('../present/handout/open').then((m) => m.openHandout()),
  },
  {
    id: 'view.bill',
    label: 'Show the bill',
    group: 'View',
    detail: 'What each instance, volume, address and reservation costs so far and per hour, and which purchase option paid.',
    keywords: ['bill', 'billing', 'cost', 'price', 'money', 'on-demand', 'spot', 'reserved', 'BillingView'],
    when: (s) => s.world !== null,
    run: () => void import('../bill/open').then((m) => m.openBill()),
  },
  {
    id: 'view.export',
    label: 'Export a picture (PNG or SVG)…',
    group: 'View',
    detail: 'The whole world or the current view, light or dark, 1× or 2×, for slides and handouts.',
    keywords: ['export', 'png', 'svg', 'image', 'picture', 'screenshot', 'slides', 'download', 'copy image'],
    when: (s) => s.world !== null,
    run: () => void import('../present/export/open').then((m) => m.openExport()),
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
interface ActionInfo {
  type: string;
  summary: string;
  read?: boolean;
}

/**
 * One command per engine action: it opens the action's form in the palette, grouped by the action's family. Reads
 * too narrow for the palette (one attribute of one resource) are left out: their descriptors say `palette: false`.
 */
export function actionCommands(actions: readonly ActionInfo[]): Command[] {
  return actions
    .filter((a) => descriptorOf(a.type)?.palette !== false)
    .map((a) => ({
      id: `action:${a.type}`,
      label: actionLabel(a.type),
      group: descriptorOf(a.type)?.family ?? 'Other',
      detail: a.summary,
      actionType: a.type,
      keywords: [a.type, a.type.split(':')[1] ?? a.type, ...(a.read ? ['read'] : [])],
      read: a.read,
      when: (s: LabState) => s.world !== null,
      run: (s: LabState) => s.openPalette(a.type),
    }));
}

/** App commands first, then the engine's actions (writes before reads). */
export function allCommands(actions: readonly ActionInfo[]): Command[] {
  const fromEngine = actionCommands(actions);
  return [...APP_COMMANDS, ...fromEngine.filter((c) => !c.read), ...fromEngine.filter((c) => c.read)];
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
