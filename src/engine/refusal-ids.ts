import { ACCESS_RULES } from './rules/access';
import { SCALING_RULES } from './rules/scaling';
import { SCALING_LIMIT_RULES } from './rules/scaling-limits';

/**
 * ENGINE_API rule 3: a refusal's message is one sentence naming the ids involved. Many messages are AWS's own words,
 * which often leave the ids out ("Interface count 3 exceeds the limit for t3.micro"). When a message names none of
 * the ids its refusal lists in `resources`, they are added after AWS's text, so AWS's wording stays the start of the
 * message: "Interface count 3 exceeds the limit for t3.micro (instance i-…, network interface eni-…)".
 * Access and scaling refusals (Ssh, key pairs, security group rules, ELB, Auto Scaling) keep their own messages, and
 * so do quotas (their resources are what already counts against the limit, not the subject of the request).
 */

const KINDS: [prefix: string, label: string][] = [
  ['i-', 'instance'],
  ['eni-attach-', 'attachment'],
  ['eni-', 'network interface'],
  ['subnet-', 'subnet'],
  ['vpc-', 'VPC'],
  ['sg-', 'security group'],
  ['vol-', 'volume'],
  ['snap-', 'snapshot'],
  ['ami-', 'image'],
  ['eipalloc-', 'allocation'],
  ['eipassoc-', 'association'],
  ['igw-', 'internet gateway'],
  ['rtb-', 'route table'],
  ['h-', 'host'],
  ['sir-', 'Spot request'],
  ['lt-', 'launch template'],
];

const OWN_MESSAGES: ReadonlySet<string> = new Set([
  ...Object.keys(ACCESS_RULES),
  ...Object.keys(SCALING_RULES),
  ...Object.keys(SCALING_LIMIT_RULES),
]);

function labelled(id: string): string {
  const kind = KINDS.find(([prefix]) => id.startsWith(prefix));
  return kind ? `${kind[1]} ${id}` : id;
}

/**
 * The message, followed by its resources when it names none of them. A message that already names one (AWS's
 * "Interface: [eni-…] in use.") is left exactly as AWS words it.
 */
export function namingResources(rule: string, message: string, resources: readonly string[]): string {
  if (OWN_MESSAGES.has(rule) || rule.endsWith('.quota')) return message;
  const ids = [...new Set(resources)].filter((id) => id.length > 0);
  if (ids.length === 0 || ids.some((id) => message.includes(id))) return message;
  return `${message} (${ids.map(labelled).join(', ')})`;
}
