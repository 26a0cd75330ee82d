/**
 * Guided labs: the catalogue, the progress function and the goal library. Pure: no React, no DOM.
 * See docs/labs.md for the format.
 */
export { labs, labById, labsForSection } from './catalogue';
export { latchSteps, progress, type LatchedSteps } from './progress';
export { readPath } from './paths';
export { bind, defineLab, replaySolution, resolveAction, resolveTemplate, runActions, startLab, summarize } from './runner';
export type { Applied, Bindings, Run } from './runner';
export * as goals from './goals';
export type {
  Goal,
  GoalContext,
  HistoryEntry,
  Lab,
  LabAction,
  LabDefinition,
  LabProgress,
  LabStart,
  LabStep,
  Question,
  QuestionChoice,
  Ref,
  StepProgress,
  Template,
} from './types';
