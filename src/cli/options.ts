/**
 * The option table of one operation, derived from its input shape (reference/aws-cli.md (a)): every member becomes
 * `--kebab-name`, booleans become `--x` / `--no-x` pairs, structures holding only a boolean `Value` become flag pairs
 * too, paginated operations gain the paging options, and the EC2 customizations (run-instances' `--count`, the
 * security-group rule shortcuts) are added by operation name.
 */
import { kebab } from '../commands/cli-names';
import { isScalarKind, resolve, type OperationShapes, type ShapeRef } from './shapes';

type OptionKind =
  | 'scalar'
  | 'flag'
  | 'list'
  | 'complex'
  | 'complex-list'
  | 'wrapped-bool'
  | 'wrapped-string'
  | 'untyped';

export interface CliOption {
  /** `--vpc-id` */
  name: string;
  /** The request member it fills; undefined for CLI-only options (paging, customizations). */
  member?: string;
  ref?: ShapeRef;
  kind: OptionKind;
  required: boolean;
  /** The `--no-…` spelling of a flag pair. */
  negative?: string;
  /** Shown in help: `string`, `integer`, `list`, … */
  type: string;
}

/** How a word on the line resolves: the option, and false for the negative spelling of a flag. */
export interface OptionUse {
  option: CliOption;
  value: boolean;
}

export interface OptionTable {
  options: CliOption[];
  byName: Map<string, OptionUse>;
  /** No model (sim: actions of the `lab` pseudo-service): any `--kebab-name` is accepted, its type read off its words. */
  open: boolean;
}

/** Negative spellings the CLI renames (`--no-disable-api-termination` → `--enable-api-termination`). */
const NEGATIVE_RENAMES: Record<string, string> = {
  '--no-disable-api-termination': '--enable-api-termination',
  '--no-no-reboot': '--reboot',
  '--no-egress': '--ingress',
};

export const SG_RULE_OPS = new Set([
  'ec2:AuthorizeSecurityGroupIngress',
  'ec2:AuthorizeSecurityGroupEgress',
  'ec2:RevokeSecurityGroupIngress',
  'ec2:RevokeSecurityGroupEgress',
]);

function classify(ref: ShapeRef): { kind: OptionKind; type: string } {
  const shape = resolve(ref);
  if (shape.kind === 'boolean') return { kind: 'flag', type: 'boolean' };
  if (isScalarKind(shape.kind)) return { kind: 'scalar', type: shape.kind === 'number' ? 'integer' : shape.kind === 'float' ? 'double' : shape.kind };
  if (shape.kind === 'list') {
    return isScalarKind(resolve(shape.member).kind) ? { kind: 'list', type: 'list' } : { kind: 'complex-list', type: 'list' };
  }
  if (shape.kind === 'structure' && shape.shape.m.length === 1 && shape.shape.m[0]![0] === 'Value') {
    const inner = resolve(shape.shape.m[0]![1]).kind;
    if (inner === 'boolean') return { kind: 'wrapped-bool', type: 'structure' };
    if (inner === 'string') return { kind: 'wrapped-string', type: 'structure' };
  }
  return { kind: 'complex', type: shape.kind };
}

function extra(name: string, kind: OptionKind, type: string, negative?: string): CliOption {
  return { name, kind, type, required: false, ...(negative ? { negative } : {}) };
}

function customOptions(type: string, shapes: OperationShapes): CliOption[] {
  const out: CliOption[] = [];
  if (type === 'ec2:RunInstances') {
    out.push(extra('--count', 'scalar', 'string'));
    out.push(extra('--associate-public-ip-address', 'flag', 'boolean', '--no-associate-public-ip-address'));
    out.push(extra('--secondary-private-ip-addresses', 'list', 'list'));
    out.push(extra('--secondary-private-ip-address-count', 'scalar', 'integer'));
  }
  if (SG_RULE_OPS.has(type)) {
    for (const name of ['--protocol', '--port', '--cidr', '--source-group', '--group-owner']) {
      out.push(extra(name, 'scalar', 'string'));
    }
  }
  if (shapes.resultKeys) {
    out.push(extra('--starting-token', 'scalar', 'string'));
    out.push(extra('--page-size', 'scalar', 'integer'));
    out.push(extra('--max-items', 'scalar', 'integer'));
  }
  out.push(extra('--cli-input-json', 'scalar', 'string'));
  out.push(extra('--generate-cli-skeleton', 'scalar', 'string'));
  return out;
}

/** The options of one operation, in model order, then the CLI's own. Undefined shapes: no typed options. */
export function optionTable(type: string, shapes: OperationShapes | undefined): OptionTable {
  const options: CliOption[] = [];
  if (shapes?.input) {
    const required = new Set(shapes.input.q);
    shapes.input.m.forEach(([member, ref]) => {
      if (member === 'ClientToken') return; // filled in by the CLI
      const { kind, type: typeName } = classify(ref);
      const name = `--${kebab(member)}`;
      const flagLike = kind === 'flag' || kind === 'wrapped-bool';
      const countManaged = type === 'ec2:RunInstances' && (member === 'MinCount' || member === 'MaxCount');
      const negative = flagLike ? (NEGATIVE_RENAMES[`--no-${kebab(member)}`] ?? `--no-${kebab(member)}`) : undefined;
      options.push({
        name,
        member,
        ref,
        kind,
        type: typeName,
        required: required.has(member) && !flagLike && !countManaged,
        ...(negative ? { negative } : {}),
      });
    });
  }
  if (shapes) options.push(...customOptions(type, shapes));
  const byName = new Map<string, OptionUse>();
  for (const option of options) {
    byName.set(option.name, { option, value: true });
    if (option.negative) byName.set(option.negative, { option, value: false });
  }
  return { options, byName, open: !shapes };
}
