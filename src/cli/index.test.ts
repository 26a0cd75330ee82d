import { describe, expect, it } from 'vitest';
import { classroom } from '../test/worlds';
import { createWorld } from '../engine';
import { USAGE } from './errors';
import { NARROW_SUBNETS_TABLE } from './output/fixtures';
import { runAwsCli } from './index';
import { cliSession } from './test-session';

const session = cliSession;

describe('runAwsCli: output', () => {
  it('creates through the engine and prints JSON indented 4 spaces', () => {
    const aws = session();
    const r = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\{\n {4}"Vpc": \{\n {8}"OwnerId": "111122223333",\n {8}"InstanceTenancy": "default",/);
    expect(r.actions).toEqual([{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }]);
    expect(r.world.vpcs.keys().length).toBe(1);
  });

  it('captures an id with --query … --output text', () => {
    const aws = session();
    const vpc = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text').stdout;
    expect(vpc).toMatch(/^vpc-[0-9a-f]{17}\n$/);
    const subnet = aws(`aws ec2 create-subnet --vpc-id ${vpc.trim()} --cidr-block 10.0.1.0/24 --availability-zone us-east-1a`);
    expect(subnet.exitCode).toBe(0);
  });

  it('prints the narrow subnets table and its text exactly as aws-cli.md', () => {
    const aws = session();
    const vpc = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text').stdout.trim();
    aws(`aws ec2 create-subnet --vpc-id ${vpc} --cidr-block 10.0.2.0/24 --availability-zone us-east-1b`);
    aws(`aws ec2 create-subnet --vpc-id ${vpc} --cidr-block 10.0.1.0/24 --availability-zone us-east-1a`);
    const q = `--query 'sort_by(Subnets,&CidrBlock)[].{CIDR:CidrBlock,AZ:AvailabilityZone}'`;
    expect(aws(`aws ec2 describe-subnets ${q} --output table`).stdout).toBe(
      NARROW_SUBNETS_TABLE,
    );
    expect(aws(`aws ec2 describe-subnets ${q} --output text`).stdout).toBe('us-east-1a\t10.0.1.0/24\nus-east-1b\t10.0.2.0/24\n');
    expect(aws(`aws ec2 describe-subnets ${q} --output yaml`).stdout).toBe(
      '- AZ: us-east-1a\n  CIDR: 10.0.1.0/24\n- AZ: us-east-1b\n  CIDR: 10.0.2.0/24\n',
    );
    expect(aws(`aws ec2 describe-subnets --query 'length(Subnets)'`).stdout).toBe('2\n');
    expect(aws(`aws ec2 describe-subnets --query 'Subnets[?CidrBlock==\`10.9.0.0/24\`] | [0]' --output text`).stdout).toBe('None\n');
  });

  it('prints nothing for an operation without output', () => {
    const aws = session();
    const vpc = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text').stdout.trim();
    const r = aws(`aws ec2 modify-vpc-attribute --vpc-id ${vpc} --enable-dns-hostnames`);
    expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect(r.actions[0]!.params).toEqual({ VpcId: vpc, EnableDnsHostnames: { Value: true } });
  });

  it('honours --region, and refuses an unknown one as the CLI cannot connect', () => {
    const aws = session();
    const r = aws('aws ec2 create-vpc --cidr-block 10.0.0.0/16 --region eu-west-1');
    expect(r.actions[0]!.region).toBe('eu-west-1');
    expect(r.stdout).toContain('"VpcId"');
    expect(aws('aws ec2 describe-vpcs --region mars-1').stderr).toBe(
      '\naws: [ERROR]: Could not connect to the endpoint URL: "https://ec2.mars-1.amazonaws.com/"\n',
    );
  });
});

describe('runAwsCli: errors as the CLI prints them', () => {
  it('a refusal: 254 with the service error line, and the lab explanation beside it', () => {
    const c = classroom();
    const r = runAwsCli(c.b.world, `aws ec2 attach-network-interface --network-interface-id ${c.eniB} --instance-id ${c.web} --device-index 1`);
    expect(r.exitCode).toBe(254);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\naws: \[ERROR\]: An error occurred \(InvalidParameterCombination\) when calling the AttachNetworkInterface operation: .+\n$/);
    expect(r.refusal?.rule).toBeTruthy();
    expect(r.actions).toHaveLength(1);
    expect(r.world).toBe(c.b.world);
  });

  it('unknown options: usage first, then the words', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 describe-vpcs --vpc-idz vpc-0123456789abcdef0');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(`\n${USAGE}\n\naws: [ERROR]: Unknown options: --vpc-idz, vpc-0123456789abcdef0\n`);
    expect(runAwsCli(createWorld(), 'aws ec2 describe-vpcs --foo bar baz --zap').stderr).toContain(
      'Unknown options: --foo, baz, --zap, bar',
    );
  });

  it('missing required options, in model order', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 attach-network-interface --network-interface-id eni-1');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --instance-id, --device-index\n\n${USAGE}`,
    );
    expect(runAwsCli(createWorld(), 'aws').stderr).toContain('the following arguments are required: command');
    expect(runAwsCli(createWorld(), 'aws ec2').stderr).toContain('the following arguments are required: operation');
  });

  it('invalid choices with suggestions', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 describe-instnaces');
    expect(r.stderr).toBe(
      "\naws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'describe-instnaces'\n\n" +
        'Maybe you meant:\n\n  * describe-instances\n  * describe-instance-types\n  * describe-instance-status\n\n' +
        USAGE,
    );
    expect(runAwsCli(createWorld(), 'aws ec3 describe-vpcs').stderr).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): argument command: Found invalid choice 'ec3'\n\n\n${USAGE}`,
    );
    expect(runAwsCli(createWorld(), 'aws ec2 describe-vpcs --output xml').exitCode).toBe(252);
  });

  it('dry runs answer DryRunOperation and change nothing', () => {
    const world = createWorld();
    const r = runAwsCli(world, 'aws ec2 create-vpc --cidr-block 10.0.0.0/16 --dry-run');
    expect(r).toMatchObject({ exitCode: 254, stdout: '', actions: [], world });
    expect(r.stderr).toBe(
      '\naws: [ERROR]: An error occurred (DryRunOperation) when calling the CreateVpc operation: Request would have succeeded, but DryRun flag is set.\n',
    );
    expect(runAwsCli(world, 'aws ec2 describe-vpcs --vpc-ids vpc-0123456789abcdef0 --dry-run').stderr).toContain('InvalidVpcID.NotFound');
  });

  it('conversion, shorthand, JSON, query and flag-pair errors', () => {
    const w = createWorld();
    expect(runAwsCli(w, 'aws ec2 create-volume --availability-zone us-east-1a --size abc')).toMatchObject({
      exitCode: 255,
      stderr: "\naws: [ERROR]: invalid literal for int() with base 10: 'abc'\n",
    });
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --filters Nam=vpc-id,Values=x').stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nUnknown parameter in Filters[0]: "Nam", must be one of: Name, Values\n',
    );
    expect(runAwsCli(w, "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications ResourceType=vpc,ResourceType=vpc").stderr).toContain(
      'Second instance of key "ResourceType" encountered for input:',
    );
    expect(runAwsCli(w, `aws ec2 describe-vpcs --filters '[{"Name": }]'`).stderr).toContain("Error parsing parameter '--filters': Invalid JSON:");
    expect(runAwsCli(w, `aws ec2 describe-vpcs --query 'Vpcs[0'`).stderr).toContain('Bad value for --query Vpcs[0');
    expect(runAwsCli(w, 'aws ec2 modify-subnet-attribute --subnet-id s --map-public-ip-on-launch --no-map-public-ip-on-launch')).toMatchObject({
      exitCode: 252,
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Cannot specify both the "--map-public-ip-on-launch" option ' +
        'and the "--no-map-public-ip-on-launch" option.\n',
    });
    expect(runAwsCli(w, 'aws ec2 run-instances --image-id ami-1 --user-data file://boot.sh').stderr).toContain('Unable to load paramfile file://boot.sh');
  });

  it('bounds a hostile line: 1 MB, 10,000 words, deep JSON — a clear error, fast', () => {
    const w = createWorld();
    const started = performance.now();
    const huge = runAwsCli(w, `aws ec2 describe-vpcs --vpc-ids ${'x'.repeat(1024 * 1024)}`);
    const many = runAwsCli(w, `aws ec2 describe-vpcs --vpc-ids ${'vpc-1 '.repeat(10000)}`);
    const deep = runAwsCli(w, `aws ec2 describe-vpcs --filters '${'['.repeat(5000)}${']'.repeat(5000)}'`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(huge.exitCode).toBe(252);
    expect(huge.stderr).toContain('the lab accepts up to');
    expect(many.stderr).toContain('words; the lab accepts up to');
    expect(deep.stderr).toContain('nested deeper than');
  });
});

describe('runAwsCli: help and the lab service', () => {
  it('lists services, operations and options a line each', () => {
    const w = createWorld();
    const main = runAwsCli(w, 'aws help');
    expect(main.exitCode).toBe(0);
    expect(main.stdout).toContain('       o ec2\n');
    const ec2 = runAwsCli(w, 'aws ec2 help').stdout;
    expect(ec2).toContain('       o run-instances\n');
    const op = runAwsCli(w, 'aws ec2 attach-network-interface help').stdout;
    expect(op).toContain('--instance-id (string) [required]');
    expect(op).toContain('[--dry-run | --no-dry-run]');
    expect(runAwsCli(w, 'aws ec2 describe-vpcs help').stdout).toContain('describe-vpcs is a paginated operation.');
    // The CLI's own commands beside the API's: the terminal runs ssh and open-tunnel.
    const eic = runAwsCli(w, 'aws ec2-instance-connect help').stdout;
    expect(eic).toContain('       o open-tunnel\n\n       o send-ssh-public-key\n\n       o ssh\n');
  });

  it('runs sim: actions as `aws lab …`', () => {
    const r = runAwsCli(createWorld(), 'aws lab advance-time --seconds 60 --query Seconds');
    expect(r).toMatchObject({ exitCode: 0, stdout: '60\n' });
    expect(r.actions).toEqual([{ type: 'sim:AdvanceTime', params: { Seconds: 60 } }]);
  });
});

describe('runAwsCli: errors while printing', () => {
  it('keeps the write that succeeded (world and actions) and exits 255', () => {
    const start = createWorld();
    const r = runAwsCli(start, "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query 'length(Vpc.Nope)'");
    expect(r.exitCode).toBe(255);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\naws: \[ERROR\]: .*length/);
    expect(r.world).not.toBe(start);
    expect(r.world.vpcs.keys().length).toBe(1);
    expect(r.actions).toEqual([{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }]);
  });

  it('keeps it after a table row-length error too', () => {
    const r = runAwsCli(createWorld(), "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --output table --query '[[`1`], [`1`, `2`]]'");
    expect(r).toMatchObject({ exitCode: 255, stdout: '', stderr: '\naws: [ERROR]: Row should have 1 elements, instead it has 2\n' });
    expect(r.world.vpcs.keys().length).toBe(1);
    expect(r.actions).toHaveLength(1);
  });
});

describe('runAwsCli: bounded work on hostile input', () => {
  it('refuses shorthand nested 20,000 levels deep with a parse error, not a stack overflow', () => {
    const r = runAwsCli(createWorld(), `aws ec2 describe-vpcs --filters Name=${'['.repeat(20000)}${']'.repeat(20000)}`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/^\naws: \[ERROR\]: An error occurred \(ParamValidation\): Error parsing parameter '--filters': Nested deeper than 32 levels/);
    expect(r.stderr.length).toBeLessThan(600);
  });
});

describe('runAwsCli: --no-paginate with paging options', () => {
  it('is refused with the options in starting-token, page-size, max-items order', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 describe-vpcs --no-paginate --max-items 1 --starting-token abc');
    expect(r).toMatchObject({
      exitCode: 252,
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Cannot specify --no-paginate along with pagination arguments: ' +
        '--starting-token, --max-items\n',
    });
    expect(runAwsCli(createWorld(), 'aws ec2 describe-vpcs --max-items 2 --page-size 5 --no-paginate').stderr).toContain(
      'pagination arguments: --page-size, --max-items\n',
    );
  });

  it('applies when the service paging option (--max-results) switches paging off', () => {
    const r = runAwsCli(createWorld(), 'aws ec2 describe-vpcs --max-results 5 --max-items 1');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('Cannot specify --no-paginate along with pagination arguments: --max-items');
    expect(runAwsCli(createWorld(), 'aws ec2 describe-vpcs --no-paginate').exitCode).toBe(0);
  });
});

describe('runAwsCli: global option values', () => {
  const w = createWorld();
  it('suggests the close --output choices', () => {
    const r = runAwsCli(w, 'aws ec2 describe-vpcs --output yml');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      "\naws: [ERROR]: An error occurred (ParamValidation): argument --output: Found invalid choice 'yml'\n\nMaybe you meant:\n\n  * yaml\n\n" + USAGE,
    );
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --output tabel').stderr).toContain('Maybe you meant:\n\n  * table\n');
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --output jsn').stderr).toContain('Maybe you meant:\n\n  * json\n');
  });

  it('checks --color, --cli-binary-format, --cli-error-format and --cli-read-timeout (252)', () => {
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --color blue')).toMatchObject({ exitCode: 252, stdout: '' });
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --color blue').stderr).toContain("argument --color: Found invalid choice 'blue'\n\n\n");
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --cli-binary-format raw').stderr).toContain("argument --cli-binary-format: Found invalid choice 'raw'");
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --cli-error-format jsn').stderr).toContain('Maybe you meant:\n\n  * json\n');
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --cli-read-timeout soon')).toMatchObject({
      exitCode: 252,
      stderr: `\naws: [ERROR]: An error occurred (ParamValidation): argument --cli-read-timeout: invalid int value: 'soon'\n\n${USAGE}`,
    });
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --color off --cli-read-timeout 5 --cli-error-format legacy').exitCode).toBe(0);
  });

  it('wants a scheme in --endpoint-url', () => {
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --endpoint-url foo')).toMatchObject({
      exitCode: 252,
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --endpoint-url "foo": scheme is missing.  ' +
        'Must be of the form http://<hostname>/ or https://<hostname>/\n',
    });
    expect(runAwsCli(w, 'aws ec2 describe-vpcs --endpoint-url http://localhost:4566').exitCode).toBe(0);
  });
});
