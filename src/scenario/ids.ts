/**
 * Short ids without a lookup table.
 *
 * Every random-looking value the engine makes (`i-0…` ids, KMS key UUIDs, MAC addresses, `sir-…` ids) is drawn from
 * the world's seeded generator (../engine/rng.ts). That generator is counter-based: draw number `j` after the seed is
 * `mulberry32(seedState(seed) + (j + 1) · 0x6d2b79f5)`, so whatever was drawn at position `j` can be recomputed
 * from the seed and `j` alone. A document therefore writes `i-0569c77fe31717363` as `i-~2k` (`2k` = the draw index
 * in base 36) and decoding recomputes exactly the same 16 hex digits. Values that do not come from the document's
 * own seed stay as they are (correct, just longer).
 *
 * The rewrite applies to every string of the document (keys and values, also inside longer strings such as
 * `instance|i-0…` or ARNs), so world, log, layout and lab progress stay consistent. Tokens (all after a `~`):
 * - `~<n>`   the `0` + 16 hex digits of an id (the prefix before it stays: `eni-attach-~5`);
 * - `~!<n>`  a UUID (`xxxxxxxx-xxxx-4xxx-axxx-xxxxxxxxxxxx`, KMS keys and Reserved Instances);
 * - `~:<n>`  a MAC address;
 * - `~.<n>`  8 hex digits after `sir-` (Spot request ids);
 * - `~~`     a literal `~`.
 */
import { seedState } from '../engine/rng';

const STEP = 0x6d2b79f5;
/** Base-36 draw indices are at most this long (36^7 > 2^32). */
const MAX_DIGITS = 7;
/** Past this many draws the encoder stops indexing the stream and leaves ids long (still exact). */
const MAX_INDEXED_DRAWS = 1 << 21;

