/**
 * Opening a document — a share link or file, a lab link, an authored lab, the work kept aside, the autosave — is
 * ONE store transaction: the world, its session log, the layout, the camera and the guided lab change in a single
 * zustand `set`, so no subscriber (the canvas, the autosave, the lab panel) ever sees half of one document and half
 * of another. tldraw loads a snapshot the same way (one atomic store call).
 *
 * Everything asynchronous (decoding, replaying, finding a lab in the catalogue) happens before; `openDocument` itself
 * is synchronous and cannot fail.
 */
import type { World } from '../engine';
import type { ActiveLab } from './lab-slice';
import type { Lens, Position } from './layout-slice';
import type { LabState } from './store';
import type { CameraView } from './ui-slice';
import type { HistoryStep, SessionLog, TimelineEntry } from './world-slice';

/** What an opener puts on screen. */
export interface OpenedDocument {
  world: World;
  /** The session log leading to `world` (a link's replayed log); default: a log that starts at `world`. */
  log?: SessionLog;
  /** Positions and lens; absent: the current layout stays (a lab's start has none of its own). */
  layout?: { positions: Record<string, Position>; lens: Lens };
  /** Where the canvas should look (null: fit the world); absent: the canvas decides as usual. */
  camera?: CameraView | null;
  /** The guided lab running on this world; absent: no lab (any lab in progress is left). */
  lab?: ActiveLab;
  /** Undo history and timeline to start with (the autosave rebuilds them); absent: both start empty. */
  undo?: { past: HistoryStep[]; timeline: TimelineEntry[] };
}

/** The store fields a document replaces, all at once (the world slice's `openDocument` sets exactly this). */
export function openedState(doc: OpenedDocument): Partial<LabState> {
  const past = doc.undo?.past ?? [];
  return {
    world: doc.world,
    sessionLog: doc.log ?? { base: doc.world, entries: [] },
    clockStart: doc.log?.base.clock ?? doc.world.clock,
    past,
    future: [],
    canUndo: past.length > 0,
    canRedo: false,
    timeline: doc.undo?.timeline ?? [],
    refusal: null,
    lastResponse: null,
    selection: null,
    ...(doc.layout ? { positions: doc.layout.positions, lens: doc.layout.lens } : {}),
    ...(doc.camera !== undefined ? { cameraRequest: doc.camera } : {}),
    activeLab: doc.lab ?? null,
    ...(doc.lab ? { labPanelCollapsed: false, labPickerOpen: false, labNotice: null } : {}),
  };
}
