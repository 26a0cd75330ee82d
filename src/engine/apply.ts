import { ACTIONS } from './actions';
import type { World } from './model/world';
import { Params } from './params';
import { Refusal, refusalError } from './refusal';
import { Tx } from './tx';
import type { Action, EngineError, Result } from './types';

const ACCOUNT_ID = /^\d{12}$/;

function refused(world: World, error: EngineError): Result {
  return { ok: false, world, error, events: [] };
}

function describeType(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 80);
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 80);
  } catch {
    return String(value);
  }
}

/**
 * The one door into the simulated AWS world. Pure and total: it never mutates `world`, never throws, and answers
 * every input, however malformed, with either `{ ok: true, world, response, events }` or a refusal that keeps
 * the input world.
 */
export function apply(world: World, action: Action): Result {
  try {
    if (typeof action !== 'object' || action === null || Array.isArray(action)) {
      return refused(world, refusalError('request.unknown-action', 'The request is not an action object.'));
    }
    const type: unknown = action.type;
    const def = typeof type === 'string' ? ACTIONS.get(type) : undefined;
    if (!def) {
      return refused(
        world,
        refusalError('request.unknown-action', `The action ${describeType(type)} is not valid for this web service.`),
      );
    }
    const region: unknown = action.region ?? world.homeRegion;
    if (typeof region !== 'string' || !Object.hasOwn(world.regions, region)) {
      return refused(
        world,
        refusalError('request.unknown-region', `The region '${describeType(region)}' is not one the lab models.`, {
          scope: { kind: 'region', to: describeType(region) },
        }),
      );
    }
    const account: unknown = action.account ?? world.account;
    if (typeof account !== 'string' || !ACCOUNT_ID.test(account)) {
      return refused(
        world,
        refusalError('request.invalid-parameter', `Invalid value '${describeType(account)}' for account: it must be 12 digits.`, {
          scope: { kind: 'account', to: describeType(account) },
        }),
      );
    }
    const tx = new Tx(world, action, region, account);
    const params = new Params(action.params);
    const response = def.run(tx, params);
    if (def.read) return { ok: true, world, response, events: tx.events };
    return { ok: true, world: tx.finish(), response, events: tx.events };
  } catch (thrown) {
    if (thrown instanceof Refusal) return refused(world, thrown.error);
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return refused(world, refusalError('request.internal-error', `The simulator could not complete the request: ${detail}`));
  }
}

/** Convenience for reads: the response of a Describe* or sim: view, or undefined when refused. */
export function describe(world: World, type: string, params: Record<string, unknown> = {}, region?: string): any {
  const result = apply(world, { type, params, ...(region ? { region } : {}) });
  return result.ok ? result.response : undefined;
}
