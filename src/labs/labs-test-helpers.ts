/** Worlds for the goal tests, built only through lab actions (DESIGN.md example 2). */
import { createWorld, type World } from '../engine';
import { findAmazonAmi, findDefaultSubnet, launch } from './catalogue/common';
import { runActions, type Bindings } from './runner';
import type { GoalContext, LabAction } from './types';

/** Two instances of the default VPC, `a` in us-east-1a and `b` (r5.large) in us-east-1b; throws if an action is refused. */
export function twoInstances(): { world: World; bindings: Bindings } {
  const run = runActions(createWorld({ defaultVpc: true }), [
    findAmazonAmi(),
    findDefaultSubnet('us-east-1a', 'subnetA'),
    findDefaultSubnet('us-east-1b', 'subnetB'),
    launch('a', { subnet: 'subnetA' }),
    launch('b', { subnet: 'subnetB', type: 'r5.large' }),
  ]);
  const refused = run.history.find((h) => !h.ok);
  if (refused) throw new Error(`the test world could not be built: ${JSON.stringify(refused)}`);
  return { world: run.world, bindings: run.bindings };
}

/**
 * Applies more actions after a base; returns the context a goal sees (history = these actions only). (Not named
 * `then`: a module exporting `then` is a thenable, and awaiting it breaks.)
 */
export function andThen(base: { world: World; bindings: Bindings }, actions: LabAction[]): GoalContext & { bindings: Bindings } {
  const run = runActions(base.world, actions, base.bindings);
  return { world: run.world, history: run.history, bindings: run.bindings };
}
