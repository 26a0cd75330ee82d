/**
 * IMDSv2 session tokens, credentials and the byte helpers they share. Everything here is a pure function of the
 * world: a token is *stateless* (the world stores no sessions). It carries the instance id and its expiry in logical
 * seconds, sealed with a keyed hash, so it cannot be forged, cannot be replayed on another instance, and stops working
 * once the clock passes its expiry or the instance is stopped and started again (a new boot is a new session).
 */
import type { Instance } from '../model/instances';
import type { World } from '../model/world';
import { hashString, seedState } from '../rng';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of the UTF-8 bytes of `text`. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += b === undefined ? '=' : B64[(n >> 6) & 63];
    out += c === undefined ? '=' : B64[n & 63];
  }
  return out;
}

/** Strict base64 check: the alphabet, a length that is a multiple of 4, padding only at the end. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** Decode standard base64 to UTF-8 text; undefined when `text` is not base64 or not valid UTF-8. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!isBase64(clean)) return undefined;
  const body = clean.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of body) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** A deterministic stream of `length` characters from `alphabet`, derived from `seed` (no generator state used). */
export function hashChars(seed: string, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // FNV alone correlates on near-identical inputs; the avalanche finaliser spreads each character.
    out += alphabet[(seedState(hashString(`${seed}#${i}`)) >>> 0) % alphabet.length];
  }
  return out;
}

/** 16 hex digits of keyed hash. */
function seal(world: World, instance: Instance, expiry: number): string {
  // A boot is identified by when it started and on which host (a start moves the instance to a new host).
  const boot = `${instance.lastStartTime ?? instance.launchTime}@${instance.physicalHostId}`;
  const material = `imds-v2|${world.seed}|${world.account}|${instance.id}|${boot}|${expiry}`;
  const a = hashString(material).toString(16).padStart(8, '0');
  const b = hashString(`${material}|${a}`).toString(16).padStart(8, '0');
  return a + b;
}

/** AWS's tokens start with this version marker; ours do too, so they look familiar in a terminal. */
const TOKEN_PREFIX = 'AQAEA';

/** Issue a session token for `instance`, valid for `ttlSeconds` from the world's clock. */
export function issueToken(world: World, instance: Instance, ttlSeconds: number): string {
  const expiry = world.clock + ttlSeconds;
  return TOKEN_PREFIX + encodeBase64(`${instance.id}|${expiry}|${seal(world, instance, expiry)}`);
}

export type TokenCheck =
  | { valid: true; expiry: number }
  | { valid: false; reason: 'malformed' | 'other-instance' | 'forged' | 'expired'; expiry?: number };

/** Check a token presented on `instance` at the world's clock. */
export function checkToken(world: World, instance: Instance, token: string): TokenCheck {
  if (!token.startsWith(TOKEN_PREFIX)) return { valid: false, reason: 'malformed' };
  const decoded = decodeBase64(token.slice(TOKEN_PREFIX.length));
  const parts = decoded?.split('|');
  if (!parts || parts.length !== 3) return { valid: false, reason: 'malformed' };
  const [instanceId, expiryText, mac] = parts as [string, string, string];
  if (!/^\d+$/.test(expiryText)) return { valid: false, reason: 'malformed' };
  const expiry = Number(expiryText);
  if (instanceId !== instance.id) return { valid: false, reason: 'other-instance', expiry };
  if (mac !== seal(world, instance, expiry)) return { valid: false, reason: 'forged', expiry };
  if (world.clock >= expiry) return { valid: false, reason: 'expired', expiry };
  return { valid: true, expiry };
}

/** Temporary credentials rotate every hour and are valid for six hours (AWS refreshes them well before expiry). */
export const CREDENTIAL_ROTATION_SECONDS = 3600;
export const CREDENTIAL_LIFETIME_SECONDS = 6 * 3600;

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  token: string;
  /** Logical seconds. */
  lastUpdated: number;
  expiration: number;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The role credentials the instance sees now: derived from the instance, the role and the current rotation window,
 * so the same world always shows the same keys and a later clock shows fresh ones.
 */
export function temporaryCredentials(world: World, instance: Instance, roleName: string): TemporaryCredentials {
  const window = Math.floor(Math.max(0, world.clock) / CREDENTIAL_ROTATION_SECONDS);
  const lastUpdated = window * CREDENTIAL_ROTATION_SECONDS;
  const seed = `creds|${world.seed}|${world.account}|${instance.id}|${roleName}|${window}`;
  return {
    accessKeyId: `ASIA${hashChars(`${seed}|id`, 16, UPPER)}`,
    secretAccessKey: hashChars(`${seed}|secret`, 40, SECRET),
    token: `IQoJb3JpZ2luX2VjE${hashChars(`${seed}|token`, 300, SECRET)}`,
    lastUpdated,
    expiration: lastUpdated + CREDENTIAL_LIFETIME_SECONDS,
  };
}