/** The 32-bit output of draw `j` (0-based) of the stream that starts at `start` (as in ../engine/rng.ts). */
function draw(start: number, j: number): number {
  const s = (start + Math.imul(j + 1, STEP)) | 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** The 4 hex digits `tx.hex` takes from draw `j`. */
function chunk(start: number, j: number): string {
  return (draw(start, j) >>> 16).toString(16).padStart(4, '0');
}

function hexRun(start: number, j: number, draws: number): string {
  let out = '';
  for (let k = 0; k < draws; k++) out += chunk(start, j + k);
  return out;
}

const MAC_FIRST = ['02', '06', '0a', '0e'] as const;

/** What the generator made at draw `j`, for each kind of token. */
const MAKERS = {
  id: (start: number, j: number) => `0${hexRun(start, j, 4)}`,
  uuid: (start: number, j: number) => {
    const h = hexRun(start, j, 8);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  mac: (start: number, j: number) => {
    const parts: string[] = [MAC_FIRST[draw(start, j) >>> 30] as string];
    for (let k = 1; k <= 5; k++) parts.push(chunk(start, j + k).slice(0, 2));
    return parts.join(':');
  },
  hex8: (start: number, j: number) => hexRun(start, j, 2),
} as const;
type TokenKind = keyof typeof MAKERS;
const MARK: Record<TokenKind, string> = { id: '', uuid: '!', mac: ':', hex8: '.' };
const KIND_OF_MARK: Record<string, TokenKind> = { '!': 'uuid', ':': 'mac', '.': 'hex8' };

/** Number of draws taken since the seed, from the generator state kept in the world (`world.rng`). */
export function drawCount(seed: number, rng: number): number {
  // state = seedState(seed) + count · STEP (mod 2^32); STEP is odd, so it has an inverse mod 2^32.
  return Math.imul((rng - seedState(seed)) | 0, inverseOf(STEP)) >>> 0;
}

/** The generator state after `count` draws from `seed`. */
export function rngAfter(seed: number, count: number): number {
  return (seedState(seed) + Math.imul(count, STEP)) | 0;
}

function inverseOf(odd: number): number {
  // Newton's iteration for the inverse modulo 2^32.
  let x = odd;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(odd, x));
  return x;
}

// ── shortening (encode) ──────────────────────────────────────────────────────────────────────────────────────────

const PATTERNS: { kind: TokenKind; re: RegExp }[] = [
  { kind: 'uuid', re: /(?<![0-9a-z])[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}(?![0-9a-z])/g },
  { kind: 'mac', re: /(?<![0-9a-z:])0[26ae](?::[0-9a-f]{2}){5}(?![0-9a-z:])/g },
  { kind: 'id', re: /(?<=[a-z]-)0[0-9a-f]{16}(?![0-9a-z])/g },
  { kind: 'hex8', re: /(?<=(?<![0-9a-z-])sir-)[0-9a-f]{8}(?![0-9a-z])/g },
];
const MAYBE = /[0-9a-f]{8}/;

/** Rewrites the long random values of one seed's stream into short tokens. Built once per encode. */
export class IdShortener {
  private readonly start: number;
  private readonly draws: number;
  private prefixes: Map<string, number[]> | undefined;

  /** `draws`: how many draws the world has taken (see `drawCount`); nothing past it can be one of its values. */
  constructor(seed: number, draws: number) {
    this.start = seedState(seed);
    this.draws = Math.min(draws, MAX_INDEXED_DRAWS);
  }

  /** Draw indices whose first two chunks (8 hex digits) are `prefix8`. */
  private candidates(prefix8: string): readonly number[] {
    if (!this.prefixes) {
      const map = new Map<string, number[]>();
      let previous = this.draws > 0 ? chunk(this.start, 0) : '';
      for (let j = 0; j + 1 < this.draws; j++) {
        const next = chunk(this.start, j + 1);
        const key = previous + next;
        const list = map.get(key);
        if (list) list.push(j);
        else map.set(key, [j]);
        previous = next;
      }
      this.prefixes = map;
    }
    return this.prefixes.get(prefix8) ?? [];
  }

  private macCandidates: Map<string, number> | undefined;

  private indexOf(kind: TokenKind, text: string): number | undefined {
    if (kind === 'mac') {
      if (!this.macCandidates) {
        const map = new Map<string, number>();
        for (let j = 0; j + 6 <= this.draws; j++) {
          const mac = MAKERS.mac(this.start, j);
          if (!map.has(mac)) map.set(mac, j);
        }
        this.macCandidates = map;
      }
      return this.macCandidates.get(text);
    }
    const body = kind === 'id' ? text.slice(1) : text;
    const need = kind === 'uuid' ? 8 : kind === 'id' ? 4 : 2;
    for (const j of this.candidates(body.slice(0, 8))) {
      if (j + need <= this.draws && MAKERS[kind](this.start, j) === text) return j;
    }
    return undefined;
  }

  /** The string with literal `~` escaped and every value of this seed's stream replaced by its token. */
  shorten(text: string): string {
    let out = text.includes('~') ? text.replaceAll('~', '~~') : text;
    if (!MAYBE.test(out) && !out.includes(':')) return out;
    for (const { kind, re } of PATTERNS) {
      out = out.replace(re, (match) => {
        const j = this.indexOf(kind, match);
        return j === undefined ? match : `~${MARK[kind]}${j.toString(36)}`;
      });
    }
    return out;
  }
}

// ── expanding (decode) ───────────────────────────────────────────────────────────────────────────────────────────

/** Thrown (and caught by the decoder) when a token is malformed. */
export class TokenError extends Error {}

const DIGIT = /[0-9a-z]/;

/** Turns tokens back into the values the seed's generator drew. Pure; tokens are checked strictly. */
export class IdExpander {
  private readonly start: number;
  /** The same short id comes back many times in a document (a subnet id in every instance): expand it once. */
  private readonly seen = new Map<string, string>();

  constructor(seed: number) {
    this.start = seedState(seed);
  }

  expand(text: string): string {
    if (text.indexOf('~') < 0) return text;
    let out = this.seen.get(text);
    if (out === undefined) {
      out = this.expandUncached(text);
      this.seen.set(text, out);
    }
    return out;
  }

  private expandUncached(text: string): string {
    let at = text.indexOf('~');
    let out = '';
    let from = 0;
    while (at >= 0) {
      out += text.slice(from, at);
      let i = at + 1;
      const next = text[i];
      if (next === '~') {
        out += '~';
        from = i + 1;
      } else {
        let kind: TokenKind = 'id';
        if (next !== undefined && KIND_OF_MARK[next]) {
          kind = KIND_OF_MARK[next] as TokenKind;
          i++;
        }
        let end = i;
        while (end < text.length && DIGIT.test(text[end] as string)) end++;
        if (end === i || end - i > MAX_DIGITS) throw new TokenError(`malformed short id at "${text.slice(at, at + 12)}"`);
        out += MAKERS[kind](this.start, parseInt(text.slice(i, end), 36));
        from = end;
      }
      at = text.indexOf('~', from);
    }
    return out + text.slice(from);
  }
}
