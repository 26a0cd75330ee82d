import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREATE_ENDPOINT, EICE_BUILD_STEPS, EICE_SSH } from '../../e2e/eice-steps';
import { complete } from './complete';
import { registerEc2InstanceConnect } from './eic-ssh-command';
import { terminalHarness } from './terminal-harness';

const harness = () => terminalHarness();

let unregister: () => void = () => undefined;
beforeEach(() => void (unregister = registerEc2InstanceConnect()));
afterEach(() => unregister());

function built() {
  const t = harness();
  for (const step of EICE_BUILD_STEPS) t.type(step);
  expect(t.controller.vars.INSTANCE).toMatch(/^i-[0-9a-f]+$/);
  return t;
}

describe('aws ec2-instance-connect ssh in the terminal (rule A23)', () => {
  it('with no endpoint in the VPC says so as the CLI does; with one, pushes a key and opens a session through it', () => {
    const t = built();
    const none = t.type(EICE_SSH);
    expect(none).toContain('aws: [ERROR]: An error occurred (ParamValidation): There are no available instance connect endpoints.');
    expect(t.type('echo "status=$?"')).toContain('status=252');
    expect(t.type(CREATE_ENDPOINT)).toMatch(/endpoint=eice-0[0-9a-f]{16}/);
    t.sent.length = 0;
    const screen = t.type(EICE_SSH);
    expect(screen).toContain('Amazon Linux 2023');
    expect(screen).toMatch(/\[ec2-user@ip-10-0-1-\d+ ~\]\$/);
    expect(t.sent.map((a) => a.type)).toEqual(['ec2-instance-connect:SendSSHPublicKey', 'sim:Ssh']);
    expect(t.sent[1]!.params).toMatchObject({ From: 'eic-endpoint', InstanceConnectEndpointId: t.controller.vars.EICE, InstanceId: t.controller.vars.INSTANCE });
  });

  it('auto uses the endpoint for an instance with no public IP; a blocked hop times out with the endpoint hop explained', () => {
    const t = built();
    t.type(CREATE_ENDPOINT);
    t.type('aws ec2 revoke-security-group-ingress --group-id $APP --protocol tcp --port 22 --source-group $EICE_SG --output text');
    const blocked = t.type('aws ec2-instance-connect ssh --instance-id $INSTANCE');
    expect(blocked).toMatch(/ssh: connect to host 10\.0\.1\.\d+ port 22: Connection timed out/);
    expect(t.explained).toMatchObject({ rule: 'ssh.eice.security-group', hop: { name: 'Security group' } });
  });

  it('refuses bad arguments as the CLI does, before any request', () => {
    const t = built();
    expect(t.type('aws ec2-instance-connect ssh --instance-id nope')).toContain(
      'aws: [ERROR]: An error occurred (ParamValidation): The specified instance ID is invalid. Provide the full instance ID in the form i-xxxxxxxxxxxxxxxxx.',
    );
    expect(t.type('aws ec2-instance-connect ssh')).toContain('the following arguments are required: --instance-id');
    expect(t.type('aws ec2-instance-connect ssh --instance-id $INSTANCE --connection-type direct --eice-options endpointId=eice-0123456789abcdef0')).toContain(
      "eice-options can't be specified when connection type is direct.",
    );
    expect(t.type('aws ec2-instance-connect ssh --instance-id $INSTANCE --eice-options endpointId=eice-0123456789abcdef0')).toContain(
      "An error occurred (InvalidInstanceConnectEndpointId.NotFound) when calling the DescribeInstanceConnectEndpoints operation: The instance connect endpoint ID 'eice-0123456789abcdef0' does not exist",
    );
    expect(t.type('aws ec2-instance-connect ssh --instance-id $INSTANCE --eice-options endpointId')).toContain("Error parsing parameter '--eice-options': ");
    expect(t.type('aws ec2-instance-connect ssh --instance-id i-0123456789abcdef0 --connection-type eice')).toContain(
      'An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation',
    );
    expect(t.sent.filter((a) => a.type.startsWith('ec2-instance-connect'))).toEqual([]);
  });

  it('tab completion offers ssh and open-tunnel, their options and the connection types', () => {
    const t = built();
    expect(complete('aws ec2-instance-connect s', 26, t.world).candidates).toEqual(['send-ssh-public-key', 'ssh']);
    expect(complete('aws ec2-instance-connect o', 26, t.world).candidates).toEqual(['open-tunnel']);
    expect(complete('aws ec2-instance-connect ssh --conn', 35, t.world).candidates).toEqual(['--connection-type']);
    expect(complete('aws ec2-instance-connect ssh --connection-type e', 48, t.world).candidates).toEqual(['eice']);
  });
});
