/**
 * The bytes inside a public key (rules A1, A2, A20): the SSH wire format of `ssh-rsa` and `ssh-ed25519` blobs
 * (RFC 4253 §6.6, RFC 8709), the DER forms of an RSA public key (SubjectPublicKeyInfo and PKCS #1), and the
 * fingerprints AWS computes from them: MD5 of the DER SubjectPublicKeyInfo for an imported RSA key (what
 * `openssl rsa -RSAPublicKey_in -outform DER | openssl md5 -c` prints), base64 SHA-256 of the blob for ED25519.
 */
import { colonHex, fromBase64, md5, sha256, toBase64 } from './digest';

/** RSA modulus sizes ImportKeyPair accepts (rule A2). */
export const RSA_IMPORT_BITS = [1024, 2048, 4096] as const;

export type KeyBlob =
  | { keyType: 'rsa'; exponent: Uint8Array; modulus: Uint8Array; bits: number; blob: Uint8Array }
  | { keyType: 'ed25519'; key: Uint8Array; blob: Uint8Array };

/** Why key material was refused, for the learner (the AWS message itself is always the same). */
export type KeyProblem = { problem: string };

class Reader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  string(): Uint8Array | undefined {
    if (this.at + 4 > this.bytes.length) return undefined;
    const b = this.bytes;
    const length = (((b[this.at] as number) << 24) | ((b[this.at + 1] as number) << 16) | ((b[this.at + 2] as number) << 8) | (b[this.at + 3] as number)) >>> 0;
    if (this.at + 4 + length > b.length) return undefined;
    const out = b.subarray(this.at + 4, this.at + 4 + length);
    this.at += 4 + length;
    return out;
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

/** A positive integer's magnitude without leading zero bytes. */
function magnitude(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

function bitLength(bytes: Uint8Array): number {
  const m = magnitude(bytes);
  return m.length === 0 ? 0 : (m.length - 1) * 8 + (32 - Math.clz32(m[0] as number));
}

function rsaKey(exponent: Uint8Array, modulus: Uint8Array, blob: Uint8Array): KeyBlob | KeyProblem {
  if ((exponent[0] ?? 0) & 0x80 || (modulus[0] ?? 0) & 0x80) return { problem: 'a negative RSA exponent or modulus' };
  const e = magnitude(exponent);
  if (e.length === 0 || ((e[e.length - 1] as number) & 1) === 0 || (e.length === 1 && (e[0] as number) < 3)) {
    return { problem: 'an invalid RSA public exponent' };
  }
  return { keyType: 'rsa', exponent: e, modulus: magnitude(modulus), bits: bitLength(modulus), blob };
}

/** Decode an OpenSSH key blob of the named type; the blob must hold exactly that key and nothing more. */
export function decodeSshBlob(base64: string, declaredType?: string): KeyBlob | KeyProblem {
  const blob = fromBase64(base64);
  if (!blob) return { problem: 'the key is not valid base64' };
  const r = new Reader(blob);
  const typeBytes = r.string();
  const type = typeBytes ? new TextDecoder().decode(typeBytes) : undefined;
  if (declaredType !== undefined && type !== declaredType) return { problem: `the key data is not a ${declaredType} key (truncated or corrupted)` };
  if (type === 'ssh-rsa') {
    const e = r.string();
    const n = r.string();
    if (!e || !n || !r.done) return { problem: 'the RSA key data is truncated or has extra bytes' };
    return rsaKey(e, n, blob);
  }
  if (type === 'ssh-ed25519') {
    const key = r.string();
    if (!key || key.length !== 32 || !r.done) return { problem: 'the ED25519 key data is truncated or has extra bytes' };
    return { keyType: 'ed25519', key, blob };
  }
  return { problem: type?.startsWith('ecdsa-') || type === 'ssh-dss' ? `${type} keys are not supported (RSA or ED25519 only)` : 'the key data is truncated or not an SSH public key' };
}

// --- DER -----------------------------------------------------------------------------------------------------------

const RSA_OID = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const out = new Uint8Array([tag, ...derLength(length), ...parts.flatMap((p) => Array.from(p))]);
  return out;
}

const derInteger = (magnitudeBytes: Uint8Array) =>
  der(0x02, (magnitudeBytes[0] ?? 0) & 0x80 || magnitudeBytes.length === 0 ? Uint8Array.of(0, ...magnitudeBytes) : magnitudeBytes);

/** The DER SubjectPublicKeyInfo of an RSA key (what `openssl rsa -pubout -outform DER` writes). */
export function rsaSpki(key: Extract<KeyBlob, { keyType: 'rsa' }>): Uint8Array {
  const pkcs1 = der(0x30, derInteger(key.modulus), derInteger(key.exponent));
  return der(0x30, der(0x30, RSA_OID, Uint8Array.of(0x05, 0x00)), der(0x03, Uint8Array.of(0), pkcs1));
}

interface Tlv {
  tag: number;
  body: Uint8Array;
  next: number;
}

function readTlv(bytes: Uint8Array, at: number): Tlv | undefined {
  const tag = bytes[at];
  let length = bytes[at + 1];
  if (tag === undefined || length === undefined) return undefined;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  if (start + length > bytes.length) return undefined;
  return { tag, body: bytes.subarray(start, start + length), next: start + length };
}

/** A sequence of exactly the given tags, or undefined. */
function sequence(bytes: Uint8Array, tags: number[]): Uint8Array[] | undefined {
  const outer = readTlv(bytes, 0);
  if (!outer || outer.tag !== 0x30 || outer.next !== bytes.length) return undefined;
  const items: Uint8Array[] = [];
  let at = 0;
  for (const tag of tags) {
    const item = readTlv(outer.body, at);
    if (!item || item.tag !== tag) return undefined;
    items.push(item.body);
    at = item.next;
  }
  return at === outer.body.length ? items : undefined;
}

/** An RSA public key as base64 DER (SubjectPublicKeyInfo or PKCS #1 RSAPublicKey), as ImportKeyPair accepts (A2). */
export function decodeRsaDer(base64: string): KeyBlob | KeyProblem | undefined {
  const bytes = fromBase64(base64);
  if (!bytes || bytes[0] !== 0x30) return undefined;
  let pkcs1 = bytes;
  const spki = sequence(bytes, [0x30, 0x03]);
  if (spki) {
    const [algorithm, bits] = spki as [Uint8Array, Uint8Array];
    const oid = readTlv(algorithm, 0);
    if (!oid || oid.tag !== 0x06 || colonHex(algorithm.subarray(0, oid.next)) !== colonHex(RSA_OID)) {
      return { problem: 'the DER key is not an RSA key (RSA or ED25519 only; ED25519 in OpenSSH format)' };
    }
    if (bits[0] !== 0) return { problem: 'the DER key is malformed' };
    pkcs1 = bits.subarray(1);
  }
  const ints = sequence(pkcs1, [0x02, 0x02]);
  if (!ints) return { problem: 'the DER key is truncated or malformed' };
  const [n, e] = ints as [Uint8Array, Uint8Array];
  const enc = new TextEncoder();
  const mpint = (m: Uint8Array) => ((m[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...m) : m);
  const field = (b: Uint8Array) => Uint8Array.of((b.length >>> 24) & 0xff, (b.length >>> 16) & 0xff, (b.length >>> 8) & 0xff, b.length & 0xff, ...b);
  const key = rsaKey(e, n, new Uint8Array(0));
  if ('problem' in key || key.keyType !== 'rsa') return key;
  const blob = Uint8Array.from([...field(enc.encode('ssh-rsa')), ...field(mpint(key.exponent)), ...field(mpint(key.modulus))]);
  return { ...key, blob };
}

/** The OpenSSH `authorized_keys` form of a decoded key: `ssh-rsa AAAA…` (no comment). */
export function openSshLine(key: KeyBlob): string {
  return `${key.keyType === 'rsa' ? 'ssh-rsa' : 'ssh-ed25519'} ${toBase64(key.blob)}`;
}

/** KeyFingerprint of an imported key: RSA, MD5 of the DER SubjectPublicKeyInfo; ED25519, base64 SHA-256 of the blob. */
export function importedFingerprint(key: KeyBlob): string {
  return key.keyType === 'rsa' ? colonHex(md5(rsaSpki(key))) : toBase64(sha256(key.blob));
}
