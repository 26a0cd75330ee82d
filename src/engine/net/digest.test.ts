import { describe, expect, it } from 'vitest';
import { colonHex, fromBase64, md5, sha256, toBase64 } from './digest';

const text = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => colonHex(b).replace(/:/g, '');

describe('digests (RFC 1321 and FIPS 180-4 test vectors)', () => {
  it('MD5', () => {
    expect(hex(md5(text('')))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex(md5(text('abc')))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(md5(text('12345678901234567890123456789012345678901234567890123456789012345678901234567890')))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('SHA-256', () => {
    expect(hex(sha256(text('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(text('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(hex(sha256(text('a'.repeat(1000))))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('base64 both ways, refusing misplaced padding', () => {
    expect(toBase64(text('ab'))).toBe('YWI=');
    expect(toBase64(text('abc'))).toBe('YWJj');
    expect(Array.from(fromBase64('YWI=')!)).toEqual([97, 98]);
    expect(fromBase64('YW=I')).toBeUndefined();
    expect(fromBase64('Y')).toBeUndefined();
  });
});
