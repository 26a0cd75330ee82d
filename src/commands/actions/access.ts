/** Getting into an instance: key pairs, EC2 Instance Connect (and its endpoints), SSH. */
import { family } from './types';

export const ACCESS_ACTIONS = family('Access', [
  'ec2:CreateKeyPair',
  'ec2:ImportKeyPair',
  'ec2:DescribeKeyPairs',
  'ec2:DeleteKeyPair',
  'ec2-instance-connect:SendSSHPublicKey',
  {
    type: 'ec2:CreateInstanceConnectEndpoint',
    label: 'Create EC2 Instance Connect Endpoint',
    createdId: 'InstanceConnectEndpoint.InstanceConnectEndpointId',
  },
  { type: 'ec2:DescribeInstanceConnectEndpoints', label: 'Describe EC2 Instance Connect Endpoints' },
  {
    type: 'ec2:DeleteInstanceConnectEndpoint',
    label: 'Delete EC2 Instance Connect Endpoint',
    createdId: 'InstanceConnectEndpoint.InstanceConnectEndpointId',
  },
  'sim:Ssh',
]);
