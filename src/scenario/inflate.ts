/**
 * Raw DEFLATE (RFC 1951) decoding with a preset dictionary, into one buffer of fixed size that is kept between calls,
 * stopping the moment the output would pass its cap.
 *
 * Why not fflate's streaming `Inflate` (which still packs the links, see envelope.ts): to stop a decompression bomb
 * it has to be fed the input in small chunks, and every chunk makes it allocate and copy buffers of 160 KB and more.
 * Opening a 1,000-resource link made megabytes of them, and the garbage collections they forced were a third of the
 * decode. Here the work is bounded by the cap itself: output past it is refused at once, and the Huffman tables a
 * document may make (an attacker's can ask for a 32,768-entry table every few bytes) are counted against a budget.
 *
 * Differential tests (inflate.test.ts) hold it to fflate's `inflateSync` on valid and on damaged streams.
 */

/** The output would pass the cap. */
export class InflateTooLarge extends Error {}
/** The stream is not valid DEFLATE (or is cut short), or asks for more Huffman-table work than any real document. */
export class InflateCorrupt extends Error {}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists the code lengths of its code-length alphabet. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Huffman-table entries (2^bits each) all the blocks of one stream may build: a real document's dozen dynamic blocks
 * build about 400,000; this bounds a hostile stream's header-only blocks to a few milliseconds.
 */
const MAX_TABLE_WORK = 4_000_000;

/** A decoding table: the entry at the next `bits` input bits (least significant first) is symbol << 4 | code length. */
interface Table {
  entries: Uint16Array;
  bits: number;
}

/** `count` bits at bit position `pos` (at most 9: two bytes read). Bytes past the end read as 0. */
function bits(data: Uint8Array, pos: number, count: number): number {
  const o = pos >> 3;
  return (((data[o] as number) | ((data[o + 1] as number) << 8)) >> (pos & 7)) & ((1 << count) - 1);
}

/** The input from bit position `pos` on: at least 17 valid bits (three bytes read; past the end they read as 0). */
function peek(data: Uint8Array, pos: number): number {
  const o = pos >> 3;
  return ((data[o] as number) | ((data[o + 1] as number) << 8) | ((data[o + 2] as number) << 16)) >> (pos & 7);
}

const COUNTS = new Uint16Array(16);
const NEXT = new Uint16Array(16);

/** Builds the canonical Huffman table of `lengths[0..n)` into `table`; returns the entries it wrote. */
function build(lengths: Uint8Array, n: number, table: Table): number {
  COUNTS.fill(0);
  let max = 0;
  for (let s = 0; s < n; s++) {
    const l = lengths[s] as number;
    COUNTS[l]!++;
    if (l > max) max = l;
  }
  COUNTS[0] = 0;
  let left = 1;
  for (let l = 1; l <= 15; l++) {
    left = (left << 1) - (COUNTS[l] as number);
    if (left < 0) throw new InflateCorrupt('over-subscribed Huffman code');
  }
  let code = 0;
  for (let l = 1; l <= 15; l++) {
    code = (code + (COUNTS[l - 1] as number)) << 1;
    NEXT[l] = code;
  }
  const size = 1 << max;
  const entries = table.entries;
  entries.fill(0, 0, size);
  for (let s = 0; s < n; s++) {
    const l = lengths[s] as number;
    if (!l) continue;
    const c = NEXT[l]!++;
    let reversed = 0;
    for (let i = 0; i < l; i++) reversed |= ((c >> i) & 1) << (l - 1 - i);
    for (let i = reversed; i < size; i += 1 << l) entries[i] = (s << 4) | l;
  }
  table.bits = max;
  return size;
}

