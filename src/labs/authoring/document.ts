/**
 * The authored-lab document: what a teacher makes with "Make a lab from this scenario" and shares as a link or a
 * `.ec2lab-lab.json` file. Plain JSON, checked at the edge with zod (mini, jitless) and then for meaning (sections
 * are course headings, goal specs fit their resource kind, step ids are unique). Text fields are plain text: no
 * markup is ever interpreted, control characters are refused, and every field has a size cap. Pure.
 */
import { z } from 'zod/mini';
import { SECTIONS, type Section } from '../../engine';
import { describeIssues } from '../../scenario/schema';
import type { LabAction, Question } from '../types';
import { checkGoalSpec, goalSpecSchema, isActionType, type GoalSpec } from './goal-spec';

z.config({ jitless: true });

export const AUTHORED_FORMAT = 'ec2-lab-lab';
export const AUTHORED_VERSION = 1;

export const AUTHORED_LIMITS = {
  title: 120,
  summary: 400,
  minutesMax: 240,
  sections: 12,
  steps: 30,
  stepTitle: 120,
  instruction: 2000,
  hints: 6,
  hint: 500,
  why: 2000,
  goals: 8,
  /** Characters of the start scenario fragment (`s=1.…`). */
  scenario: 200_000,
  startActions: 300,
  /** Characters of the whole document as JSON. */
  documentChars: 400_000,
  /** Nesting depth of any JSON value in the document (action params). */
  depth: 24,
  /** Actions of one step's solution. */
  solutionActions: 60,
  questions: 8,
  choices: 6,
  question: 600,
};

/** Plain text: no control characters but newlines and tabs. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/;

const text = (max: number, min = 0) =>
  z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((s) => !CONTROL.test(s), 'must be plain text (no control characters)'),
  );

const jsonValue = z.unknown();

export const labActionSchema = z.strictObject({
  type: text(100, 1),
  params: z.optional(z.record(z.string().check(z.maxLength(100)), jsonValue)),
  region: z.optional(text(50, 1)),
  account: z.optional(z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit account id'))),
  as: z.optional(z.record(text(60, 1), text(200, 1))),
  refused: z.optional(z.strictObject({ code: text(80, 1), rule: z.optional(text(120, 1)) })),
  note: z.optional(text(300)),
});

export const labStartSchema = z.strictObject({
  seed: z.optional(z.int().check(z.gte(-2147483648), z.lte(2147483647))),
  defaultVpc: z.optional(z.boolean()),
  actions: z.array(labActionSchema).check(z.maxLength(AUTHORED_LIMITS.startActions)),
});

export const questionSchema = z.strictObject({
  prompt: text(AUTHORED_LIMITS.question, 1),
  choices: z
    .array(z.strictObject({ text: text(AUTHORED_LIMITS.question, 1), correct: z.boolean(), explanation: text(AUTHORED_LIMITS.question) }))
    .check(z.minLength(2), z.maxLength(AUTHORED_LIMITS.choices)),
});

const authoredStepSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes')),
  title: text(AUTHORED_LIMITS.stepTitle, 1),
  instruction: text(AUTHORED_LIMITS.instruction, 1),
  hints: z.array(text(AUTHORED_LIMITS.hint, 1)).check(z.maxLength(AUTHORED_LIMITS.hints)),
  why: text(AUTHORED_LIMITS.why),
  goals: z.array(goalSpecSchema).check(z.minLength(1), z.maxLength(AUTHORED_LIMITS.goals)),
  /** The actions that complete the step ("show me"); the built-in labs have them. */
  solution: z.optional(z.array(labActionSchema).check(z.maxLength(AUTHORED_LIMITS.solutionActions))),
});

const authoredLabSchema = z.strictObject({
  format: z.literal(AUTHORED_FORMAT),
  version: z.literal(AUTHORED_VERSION),
  /** A built-in lab's slug; an opened document's id is always derived from its content (authoredLabId). */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'))),
  title: text(AUTHORED_LIMITS.title, 1),
  summary: z.union([text(AUTHORED_LIMITS.summary), z.tuple([text(AUTHORED_LIMITS.summary), text(AUTHORED_LIMITS.summary)])]),
  minutes: z.int().check(z.gte(1), z.lte(AUTHORED_LIMITS.minutesMax)),
  sections: z.array(z.enum(SECTIONS)).check(z.minLength(1), z.maxLength(AUTHORED_LIMITS.sections)),
  start: z.union([
    z.string().check(z.minLength(4), z.maxLength(AUTHORED_LIMITS.scenario), z.regex(/^s=\d{1,6}\.[A-Za-z0-9_-]*$/, 'must be a scenario (s=1.…)')),
    labStartSchema,
  ]),
  steps: z.array(authoredStepSchema).check(z.minLength(1), z.maxLength(AUTHORED_LIMITS.steps)),
  questions: z.optional(z.array(questionSchema).check(z.maxLength(AUTHORED_LIMITS.questions))),
});

