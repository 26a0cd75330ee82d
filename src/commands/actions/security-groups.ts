/** Security groups and their rules. */
import { nextGroupName, selectedResource, selectedVpcId, type FormContext } from '../defaults';
import { pickOne, select, str, text } from '../forms/fields';
import { securityGroupOptions, vpcOptions } from '../forms/options';
import { family } from './types';

function selectedGroup(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'security-group' ? r.group.id : undefined;
}

export const SECURITY_GROUP_ACTIONS = family('Security groups', [
  {
    type: 'ec2:CreateSecurityGroup',
    createdId: 'GroupId',
    form: {
      submitLabel: 'Create security group',
      fields: [
        select('VpcId', 'VPC', vpcOptions, selectedVpcId),
        text('GroupName', 'Group name', (ctx, v) => nextGroupName(ctx, str(v.VpcId)), { dependsOn: ['VpcId'] }),
        text('Description', 'Description', () => 'Lab security group'),
      ],
      toParams: (v) => ({ VpcId: str(v.VpcId), GroupName: str(v.GroupName), Description: str(v.Description) }),
    },
  },
  'ec2:DescribeSecurityGroups',
  {
    type: 'ec2:DeleteSecurityGroup',
    form: pickOne('Delete security group', 'GroupId', 'Security group', securityGroupOptions, selectedGroup),
  },
  'ec2:AuthorizeSecurityGroupIngress',
  'ec2:AuthorizeSecurityGroupEgress',
  'ec2:RevokeSecurityGroupIngress',
  'ec2:RevokeSecurityGroupEgress',
  'ec2:UpdateSecurityGroupRuleDescriptionsIngress',
  'ec2:UpdateSecurityGroupRuleDescriptionsEgress',
  'ec2:DescribeSecurityGroupRules',
]);
