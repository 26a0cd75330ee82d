/** Getting into an instance: key pairs, EC2 Instance Connect, SSH. */
import { family } from './types';

export const ACCESS_ACTIONS = family('Access', [
  'ec2:CreateKeyPair',
  'ec2:ImportKeyPair',
  'ec2:DescribeKeyPairs',
  'ec2:DeleteKeyPair',
  'ec2-instance-connect:SendSSHPublicKey',
  'sim:Ssh',
]);
