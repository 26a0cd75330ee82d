import { useId, useMemo } from 'react';
import type { World } from '../engine';
import {
  collectionDef,
  OPERATORS_FOR,
  propertyDef,
  VALUELESS,
  type Condition,
  type Operator,
  type PropertyDef,
  type ResourceGoalSpec,
} from '../labs/authoring';
import { field, hint, select, smallButton } from './ui';
import { valuesInWorld } from './world-options';

const OP_LABEL: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  exists: 'is set',
  missing: 'is not set',
  contains: 'contains',
  gte: 'is at least',
  lte: 'is at most',
};

function defaultValue(property: PropertyDef, op: Operator): Condition['value'] {
  if (VALUELESS.has(op)) return undefined;
  if (property.type === 'boolean') return true;
  if (property.type === 'number') return 1;
  if (property.type === 'enum') return property.values?.[0] ?? '';
  return '';
}

/** A new condition on a property, with its first operator (or `op`) and a sensible value. */
export function condition(property: PropertyDef, op: Operator = OPERATORS_FOR[property.type][0]!): Condition {
  const value = defaultValue(property, op);
  return value === undefined ? { path: property.path, op } : { path: property.path, op, value };
}

interface ValueProps {
  c: Condition;
  property: PropertyDef | undefined;
  name: string;
  /** Values the world on the canvas has for a text or list property (offered in a datalist). */
  suggestions: string[];
  onChange: (c: Condition) => void;
}

/** The value of a condition: none for "is set", a select for an enum, a number, or text with suggestions. */
function ValueInput({ c, property, name, suggestions, onChange }: ValueProps) {
  const id = useId();
  if (VALUELESS.has(c.op)) return <span className={hint}>—</span>;
  if (property?.type === 'enum') {
    return (
      <select aria-label={`${name}: value`} className={select} value={String(c.value)} onChange={(e) => onChange({ ...c, value: e.target.value })}>
        {property.values?.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  if (property?.type === 'number') {
    return (
      <input
        aria-label={`${name}: value`}
        type="number"
        className={field}
        value={typeof c.value === 'number' ? c.value : ''}
        onChange={(e) => onChange({ ...c, value: e.target.value === '' ? 0 : Number(e.target.value) })}
      />
    );
  }
  return (
    <>
      <input
        aria-label={`${name}: value`}
        className={field}
        list={`${id}-values`}
        value={typeof c.value === 'string' ? c.value : ''}
        maxLength={200}
        onChange={(e) => onChange({ ...c, value: e.target.value })}
      />
      <datalist id={`${id}-values`}>
        {suggestions.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}

/** A boolean property: one select of its two words ("yes"/"no" or the property's own). */
function BooleanValue({ c, property, name, onChange }: Omit<ValueProps, 'suggestions'> & { property: PropertyDef }) {
  return (
    <select
      aria-label={`${name}: value`}
      className={`${select} sm:col-span-2`}
      value={String(c.op === 'neq' ? !c.value : c.value)}
      onChange={(e) => onChange({ path: c.path, op: 'eq', value: e.target.value === 'true' })}
    >
      <option value="true">{property.yes ?? 'yes'}</option>
      <option value="false">{property.no ?? 'no'}</option>
    </select>
  );
}

function OperatorSelect({ c, property, name, onChange }: Omit<ValueProps, 'suggestions'>) {
  const ops = property ? OPERATORS_FOR[property.type] : [];
  return (
    <select
      aria-label={`${name}: operator`}
      className={select}
      value={c.op}
      onChange={(e) => {
        const op = e.target.value as Operator;
        if (!property) return;
        const keep = !VALUELESS.has(op) && c.value !== undefined;
        onChange(keep ? { ...c, op } : condition(property, op));
      }}
    >
      {ops.map((op) => (
        <option key={op} value={op}>
          {property?.type === 'list' && op === 'contains' ? 'includes' : OP_LABEL[op]}
        </option>
      ))}
    </select>
  );
}

/** One condition of a resource goal: property, operator and value, and a Remove button. */
export function ConditionRow({
  spec,
  index,
  world,
  prefix,
  onChange,
  onRemove,
}: {
  spec: ResourceGoalSpec;
  index: number;
  world: World | null;
  prefix: string;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}) {
  const c = spec.where[index]!;
  const def = collectionDef(spec.collection);
  const property = propertyDef(spec.collection, c.path);
  const suggestions = useMemo(
    () => (world && property && (property.type === 'text' || property.type === 'list') ? valuesInWorld(world, spec.collection, property) : []),
    [world, property, spec.collection],
  );
  const name = `${prefix} condition ${index + 1}`;
  return (
    <div className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1.3fr)_minmax(0,0.8fr)_minmax(0,1.2fr)_auto] sm:items-center" data-testid="goal-condition">
      <select
        aria-label={`${name}: property`}
        className={select}
        value={c.path}
        onChange={(e) => {
          const next = propertyDef(spec.collection, e.target.value);
          if (next) onChange(condition(next));
        }}
      >
        {def?.properties.map((p) => (
          <option key={p.path} value={p.path}>
            {p.label}
          </option>
        ))}
      </select>
      {property?.type === 'boolean' ? (
        <BooleanValue c={c} property={property} name={name} onChange={onChange} />
      ) : (
        <>
          <OperatorSelect c={c} property={property} name={name} onChange={onChange} />
          <ValueInput c={c} property={property} name={name} suggestions={suggestions} onChange={onChange} />
        </>
      )}
      <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove ${name}`}>
        Remove
      </button>
    </div>
  );
}
