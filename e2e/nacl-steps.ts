/** The commands e2e/nacl.spec.ts types after the ssh build steps (also run headless in src/terminal/ssh-session.test.ts). */
export const NACL_LOCK_STEPS = [
  'ACL=$(aws ec2 create-network-acl --vpc-id $VPC --query NetworkAcl.NetworkAclId --output text)',
  'ASSOC=$(aws ec2 describe-network-acls --filters Name=association.subnet-id,Values=$SUBNET --query NetworkAcls[0].Associations[0].NetworkAclAssociationId --output text)',
  'aws ec2 replace-network-acl-association --association-id $ASSOC --network-acl-id $ACL --output text',
];

/** Inbound SSH through the custom ACL: not enough on its own, the ACL is stateless. */
export const NACL_ALLOW_SSH_IN =
  'aws ec2 create-network-acl-entry --network-acl-id $ACL --rule-number 100 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action allow --ingress';

/** The replies, out to the client's ephemeral ports. */
export const NACL_ALLOW_REPLIES_OUT =
  'aws ec2 create-network-acl-entry --network-acl-id $ACL --rule-number 100 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow --egress';
