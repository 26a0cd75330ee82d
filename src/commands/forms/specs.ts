/**
 * Forms for engine actions, as data: each field has a label, a kind, its choices and a default computed purely from
 * the world (defaults.ts). Each form is written in its action's descriptor (commands/actions/); `ActionForm` renders
 * any spec; actions without one get the JSON params editor.
 */
import { DESCRIPTORS } from '../actions';
import type { FormContext } from '../defaults';
import type { FormSpec, Values } from './fields';

export type { FieldSpec, FieldValue, FormSpec, Values } from './fields';

export const FORM_SPECS: ReadonlyMap<string, FormSpec> = new Map(
  DESCRIPTORS.flatMap((d) => (d.form ? [[d.type, d.form] as const] : [])),
);

export function formSpec(type: string): FormSpec | undefined {
  return FORM_SPECS.get(type);
}

/** Starting values of a form, field by field (a field may read the ones before it). */
export function initialValues(spec: FormSpec, ctx: FormContext): Values {
  const values: Values = {};
  for (const field of spec.fields) values[field.name] = field.initial(ctx, values);
  return values;
}

/**
 * After `changed` was edited: recompute the fields that depend on it and that the learner has not edited
 * themselves (`touched`). Returns new values.
 */
export function recompute(spec: FormSpec, ctx: FormContext, values: Values, changed: string, touched: ReadonlySet<string>): Values {
  const next = { ...values };
  const dirty = new Set([changed]);
  for (const field of spec.fields) {
    if (touched.has(field.name) || field.name === changed) continue;
    if (field.dependsOn?.some((d) => dirty.has(d))) {
      next[field.name] = field.initial(ctx, next);
      dirty.add(field.name);
    }
  }
  return next;
}

/** The action a submitted form dispatches. */
export function formAction(spec: FormSpec, values: Values, region?: string) {
  return { type: spec.type, params: spec.toParams(values), ...(region ? { region } : {}) };
}
