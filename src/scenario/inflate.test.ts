import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_V1 } from './dictionary';
import { InflateCorrupt, inflateRaw, InflateTooLarge } from './inflate';

const CAP = 512 * 1024;
const text = (s: string) => new TextEncoder().encode(s);

/** fflate's verdict and bytes, or undefined where it refuses. */
function reference(data: Uint8Array, dictionary = DICTIONARY_V1): Uint8Array | undefined {
  try {
    return inflateSync(data, { dictionary });
  } catch {
    return undefined;
  }
}

function ours(data: Uint8Array, cap = CAP, dictionary = DICTIONARY_V1): Uint8Array | 'corrupt' | 'too-large' {
  try {
    return inflateRaw(data, dictionary, cap).slice();
  } catch (e) {
    if (e instanceof InflateTooLarge) return 'too-large';
    if (e instanceof InflateCorrupt) return 'corrupt';
    throw e;
  }
}

describe('inflateRaw', () => {
  it('reads what fflate packs, at every level, with and without the dictionary, stored blocks included', () => {
    const json = JSON.stringify({ format: 'ec2-lab', items: Array.from({ length: 1500 }, (_, i) => ({ id: `i-${i.toString(16)}`, state: i % 3 ? 'running' : 'stopped' })) });
    for (const level of [0, 1, 6, 9] as const) {
      expect(ours(deflateSync(text(json), { level, dictionary: DICTIONARY_V1 }))).toEqual(text(json));
      expect(ours(deflateSync(text(json), { level }), CAP, new Uint8Array(0))).toEqual(text(json));
    }
  });

  it('reads a document as large as the cap allows, even one that hardly compresses (the table budget is not hit)', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const json = JSON.stringify(Array.from({ length: 17_000 }, () => Array.from({ length: 28 }, () => String.fromCharCode(33 + Math.floor(random() * 90))).join(''))).slice(0, CAP);
    expect(ours(deflateSync(text(json), { level: 9, dictionary: DICTIONARY_V1 }))).toEqual(text(json));
  });

  it('agrees with fflate on random data, packed at random levels', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom(0, 1, 4, 9), fc.boolean(), (bytes, level, repeat) => {
        const input = repeat ? new Uint8Array([...bytes, ...bytes, ...bytes]) : bytes;
        const packed = deflateSync(input, { level: level as 0 | 1 | 4 | 9, dictionary: DICTIONARY_V1 });
        expect(ours(packed)).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('on damaged streams (cut, bits flipped, random bytes) refuses with its own two errors only, and agrees with fflate when both read them', () => {
    const packed = deflateSync(text(JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ n: i, name: `web-${i}` })))), { level: 9, dictionary: DICTIONARY_V1 });
    const damaged = fc.oneof(
      fc.nat(packed.length).map((n) => packed.slice(0, n)),
      fc.array(fc.nat(packed.length * 8 - 1), { minLength: 1, maxLength: 4 }).map((flips) => {
        const copy = packed.slice();
        for (const f of flips) copy[f >> 3]! ^= 1 << (f & 7);
        return copy;
      }),
      fc.uint8Array({ maxLength: 600 }),
    );
    fc.assert(
      fc.property(damaged, (data) => {
        const mine = ours(data);
        const theirs = reference(data);
        if (mine instanceof Uint8Array && theirs) expect(mine).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it('stops a decompression bomb at the cap, quickly', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 6 });
    const t0 = performance.now();
    expect(ours(bomb, CAP, new Uint8Array(0))).toBe('too-large');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(ours(deflateSync(new Uint8Array(CAP + 1)), CAP, new Uint8Array(0))).toBe('too-large');
    expect(ours(deflateSync(new Uint8Array(CAP)), CAP, new Uint8Array(0))).toEqual(new Uint8Array(CAP));
  });

  it('refuses a stream of empty blocks that each ask for a 32,768-entry table (work, not bytes)', () => {
    const blocks = (n: number) => {
      const w = bitWriter();
      for (let i = 0; i < n; i++) emptyBlockWithWideTable(w, i === n - 1);
      return w.bytes();
    };
    expect(ours(blocks(3))).toEqual(new Uint8Array(0));
    expect(reference(blocks(3))).toEqual(new Uint8Array(0));
    const t0 = performance.now();
    expect(ours(blocks(5000))).toBe('corrupt');
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('refuses what fflate refuses: back references before the dictionary, bad block types, stored-length mismatches', () => {
    expect(ours(new Uint8Array([0b111]))).toBe('corrupt'); // final block of type 3
    expect(ours(new Uint8Array([1, 5, 0, 0, 0]))).toBe('corrupt'); // stored: LEN 5, NLEN not its complement
    expect(ours(new Uint8Array([]))).toBe('corrupt');
    const noDictionary = deflateSync(text('abcabcabc'.repeat(50)), { level: 9, dictionary: text('abcabcabc') });
    expect(ours(noDictionary, CAP, text('abcabcabc'))).toEqual(text('abcabcabc'.repeat(50)));
  });
});

/** Bits written as DEFLATE does: values least significant bit first, Huffman codes most significant bit first. */
function bitWriter() {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const bit = (b: number) => {
    acc |= b << n++;
    if (n === 8) {
      out.push(acc);
      acc = 0;
      n = 0;
    }
  };
  return {
    value: (v: number, count: number) => {
      for (let i = 0; i < count; i++) bit((v >> i) & 1);
    },
    code: (c: number, length: number) => {
      for (let i = length - 1; i >= 0; i--) bit((c >> i) & 1);
    },
    bytes: () => new Uint8Array(n ? [...out, acc] : out),
  };
}

/**
 * One dynamic block that holds nothing but its end: literal 0 has a 15-bit code (so the literal table has 32,768
 * entries) and the end of block a 1-bit one. Code-length codes, all 3 bits: 0→000, 1→001, 15→010, 17→011, 18→100.
 */
function emptyBlockWithWideTable(w: ReturnType<typeof bitWriter>, final: boolean) {
  w.value(final ? 1 : 0, 1);
  w.value(2, 2);
  w.value(0, 5); // 257 literal/length codes
  w.value(0, 5); // 1 distance code
  w.value(15, 4); // 19 code-length code lengths, in their order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15
  for (const sym of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]) w.value([0, 1, 15, 17, 18].includes(sym) ? 3 : 0, 3);
  w.code(0b010, 3); // literal 0: length 15
  w.code(0b100, 3); // 138 zeros
  w.value(127, 7);
  w.code(0b100, 3); // 117 zeros (literals 1–255)
  w.value(106, 7);
  w.code(0b001, 3); // end of block: length 1
  w.code(0b000, 3); // the distance code: unused
  w.code(0, 1); // the end of block
}
