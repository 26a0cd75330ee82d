import { describe, expect, it } from 'vitest';
import { skipQuoted } from './quote-scan';

/** The characters a scan would look at. */
function unquoted(text: string): string {
  const scan = { quote: null as string | null };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const skipped = skipQuoted(text, i, scan);
    if (skipped >= 0) i = skipped;
    else out += text[i];
  }
  return out;
}

describe('skipQuoted', () => {
  it('passes over single- and double-quoted text and escaped characters', () => {
    expect(unquoted(`a 'b;c' d`)).toBe('a  d');
    expect(unquoted(`a "b\\"c;" d`)).toBe('a  d');
    expect(unquoted(`a \\; b`)).toBe('a  b');
  });
  it('leaves a backslash inside single quotes literal', () => {
    expect(unquoted(`'a\\' b`)).toBe(' b');
  });
});
