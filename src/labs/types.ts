/**
 * The guided-lab format. A lab is data: a starting scenario (an action log from `createWorld()`), steps with goals
 * graded on meaning, and a solution that the catalogue test replays. Pure: no React, no DOM.
 */
import type { HistoryEntry, RuleId, Section, World } from '../engine';

/** A value taken from an earlier response, by the name an earlier action bound it to with `as`. */
interface Ref {
  ref: string;
}

/** Params of a lab action: any JSON, where `{ ref: 'name' }` stands for a value bound earlier. */
export type Template = string | number | boolean | null | Ref | Template[] | { [key: string]: Template };

/** An action as a lab writes it: ids that are generated at run time are given as refs. */
export interface LabAction {
  type: string;
  params?: { [key: string]: Template };
  region?: string;
  account?: string;
  /**
   * Names to bind from this action's response, each to a path in it: `{ vpc: 'Vpc.VpcId' }`,
   * `{ web: 'Instances.0.InstanceId' }`. Later actions use `{ ref: 'vpc' }`.
   */
  as?: Record<string, string>;
  /** The lab means this action to be refused, with this AWS error code (and rule). Default: accepted. */
  refused?: { code: string; rule?: RuleId };
  /** One line for the "show me" view of a solution: what this action does. */
  note?: string;
}

/** The starting scenario: replayed from `createWorld({ seed, defaultVpc })` before the learner begins. */
export interface LabStart {
  seed?: number;
  defaultVpc?: boolean;
  actions: LabAction[];
}

/** What the learner produced, one entry per action sent (the app's session log feeds it). */
export type { HistoryEntry } from '../engine/history';

export interface GoalContext {
  world: World;
  history: readonly HistoryEntry[];
}

/** A predicate over the world and the history, with the sentence the lab panel shows. */
export interface Goal {
  label: string;
  test: (ctx: GoalContext) => boolean;
}

export interface LabStep {
  /** Stable within the lab. */
  id: string;
  title: string;
  /** What to do, in plain words. */
  instruction: string;
  goals: Goal[];
  /** Progressive: the first is a nudge, the last nearly gives the answer. */
  hints: string[];
  /** Shown when the step is done: why AWS behaves this way. */
  why: string;
  /** The actions that complete this step, in order. */
  solution: LabAction[];
}

interface QuestionChoice {
  text: string;
  correct: boolean;
  /** Why this answer is right or wrong. */
  explanation: string;
}

export interface Question {
  prompt: string;
  choices: QuestionChoice[];
}

export interface Lab {
  id: string;
  title: string;
  /** Headings of docs/course/ec2-fundamentals.md that the lab teaches, verbatim. */
  sections: Section[];
  /** Two lines for the picker. */
  summary: [string, string];
  /** Estimated time, in minutes. */
  minutes: number;
  start: LabStart;
  steps: LabStep[];
  questions?: Question[];
  /** Every step's solution in order, each action tagged with its step id. */
  solution: (LabAction & { step: string })[];
}

/** A lab as written in the catalogue, before `defineLab` derives the flat solution. */
export type LabDefinition = Omit<Lab, 'solution'>;

export interface StepProgress {
  id: string;
  title: string;
  done: boolean;
  goals: { label: string; met: boolean }[];
}

export interface LabProgress {
  /** Steps whose goals are all met. */
  done: number;
  total: number;
  steps: StepProgress[];
  /** Index of the first step not done yet (`total` when the lab is complete). */
  current: number;
  complete: boolean;
}
