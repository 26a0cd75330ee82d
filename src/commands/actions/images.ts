/** AMIs: create, register, copy, share, deregister. */
import { button, family } from './types';

export const IMAGE_ACTIONS = family('Images', [
  { type: 'ec2:CreateImage', createdId: 'ImageId' },
  { type: 'ec2:RegisterImage', createdId: 'ImageId' },
  {
    type: 'ec2:DeregisterImage',
    buttons: [button('image', { label: 'Deregister', danger: true, params: (_, id) => ({ ImageId: id }) })],
  },
  { type: 'ec2:CopyImage', createdId: 'ImageId' },
  'ec2:ModifyImageAttribute',
  { type: 'ec2:DescribeImageAttribute', palette: false },
  'ec2:DescribeImages',
]);
