import { describe, expect, it } from 'vitest';
import { cliSession } from './test-session';

/** `aws ec2 create-/describe-/delete-instance-connect-endpoint(s)` as the CLI v2 parses and prints them (rule A23). */
const session = cliSession;

function subnetSession() {
  const aws = session();
  const vpc = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text').stdout.trim();
  const subnet = aws(`aws ec2 create-subnet --vpc-id ${vpc} --cidr-block 10.0.1.0/24 --query Subnet.SubnetId --output text`).stdout.trim();
  return { aws, vpc, subnet };
}

describe('aws ec2 …-instance-connect-endpoint', () => {
  it('creates one with --subnet-id and prints the InstanceConnectEndpoint as JSON', () => {
    const { aws, vpc, subnet } = subnetSession();
    const r = aws(`aws ec2 create-instance-connect-endpoint --subnet-id ${subnet} --preserve-client-ip`);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.actions).toEqual([{ type: 'ec2:CreateInstanceConnectEndpoint', params: { SubnetId: subnet, PreserveClientIp: true } }]);
    const out = JSON.parse(r.stdout);
    expect(out.InstanceConnectEndpoint).toMatchObject({ SubnetId: subnet, VpcId: vpc, State: 'create-complete', PreserveClientIp: true });
    expect(r.stdout).toMatch(/^\{\n {4}"InstanceConnectEndpoint": \{\n {8}"OwnerId": "111122223333",\n {8}"InstanceConnectEndpointId": "eice-0/);
  });

  it('describes with --filters and --query, and deletes', () => {
    const { aws, subnet } = subnetSession();
    const id = aws(`aws ec2 create-instance-connect-endpoint --subnet-id ${subnet} --query InstanceConnectEndpoint.InstanceConnectEndpointId --output text`).stdout.trim();
    expect(id).toMatch(/^eice-0[0-9a-f]{16}$/);
    const listed = aws(`aws ec2 describe-instance-connect-endpoints --filters Name=subnet-id,Values=${subnet} --query InstanceConnectEndpoints[].InstanceConnectEndpointId --output text`);
    expect(listed.stdout).toBe(`${id}\n`);
    const gone = aws(`aws ec2 delete-instance-connect-endpoint --instance-connect-endpoint-id ${id} --query InstanceConnectEndpoint.State --output text`);
    expect(gone.stdout).toBe('delete-complete\n');
    expect(aws('aws ec2 describe-instance-connect-endpoints --query InstanceConnectEndpoints --output json').stdout).toBe('[]\n');
  });

  it('prints AWS’s error lines for unknown and malformed ids, and a usage error without --subnet-id', () => {
    const { aws } = subnetSession();
    const unknown = aws('aws ec2 delete-instance-connect-endpoint --instance-connect-endpoint-id eice-0123456789abcdef0');
    expect(unknown.exitCode).toBe(254);
    expect(unknown.stderr).toBe(
      "\naws: [ERROR]: An error occurred (InvalidInstanceConnectEndpointId.NotFound) when calling the DeleteInstanceConnectEndpoint operation: The instance connect endpoint ID 'eice-0123456789abcdef0' does not exist\n",
    );
    const malformed = aws('aws ec2 describe-instance-connect-endpoints --instance-connect-endpoint-ids eice-1');
    expect(malformed.stderr).toContain('(InvalidInstanceConnectEndpointId.Malformed) when calling the DescribeInstanceConnectEndpoints operation');
    const usage = aws('aws ec2 create-instance-connect-endpoint');
    expect(usage.exitCode).toBe(252);
    expect(usage.stderr).toContain('the following arguments are required: --subnet-id');
  });
});
