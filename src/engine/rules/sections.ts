/** Headings of docs/course/ec2-fundamentals.md, verbatim: every rule points a learner to one of them. */
export const SECTIONS = [
  'Virtualization Fundamentals',
  'EC2 Architecture and Resilience',
  'EC2 Categories',
  'Naming Scheme',
  'EC2 SSH vs EC2 Instance Connect management',
  'EC2 Network Interfaces, Instance IPs and DNS',
  'Elastic Network Interface',
  'Primary IPv4 private address',
  'Public IPv4 address',
  'Elastic IP address',
  'Considerations',
  'Amazon Machine Image (AMI)',
  'AMI Lifecycle',
  '1. Launch',
  '2. Configure',
  '3. Create Image',
  '4. Launch',
  'Consideration',
  'Copying',
  'Cross-account copying',
  'Cross-Region copying',
  'Encryption',
  'Encryption and copying',
  'EC2 Purchase Options',
  'On-Demand Instances',
  'Spot Instances',
  'Reserved Instances',
  'Payment Terms',
  'Dedicated Hosts [OOS]',
  'Dedicated Instances [OOS]',
  'Instance Status Checks and Autorecovery',
  'System Status Checks',
  'Instance Status Checks',
  'Handling Failed Status Checks',
  'Manually',
  'Automatically',
  'Termination Protection [OOS]',
  'Shutdown Behaviour [OOS]',
  'Horizontal and Vertical Scaling',
  'Vertical Scaling',
  'Horizontal Scaling',
  'Instance Metadata',
  'URL',
  'Environment',
  'Authentication',
  'User Data',
  'Unauthenticated and Unencrypted',
  'CLI',
] as const;

export type Section = (typeof SECTIONS)[number];

/** A rule of real AWS behaviour, as the lab explains it. */
export interface RuleEntry {
  /** The AWS error code a refusal under this rule carries. */
  code: string;
  /** A short title for lists and the explanation card. */
  title: string;
  /** Why AWS is built this way, in one or two plain sentences. */
  concept: string;
  /** What to do instead. */
  fix: string;
  /** The course section it teaches. */
  section: Section;
  /** Number of the rule in docs/reference/ec2-rules.md, when it comes from there. */
  ref?: number;
  /** Id of the rule in docs/reference/scaling-and-access-rules.md (S1–S37, A1–A23), when it comes from there. */
  source?: string;
}

/** Helper that keeps the literal keys of a rule table while checking every entry. */
export function ruleTable<T extends Record<string, RuleEntry>>(table: T): T {
  return table;
}
