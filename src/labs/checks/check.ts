import type { GoalContext } from '../types';

/** A named check: a fact about the world and the history that needs code (see index.ts). */
export type Check = (ctx: GoalContext) => boolean;
