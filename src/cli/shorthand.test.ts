import { describe, expect, it } from 'vitest';
import { parseShorthand, ShorthandError } from './shorthand';

describe('parseShorthand', () => {
  it.each([
    ['Name=vpc-id,Values=vpc-0a1b2c3d', { Name: 'vpc-id', Values: 'vpc-0a1b2c3d' }],
    ['Name=cidr-block,Values=10.0.1.0/24,10.0.3.0/24', { Name: 'cidr-block', Values: ['10.0.1.0/24', '10.0.3.0/24'] }],
    ['Name=tag:Name,Values=[web,db]', { Name: 'tag:Name', Values: ['web', 'db'] }],
    [
      'ResourceType=instance,Tags=[{Key=Name,Value=web},{Key=Team,Value=blue}]',
      { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web' }, { Key: 'Team', Value: 'blue' }] },
    ],
    [
      'DeviceName=/dev/xvda,Ebs={VolumeSize=20,VolumeType=gp3,DeleteOnTermination=true}',
      { DeviceName: '/dev/xvda', Ebs: { VolumeSize: '20', VolumeType: 'gp3', DeleteOnTermination: 'true' } },
    ],
    ['a=b,c,d=e', { a: ['b', 'c'], d: 'e' }],
    ['Name=tag:Name,Values="a,b"', { Name: 'tag:Name', Values: 'a,b' }],
    ['Name = cidr , Values = 10.0.0.0/16', { Name: 'cidr', Values: '10.0.0.0/16' }],
    ['Key=Name,Value=web tier', { Key: 'Name', Value: 'web tier' }],
    ['Key=', { Key: '' }],
    ['Value=a\\,b', { Value: 'a,b' }],
    ["Value='it\\'s'", { Value: "it's" }],
    ['Values=[]', { Values: [] }],
  ])('%s', (input, expected) => expect(parseShorthand(input)).toEqual(expected));

  it('reports a repeated top-level key as the CLI does', () => {
    expect(() => parseShorthand('Key=Name,Value=web,Key=env,Value=dev')).toThrow(
      'Second instance of key "Key" encountered for input:\nKey=Name,Value=web,Key=env,Value=dev\n' + ' '.repeat(19) + '^\n' +
        'This is often because there is a preceding "," instead of a space.',
    );
  });

  it('reports syntax errors with a caret', () => {
    expect(() => parseShorthand('Name=x,Values=[a,b')).toThrow(ShorthandError);
    expect(() => parseShorthand('Name')).toThrow("Expected: '=', received: 'EOF' for input:\n Name\n    ^");
  });
});

describe('parseShorthand: nesting bound', () => {
  it('parses 32 levels and refuses 33 with a clear error', () => {
    expect(parseShorthand(`Name=${'['.repeat(32)}x${']'.repeat(32)}`).Name).toBeDefined();
    expect(() => parseShorthand(`Name=${'['.repeat(33)}x${']'.repeat(33)}`)).toThrow(/Nested deeper than 32 levels/);
    expect(() => parseShorthand(`Name=${'{a='.repeat(33)}x${'}'.repeat(33)}`)).toThrow(ShorthandError);
  });
});

describe('shorthand error layout as awscli/shorthand.py prints it', () => {
  it('a duplicate key: input not indented, caret one past the previous pair', () => {
    expect(() => parseShorthand('Key=a,Value=b,Key=c')).toThrow(
      `Second instance of key "Key" encountered for input:\nKey=a,Value=b,Key=c\n${' '.repeat(14)}^\nThis is often because`,
    );
  });

  it('a syntax error: input indented one space, caret under the index', () => {
    expect(() => parseShorthand('a=[b')).toThrow("Expected: ',', received: 'EOF' for input:\n a=[b\n    ^");
  });

  it('__proto__ is an ordinary key', () => {
    const parsed = parseShorthand('__proto__=x,Name=y');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'Name']);
  });
});

/** Answers of awscli/shorthand.py (CLI v2) itself, including its odd corners: the parser follows it step for step. */
describe('parseShorthand: as shorthand.py answers', () => {
  it.each([
    ['=x', { '': 'x' }],
    ['a=,b=c', { a: '', b: 'c' }],
    ['a=[,]', { a: [''] }],
    ['a=b,c]', { a: ['b', 'c]'] }],
    ['a=x\ny,b', { a: ['x\ny', 'b'] }],
    ['a=[b c, d ]', { a: ['b c', 'd'] }],
  ])('%j parses', (input, expected) => expect(parseShorthand(input)).toEqual(expected));

  it.each([
    ['Name=x,', "Expected: '<second>', received: '<none>' for input:\n Name=x,\n       ^"],
    ['Name=x,Values=a,,b', "Expected: '=', received: 'EOF' for input:\n Name=x,Values=a,,b\n                  ^"],
    [' Name=x', "Expected: '=', received: 'N' for input:\n  Name=x\n ^"],
    ["a='unterminated", "Expected: '<singled quoted>', received: '<none>' for input:\n a='unterminated\n  ^"],
    ['a=b]', "Expected: ',', received: ']' for input:\n a=b]\n   ^"],
    [
      'a=b,\nc=d,a=e',
      'Second instance of key "a" encountered for input:\na=b,\nc=d,a=e\n    ^\nThis is often because there is a preceding "," instead of a space.',
    ],
  ])('%j is refused', (input, message) => expect(() => parseShorthand(input)).toThrow(message));
});

