import { apply, type World } from '../engine';
import type { EngineEvent } from '../engine';

/** One engine action the shell dispatched, as a lab's history records it. */
export interface ShellAction {
  action: { type: string; params: Record<string, unknown> };
  ok: boolean;
  code?: string;
  rule?: string;
  events: EngineEvent[];
  response?: unknown;
}

export interface Output {
  stdout: string;
  stderr: string;
  code: number;
}

/** What a command sees: the world (a shutdown changes it), its instance, the environment and its stdin. */
export class Ctx {
  world: World;
  readonly instanceId: string;
  env: Record<string, string>;
  readonly actions: ShellAction[] = [];
  /** Work budget: engine calls allowed for this command line. */
  calls = 0;

  constructor(world: World, instanceId: string, env: Record<string, string>) {
    this.world = world;
    this.instanceId = instanceId;
    this.env = env;
  }

  /** Send one action through the engine's door and log it; reads keep the world, writes move it on. */
  call(type: string, params: Record<string, unknown>): { ok: boolean; response?: any; message?: string } {
    if (++this.calls > 200) return { ok: false, message: 'too much work for one command line' };
    const instance = this.world.instances.get(this.instanceId);
    const r = apply(this.world, { type, params, ...(instance ? { region: instance.region, account: instance.ownerId } : {}) });
    this.actions.push({
      action: { type, params },
      ok: r.ok,
      ...(r.ok ? { response: r.response } : { code: r.error.code, rule: r.error.rule }),
      events: r.events,
    });
    if (!r.ok) return { ok: false, message: r.error.message };
    this.world = r.world;
    return { ok: true, response: r.response };
  }
}

export const out = (stdout: string, code = 0): Output => ({ stdout, stderr: '', code });
export const err = (stderr: string, code = 1): Output => ({ stdout: '', stderr, code });
