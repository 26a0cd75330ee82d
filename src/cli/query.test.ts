import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../engine';
import { runAwsCli } from './index';
import { checkQuery, MAX_QUERY_FANOUT, QuerySyntaxError, searchQuery } from './query';

function withVpcs(n: number): World {
  let world = createWorld();
  for (let i = 0; i < n; i++) world = runAwsCli(world, `aws ec2 create-vpc --cidr-block 10.${i}.0.0/16`).world;
  return world;
}

const selfs = (n: number) => `[${Array<string>(n).fill('@').join(',')}]`;

describe('--query parse errors read like Python jmespath', () => {
  it('an unfinished expression is "Incomplete expression" with the caret after it', () => {
    const r = runAwsCli(createWorld(), "aws ec2 describe-vpcs --query 'Vpcs[0'");
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --query Vpcs[0: Invalid jmespath expression: ' +
        'Incomplete expression:\n"Vpcs[0"\n       ^\n',
    );
  });

  it('never leaks JavaScript internals', () => {
    const r = runAwsCli(createWorld(), "aws ec2 describe-vpcs --query 'Vpcs[?State==`x`'");
    expect(r.exitCode).toBe(252);
    expect(r.stderr).not.toMatch(/Cannot read|undefined/);
    expect(r.stderr).toContain('Incomplete expression:\n"Vpcs[?State==`x`"\n                 ^\n');
  });

  it('a wrong token names its column', () => {
    expect(() => checkQuery('Vpcs[0]]')).toThrow(
      new QuerySyntaxError('Invalid jmespath expression: Parse error at column 7 near token "]" (RBRACKET) for expression:\n"Vpcs[0]]"\n        ^'),
    );
  });
});

describe('--query type errors read like Python jmespath (exit 255)', () => {
  it('length() of null', () => {
    const r = runAwsCli(withVpcs(1), "aws ec2 describe-vpcs --query 'length(Vpcs[0].Nope)'");
    expect(r).toMatchObject({
      exitCode: 255,
      stdout: '',
      stderr: `\naws: [ERROR]: In function length(), invalid type for value: None, expected one of: ['string', 'array', 'object'], received: "null"\n`,
    });
  });
});

describe('--query work and output are bounded', () => {
  it('refuses before the call an expression that copies its input more than the bound', () => {
    const start = createWorld();
    const q = `${selfs(101)}[*]${selfs(101)}[*]${selfs(101)}`;
    const r = runAwsCli(start, `aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query '${q}'`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain(`can copy its input up to 1030301 times`);
    expect(r.world).toBe(start);
    expect(r.stdout).toBe('');
    expect(() => checkQuery(`${selfs(10)}[*]${selfs(10)}[*]${selfs(10)}`)).not.toThrow();
    expect(() => checkQuery(`${selfs(10)}[*]${selfs(10)}[*]${selfs(11)}`)).toThrow(String(MAX_QUERY_FANOUT));
  });

  it('refuses an output larger than the bound instead of printing it', () => {
    const all = runAwsCli(createWorld(), 'aws ec2 describe-instance-types');
    expect(all.exitCode).toBe(0);
    const r = runAwsCli(createWorld(), `aws ec2 describe-instance-types --query '${selfs(10)}'`);
    expect(r.exitCode).toBe(255);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/the output would be larger than 8 MB/);
  });

  it('still evaluates ordinary queries', () => {
    expect(searchQuery({ Vpcs: [{ VpcId: 'v' }] }, 'Vpcs[].[VpcId, VpcId]')).toEqual([['v', 'v']]);
  });
});

describe('--query giving {}', () => {
  it('prints nothing in json and yaml (formatter.py skips an empty dict)', () => {
    for (const output of ['json', 'yaml', 'yaml-stream', 'text', 'table']) {
      expect(runAwsCli(createWorld(), `aws ec2 describe-vpcs --query '\`{}\`' --output ${output}`)).toMatchObject({ exitCode: 0, stdout: '' });
    }
    expect(runAwsCli(createWorld(), "aws ec2 describe-vpcs --query '`[]`'").stdout).toBe('[]\n');
  });
});

describe('table output bound', () => {
  it('prints all instance types as a table but refuses a table of some 100,000 rows that JSON would still print', () => {
    expect(runAwsCli(createWorld(), 'aws ec2 describe-instance-types --output table').exitCode).toBe(0);
    const rows = `InstanceTypes[].InstanceType | ${selfs(10)}[*]${selfs(10)}[]`;
    expect(runAwsCli(createWorld(), `aws ec2 describe-instance-types --output json --query '${rows}'`).exitCode).toBe(0);
    const r = runAwsCli(createWorld(), `aws ec2 describe-instance-types --output table --query '${rows}'`);
    expect(r).toMatchObject({ exitCode: 255, stdout: '' });
    expect(r.stderr).toContain('the output would be larger than');
  });
});

describe('--query arity errors read like Python jmespath', () => {
  it('names the expected and received counts', () => {
    expect(() => searchQuery({}, 'length(@, @)')).toThrow('Expected 1 argument for function length(), received 2');
    expect(() => searchQuery({}, 'contains(@)')).toThrow('Expected 2 arguments for function contains(), received 1');
    expect(() => searchQuery({}, 'merge()')).toThrow('Expected at least 1 argument for function merge(), received 0');
  });
});

describe('--query type errors name the value as Python prints it', () => {
  it('for a call that is the whole query', () => {
    expect(() => searchQuery({ A: true }, 'length(A)')).toThrow(
      `In function length(), invalid type for value: True, expected one of: ['string', 'array', 'object'], received: "boolean"`,
    );
    expect(() => searchQuery({ A: { B: 'x' } }, "length(to_number('1'))")).toThrow(
      `In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: "number"`,
    );
  });
});

describe('--query bound and ordinary filters', () => {
  it('does not count the conditions of one filter against each other', () => {
    const conditions = Array.from({ length: 12 }, (_, i) => `Tag${i}==\`x\``).join(' && ');
    expect(() => checkQuery(`Vpcs[?${conditions}].VpcId`)).not.toThrow();
    expect(() => checkQuery(`Vpcs[?${selfs(40)}[*]${selfs(40)} == \`1\`]`)).toThrow('up to 1601 times');
  });
});
