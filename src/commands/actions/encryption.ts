/** KMS keys and EBS encryption by default. */
import { opt, text } from '../forms/fields';
import { family } from './types';

export const ENCRYPTION_ACTIONS = family('Encryption', [
  {
    type: 'kms:CreateKey',
    label: 'Create KMS key',
    form: {
      submitLabel: 'Create key',
      fields: [text('Description', 'Description (optional)', () => '')],
      toParams: (v) => ({ ...opt('Description', v.Description) }),
    },
  },
  'kms:CreateAlias',
  'kms:DescribeKey',
  { type: 'kms:ListAliases', palette: false },
  'kms:ListKeys',
  'ec2:GetEbsEncryptionByDefault',
  'ec2:EnableEbsEncryptionByDefault',
  'ec2:DisableEbsEncryptionByDefault',
  { type: 'ec2:GetEbsDefaultKmsKeyId', palette: false },
]);
