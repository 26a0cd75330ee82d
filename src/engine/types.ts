import type { World } from './model/world';

/** One request to the simulated AWS: the IAM action name and the SDK v3 input shape. */
export interface Action {
  type: string;
  params?: Record<string, unknown>;
  /** Regional endpoint the call goes to. Default: the world's home region. */
  region?: string;
  /** Account making the call. Default: the world's own account. */
  account?: string;
}

/** Something that happened while an action ran, for the timeline and animations. */
export interface EngineEvent {
  /** Machine-readable kind, e.g. 'instance-state', 'public-ip-released', 'notice'. */
  type: string;
  /** One plain sentence for the timeline. */
  message: string;
  resourceId?: string;
  from?: string;
  to?: string;
  data?: Record<string, unknown>;
}

/** The scope a refused action would have crossed (Reachability Analyzer style). */
export interface RefusalScope {
  kind: 'availability-zone' | 'region' | 'vpc' | 'account' | 'subnet' | 'state' | 'quota' | 'parameter' | 'permission';
  from?: string;
  to?: string;
}

export interface EngineError {
  /** The AWS error code, exactly as the API returns it. */
  code: string;
  /** Stable id of the rule in the catalogue (rules.ts). */
  rule: string;
  /** One sentence naming the ids involved, in AWS's words where AWS has them. */
  message: string;
  /** One or two sentences for a learner on why AWS works this way. */
  concept: string;
  /** What to do instead. */
  fix: string;
  /** The course section (heading of ec2-fundamentals.md) this rule teaches. */
  section: string;
  /** Resource ids involved. */
  resources: string[];
  scope?: RefusalScope;
}

export type Result =
  | { ok: true; world: World; response: any; events: EngineEvent[] }
  | { ok: false; world: World; error: EngineError; events: EngineEvent[] };
