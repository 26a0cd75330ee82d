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
});
