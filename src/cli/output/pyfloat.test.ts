import { describe, expect, it } from 'vitest';
import { markFloat, plainNumbers, pyFloatRepr, sameButMarked, unquoteFloats } from './pyfloat';
import { pyStr } from './pystr';

describe('pyFloatRepr: Python repr(float)', () => {
  it.each([
    [70, '70.0'],
    [1.5, '1.5'],
    [-2, '-2.0'],
    [0, '0.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1e16, '1e+16'],
    [123456789012345, '123456789012345.0'],
  ])('%s → %s', (n, text) => expect(pyFloatRepr(n)).toBe(text));
});

describe('marked doubles', () => {
  it('print bare in JSON and through pyStr, and query as numbers', () => {
    const value = { T: markFloat(70), P: 60 };
    expect(unquoteFloats(JSON.stringify(value))).toBe('{"T":70.0,"P":60}');
    expect(pyStr(value.T)).toBe('70.0');
    expect(plainNumbers(value)).toEqual({ T: 70, P: 60 });
    expect(sameButMarked(70, value.T)).toBe(true);
    expect(sameButMarked([70], [60])).toBe(false);
  });
});
