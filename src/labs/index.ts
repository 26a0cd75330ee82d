/**
 * Guided labs: the catalogue, the progress function and the goal library. Pure: no React, no DOM.
 * See docs/labs.md for the format.
 */
export { labs, labById, labsForSection } from './catalogue';
export { latchSteps, progress, type LatchedSteps } from './progress';
export { replaySolution } from './runner';
export * as goals from './goals';
export type { Lab } from './types';
