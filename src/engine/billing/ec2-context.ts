import type { Tx } from '../tx';

/**
 * What EC2 itself is doing inside a transaction, so that the lifecycle hooks can tell a learner's call from the
 * service acting on its own (a Spot interruption, a persistent request restarting its instance, a Spot request
 * launching its instance). Keyed by the transaction's shared event list: it lives exactly as long as the transaction
 * (and its `actingAs` views), and never leaks into the world.
 */

interface Context {
  /** Instance ids whose current transition EC2 initiated, with why. */
  initiated: Map<string, 'price' | 'capacity' | 'restart'>;
  /** The Spot request the launch under way fulfils. */
  fulfilling?: string;
}

const CONTEXTS = new WeakMap<object, Context>();

function contextOf(tx: Tx): Context {
  let c = CONTEXTS.get(tx.events);
  if (!c) {
    c = { initiated: new Map() };
    CONTEXTS.set(tx.events, c);
  }
  return c;
}

/** Run `fn` as a transition EC2 initiates on `instanceId` (not the learner). */
export function asEc2<T>(tx: Tx, instanceId: string, why: 'price' | 'capacity' | 'restart', fn: () => T): T {
  const c = contextOf(tx);
  const before = c.initiated.get(instanceId);
  c.initiated.set(instanceId, why);
  try {
    return fn();
  } finally {
    if (before) c.initiated.set(instanceId, before);
    else c.initiated.delete(instanceId);
  }
}

export function ec2Initiated(tx: Tx, instanceId: string): 'price' | 'capacity' | 'restart' | undefined {
  return CONTEXTS.get(tx.events)?.initiated.get(instanceId);
}

/** Run a launch that fulfils Spot request `requestId`. */
export function fulfilling<T>(tx: Tx, requestId: string, fn: () => T): T {
  const c = contextOf(tx);
  const before = c.fulfilling;
  c.fulfilling = requestId;
  try {
    return fn();
  } finally {
    if (before) c.fulfilling = before;
    else delete c.fulfilling;
  }
}

export function fulfillingRequest(tx: Tx): string | undefined {
  return CONTEXTS.get(tx.events)?.fulfilling;
}
