import { RULES, type RuleId } from './rules';
import type { EngineError, RefusalScope } from './types';

/** Thrown inside a handler to refuse the action; `apply` turns it into `{ ok: false }` with the world untouched. */
export class Refusal extends Error {
  readonly error: EngineError;
  constructor(error: EngineError) {
    super(error.message);
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
    message,
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
