/** EC2 Auto Scaling: groups, their instances and scaling policies. */
import { family } from './types';

export const AUTO_SCALING_ACTIONS = family('Auto Scaling', [
  'autoscaling:CreateAutoScalingGroup',
  'autoscaling:UpdateAutoScalingGroup',
  'autoscaling:SetDesiredCapacity',
  'autoscaling:TerminateInstanceInAutoScalingGroup',
  'autoscaling:SetInstanceProtection',
  'autoscaling:SetInstanceHealth',
  'autoscaling:AttachLoadBalancerTargetGroups',
  'autoscaling:DetachLoadBalancerTargetGroups',
  'autoscaling:AttachTrafficSources',
  'autoscaling:DetachTrafficSources',
  'autoscaling:DescribeTrafficSources',
  'autoscaling:DeleteAutoScalingGroup',
  'autoscaling:DescribeAutoScalingGroups',
  'autoscaling:DescribeAutoScalingInstances',
  'autoscaling:DescribeScalingActivities',
  'autoscaling:PutScalingPolicy',
  'autoscaling:DescribePolicies',
  'autoscaling:DeletePolicy',
]);
