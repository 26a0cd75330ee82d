import type { Params } from './params';
import { refuse } from './refusal';

/**
 * Documented request members the lab does not model, refused with a reason instead of being accepted and ignored.
 * (Members a handler never reads are refused generically by the door as UnknownParameter.) The SDK-walk test
 * (src/engine/members.test.ts) checks every documented member of every ec2 action is read by the engine or listed here.
 */
const UNSUPPORTED: Record<string, Record<string, string>> = {};

/** Register reasons for an action (other families add theirs beside their handlers). */
export function unsupportedMembers(action: string): Readonly<Record<string, string>> {
  return Object.hasOwn(UNSUPPORTED, action) ? (UNSUPPORTED[action] as Record<string, string>) : {};
}

export function refuseUnsupportedMembers(action: string, p: Params): void {
  const reasons = unsupportedMembers(action);
  for (const [member, reason] of Object.entries(reasons)) {
    if (!p.has(member)) continue;
    refuse('request.unsupported-member', `The parameter ${member} of ${action} is not supported by the lab: ${reason}`, {
      scope: { kind: 'parameter', to: member },
    });
  }
}