export interface AuthoredStep {
  id: string;
  title: string;
  instruction: string;
  hints: string[];
  why: string;
  goals: GoalSpec[];
  solution?: LabAction[];
}

export type AuthoredStart = string | z.infer<typeof labStartSchema>;

export interface AuthoredLab {
  format: typeof AUTHORED_FORMAT;
  version: typeof AUTHORED_VERSION;
  id?: string;
  title: string;
  /** One text (split at its first sentence for the picker), or the picker's two lines. */
  summary: string | [string, string];
  minutes: number;
  sections: Section[];
  /** A scenario fragment (`s=1.…`, from encodeScenario) or a lab start (an action log from createWorld). */
  start: AuthoredStart;
  steps: AuthoredStep[];
  questions?: Question[];
}

export type AuthoredErrorCode = 'not-a-lab' | 'bad-version' | 'corrupt' | 'too-large' | 'invalid';

export interface AuthoredError {
  code: AuthoredErrorCode;
  /** One plain sentence for the person opening the lab. */
  message: string;
}

type Checked = { ok: true; doc: AuthoredLab } | { ok: false; error: AuthoredError };

const fail = (code: AuthoredErrorCode, message: string): Checked => ({ ok: false, error: { code, message } });

/** Depth of a JSON value, stopping early past `max` (a hostile value may be very deep). */
function tooDeep(value: unknown, max: number, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth >= max) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (tooDeep(item, max, depth + 1)) return true;
  return false;
}

function hasProtoKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > AUTHORED_LIMITS.depth) return false;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (hasProtoKey(item, depth + 1)) return true;
  return false;
}

/** Meaning beyond the shape: unique step ids and sections, sound goals, known actions. */
function checkMeaning(doc: AuthoredLab): string | undefined {
  if (new Set(doc.sections).size !== doc.sections.length) return 'sections: a heading appears twice';
  const ids = new Set<string>();
  for (const [i, step] of doc.steps.entries()) {
    if (ids.has(step.id)) return `steps.${i}.id: "${step.id}" is used by an earlier step`;
    ids.add(step.id);
    for (const [j, spec] of step.goals.entries()) {
      const problem = checkGoalSpec(spec);
      if (problem) return `steps.${i}.goals.${j}.${problem}`;
    }
  }
  for (const [i, step] of doc.steps.entries()) {
    for (const [j, action] of (step.solution ?? []).entries()) {
      if (!isActionType(action.type)) return `steps.${i}.solution.${j}.type: the lab has no action "${action.type}"`;
    }
  }
  if (typeof doc.start !== 'string') {
    for (const [i, action] of doc.start.actions.entries()) {
      if (!isActionType(action.type)) return `start.actions.${i}.type: the lab has no action "${action.type}"`;
    }
  }
  return undefined;
}

/**
 * Check a parsed JSON value as an authored lab. Never throws: anything that is not a lab this app can open is
 * `{ ok: false, error }` with one sentence saying why.
 */
export function checkAuthoredLab(value: unknown): Checked {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not-a-lab', 'This is not an EC2 lab document.');
    const format = (value as { format?: unknown }).format;
    if (format !== AUTHORED_FORMAT) {
      return fail('not-a-lab', format === 'ec2-lab' ? 'This is a scenario, not a lab: open it as a scenario.' : 'This is not an EC2 lab document.');
    }
    const version = (value as { version?: unknown }).version;
    if (typeof version === 'number' && version > AUTHORED_VERSION) {
      return fail('bad-version', `This lab was made by a newer version of the app (version ${version}); reload the page to open it.`);
    }
    if (tooDeep(value, AUTHORED_LIMITS.depth)) return fail('invalid', `The lab is not valid: it is nested more than ${AUTHORED_LIMITS.depth} levels deep.`);
    if (hasProtoKey(value)) return fail('invalid', 'The lab is not valid: it has a "__proto__" key.');
    const parsed = authoredLabSchema.safeParse(value);
    if (!parsed.success) return fail('invalid', `The lab is not valid: ${describeIssues(parsed.error)}.`);
    const doc = value as AuthoredLab;
    const problem = checkMeaning(doc);
    if (problem) return fail('invalid', `The lab is not valid: ${problem}.`);
    return { ok: true, doc };
  } catch (thrown) {
    const detail = thrown instanceof Error ? `: ${thrown.message.slice(0, 120)}` : '';
    return fail('invalid', `The lab could not be read${detail}.`);
  }
}

/** A new, empty document (the builder starts from it). */
export function emptyAuthoredLab(start: AuthoredStart): AuthoredLab {
  return {
    format: AUTHORED_FORMAT,
    version: AUTHORED_VERSION,
    title: '',
    summary: '',
    minutes: 10,
    sections: [],
    start,
    steps: [],
  };
}
