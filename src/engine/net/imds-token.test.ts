import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, hashChars, isBase64 } from './imds-token';
import { imdsJson, imdsTime } from './metadata-answers';

describe('imds-token byte helpers', () => {
  it('base64 round-trips UTF-8 text and matches the standard encoding', () => {
    expect(encodeBase64('#!/bin/bash\necho hi')).toBe('IyEvYmluL2Jhc2gKZWNobyBoaQ==');
    expect(encodeBase64('é')).toBe('w6k=');
    for (const text of ['', 'a', 'ab', 'abc', 'ünïcødé ✓', 'x'.repeat(100)]) {
      expect(decodeBase64(encodeBase64(text))).toBe(text);
    }
  });

  it('rejects what is not base64', () => {
    expect(isBase64('abc')).toBe(false);
    expect(isBase64('ab=c')).toBe(false);
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('/w==')).toBeUndefined(); // a lone 0xff byte is not UTF-8
  });

  it('hashChars is deterministic, uses only the alphabet and differs by seed', () => {
    const a = hashChars('seed-1', 40, 'AB');
    expect(a).toBe(hashChars('seed-1', 40, 'AB'));
    expect(a).toMatch(/^[AB]{40}$/);
    expect(hashChars('seed-2', 40, 'AB')).not.toBe(a);
  });
});

describe('IMDS formats', () => {
  it('times are ISO-8601 UTC without milliseconds from the lab epoch', () => {
    expect(imdsTime(0)).toBe('2025-01-01T00:00:00Z');
    expect(imdsTime(120)).toBe('2025-01-01T00:02:00Z');
    expect(imdsTime(86400 * 31 + 3661)).toBe('2025-02-01T01:01:01Z');
  });

  it('JSON documents use AWS’s " : " style and parse as JSON', () => {
    const text = imdsJson({ Code: 'Success', Count: 1, Nothing: null });
    expect(text).toBe('{\n  "Code" : "Success",\n  "Count" : 1,\n  "Nothing" : null\n}');
    expect(JSON.parse(text)).toEqual({ Code: 'Success', Count: 1, Nothing: null });
  });
});
