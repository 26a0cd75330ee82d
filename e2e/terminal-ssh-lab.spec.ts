import { LabsUi } from './pages/labs';
import { expect, test } from './pages/lab-page';

/** "Why can't I SSH?" done by typing in the terminal only; the lab panel follows each fixed hop. */
const LINES: [string, number][] = [
  ["WEB=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].InstanceId' --output text)", 0],
  ["PRIV=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].PrivateIpAddress' --output text)", 0],
  ['ssh -i lab-key.pem ec2-user@$PRIV', 0],
  ['EIP=$(aws ec2 allocate-address --query AllocationId --output text)', 0],
  ['aws ec2 associate-address --allocation-id $EIP --instance-id $WEB', 1],
  ["IP=$(aws ec2 describe-addresses --query 'Addresses[0].PublicIp' --output text)", 0],
  ['ssh -i lab-key.pem ec2-user@$IP', 0],
  ["RTB=$(aws ec2 describe-route-tables --query 'RouteTables[0].RouteTableId' --output text)", 0],
  ["IGW=$(aws ec2 describe-internet-gateways --query 'InternetGateways[0].InternetGatewayId' --output text)", 0],
  ['aws ec2 create-route --route-table-id $RTB --destination-cidr-block 0.0.0.0/0 --gateway-id $IGW', 2],
  ['ssh -i lab-key.pem ec2-user@$IP', 0],
  ["ACL=$(aws ec2 describe-network-acls --filters Name=default,Values=false --query 'NetworkAcls[0].NetworkAclId' --output text)", 0],
  ['aws ec2 create-network-acl-entry --network-acl-id $ACL --egress --rule-number 100 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow', 3],
  ['ssh -i lab-key.pem ec2-user@$IP', 0],
  ["SG=$(aws ec2 describe-instances --query 'Reservations[0].Instances[0].SecurityGroups[0].GroupId' --output text)", 0],
  ['aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 203.0.113.25/32', 4],
  ['ssh -i lab-key.pem ec2-user@$IP', 0],
  ['aws ec2 start-instances --instance-ids $WEB', 5],
  ['ssh -i lab-key.pem ec2-user@$IP', 0],
  ['ssh -i team-key.pem ec2-user@$IP', 6],
  ['ip addr', 0],
  ['TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")', 0],
  ['curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/public-ipv4', 7],
  ['exit', 0],
];

test('the lab "Why can\'t I SSH?" from the terminal: each hop fixed in turn, then Instance Connect', async ({ page }) => {
  test.setTimeout(300_000);
  const labs = new LabsUi(page);
  await labs.openAndStart('why-cant-i-ssh');
  await page.getByRole('button', { name: 'Terminal' }).click();
  const terminal = page.getByTestId('terminal');
  const rows = terminal.locator('.xterm-rows');
  const input = terminal.locator('textarea.xterm-helper-textarea');
  await expect(input).toBeFocused();
  for (const [line, step] of LINES) {
    await input.focus();
    await input.pressSequentially(line, { delay: 0 });
    await input.press('Enter');
    if (line.startsWith('ssh -i lab-key.pem') && step === 0) await expect(rows).toContainText(/Connection timed out|Permission denied/);
    if (step > 0) await labs.expectStepDone(step);
    if (line === 'ssh -i lab-key.pem ec2-user@$PRIV') await expect(page.getByRole('complementary', { name: 'Why the connection failed' })).toContainText('Public IPv4 address');
  }
  await input.focus();
  await input.pressSequentially('mssh $WEB', { delay: 0 });
  await input.press('Enter');
  await expect(rows).toContainText(/\[ec2-user@ip-10-16-1-\d+ ~\]\$/);
  await labs.expectComplete();
});
