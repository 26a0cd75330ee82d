import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../engine';
import { runAwsCli } from './index';
import { paginate } from './response';

const ALARM =
  'aws cloudwatch put-metric-alarm --metric-name CPUUtilization --namespace AWS/EC2 --statistic Average --period 60 ' +
  '--evaluation-periods 1 --threshold 70 --comparison-operator GreaterThanThreshold --alarm-name';

function withAlarms(...names: string[]): World {
  let world = createWorld();
  for (const name of names) world = runAwsCli(world, `${ALARM} ${name}`).world;
  return world;
}

describe('paginate: every result key of the paginator (botocore build_full_result)', () => {
  const keys = ['MetricAlarms', 'CompositeAlarms', 'LogAlarms'];
  const response = { CompositeAlarms: ['c1'], MetricAlarms: ['m1', 'm2', 'm3'] };

  it('keeps all result keys in paginator order and leaves absent ones out', () => {
    expect(paginate(response, keys, {})).toEqual({ MetricAlarms: ['m1', 'm2', 'm3'], CompositeAlarms: ['c1'] });
    expect(Object.keys(paginate(response, keys, {}))).toEqual(['MetricAlarms', 'CompositeAlarms']);
  });

  it('--max-items cuts only the primary key and adds the token botocore encodes', () => {
    const page = paginate(response, keys, { maxItems: 2 });
    expect(page).toEqual({ MetricAlarms: ['m1', 'm2'], CompositeAlarms: ['c1'], NextToken: page.NextToken });
    expect(atob(page.NextToken as string)).toBe('{"NextToken": null, "boto_truncate_amount": 2}');
  });

  it('--starting-token resumes the primary key and empties the others', () => {
    const token = btoa('{"NextToken": null, "boto_truncate_amount": 2}');
    expect(paginate(response, keys, { startingToken: token })).toEqual({ MetricAlarms: ['m3'], CompositeAlarms: [] });
  });

  it('no token when --max-items is exactly the count', () => {
    expect(paginate(response, keys, { maxItems: 3 })).not.toHaveProperty('NextToken');
  });
});

describe('aws cloudwatch describe-alarms', () => {
  it('prints the metric alarms, not only the (empty) composite ones', () => {
    const r = runAwsCli(withAlarms('a1', 'a2'), 'aws cloudwatch describe-alarms --query "MetricAlarms[].AlarmName" --output text');
    expect(r).toMatchObject({ exitCode: 0, stdout: 'a1\ta2\n', stderr: '' });
    const json = JSON.parse(runAwsCli(withAlarms('a1'), 'aws cloudwatch describe-alarms').stdout) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('MetricAlarms');
  });
});

describe('--max-items with text output (formatter.py TextFormatter)', () => {
  it('prints the token last, as its own NEXTTOKEN line', () => {
    const r = runAwsCli(withAlarms('a1', 'a2'), 'aws cloudwatch describe-alarms --max-items 1 --output text --query "MetricAlarms[].AlarmName"');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('a1\nNone\n');
    const plain = runAwsCli(withAlarms('a1', 'a2'), 'aws cloudwatch describe-alarms --max-items 1 --output text');
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`NEXTTOKEN\t${btoa('{"NextToken": null, "boto_truncate_amount": 1}')}`);
    expect(lines[0]).toMatch(/^METRICALARMS\t/);
  });
});

describe('double members print as Python floats', () => {
  const world = withAlarms('a1');
  const run = (line: string) => runAwsCli(world, `aws cloudwatch describe-alarms ${line}`);

  it('in every format', () => {
    expect(run('').stdout).toContain('"Threshold": 70.0,');
    expect(run('--output yaml').stdout).toContain('  Threshold: 70.0\n');
    expect(run('--output text').stdout).toMatch(/\t70\.0\n/);
    expect(run('--output table').stdout).toMatch(/\|\s+Threshold\s+\|\s+70\.0\s+\|/);
    expect(run('').stdout).toContain('"Period": 60,');
  });

  it('through a query that picks values, and as plain numbers for one that computes', () => {
    expect(run('--query MetricAlarms[0].Threshold').stdout).toBe('70.0\n');
    expect(run('--query MetricAlarms[].[AlarmName,Threshold] --output text').stdout).toBe('a1\t70.0\n');
    expect(run('--query "MetricAlarms[?Threshold > `50`].AlarmName" --output text').stdout).toBe('a1\n');
  });
});

describe('--max-items and --page-size values (paginate.py PageArgument)', () => {
  it('must be ints (argparse, 252 with the usage block)', () => {
    const r = runAwsCli(withAlarms('a1'), 'aws cloudwatch describe-alarms --max-items abc');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/^\naws: \[ERROR\]: An error occurred \(ParamValidation\): argument --max-items: invalid int value: 'abc'\n\nusage: /);
    expect(runAwsCli(withAlarms('a1'), 'aws ec2 describe-vpcs --page-size 1.5').stderr).toContain("argument --page-size: invalid int value: '1.5'");
  });

  it('a non-positive --max-items warns on stderr and still runs', () => {
    const r = runAwsCli(withAlarms('a1'), 'aws cloudwatch describe-alarms --max-items 0 --query "MetricAlarms[].AlarmName" --output text');
    expect(r).toMatchObject({ exitCode: 0, stderr: 'warning: Non-positive values for --max-items may result in undefined behavior.\n' });
  });
});
