import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { runAwsCli } from './index';

const w = createWorld();

describe('--generate-cli-skeleton', () => {
  it('prints the input skeleton as ArgumentGenerator builds it, without calling or checking required options', () => {
    const r = runAwsCli(w, 'aws ec2 describe-vpcs --generate-cli-skeleton');
    expect(r).toMatchObject({ exitCode: 0, stderr: '', actions: [] });
    expect(r.stdout).toBe(
      '{\n    "Filters": [\n        {\n            "Name": "",\n            "Values": [\n                ""\n            ]\n        }\n    ],\n' +
        '    "VpcIds": [\n        ""\n    ],\n    "NextToken": "",\n    "MaxResults": 0,\n    "DryRun": true\n}\n',
    );
    expect(runAwsCli(w, 'aws ec2 attach-network-interface --generate-cli-skeleton input').exitCode).toBe(0);
  });

  it('doubles print as 0.0, timestamps as 1970-01-01T00:00:00', () => {
    const alarm = runAwsCli(w, 'aws cloudwatch put-metric-alarm --generate-cli-skeleton').stdout;
    expect(alarm).toContain('"Threshold": 0.0,');
    expect(runAwsCli(w, 'aws ec2 describe-spot-price-history --generate-cli-skeleton').stdout).toContain('"StartTime": "1970-01-01T00:00:00",');
  });

  it('refuses a value outside its choices', () => {
    const r = runAwsCli(w, 'aws ec2 describe-vpcs --generate-cli-skeleton inptu');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain("argument --generate-cli-skeleton: Found invalid choice 'inptu'");
  });
});
