import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { runAwsCli } from './index';

const w = createWorld();
const err = (message: string) => `\naws: [ERROR]: ${message}\n`;
const ALARM =
  'aws cloudwatch put-metric-alarm --alarm-name a --metric-name CPUUtilization --namespace AWS/EC2 --statistic Average ' +
  '--period 60 --evaluation-periods 1 --comparison-operator GreaterThanThreshold';

describe('numbers are converted like Python int() and float()', () => {
  it('an integer parameter refuses 1.5 and 1e3 (exit 255)', () => {
    expect(runAwsCli(w, 'aws ec2 create-volume --availability-zone us-east-1a --size 1.5')).toMatchObject({
      exitCode: 255,
      stdout: '',
      stderr: err("invalid literal for int() with base 10: '1.5'"),
    });
    expect(runAwsCli(w, 'aws ec2 create-volume --availability-zone us-east-1a --size 1e3').stderr).toBe(
      err("invalid literal for int() with base 10: '1e3'"),
    );
    expect(runAwsCli(w, 'aws ec2 create-volume --availability-zone us-east-1a --size 8').exitCode).toBe(0);
  });

  it('so does an integer inside shorthand', () => {
    const r = runAwsCli(w, "aws ec2 run-instances --image-id ami-1 --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=1.5}'");
    expect(r).toMatchObject({ exitCode: 255, stderr: err("invalid literal for int() with base 10: '1.5'") });
  });

  it('a float parameter takes 70, 1.5 and 1e3 and refuses abc', () => {
    expect(runAwsCli(w, `${ALARM} --threshold abc`)).toMatchObject({ exitCode: 255, stderr: err("could not convert string to float: 'abc'") });
    for (const t of ['70', '1.5', '1e3']) expect(runAwsCli(w, `${ALARM} --threshold ${t}`).exitCode).toBe(0);
  });

  it('--count must be min[:max] (252)', () => {
    const message = err('An error occurred (ParamValidation): count parameter should be of form min[:max] (e.g. 1 or 1:10)');
    for (const c of ['abc', '1:2:3', '1:', '1.5']) {
      expect(runAwsCli(w, `aws ec2 run-instances --image-id ami-1 --count ${c}`)).toMatchObject({ exitCode: 252, stderr: message });
    }
  });
});

describe('a structure parameter given a JSON list', () => {
  it('is "Invalid JSON" with the text on its own line (252)', () => {
    expect(runAwsCli(w, "aws ec2 run-instances --image-id ami-1 --placement '[1]'")).toMatchObject({
      exitCode: 252,
      stdout: '',
      stderr: "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--placement': Invalid JSON:\n[1]\n",
    });
  });
});

describe('minimums botocore validates before sending', () => {
  it('an integer under its min value, a string under its min length (252)', () => {
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --max-results 1')).toMatchObject({
      exitCode: 252,
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\n' +
        'Invalid value for parameter MaxResults, value: 1, valid min value: 5\n',
    });
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --max-results 5').exitCode).toBe(0);
    expect(runAwsCli(w, `${ALARM} --threshold 1 --alarm-name ''`).stderr).toContain(
      'Invalid length for parameter AlarmName, value: 0, valid min length: 1',
    );
  });
});

describe('--cli-input-json is validated like the rest of the input (botocore validate.py)', () => {
  it('an unknown or mistyped member is a 252 validation error, not a call', () => {
    const unknown = runAwsCli(w, `aws ec2 create-vpc --cli-input-json '{"CidrBlok":"10.0.0.0/16"}'`);
    expect(unknown.exitCode).toBe(252);
    expect(unknown.stderr).toMatch(/Parameter validation failed:\nUnknown parameter in input: "CidrBlok", must be one of: /);
    expect(unknown.actions).toEqual([]);
    const typed = runAwsCli(w, `aws ec2 create-vpc --cli-input-json '{"CidrBlock":5}'`);
    expect(typed.stderr).toBe(
      err("An error occurred (ParamValidation): Parameter validation failed:\nInvalid type for parameter CidrBlock, value: 5, type: <class 'int'>, valid types: <class 'str'>"),
    );
  });

  it('takes required members from the JSON and reports missing ones as botocore does', () => {
    expect(runAwsCli(w, `aws ec2 create-subnet --cli-input-json '{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/24"}'`).exitCode).toBe(254);
    const r = runAwsCli(w, `aws ec2 attach-network-interface --cli-input-json '{"DeviceIndex":1,"NetworkInterfaceId":"eni-1"}'`);
    expect(r.stderr).toBe(err('An error occurred (ParamValidation): Parameter validation failed:\nMissing required parameter in input: "InstanceId"'));
  });

  it('refuses a non-object and bad JSON with the CLI wording', () => {
    expect(runAwsCli(w, `aws ec2 describe-vpcs --cli-input-json '[1]'`).stderr).toBe(
      err("An error occurred (ParamValidation): Error parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>"),
    );
    expect(runAwsCli(w, `aws ec2 describe-vpcs --cli-input-json '{'`).stderr).toBe(
      err("An error occurred (ParamValidation): Error parsing parameter 'cli-input-json': Invalid JSON received."),
    );
  });
});

describe('validation lines read as botocore prints them', () => {
  it('lists print as Python reprs and missing members come before unknown ones', () => {
    const r = runAwsCli(w, `aws ec2 describe-vpcs --cli-input-json '{"VpcIds":"vpc-1","Filters":[{"Nam":"x","Values":["b","c"],"Name":["b","c"]}]}'`);
    expect(r.stderr).toBe(
      err(
        'An error occurred (ParamValidation): Parameter validation failed:\n' +
          "Invalid type for parameter VpcIds, value: vpc-1, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>\n" +
          'Unknown parameter in Filters[0]: "Nam", must be one of: Name, Values\n' +
          "Invalid type for parameter Filters[0].Name, value: ['b', 'c'], type: <class 'list'>, valid types: <class 'str'>",
      ),
    );
  });
});

describe('timestamps take the forms botocore parse_to_aware_datetime takes', () => {
  it('epoch seconds and ISO 8601 dates are sent as ISO 8601 UTC; anything else is a validation error', () => {
    const r = runAwsCli(w, "aws ec2 describe-spot-price-history --start-time 1714560000 --end-time '2024-05-02T10:00:00+02:00'");
    expect(r.exitCode).toBe(0);
    expect(r.actions[0]?.params).toMatchObject({ StartTime: '2024-05-01T10:40:00Z', EndTime: '2024-05-02T08:00:00Z' });
    expect(runAwsCli(w, 'aws ec2 describe-spot-price-history --start-time 2024-05-01').actions[0]?.params).toMatchObject({
      StartTime: '2024-05-01T00:00:00Z',
    });
    expect(runAwsCli(w, 'aws ec2 describe-spot-price-history --start-time abc').stderr).toBe(
      err(
        'An error occurred (ParamValidation): Parameter validation failed:\n' +
          "Invalid type for parameter StartTime, value: abc, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      ),
    );
  });
});

describe('blobs are base64 text (cli_binary_format base64)', () => {
  it('text that does not decode is exit 255 Invalid base64, as binaryformat.py raises it', () => {
    const r = runAwsCli(w, "aws ec2 import-key-pair --key-name k --public-key-material 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ me@host'");
    expect(r).toMatchObject({ exitCode: 255, actions: [] });
    expect(r.stderr).toBe(err('Invalid base64: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ me@host"'));
    expect(runAwsCli(w, 'aws ec2 import-key-pair --key-name k --public-key-material abc=').stderr).not.toContain('Invalid base64');
  });
});