/** A table for codes of at most `maxBits` bits (15 in DEFLATE, 7 for the code-length code). */
const newTable = (maxBits: number): Table => ({ entries: new Uint16Array(1 << maxBits), bits: 0 });
const LIT = newTable(15);
const DIST = newTable(15);
const CODE_LENGTHS = newTable(7);
const FIXED_LIT = newTable(9);
const FIXED_DIST = newTable(5);
const LENGTHS = new Uint8Array(320);
{
  for (let s = 0; s < 288; s++) LENGTHS[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
  build(LENGTHS, 288, FIXED_LIT);
  LENGTHS.fill(5, 0, 30);
  build(LENGTHS, 30, FIXED_DIST);
}

/** Reads a dynamic block's header at `pos` into LIT and DIST; returns the bit position after it and the table work. */
function readDynamic(data: Uint8Array, pos: number, end: number): [number, number] {
  const nLit = bits(data, pos, 5) + 257;
  const nDist = bits(data, pos + 5, 5) + 1;
  const nCodeLengths = bits(data, pos + 10, 4) + 4;
  pos += 14;
  if (nLit > 286 || nDist > 30) throw new InflateCorrupt('too many codes');
  LENGTHS.fill(0, 0, 19);
  for (let i = 0; i < nCodeLengths; i++) LENGTHS[CL_ORDER[i] as number] = bits(data, pos + i * 3, 3);
  pos += nCodeLengths * 3;
  let work = build(LENGTHS, 19, CODE_LENGTHS);
  const clMask = (1 << CODE_LENGTHS.bits) - 1;
  const total = nLit + nDist;
  LENGTHS.fill(0, 0, total);
  for (let i = 0; i < total; ) {
    const e = CODE_LENGTHS.entries[peek(data, pos) & clMask] as number;
    if (!e) throw new InflateCorrupt('invalid code-length code');
    pos += e & 15;
    const sym = e >> 4;
    if (sym < 16) {
      LENGTHS[i++] = sym;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (sym === 16) {
      if (i === 0) throw new InflateCorrupt('repeat with no previous length');
      value = LENGTHS[i - 1] as number;
      repeat = 3 + bits(data, pos, 2);
      pos += 2;
    } else if (sym === 17) {
      repeat = 3 + bits(data, pos, 3);
      pos += 3;
    } else {
      repeat = 11 + bits(data, pos, 7);
      pos += 7;
    }
    if (i + repeat > total) throw new InflateCorrupt('code lengths overflow');
    LENGTHS.fill(value, i, i + repeat);
    i += repeat;
  }
  if (pos > end) throw new InflateCorrupt('unexpected end of data');
  work += build(LENGTHS, nLit, LIT);
  work += build(LENGTHS.subarray(nLit, total), nDist, DIST);
  return [pos, work];
}

let kept: Uint8Array | undefined;
let keptDictionary: Uint8Array | undefined;

/** The output buffer: the dictionary, then room for `cap` bytes (kept while the cap and dictionary stay the same). */
function outputBuffer(dictionary: Uint8Array, cap: number): Uint8Array {
  if (!kept || keptDictionary !== dictionary || kept.length !== dictionary.length + cap) {
    kept = new Uint8Array(dictionary.length + cap);
    kept.set(dictionary);
    keptDictionary = dictionary;
  }
  return kept;
}

/**
 * Decodes a raw DEFLATE stream whose back references may reach into `dictionary` (at most 32 KiB). Throws
 * InflateTooLarge as soon as the output would pass `cap` bytes, InflateCorrupt for anything else wrong.
 * The bytes returned are a view of a buffer the next call reuses: read them (checksum, text) before calling again.
 */
export function inflateRaw(data: Uint8Array, dictionary: Uint8Array, cap: number): Uint8Array {
  const buf = outputBuffer(dictionary, cap);
  const start = dictionary.length;
  const limit = buf.length;
  const end = data.length * 8;
  let out = start;
  let pos = 0;
  let work = 0;
  let final = 0;
  while (!final) {
    if (pos + 3 > end) throw new InflateCorrupt('unexpected end of data');
    final = bits(data, pos, 1);
    const type = bits(data, pos + 1, 2);
    pos += 3;
    if (type === 0) {
      const s = (pos + 7) >> 3;
      if (s + 4 > data.length) throw new InflateCorrupt('unexpected end of data');
      const length = (data[s] as number) | ((data[s + 1] as number) << 8);
      const check = (data[s + 2] as number) | ((data[s + 3] as number) << 8);
      if ((length ^ 0xffff) !== check) throw new InflateCorrupt('stored block length does not match its complement');
      if (s + 4 + length > data.length) throw new InflateCorrupt('unexpected end of data');
      if (out + length > limit) throw new InflateTooLarge();
      buf.set(data.subarray(s + 4, s + 4 + length), out);
      out += length;
      pos = (s + 4 + length) * 8;
      continue;
    }
    let lit = FIXED_LIT;
    let dist = FIXED_DIST;
    if (type === 2) {
      let tableWork: number;
      [pos, tableWork] = readDynamic(data, pos, end);
      work += tableWork;
      if (work > MAX_TABLE_WORK) throw new InflateCorrupt('too many Huffman tables');
      lit = LIT;
      dist = DIST;
    } else if (type !== 1) {
      throw new InflateCorrupt('invalid block type');
    }
    [pos, out] = inflateBlock(data, pos, end, buf, out, limit, lit, dist);
  }
  return buf.subarray(start, out);
}

/** The symbols of one compressed block, written from `out`; returns the bit position and output end after it. */
function inflateBlock(data: Uint8Array, pos: number, end: number, buf: Uint8Array, out: number, limit: number, lit: Table, dist: Table): [number, number] {
  const litMask = (1 << lit.bits) - 1;
  const distMask = (1 << dist.bits) - 1;
  const litEntries = lit.entries;
  const distEntries = dist.entries;
  for (;;) {
    const e = litEntries[peek(data, pos) & litMask] as number;
    if (!e) throw new InflateCorrupt('invalid literal/length code');
    pos += e & 15;
    if (pos > end) throw new InflateCorrupt('unexpected end of data');
    const sym = e >> 4;
    if (sym < 256) {
      if (out >= limit) throw new InflateTooLarge();
      buf[out++] = sym;
      continue;
    }
    if (sym === 256) return [pos, out];
    const li = sym - 257;
    if (li >= 29) throw new InflateCorrupt('invalid length code');
    let length = LEN_BASE[li] as number;
    const lengthBits = LEN_EXTRA[li] as number;
    if (lengthBits) {
      length += bits(data, pos, lengthBits);
      pos += lengthBits;
    }
    const d = distEntries[peek(data, pos) & distMask] as number;
    if (!d) throw new InflateCorrupt('invalid distance code');
    pos += d & 15;
    const ds = d >> 4;
    if (ds >= 30) throw new InflateCorrupt('invalid distance code');
    let distance = DIST_BASE[ds] as number;
    const distanceBits = DIST_EXTRA[ds] as number;
    if (distanceBits) {
      distance += peek(data, pos) & ((1 << distanceBits) - 1);
      pos += distanceBits;
    }
    if (pos > end) throw new InflateCorrupt('unexpected end of data');
    if (distance > out) throw new InflateCorrupt('distance too far back');
    if (out + length > limit) throw new InflateTooLarge();
    for (let from = out - distance, stop = out + length; out < stop; ) buf[out++] = buf[from++] as number;
  }
}
