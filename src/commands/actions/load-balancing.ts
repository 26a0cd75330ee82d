/** Elastic Load Balancing (v2): load balancers, target groups and listeners. */
import { family } from './types';

export const LOAD_BALANCING_ACTIONS = family('Load balancing', [
  'elasticloadbalancing:CreateLoadBalancer',
  'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DeleteLoadBalancer',
  'elasticloadbalancing:ModifyLoadBalancerAttributes',
  'elasticloadbalancing:DescribeLoadBalancerAttributes',
  'elasticloadbalancing:SetSubnets',
  'elasticloadbalancing:SetSecurityGroups',
  'elasticloadbalancing:CreateTargetGroup',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:ModifyTargetGroup',
  'elasticloadbalancing:DeleteTargetGroup',
  'elasticloadbalancing:ModifyTargetGroupAttributes',
  'elasticloadbalancing:DescribeTargetGroupAttributes',
  'elasticloadbalancing:RegisterTargets',
  'elasticloadbalancing:DeregisterTargets',
  'elasticloadbalancing:DescribeTargetHealth',
  'elasticloadbalancing:CreateListener',
  'elasticloadbalancing:DescribeListeners',
  'elasticloadbalancing:DeleteListener',
  'elasticloadbalancing:ModifyListener',
]);
