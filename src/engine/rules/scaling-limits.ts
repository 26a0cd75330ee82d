import { ruleTable } from './sections';

const H = 'Horizontal Scaling' as const;

/** Quotas and cross-resource checks of load balancing and Auto Scaling (rules S4–S26 of the scaling reference). */
export const SCALING_LIMIT_RULES = ruleTable({
  'asg.launch-template.other-vpc': {
    code: 'ValidationError',
    title: 'Template security groups in another VPC',
    concept:
      'A security group belongs to one VPC, and an instance can only use groups of the VPC its subnet is in. A group whose template names security groups of another VPC could never launch into its subnets.',
    fix: 'Give the launch template security groups of the VPC of VPCZoneIdentifier’s subnets (a new template version), or pick subnets of the groups’ VPC.',
    section: H,
    source: 'S26',
  },
  'asg.launch-source.unsupported': {
    code: 'ValidationError',
    title: 'Launch source the lab does not model',
    concept:
      'An Auto Scaling group launches from a launch template, a mixed instances policy, a legacy launch configuration or an existing instance. The lab models launch templates only, and says so rather than ignoring the request.',
    fix: 'Save the launch parameters as a launch template (ec2:CreateLaunchTemplate) and give LaunchTemplate { LaunchTemplateId, Version }.',
    section: H,
    source: 'S24',
  },
  'elb.quota.load-balancers': {
    code: 'TooManyLoadBalancers',
    title: 'Too many load balancers',
    concept: 'An account may run 50 Application Load Balancers (and 50 Network Load Balancers) per Region by default; the quota can be raised on request.',
    fix: 'Delete load balancers you no longer use, or share one load balancer between applications with listener rules.',
    section: H,
    source: 'S4',
  },
  'elb.quota.listeners': {
    code: 'TooManyListeners',
    title: 'Too many listeners',
    concept: 'A load balancer has at most 50 listeners: one per port it answers on.',
    fix: 'Delete a listener you no longer need, or route by host or path with rules on one listener.',
    section: H,
    source: 'S16',
  },
  'elb.quota.targets': {
    code: 'TooManyTargets',
    title: 'Too many targets',
    concept: 'A target group holds at most 1,000 targets (an instance on another port counts as another target).',
    fix: 'Deregister targets you no longer need, or spread the fleet over several target groups.',
    section: H,
    source: 'S8',
  },
});
