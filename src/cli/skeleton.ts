/**
 * `--generate-cli-skeleton [input]` (awscli/customizations/generatecliskeleton.py): the operation's input shape as a
 * sample request, built the way botocore's ArgumentGenerator builds it (strings `""`, integers `0`, doubles `0.0`,
 * booleans `true`, timestamps `"1970-01-01T00:00:00"`, blobs `null`, a list of one sample element, a map with one
 * `KeyName` entry, a structure met again inside itself as `{}`) and printed with `json.dump(indent=4)`.
 */
import { markFloat, unquoteFloats } from './output/pyfloat';
import { resolve, type OperationShapes, type ShapeRef } from './shapes';

/** A bound on nesting, far above what the models need: the output stays finite whatever the table holds. */
const MAX_DEPTH = 64;

function sample(ref: ShapeRef, stack: string[]): unknown {
  const shape = resolve(ref);
  if (stack.length > MAX_DEPTH) return {};
  switch (shape.kind) {
    case 'structure': {
      // ArgumentGenerator pushes the shape's name before the check: a structure already on the path is `{}`.
      if (typeof ref === 'string' && stack.includes(ref)) return {};
      const next = typeof ref === 'string' ? [...stack, ref] : stack;
      return Object.fromEntries(shape.shape.m.map(([name, member]) => [name, sample(member, next)]));
    }
    case 'list':
      return [sample(shape.member, stack)];
    case 'map':
      return { KeyName: sample(shape.value, stack) };
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'float':
      return markFloat(0);
    case 'boolean':
      return true;
    case 'timestamp':
      return '1970-01-01T00:00:00';
    default:
      return null;
  }
}

/** The stdout of `--generate-cli-skeleton input` for an operation with these shapes. */
export function inputSkeleton(shapes: OperationShapes | undefined): string {
  const input = shapes?.input;
  const value = input ? Object.fromEntries(input.m.map(([n, ref]) => [n, sample(ref, [])])) : {};
  return `${unquoteFloats(JSON.stringify(value, null, 4))}\n`;
}
