import type { Action, HistoryEntry, World } from '../engine';

/** Where a box sits on the canvas (pixels at zoom 1; integers in a scenario). */
export interface Position {
  x: number;
  y: number;
}

/** The canvas layout a scenario carries: learner-set positions by node id, and the lens. */
export interface ScenarioLayout {
  /** Node id (`az:us-east-1a`, `region:us-east-1`, a resource id, …) → position. */
  positions: Record<string, Position>;
  lens: 'network' | 'physical';
}

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** Where the learner is in a guided lab. */
export interface LabState {
  /** The lab's id. */
  id: string;
  /** Index of the current step. */
  step: number;
  /** Ids of the checks already passed. */
  completed: string[];
  /** Names the lab gave to resources the learner made (`web` → `i-0…`). */
  refs: Record<string, string>;
}

/** One step of the action log, with what it got when it was recorded. */
export interface LogStep {
  action: Action;
  /** The AWS error code the step was refused with when recorded; absent when it was accepted. */
  refused?: string;
  /** The presenter's note for this step, in their own words (presenter view, handout); absent when none. */
  note?: string;
  /** A chapter title that starts at this step (presenter mode shows the current chapter); absent when none. */
  chapter?: string;
}

/** What a presenter wrote for one step of the log (LogStep's note and chapter). */
export interface StepNote {
  note?: string;
  chapter?: string;
}

/**
 * Where the log starts: a fresh `createWorld({ seed, defaultVpc })`, or a snapshot of a world.
 * `log` only: `fresh`; `snapshot` only: `snapshot` with an empty log; both: `snapshot` plus the steps taken after it.
 */
export type ScenarioOrigin =
  | { kind: 'fresh'; seed: number; defaultVpc: boolean }
  | { kind: 'snapshot'; world: World };

/** A scenario in memory: everything needed to reopen a lab exactly where it was. */
export interface Scenario {
  format: 'ec2-lab';
  version: number;
  title: string;
  notes: string;
  /** The world the scenario opens on: `origin` with every step of `log` applied. */
  world: World;
  origin: ScenarioOrigin;
  log: LogStep[];
  /**
   * What each step of `log` got when the scenario was opened (set by decodeScenario, which replays the log once):
   * the session log of the opened lab starts from these.
   */
  history?: HistoryEntry[];
  layout: ScenarioLayout;
  lab?: LabState;
  camera?: Camera;
}

export type ScenarioErrorCode = 'not-a-scenario' | 'bad-version' | 'corrupt' | 'too-large' | 'invalid';

export interface ScenarioError {
  code: ScenarioErrorCode;
  /** One plain sentence for the learner. */
  message: string;
}

export type ScenarioWarningCode =
  /** A log step is refused now (it was accepted when recorded), or refused with another code. */
  | 'step-refused'
  /** A log step that was refused when recorded is accepted now. */
  | 'step-accepted'
  /** A reference to something that is not in the world was dropped. */
  | 'dangling-reference'
  /** A field the document did not have was filled with its default. */
  | 'default-filled'
  /** Fields the lab does not model (of the world or of a resource) were left out. */
  | 'unknown-dropped'
  /** More warnings than are listed. */
  | 'more';

export interface ScenarioWarning {
  code: ScenarioWarningCode;
  message: string;
  /** Index of the log step (step-refused / step-accepted). */
  step?: number;
  /** The refusal code of that step now (step-refused). */
  refusal?: string;
  /** The resource or node id concerned. */
  id?: string;
}

export type DecodeResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioWarning[] }
  | { ok: false; error: ScenarioError };
