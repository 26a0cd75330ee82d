/**
 * No silent ignores: every documented input member of every ec2 action the engine has (the `<Op>Request` shapes of
 * @aws-sdk/client-ec2) is either read by the action's handler or refused up front with UnsupportedOperation and a
 * reason (src/engine/unsupported-members.ts). A member neither read nor listed fails here: the door would answer
 * it with a generic UnknownParameter, which tells a learner nothing about why.
 */
import { describe as suite, expect, it } from 'vitest';
import { apply } from '../src/engine';
import { ACTION_LIST } from '../src/engine/actions';
import type { ActionDef } from '../src/engine/action-def';
import { isPaged } from '../src/engine/pagination';
import { Params } from '../src/engine/params';
import { Refusal } from '../src/engine/refusal';
import { Tx } from '../src/engine/tx';
import { inertMembers, unsupportedMembers } from '../src/engine/unsupported-members';
import { fixture, sampleOf } from './sdk-members-fixture';
import { sdkShapes, type SdkShape } from './sdk-shapes';

/** Members the door itself handles for every action. */
const DOOR = new Set(['DryRun', 'ClientToken']);

interface Probe {
  params: Params;
  error?: { code: string; to?: string };
}

function runOnce(def: ActionDef, request: Record<string, unknown>): Probe {
  const { world } = fixture();
  const params = new Params(request);
  params.action = def.type;
  const tx = new Tx(world, { type: def.type, params: request }, world.homeRegion, world.account);
  try {
    def.run(tx, params);
    return { params };
  } catch (thrown) {
    if (!(thrown instanceof Refusal)) return { params, error: { code: 'Thrown' } };
    return { params, error: { code: thrown.error.code, to: thrown.error.scope?.to } };
  }
}

function valueFor(shape: SdkShape, member: string): unknown {
  const { byName } = fixture();
  return Object.hasOwn(byName, member) ? byName[member] : sampleOf(shape.types[member] ?? 'string');
}

/** The action's request with the members it asks for (MissingParameter) filled in from the fixture. */
function baseRequest(def: ActionDef, shape: SdkShape): Record<string, unknown> {
  const request: Record<string, unknown> = { ...(fixture().base[def.type] ?? {}) };
  for (let i = 0; i < 8; i++) {
    const { error } = runOnce(def, request);
    if (error?.code !== 'MissingParameter' || !error.to || !shape.members.includes(error.to) || error.to in request) break;
    request[error.to] = valueFor(shape, error.to);
  }
  return request;
}

function ec2Actions(): { def: ActionDef; shape: SdkShape }[] {
  const shapes = sdkShapes();
  return ACTION_LIST.filter((def) => def.type.startsWith('ec2:') && shapes.has(def.type.slice(4))).map((def) => ({
    def,
    shape: shapes.get(def.type.slice(4)) as SdkShape,
  }));
}

suite('every documented SDK member is honoured or refused', () => {
  it('walks the ec2 actions of the SDK model the engine has', () => {
    expect(ec2Actions().length).toBeGreaterThan(100);
  });

  it('reads each member, or lists it as unsupported with a reason', () => {
    const silent: string[] = [];
    for (const { def, shape } of ec2Actions()) {
      const unsupported = { ...unsupportedMembers(def.type), ...inertMembers(def.type) };
      const base = baseRequest(def, shape);
      for (const member of shape.members) {
        if (DOOR.has(member) || Object.hasOwn(unsupported, member)) continue;
        if (isPaged(def.type) && (member === 'MaxResults' || member === 'NextToken')) continue;
        const request = member in base ? base : { ...base, [member]: valueFor(shape, member) };
        const { params } = runOnce(def, request);
        // a member some handlers read only without another (GroupName without GroupId): try it alone too
        if (params.unread().includes(member) && runOnce(def, { [member]: valueFor(shape, member) }).params.unread().includes(member)) {
          silent.push(`${def.type} ${member}`);
        }
      }
    }
    expect(silent).toEqual([]);
  });

  it('refuses each unsupported member with UnsupportedOperation, naming it, and lists only real members', () => {
    const stale: string[] = [];
    for (const { def, shape } of ec2Actions()) {
      for (const [member, reason] of Object.entries(unsupportedMembers(def.type))) {
        if (!shape.members.includes(member)) stale.push(`${def.type} ${member}`);
        expect(reason.length).toBeGreaterThan(10);
        const r = apply(fixture().world, { type: def.type, params: { [member]: valueFor(shape, member) } });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('UnsupportedOperation');
          expect(r.error.message).toContain(member);
        }
      }
    }
    expect(stale).toEqual([]);
  });

  it('fails on a member nobody reads (the walk can fail)', () => {
    const def = ACTION_LIST.find((d) => d.type === 'ec2:DescribeVpcs') as ActionDef;
    const { params } = runOnce(def, { NotAMember: 1 });
    expect(params.unread()).toEqual(['NotAMember']);
  });
});
