import { afterEach, beforeEach, expect, it } from 'vitest';
import { registerMssh } from './mssh-command';
import { registerSsh } from './ssh-command';
import { typeLab } from './typed-lab';

let unregister: (() => void)[] = [];
beforeEach(() => void (unregister = [registerSsh(), registerMssh()]));
afterEach(() => unregister.forEach((u) => u()));

/** The lab "Why can't I SSH?" done by typing only, graded as the app grades it (every dispatched action in the history). */
it('why-cant-i-ssh is done from the terminal alone, one blocking hop at a time', () => {
  const { type, done, controller, complete } = typeLab('why-cant-i-ssh');
  type("WEB=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].InstanceId' --output text)");
  type("PRIV=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].PrivateIpAddress' --output text)");
  expect(type('ssh -i lab-key.pem ec2-user@$PRIV')).toContain('Connection timed out');
  type('EIP=$(aws ec2 allocate-address --query AllocationId --output text)');
  type('aws ec2 associate-address --allocation-id $EIP --instance-id $WEB');
  type("IP=$(aws ec2 describe-addresses --query 'Addresses[0].PublicIp' --output text)");
  expect(done()).toBe(1);
  expect(type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Connection timed out');
  type("RTB=$(aws ec2 describe-route-tables --query 'RouteTables[0].RouteTableId' --output text)");
  type("IGW=$(aws ec2 describe-internet-gateways --query 'InternetGateways[0].InternetGatewayId' --output text)");
  type('aws ec2 create-route --route-table-id $RTB --destination-cidr-block 0.0.0.0/0 --gateway-id $IGW');
  expect(done()).toBe(2);
  // The subnet's ACL lets 22 in but nothing out: stateless, the replies need their own rule.
  expect(type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Connection timed out');
  type("ACL=$(aws ec2 describe-network-acls --filters Name=default,Values=false --query 'NetworkAcls[0].NetworkAclId' --output text)");
  type('aws ec2 create-network-acl-entry --network-acl-id $ACL --egress --rule-number 100 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow');
  expect(done()).toBe(3);
  expect(type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Connection timed out');
  type("SG=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].SecurityGroups[0].GroupId' --output text)");
  type('aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 203.0.113.25/32');
  expect(done()).toBe(4);
  expect(type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Connection timed out');
  type('aws ec2 start-instances --instance-ids $WEB');
  expect(done()).toBe(5);
  expect(type('ssh -i lab-key.pem ec2-user@$IP')).toContain('Permission denied (publickey)');
  expect(type('ssh -i team-key.pem ec2-user@$IP')).toContain('Amazon Linux 2023');
  expect(done()).toBe(6);
  const ip = controller.vars.IP!;
  expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  const inside = type('ip addr');
  expect(inside).toMatch(/inet 10\.16\.1\.\d+/);
  expect(inside).not.toContain(ip);
  type('TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")');
  expect(type('curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/public-ipv4')).toContain(ip);
  expect(done()).toBe(7);
  type('exit');
  expect(type('mssh $WEB')).toContain('Amazon Linux 2023');
  expect(complete()).toBe(true);
});
