import type { Params } from './params';
import type { Tx } from './tx';

/** Runs one action against a transaction. Throws a Refusal (via `refuse`) to refuse; returns the SDK-shaped response. */
export type Handler = (tx: Tx, p: Params) => unknown;

export interface ActionDef {
  /** IAM action name, e.g. `ec2:CreateVpc`. */
  type: string;
  /** One line for the README table, the terminal's help and the command palette. */
  summary: string;
  run: Handler;
  /** Reads (Describe*, sim views) never change the world: `apply` returns the same world object. */
  read?: boolean;
}

/** Identity helper that keeps a family's action list typed. */
export function defineActions(defs: ActionDef[]): ActionDef[] {
  return defs;
}
