/**
 * SSH key material for the simulation: deterministic stand-ins for generated keys, and a parser for the public keys
 * a learner imports or pushes (OpenSSH `ssh-rsa AAAA… comment`, `ssh-ed25519 AAAA…`, RFC 4716 SSH2 files, or the
 * base64 of any of these, as an SDK sends a blob). Generated keys are stand-ins, and so are the fingerprints of keys
 * EC2 created (shaped as AWS prints them); imported keys are decoded and their fingerprints are real (rule A2).
 */
import { hashString } from '../rng';
import { decodeBase64, hashChars } from './imds-token';
import { decodeRsaDer, decodeSshBlob, importedFingerprint, openSshLine, RSA_IMPORT_BITS, type KeyBlob, type KeyProblem } from './ssh-key-blob';

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX = '0123456789abcdef';

/** What every OpenSSH public key blob of that type starts with (the encoded key type name). */
const BLOB_PREFIX = { rsa: 'AAAAB3NzaC1yc2E', ed25519: 'AAAAC3NzaC1lZDI1NTE5' } as const;
export type KeyType = keyof typeof BLOB_PREFIX;
/** Longest public key text accepted (a 16,384-bit RSA key is under 3 KB). */
export const MAX_PUBLIC_KEY = 8192;

export interface ParsedPublicKey {
  keyType: KeyType;
  /** `ssh-rsa AAAA…` without comment. */
  publicKey: string;
}

/** A new key pair's public half, derived from a seed (the key pair id and the world seed). */
export function generatedPublicKey(seed: string, keyType: KeyType): string {
  if (keyType === 'ed25519') {
    // The character after `AAAAI` carries the low bits of the length byte (32): only A–P keep the blob decodable.
    const key = hashChars(`ed|${seed}`, 43, BASE64);
    return `ssh-ed25519 ${BLOB_PREFIX.ed25519}AAAAI${BASE64[BASE64.indexOf(key[0] as string) & 15]}${key.slice(1)}`;
  }
  return `ssh-rsa ${BLOB_PREFIX.rsa}AAAADAQABAAABAQ${hashChars(`rsa|${seed}`, 352, BASE64)}`;
}

/** The private key file CreateKeyPair returns once (`KeyMaterial`), in PEM or PuTTY format. */
export function privateKeyMaterial(seed: string, keyType: KeyType, format: 'pem' | 'ppk'): string {
  const body = hashChars(`private|${seed}`, keyType === 'rsa' ? 1588 : 280, BASE64);
  const lines = body.match(/.{1,64}/g) ?? [];
  if (format === 'ppk') {
    const algo = keyType === 'rsa' ? 'ssh-rsa' : 'ssh-ed25519';
    return [`PuTTY-User-Key-File-2: ${algo}`, 'Encryption: none', `Private-Lines: ${lines.length}`, ...lines].join('\n');
  }
  const label = keyType === 'rsa' ? 'RSA PRIVATE KEY' : 'OPENSSH PRIVATE KEY';
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

function hexPairs(seed: string, bytes: number): string {
  return (hashChars(seed, bytes * 2, HEX).match(/../g) ?? []).join(':');
}

/**
 * KeyFingerprint as AWS gives it: RSA keys EC2 created, the SHA-1 of the private key (20 colon-separated bytes); RSA
 * keys imported, the MD5 of the public key (16 bytes); ED25519, base64 SHA-256 (43 characters and `=`).
 */
export function fingerprint(publicKey: string, keyType: KeyType, origin: 'created' | 'imported'): string {
  const seed = `fp|${publicKey}|${hashString(publicKey)}`;
  if (keyType === 'ed25519') return `${hashChars(seed, 43, BASE64)}=`;
  return hexPairs(seed, origin === 'created' ? 20 : 16);
}

function fromSsh2(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (!lines[0]?.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) return undefined;
  const body: string[] = [];
  let header = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('---- END SSH2 PUBLIC KEY ----')) break;
    if (header || /^[A-Za-z-]+:/.test(line)) {
      header = line.endsWith('\\');
      continue;
    }
    body.push(line);
  }
  const blob = body.join('');
  if (blob.startsWith(BLOB_PREFIX.rsa)) return `ssh-rsa ${blob}`;
  if (blob.startsWith(BLOB_PREFIX.ed25519)) return `ssh-ed25519 ${blob}`;
  return undefined;
}

