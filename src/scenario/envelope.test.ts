import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_V1 } from './dictionary';
import { fromBase64Url, seal, toBase64Url, unseal } from './envelope';
import { LIMITS } from './limits';

describe('base64url', () => {
  it('round-trips every length and uses only URL-safe characters', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text.length).toBe(Math.ceil((n * 4) / 3));
      expect([...fromBase64Url(text)!]).toEqual([...bytes]);
    }
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  });

  it('refuses padding, foreign characters and impossible lengths', () => {
    expect(fromBase64Url('AAA=')).toBeUndefined();
    expect(fromBase64Url('AA+A')).toBeUndefined();
    expect(fromBase64Url('AA/A')).toBeUndefined();
    expect(fromBase64Url('AAAAA')).toBeUndefined();
    expect(fromBase64Url('AAé')).toBeUndefined();
  });
});

describe('envelope', () => {
  it('seals JSON behind the version prefix and opens it again', () => {
    const json = JSON.stringify({ format: 'ec2-lab', version: 1, title: 'héllo ✓' });
    const text = seal(json);
    expect(text.startsWith('s=1.')).toBe(true);
    expect(unseal(text)).toEqual({ ok: true, json });
    expect(unseal(`https://lab.example/#${text}`)).toEqual({ ok: true, json });
    expect(unseal(`#${text}`)).toEqual({ ok: true, json });
  });

  it('says what is wrong with a fragment that is not a sealed scenario', () => {
    expect(unseal('hello')).toMatchObject({ ok: false, error: { code: 'not-a-scenario' } });
    expect(unseal(42 as unknown as string)).toMatchObject({ ok: false, error: { code: 'not-a-scenario' } });
    expect(unseal('s=2.AAAA')).toMatchObject({ ok: false, error: { code: 'bad-version' } });
    expect(unseal('s=0.AAAA')).toMatchObject({ ok: false, error: { code: 'bad-version' } });
    expect(unseal('s=1.AA=A')).toMatchObject({ ok: false, error: { code: 'not-a-scenario' } });
    expect(unseal('s=1.AAAAAAAAAA')).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(unseal('s=1.' + 'A'.repeat(LIMITS.maxTextLength))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('finds a cut or changed payload through the checksum or the inflater', () => {
    const text = seal(JSON.stringify({ format: 'ec2-lab', version: 1, notes: 'x'.repeat(300) }));
    expect(unseal(text.slice(0, -3))).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    const bytes = fromBase64Url(text.slice(4))!;
    bytes[bytes.length - 1]! ^= 1; // checksum byte
    expect(unseal(`s=1.${toBase64Url(bytes)}`)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('stops a decompression bomb at the cap, quickly', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const packed = deflateSync(zeros, { level: 9, dictionary: DICTIONARY_V1 });
    const bomb = new Uint8Array(packed.length + 4);
    bomb.set(packed);
    const text = `s=1.${toBase64Url(bomb)}`;
    expect(text.length).toBeLessThan(LIMITS.maxTextLength);
    // the best of up to ten runs: a busy machine or a garbage-collection pause is not the decoder's cost
    let best = Infinity;
    for (let i = 0; i < 10 && best >= 50; i++) {
      const t0 = performance.now();
      const r = unseal(text);
      best = Math.min(best, performance.now() - t0);
      expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    }
    expect(best).toBeLessThan(50);
  });

  it('stops a bomb hidden behind a stretch of ordinary-looking data, quickly', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 12_000 }, () => 97 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 26));
    const data = new Uint8Array(noise.length + 32 * 1024 * 1024);
    data.set(noise);
    const packed = deflateSync(data, { level: 9, dictionary: DICTIONARY_V1 });
    const bomb = new Uint8Array(packed.length + 4);
    bomb.set(packed);
    const text = `s=1.${toBase64Url(bomb)}`;
    let best = Infinity;
    for (let i = 0; i < 10 && best >= 50; i++) {
      const t0 = performance.now();
      expect(unseal(text)).toMatchObject({ ok: false, error: { code: 'too-large' } });
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(50);
  });

  it('refuses to seal what it would refuse to open', () => {
    expect(() => seal('x'.repeat(LIMITS.maxInflatedBytes + 1))).toThrow(RangeError);
  });
});
