import { ruleTable } from './sections';

const H = 'Horizontal Scaling' as const;

/**
 * Listener rules, changes to a running load balancer (SetSubnets, SetSecurityGroups), Auto Scaling traffic sources
 * and security group rule descriptions: the refusals of the operations added beside the first load balancing set
 * (rules S1, S16–S18 and S36 of docs/reference/scaling-and-access-rules.md, and A8 for rule identity).
 */
export const LISTENER_RULE_RULES = ruleTable({
  'elb.rule.not-found': {
    code: 'RuleNotFound',
    title: 'Unknown listener rule',
    concept: 'A listener rule is named by its ARN, which contains its listener’s; deleting a listener deletes its rules.',
    fix: 'List the listener’s rules with DescribeRules and use one of their RuleArn values.',
    section: H,
    source: 'S17',
  },
  'elb.rule.priority-in-use': {
    code: 'PriorityInUse',
    title: 'Priority already taken',
    concept:
      'A listener evaluates its rules from the lowest priority number to the highest and acts on the first whose conditions all match, so two rules of one listener can never share a priority.',
    fix: 'Pick a free priority (1–50000), or move the other rule first with SetRulePriorities.',
    section: H,
    source: 'S17',
  },
  'elb.rule.default': {
    code: 'OperationNotPermitted',
    title: 'The default rule stays',
    concept:
      'Every listener ends with its default rule: the action taken when no other rule matches. It has no conditions and no priority, and it lives as long as the listener.',
    fix: 'Change the default action with ModifyListener; delete the listener to remove its default rule.',
    section: H,
    source: 'S17',
  },
  'elb.rule.alb-only': {
    code: 'InvalidConfigurationRequest',
    title: 'Rules need an Application Load Balancer',
    concept:
      'Conditions on paths and host names read the HTTP request, which only a layer-7 load balancer sees; a Network Load Balancer forwards TCP connections without reading them.',
    fix: 'Add rules to an HTTP or HTTPS listener of an Application Load Balancer.',
    section: H,
    source: 'S16',
  },
  'elb.quota.rules': {
    code: 'TooManyRules',
    title: 'Too many listener rules',
    concept: 'An Application Load Balancer holds at most 100 rules across its listeners, default rules not counted (a quota that can be raised).',
    fix: 'Delete rules you no longer need, or combine paths into one rule (up to five values per condition).',
    section: H,
    source: 'S16',
  },
  'elb.security-groups.nlb': {
    code: 'InvalidConfigurationRequest',
    title: 'No security groups on this Network Load Balancer',
    concept:
      'An Application Load Balancer always has security groups; a Network Load Balancer only if it was created with some. The lab builds Network Load Balancers without groups, so there is nothing to replace.',
    fix: 'Filter traffic with the targets’ own security groups, or create the load balancer again with SecurityGroups.',
    section: H,
    source: 'S5',
  },
  'elb.security-group.invalid': {
    code: 'InvalidSecurityGroup',
    title: 'Security group not usable here',
    concept:
      'A load balancer’s nodes are network interfaces in its VPC, and a network interface can only wear security groups of its own VPC.',
    fix: 'Name security groups of the load balancer’s VPC (ec2:DescribeSecurityGroups with the vpc-id filter).',
    section: H,
    source: 'S5',
  },
  'asg.traffic-source.type': {
    code: 'ValidationError',
    title: 'Traffic source the lab does not model',
    concept:
      'A traffic source is a target group of an Application or Network Load Balancer (type elbv2), a Classic Load Balancer (elb) or a VPC Lattice target group (vpc-lattice); the lab models elbv2 target groups only.',
    fix: 'Give TrafficSources [{ Identifier: <target group ARN>, Type: elbv2 }].',
    section: H,
    source: 'S36',
  },
  'sg-rule.update.not-found': {
    code: 'InvalidPermission.NotFound',
    title: 'No rule to describe',
    concept:
      'A rule is identified by its direction, protocol, port range and source or destination; the description is only a label on it. Updating a description therefore needs a rule that already matches on everything else.',
    fix: 'Copy the rule as DescribeSecurityGroupRules shows it (or add it first with Authorize…), then set its description.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
    source: 'A8',
  },
});
