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
