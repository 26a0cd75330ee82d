import type { Params } from './params';
import { refuse } from './refusal';
import { inertTable, unsupportedTable } from './unsupported-table';

/**
 * Documented request members the lab does not model, refused with a reason instead of being accepted and ignored
 * (table in ./unsupported-table.ts). Members a handler never reads are refused generically by the door as
 * UnknownParameter. The SDK walk (scripts/sdk-members.test.ts) checks every documented member of every ec2 action
 * is read by the engine or listed there.
 */
export function unsupportedMembers(action: string): Readonly<Record<string, string>> {
  return unsupportedTable(action);
}

/** Members accepted without effect because the lab's answer is the same either way, each with its reason. */
export function inertMembers(action: string): Readonly<Record<string, string>> {
  return inertTable(action);
}

export function refuseUnsupportedMembers(action: string, p: Params): void {
  const reasons = unsupportedMembers(action);
  for (const [member, reason] of Object.entries(reasons)) {
    if (!p.has(member)) continue;
    refuse('request.unsupported-member', `The parameter ${member} of ${action} is not supported by the lab: ${reason}`, {
      scope: { kind: 'parameter', to: member },
    });
  }
  p.markRead(...Object.keys(inertMembers(action)));
}
