import { describe, expect, it } from 'vitest';
import { shellQuote, tokenize, TokenizeError } from './tokenize';

describe('tokenize', () => {
  it('splits like a shell', () => {
    expect(tokenize(`aws ec2 create-tags --tags 'Key=Name,Value=web tier' "a\\"b" c\\ d`)).toEqual([
      'aws', 'ec2', 'create-tags', '--tags', 'Key=Name,Value=web tier', 'a"b', 'c d',
    ]);
    expect(tokenize(`--query 'Vpcs[?CidrBlock==\`10.0.0.0/16\`]'`)).toEqual(['--query', 'Vpcs[?CidrBlock==`10.0.0.0/16`]']);
    expect(tokenize(`x '' ""`)).toEqual(['x', '', '']);
  });
  it('refuses an unterminated quote', () => {
    expect(() => tokenize(`aws 'abc`)).toThrow(TokenizeError);
  });
  it('quotes only what needs it and round-trips', () => {
    for (const w of ['vpc-1', 'Name=tag:Name,Values=a', 'web tier', "it's", '', '[{"a":1}]', 'a$b']) {
      expect(tokenize(shellQuote(w))).toEqual([w]);
    }
    expect(shellQuote('10.0.0.0/16')).toBe('10.0.0.0/16');
  });
});
