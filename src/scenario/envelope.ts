/**
 * The outer envelope: `s=<envelope version>.<payload>`, where the payload is base64url (no padding) of
 * deflate-raw(UTF-8 JSON, with the preset dictionary of dictionary.ts) followed by a 4-byte FNV-1a checksum of those
 * UTF-8 bytes. Synchronous and pure (fflate).
 *
 * Inflating (inflate.ts) stops as soon as the output would pass the cap: a decompression bomb costs the cap's work
 * (half a megabyte), never the bomb's. Packing is fflate's.
 */
import { deflateSync } from 'fflate';
import { DICTIONARY_V1 } from './dictionary';
import { inflateRaw, InflateTooLarge } from './inflate';
import { LIMITS } from './limits';

export const ENVELOPE_VERSION = 1;
const PREFIX = `s=${ENVELOPE_VERSION}.`;

export type EnvelopeError = { code: 'not-a-scenario' | 'bad-version' | 'corrupt' | 'too-large'; message: string };

// ── base64url ────────────────────────────────────────────────────────────────────────────────────────────────────

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  return out;
}

/** Strict base64url: only the 64 URL-safe characters, no padding; undefined for anything else. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? (LOOKUP[code] as number) : -1;
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
    acc &= 0xff;
  }
  return out;
}

// ── deflate with a cap ───────────────────────────────────────────────────────────────────────────────────────────

/** FNV-1a over the UTF-8 bytes (not the string: a lone surrogate would not survive UTF-8 and break the check). */
function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Wrap a JSON text: `s=1.<base64url(deflate-raw(utf8) ++ fnv1a(utf8))>`. */
export function seal(json: string): string {
  const bytes = encoder.encode(json);
  if (bytes.length > LIMITS.maxInflatedBytes) {
    throw new RangeError(`The scenario is too large to share (${bytes.length} bytes of JSON, limit ${LIMITS.maxInflatedBytes}).`);
  }
  const text = packUnchecked(json);
  if (text.length > LIMITS.maxTextLength) {
    throw new RangeError(`The scenario is too large to share (${text.length} characters, limit ${LIMITS.maxTextLength}).`);
  }
  // what is shared must open: the decoder's guards (e.g. the inflate ratio) are checked on the real bytes
  const check = unseal(text);
  if (!check.ok) throw new RangeError(`The scenario cannot be shared: ${check.error.message}`);
  return text;
}

/** The packing alone, without the limits (tests use it, at a faster level, to build hostile documents). */
export function packUnchecked(json: string, level: 1 | 6 | 9 = 9): string {
  const bytes = encoder.encode(json);
  const packed = deflateSync(bytes, { level, dictionary: DICTIONARY_V1 });
  const out = new Uint8Array(packed.length + 4);
  out.set(packed);
  const sum = checksum(bytes);
  out[packed.length] = sum >>> 24;
  out[packed.length + 1] = (sum >>> 16) & 0xff;
  out[packed.length + 2] = (sum >>> 8) & 0xff;
  out[packed.length + 3] = sum & 0xff;
  return PREFIX + toBase64Url(out);
}

const SHAPE = /^s=(\d{1,6})\.([A-Za-z0-9_-]*)$/;

/** Unwrap a fragment back to its JSON text, or say why not. Never throws. */
export function unseal(input: unknown): { ok: true; json: string } | { ok: false; error: EnvelopeError } {
  const fail = (code: EnvelopeError['code'], message: string) => ({ ok: false as const, error: { code, message } });
  if (typeof input !== 'string') return fail('not-a-scenario', 'A scenario link is text; this is not.');
  if (input.length > LIMITS.maxTextLength + 4096) {
    return fail('too-large', `The link is ${input.length} characters long; a scenario may have at most ${LIMITS.maxTextLength}.`);
  }
  let text = input.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(hash + 1);
  if (text.length > LIMITS.maxTextLength) {
    return fail('too-large', `The link is ${text.length} characters long; a scenario may have at most ${LIMITS.maxTextLength}.`);
  }
  const match = SHAPE.exec(text);
  if (!match) {
    return fail('not-a-scenario', 'This is not an EC2 lab scenario link (it should look like "s=1.…" after the #).');
  }
  const version = Number(match[1]);
  if (version !== ENVELOPE_VERSION) {
    return fail(
      'bad-version',
      version > ENVELOPE_VERSION
        ? `This scenario was packed by a newer version of the lab (format s=${version}); reload the lab to open it.`
        : `Unknown scenario packing s=${version}.`,
    );
  }
  const bytes = fromBase64Url(match[2] as string);
  if (!bytes || bytes.length < 6) return fail('corrupt', 'The scenario link is damaged: its payload is not valid base64url.');
  const body = bytes.subarray(0, bytes.length - 4);
  const t = bytes.length - 4;
  const expected = (((bytes[t] as number) << 24) | ((bytes[t + 1] as number) << 16) | ((bytes[t + 2] as number) << 8) | (bytes[t + 3] as number)) >>> 0;
  let raw: Uint8Array;
  try {
    raw = inflateRaw(body, DICTIONARY_V1, LIMITS.maxInflatedBytes);
  } catch (thrown) {
    if (thrown instanceof InflateTooLarge) {
      return fail('too-large', `The scenario unpacks to more than ${LIMITS.maxInflatedBytes / 1024} KiB; it was refused.`);
    }
    return fail('corrupt', 'The scenario link is damaged: its payload does not unpack (was it cut short?).');
  }
  if (checksum(raw) !== expected) {
    return fail('corrupt', 'The scenario link is damaged: its checksum does not match (was it changed or cut short?).');
  }
  let json: string;
  try {
    json = decoder.decode(raw);
  } catch {
    return fail('corrupt', 'The scenario link is damaged: its payload is not UTF-8 text.');
  }
  return { ok: true, json };
}
