import { ACTIONS } from './actions';
import type { ActionDef } from './action-def';
import type { World } from './model/world';
import { pageOf, readPage } from './pagination';
import { Params } from './params';
import { Refusal, refuse, refusalError } from './refusal';
import { checkRequestBounds } from './request-bounds';
import { Tx } from './tx';
import type { Action, EngineError, Result } from './types';
import { refuseUnsupportedMembers } from './unsupported-members';
import { checkTagSpecifications } from './tag-rules';
import { simRegion } from './sim-region';

const ACCOUNT_ID = /^\d{12}$/;

/** Members every EC2 action accepts that change nothing the lab models (the SDK fills ClientToken itself). */
const INERT_MEMBERS = ['ClientToken'];

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
 * Run one action's handler with the door's generic EC2 behaviour around it: request bounds, DryRun, pagination,
 * explicitly unsupported members, and no silently ignored member.
 */
function runAction(def: ActionDef, tx: Tx, action: Action): unknown {
  const bounds = checkRequestBounds(action.params);
  if (bounds) refuse('request.too-large', bounds.message, { scope: { kind: 'parameter', to: bounds.member.slice(0, 200) } });
  const params = new Params(action.params);
  params.action = def.type;
  if (!def.type.startsWith('ec2:')) return def.run(tx, params);
  const dryRun = params.optBool('DryRun');
  params.markRead(...INERT_MEMBERS);
  refuseUnsupportedMembers(def.type, params);
  checkTagSpecifications(def.type, params);
  const page = readPage(def.type, params);
  params.page = page;
  const response = def.run(tx, params);
  const unread = params.unread();
  if (unread.length > 0) {
    const name = unread[0] as string;
    refuse('request.unknown-parameter', `The parameter ${name.slice(0, 100)} is not recognized for ${def.type}.`, {
      scope: { kind: 'parameter', to: name.slice(0, 100) },
      fix: `Remove ${name.slice(0, 100)}; the parameters ${def.type} takes are its SDK input members.`,
    });
  }
  if (dryRun) refuse('request.dry-run', 'Request would have succeeded, but DryRun flag is set.');
  return page ? pageOf(def.type, response, page) : response;
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
    const def = typeof type === 'string' && ACTIONS.has(type) ? ACTIONS.get(type) : undefined;
    if (!def) {
      return refused(
        world,
        refusalError('request.unknown-action', `The action ${describeType(type)} is not valid for this web service.`),
      );
    }
    const region: unknown = action.region ?? simRegion(world, type as string, action.params) ?? world.homeRegion;
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
    const response = runAction(def, tx, action);
    if (def.read) return { ok: true, world, response, events: tx.events };
    return { ok: true, world: tx.finish(), response, events: tx.events };
  } catch (thrown) {
    if (thrown instanceof Refusal) return refused(world, thrown.error);
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return refused(world, refusalError('request.internal-error', `The simulator could not complete the request: ${detail.slice(0, 300)}`));
  }
}

/** Convenience for reads: the response of a Describe* or sim: view, or undefined when refused. */
export function describe(world: World, type: string, params: Record<string, unknown> = {}, region?: string): any {
  const result = apply(world, { type, params, ...(region ? { region } : {}) });
  return result.ok ? result.response : undefined;
}
