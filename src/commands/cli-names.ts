/**
 * How the AWS CLI names things: IAM prefix → CLI service, API action → kebab-case operation, input member →
 * `--option` (reference/aws-cli.md (a)). Each action's CLI name is derived once, into its descriptor
 * (commands/actions/); the operation index is built from the engine's ACTION_LIST with those names, so every action
 * any part of the engine registers is reachable as `aws <service> <operation>` without a list kept here.
 */

/** IAM prefix of an engine action → the AWS CLI's service name. A prefix not listed keeps its own name. */
const CLI_SERVICE: Record<string, string> = {
  elasticloadbalancing: 'elbv2',
  sim: 'lab',
};

/** The CLI service name for an IAM prefix (`elasticloadbalancing` → `elbv2`; `sim` → the `lab` pseudo-service). */
export function cliService(prefix: string): string {
  return CLI_SERVICE[prefix] ?? prefix;
}

/** The kebab-case CLI name of an API name (`AttachNetworkInterface` → `attach-network-interface`). */
export function kebab(name: string): string {
  let head = name;
  let tail = '';
  const plural = /([A-Z]{2,})s$/.exec(name);
  if (plural && plural.index > 0) {
    head = name.slice(0, plural.index);
    tail = `-${plural[1]!.toLowerCase()}s`;
  }
  const words = head.replace(/(.)([A-Z][a-z]+)/g, '$1-$2').replace(/([a-z0-9])([A-Z])/g, '$1-$2');
  return words.toLowerCase() + tail;
}

/** `--kebab-option` for an input member name. */
export function optionName(member: string): string {
  return `--${kebab(member)}`;
}

export interface OperationRef {
  /** Engine action type, `ec2:CreateVpc`. */
  type: string;
  /** API name, `CreateVpc`. */
  api: string;
  service: string;
  /** CLI name, `create-vpc`. */
  name: string;
  summary: string;
}

interface ActionLike {
  type: string;
  summary: string;
}

/** service → operation name → reference, from the engine's action list. */
export type OperationIndex = Map<string, Map<string, OperationRef>>;

/** The index of `actions`, each named `aws <service> <operation>` as `cliNameOf` (the action descriptors) says. */
export function buildIndex(
  actions: readonly ActionLike[],
  cliNameOf: (type: string) => { service: string; operation: string },
): OperationIndex {
  const index: OperationIndex = new Map();
  for (const action of actions) {
    const colon = action.type.indexOf(':');
    if (colon < 0) continue;
    const api = action.type.slice(colon + 1);
    const { service, operation: name } = cliNameOf(action.type);
    let ops = index.get(service);
    if (!ops) index.set(service, (ops = new Map()));
    if (!ops.has(name)) ops.set(name, { type: action.type, api, service, name, summary: action.summary });
  }
  return index;
}
