import { RULES, type RuleId } from './rules';
import type { EngineError, RefusalScope } from './types';
import { namingResources } from './refusal-ids';

/** V8's Error has a stack trace depth limit; other engines have none (and then nothing is changed). */
const V8Error = Error as unknown as { stackTraceLimit?: unknown };

/**
 * Thrown inside a handler to refuse the action; `apply` turns it into `{ ok: false }` with the world untouched.
 * A refusal is an answer, not a bug: it carries no stack trace. Capturing one was most of a refusal's cost, and
 * EC2's own retries (an Auto Scaling group relaunching into a failed zone every 30 s) refuse thousands of times.
 */
export class Refusal extends Error {
  readonly error: EngineError;
  constructor(error: EngineError) {
    const limit = V8Error.stackTraceLimit;
    if (typeof limit === 'number') V8Error.stackTraceLimit = 0;
    super(error.message);
    if (typeof limit === 'number') V8Error.stackTraceLimit = limit;
    this.error = error;
  }
}

export interface RefuseOptions {
  resources?: string[];
  scope?: RefusalScope;
  /** Overrides the catalogue's fix with a sentence naming the actual ids. */
  fix?: string;
  /** Overrides the catalogue's code (rare: a rule shared by two APIs with different codes). */
  code?: string;
}

export function refusalError(rule: RuleId, message: string, options: RefuseOptions = {}): EngineError {
  const entry = RULES[rule];
  return {
    code: options.code ?? entry.code,
    rule,
    message: namingResources(rule, message, options.resources ?? []),
    concept: entry.concept,
    fix: options.fix ?? entry.fix,
    section: entry.section,
    resources: options.resources ?? [],
    ...(options.scope ? { scope: options.scope } : {}),
  };
}

/** Refuse with a rule from the catalogue. Never returns. */
export function refuse(rule: RuleId, message: string, options: RefuseOptions = {}): never {
  throw new Refusal(refusalError(rule, message, options));
}