/** Parse a public key; undefined for anything but an RSA or ED25519 public key (DSA and ECDSA included). */
export function parsePublicKey(input: string): ParsedPublicKey | undefined {
  if (input.length > MAX_PUBLIC_KEY) return undefined;
  let text = input.trim();
  if (!/^(ssh-|ecdsa-|----)/.test(text)) {
    const decoded = decodeBase64(text);
    if (decoded === undefined || decoded.length > MAX_PUBLIC_KEY) return undefined;
    text = decoded.trim();
  }
  if (text.startsWith('----')) text = fromSsh2(text) ?? '';
  const [type, blob] = text.split(/\s+/);
  if (!blob || !/^[A-Za-z0-9+/]+={0,2}$/.test(blob) || blob.length < 28) return undefined;
  if (type === 'ssh-rsa' && blob.startsWith(BLOB_PREFIX.rsa)) return { keyType: 'rsa', publicKey: `ssh-rsa ${blob}` };
  if (type === 'ssh-ed25519' && blob.startsWith(BLOB_PREFIX.ed25519)) {
    return { keyType: 'ed25519', publicKey: `ssh-ed25519 ${blob}` };
  }
  return undefined;
}

/** The blob of an RFC 4716 SSH2 file, with the key type its data names. */
function ssh2Blob(text: string): string | undefined {
  return fromSsh2(text)?.split(' ')[1];
}

function checkImported(key: KeyBlob | KeyProblem): KeyBlob | KeyProblem {
  if ('problem' in key) return key;
  if (key.keyType === 'rsa' && !(RSA_IMPORT_BITS as readonly number[]).includes(key.bits)) {
    return { problem: `a ${key.bits}-bit RSA key (ImportKeyPair takes RSA keys of ${RSA_IMPORT_BITS.join(', ')} bits)` };
  }
  return key;
}

function decodeImported(text: string): KeyBlob | KeyProblem {
  if (text.startsWith('----')) {
    const blob = ssh2Blob(text);
    if (!blob) return { problem: 'the SSH2 file holds no RSA key' };
    return decodeSshBlob(blob, 'ssh-rsa');
  }
  const [type, blob] = text.split(/\s+/);
  if (type === 'ssh-rsa' || type === 'ssh-ed25519') return blob ? decodeSshBlob(blob, type) : { problem: 'the key data is missing' };
  if (type?.startsWith('ecdsa-') || type === 'ssh-dss') return { problem: `${type} keys are not supported (RSA or ED25519 only)` };
  return decodeRsaDer(text) ?? { problem: 'not an OpenSSH public key (ssh-rsa AAAA… or ssh-ed25519 AAAA…)' };
}

/**
 * ImportKeyPair's key material (rule A2): an OpenSSH public key (RSA or ED25519), an RSA key in an RFC 4716 SSH2 file
 * or as base64 DER, or the base64 of any of these (an SDK blob). The key data is decoded and checked (a truncated
 * blob is refused), RSA keys must be 1024, 2048 or 4096 bits, and the fingerprint is AWS's for imported keys.
 */
export function parseImportedKey(input: string): (ParsedPublicKey & { fingerprint: string }) | KeyProblem {
  if (input.length > MAX_PUBLIC_KEY) return { problem: 'the key material is too long' };
  let text = input.trim();
  if (!/^(ssh-|ecdsa-|----)/.test(text)) {
    const decoded = decodeBase64(text)?.trim();
    if (decoded !== undefined && /^(ssh-|ecdsa-|----)/.test(decoded)) text = decoded;
  }
  const key = checkImported(decodeImported(text));
  if ('problem' in key) return key;
  return { keyType: key.keyType, publicKey: openSshLine(key), fingerprint: importedFingerprint(key) };
}

/** EC2 Instance Connect takes RSA keys of these sizes, or ED25519 (rule A20). */
const EIC_RSA_BITS = [2048, 4096];

/**
 * SendSSHPublicKey's key (rules A20, A21): an RSA (2048 or 4096 bits) or ED25519 key in OpenSSH or SSH2 format,
 * decoded and checked like an imported one.
 */
export function parsePushedKey(input: string): ParsedPublicKey | KeyProblem {
  let text = input.trim();
  if (text.startsWith('----')) text = fromSsh2(text) ?? '';
  const [type, blob] = text.split(/\s+/);
  if ((type !== 'ssh-rsa' && type !== 'ssh-ed25519') || !blob) return { problem: 'not an OpenSSH or SSH2 RSA or ED25519 public key' };
  const key = decodeSshBlob(blob, type);
  if ('problem' in key) return key;
  if (key.keyType === 'rsa' && !EIC_RSA_BITS.includes(key.bits)) return { problem: `a ${key.bits}-bit RSA key (2048 or 4096 bits only)` };
  // Kept as sent (like parsePublicKey), so sim:Ssh matches the key a client offers.
  return { keyType: key.keyType, publicKey: `${type} ${blob}` };
}
