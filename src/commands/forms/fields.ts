/**
 * The parts action forms are built from (DESIGN.md: forms as data): field kinds, value → param converters and the
 * starting values several forms share. Each action's form itself lives in its descriptor (commands/actions/).
 */
import {
  selectedEniId,
  selectedInstanceId,
  selectedResource,
  selectionAz,
  type FormContext,
} from '../defaults';
import { eniOptions, instanceOptions, zoneOptions, type Option } from './options';

export type FieldValue = string | boolean;
export type Values = Record<string, FieldValue>;

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'checkbox';
  help?: string;
  /** Choices of a select. */
  options?: (ctx: FormContext) => Option[];
  /** A select that may be left empty (`— none —`). */
  optional?: boolean;
  /** Suggestions for a text field (a datalist). */
  suggestions?: string[];
  /** The starting value; may read fields listed before it. */
  initial: (ctx: FormContext, values: Values) => FieldValue;
  /** Fields whose change recomputes this one (unless the learner has edited it). */
  dependsOn?: string[];
}

export interface FormSpec {
  /** The engine action the form dispatches. */
  type: string;
  submitLabel: string;
  fields: FieldSpec[];
  toParams: (values: Values) => Record<string, unknown>;
}

/** A form as a descriptor writes it (the descriptor adds the action type). */
export type FormBody = Omit<FormSpec, 'type'>;

// ── field builders ──────────────────────────────────────────────────────────────────────────────────────────────

type Initial = FieldSpec['initial'];
export const text = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'text',
  initial,
  ...extra,
});
export const num = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'number',
  initial,
  ...extra,
});
export const check = (name: string, label: string, initial: Initial, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  label,
  kind: 'checkbox',
  initial,
  ...extra,
});
export const select = (
  name: string,
  label: string,
  options: (ctx: FormContext) => Option[],
  initial: (ctx: FormContext, values: Values) => string | undefined,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({
  name,
  label,
  kind: 'select',
  options,
  // Without a better guess, the first choice (an empty optional select stays empty).
  initial: (ctx, values) => initial(ctx, values) ?? (extra.optional ? '' : (options(ctx)[0]?.value ?? '')),
  ...extra,
});
export const fixed = (values: string[]) => () => values.map((v) => ({ value: v, label: v }));
export const nameField = text('Name', 'Name tag (optional)', () => '', { help: 'Shown on the canvas next to the id.' });

// ── values → params ─────────────────────────────────────────────────────────────────────────────────────────────

export const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v.trim() : '');
/** The value if non-empty, for optional params. */
export const opt = (key: string, v: FieldValue | undefined) => (str(v) ? { [key]: str(v) } : {});
export const int = (v: FieldValue | undefined): number | string => {
  const s = str(v);
  return /^-?\d+$/.test(s) ? Number(s) : s; // not a number: let the engine say why
};
export const tags = (resourceType: string, values: Values) =>
  str(values.Name) ? { TagSpecifications: [{ ResourceType: resourceType, Tags: [{ Key: 'Name', Value: str(values.Name) }] }] } : {};

// ── defaults used by several forms ──────────────────────────────────────────────────────────────────────────────

const lastValue = (options: Option[]) => options[options.length - 1]?.value;

export function detachedEni(ctx: FormContext): string | undefined {
  return selectedEniId(ctx) ?? lastValue(eniOptions(ctx, 'detached'));
}
export function availableVolume(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'volume') return r.volume.id;
  return ctx.world.volumes.values().filter((v) => !v.attachment && v.state === 'available').at(-1)?.id;
}
function selectedOrLastInstance(ctx: FormContext): string | undefined {
  return selectedInstanceId(ctx) ?? ctx.world.instances.values().filter((i) => i.state !== 'terminated').at(-1)?.id;
}
export function selectedAllocation(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'address') return r.address.allocationId;
  return ctx.world.addresses.values().find((a) => !a.association)?.allocationId;
}
export const zoneDefault = (ctx: FormContext) => selectionAz(ctx) ?? zoneOptions(ctx)[0]?.value;

export const instanceField = (initial = selectedOrLastInstance) => select('InstanceId', 'Instance', instanceOptions, initial);
export const instanceIds = (values: Values) => ({ InstanceIds: [str(values.InstanceId)] });
export function selectedVolume(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'volume' ? r.volume.id : undefined;
}

/** A form that picks one resource and sends its id as `name` (Delete VPC, Release, Detach …). */
export function pickOne(
  submitLabel: string,
  name: string,
  label: string,
  options: (ctx: FormContext) => Option[],
  initial: (ctx: FormContext, values: Values) => string | undefined,
): FormBody {
  return { submitLabel, fields: [select(name, label, options, initial)], toParams: (v) => ({ [name]: str(v[name]) }) };
}
