import { describe, expect, it } from 'vitest';
import { splitChain } from './shell';
import { typedShell as terminal } from './typed-shell';

describe('the terminal shell', () => {
  it('captures ids into variables and uses them', () => {
    const t = terminal();
    expect(t.type('VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)')).toBe('');
    expect(t.state.vars.VPC).toMatch(/^vpc-[0-9a-f]+$/);
    expect(t.type('echo $?')).toBe('0\n');
    t.type('SUBNET=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --query Subnet.SubnetId --output text)');
    expect(t.world.subnets.get(t.state.vars.SUBNET!)?.vpcId).toBe(t.state.vars.VPC);
    expect(t.type('echo "vpc: ${VPC}"')).toBe(`vpc: ${t.state.vars.VPC}\n`);
  });

  it('keeps the exit status of a refusal for echo $?', () => {
    const t = terminal();
    const out = t.type('aws ec2 describe-vpcs --vpc-ids vpc-0123456789abcdef0');
    expect(out).toContain('An error occurred (InvalidVpcID.NotFound) when calling the DescribeVpcs operation');
    expect(t.type('echo $?')).toBe('254\n');
    expect(t.type('aws ec2 describe-vpcs --bogus; echo $?')).toMatch(/252\n$/);
  });

  it('splits unquoted expansions into words, keeps quoted ones whole', () => {
    const t = terminal();
    t.type("A='i-1 i-2'");
    expect(t.type('echo $A')).toBe('i-1 i-2\n');
    t.type(`B="it's \\"x\\""`);
    expect(t.type('echo "$B"')).toBe(`it's "x"\n`);
    expect(t.type('echo $B')).toBe(`it's "x"\n`);
  });

  it('chains with ; && || and reports unknown commands', () => {
    const t = terminal();
    expect(t.type('false && echo no; echo yes')).toBe('yes\n');
    expect(t.type('false || echo fallback')).toBe('fallback\n');
    expect(t.type('foo')).toBe('bash: foo: command not found\n');
    expect(t.type('echo $?')).toBe('127\n');
    expect(splitChain(`echo 'a;b' && echo $(echo c; echo d)`).map((c) => c.text.trim())).toEqual(["echo 'a;b'", 'echo $(echo c; echo d)']);
  });

  it('bounds nesting and command counts', () => {
    const t = terminal();
    expect(t.type('echo $(echo $(echo $(echo $(echo $(echo deep)))))')).toContain('nested too deeply');
    expect(t.type(Array(60).fill('true').join(';'))).toContain('more than 50 commands');
    expect(t.type('echo "unterminated')).toContain('unexpected EOF');
  });
});

describe('the e2e build, headless', () => {
  it('builds VPC → subnet → gateway → route → security group → instance with aws commands only', async () => {
    const { BUILD_STEPS } = await import('../../e2e/terminal-steps');
    const t = terminal();
    for (const step of BUILD_STEPS) {
      const out = t.type(step);
      expect(t.state.status, `${step}\n${out}`).toBe(0);
    }
    expect(t.type('echo $INSTANCE')).toMatch(/^i-[0-9a-f]+\n$/);
    expect(t.world.instances.get(t.state.vars.INSTANCE!)?.subnetId).toBe(t.state.vars.SUBNET);
  });
});
