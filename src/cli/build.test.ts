import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { runAwsCli } from './index';

const w = createWorld();
const err = (message: string) => `\naws: [ERROR]: An error occurred (ParamValidation): ${message}\n`;
const INGRESS = 'aws ec2 authorize-security-group-ingress --group-id sg-1';

describe('security-group rule shortcuts (secgroupsimplify.py)', () => {
  it('checks --protocol and --port with the CLI wording', () => {
    expect(runAwsCli(w, `${INGRESS} --protocol tcpp --port 22`).stderr).toBe(
      err('protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.'),
    );
    expect(runAwsCli(w, `${INGRESS} --protocol 256`).stderr).toBe(err('protocol numbers must be in the range 0-255 or -1 to specify all protocols'));
    expect(runAwsCli(w, `${INGRESS} --protocol tcp --port 22-x`)).toMatchObject({
      exitCode: 252,
      stderr: err('port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)'),
    });
  });

  it('names the first shortcut that conflicts with --ip-permissions', () => {
    const r = runAwsCli(w, `${INGRESS} --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22 --cidr 0.0.0.0/0 --port 22`);
    expect(r.stderr).toBe(err('The --port option is not compatible with the --ip-permissions option'));
  });

  it('builds one rule, IpProtocol only when --protocol is given, all as -1', () => {
    const r = runAwsCli(w, `${INGRESS} --protocol all --port 20-25 --cidr 10.0.0.0/8`);
    expect(r.actions[0]?.params).toMatchObject({ IpPermissions: [{ IpProtocol: '-1', FromPort: 20, ToPort: 25, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] });
  });
});

describe('argparse: a word starting with - that holds a space is a value', () => {
  it("--description '-my sg' is the description", () => {
    const r = runAwsCli(w, "aws ec2 create-security-group --group-name g --description '-my sg'");
    expect(r.actions[0]?.params).toMatchObject({ Description: '-my sg' });
  });
});

describe('the rule shortcuts belong to the four security-group operations only', () => {
  it('elbv2 create-target-group --protocol HTTP --port 80 is its own members', () => {
    const r = runAwsCli(w, 'aws elbv2 create-target-group --name t --protocol HTTP --port 80 --vpc-id vpc-1');
    expect(r.actions[0]?.params).toMatchObject({ Protocol: 'HTTP', Port: 80 });
    expect(r.actions[0]?.params).not.toHaveProperty('IpPermissions');
  });
});

describe('main pass: global option prefixes anywhere on the line', () => {
  it('--outp after the service is --output, --reg after the operation is --region', () => {
    const r = runAwsCli(w, 'aws ec2 --outp text describe-vpcs --query length(Vpcs)');
    expect(r).toMatchObject({ exitCode: 0, stdout: '0\n' });
    expect(runAwsCli(w, 'aws ec2 describe-regions --reg eu-west-1').actions[0]?.region).toBe('eu-west-1');
  });

  it('a bare -- is not an ambiguous prefix of every option', () => {
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --').stderr).not.toContain('ambiguous option');
  });
});
