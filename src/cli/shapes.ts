/**
 * The operations' request and response shapes, generated from the AWS SDK v3 models by scripts/cli-shapes.mjs
 * (shapes.generated.ts). A reference is a one-letter scalar (`s` string, `n` integer, `f` double, `b` boolean, `t` timestamp,
 * `B` blob, `d` document), a named shape (`ec2/Filter`) or an inline list/map.
 */
import { SHAPES_JSON } from './shapes.generated';

export type ShapeRef = string | ListShape | MapShape;
interface StructShape {
  m: [string, ShapeRef][];
  /** The required members (the model's `required`). */
  q?: string[];
}
interface ListShape {
  l: ShapeRef;
}
interface MapShape {
  k: ShapeRef;
  v: ShapeRef;
}
type Shape = StructShape | ListShape | MapShape | string;

type Table = { ops: Record<string, [ShapeRef | null, ShapeRef | null, string[]?]>; shapes: Record<string, Shape> };
const TABLE = JSON.parse(SHAPES_JSON) as Table;

type Resolved =
  | { kind: 'string' | 'number' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'document' }
  | { kind: 'structure'; shape: StructShape }
  | { kind: 'list'; member: ShapeRef }
  | { kind: 'map'; value: ShapeRef };

const SCALARS: Record<string, Resolved['kind']> = {
  s: 'string',
  n: 'number',
  f: 'float',
  b: 'boolean',
  t: 'timestamp',
  B: 'blob',
  d: 'document',
};

export function resolve(ref: ShapeRef): Resolved {
  let shape: Shape = ref;
  if (typeof ref === 'string') {
    const kind = SCALARS[ref];
    if (kind) return { kind } as Resolved;
    shape = TABLE.shapes[ref] ?? 's';
  }
  if (typeof shape === 'string') return { kind: SCALARS[shape] ?? 'string' } as Resolved;
  if ('m' in shape) return { kind: 'structure', shape };
  if ('l' in shape) return { kind: 'list', member: shape.l };
  return { kind: 'map', value: shape.v };
}

/** A structure's required members, in the order botocore checks them. */
export function requiredMembers(shape: StructShape): [string, ShapeRef][] {
  return (shape.q ?? []).map((name) => [name, shape.m.find(([n]) => n === name)?.[1] ?? 's']);
}

export function isScalarKind(kind: Resolved['kind']): boolean {
  return kind !== 'structure' && kind !== 'list' && kind !== 'map';
}

export interface OperationShapes {
  input: StructShape | null;
  output: ShapeRef | null;
  /** Paginated operations: the paginator's result keys the CLI keeps (`Vpcs`), the primary one first. */
  resultKeys?: string[];
}

/** The shapes of an engine action type, or undefined when the SDK models have none (sim: actions). */
export function operationShapes(type: string): OperationShapes | undefined {
  const op = TABLE.ops[type];
  if (!op) return undefined;
  const input = op[0] === null ? null : resolve(op[0]);
  return {
    input: input && input.kind === 'structure' ? input.shape : { m: [] },
    output: op[1],
    ...(op[2] ? { resultKeys: op[2] } : {}),
  };
}

/** The id of an operation's input structure (`ec2/DescribeVpcsRequest`), when it has a named one. */
export function inputShapeId(type: string): string | undefined {
  const id = TABLE.ops[type]?.[0];
  return typeof id === 'string' ? id : undefined;
}

/** Every operation type in the table (for the coverage test). */
export function modelledTypes(): string[] {
  return Object.keys(TABLE.ops);
}
