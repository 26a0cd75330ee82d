/** Launch templates: what an Auto Scaling group (or a launch) starts from. */
import { family } from './types';

export const LAUNCH_TEMPLATE_ACTIONS = family('Launch templates', [
  'ec2:CreateLaunchTemplate',
  'ec2:CreateLaunchTemplateVersion',
  'ec2:ModifyLaunchTemplate',
  'ec2:DescribeLaunchTemplates',
  'ec2:DescribeLaunchTemplateVersions',
  'ec2:DeleteLaunchTemplateVersions',
  'ec2:DeleteLaunchTemplate',
]);
