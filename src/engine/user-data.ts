import { refuse } from './refusal';

/**
 * User data: base64 on the wire (RunInstances, ModifyInstanceAttribute, DescribeInstanceAttribute, the CLI), text for
 * the instance and its metadata service. AWS caps it at 16 KB once decoded.
 */

const USER_DATA_LIMIT = 16384;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const body = clean.replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    buffer = (buffer << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** Decode RunInstances/ModifyInstanceAttribute user data (base64) to the text the instance sees. */
export function decodeUserData(encoded: string, member = 'UserData'): string {
  const bytes = decodeBase64(encoded);
  if (!bytes) {
    return refuse('instance.user-data.invalid', 'Invalid BASE64 encoding of user data.', {
      scope: { kind: 'parameter', to: member },
    });
  }
  if (bytes.length > USER_DATA_LIMIT) {
    return refuse('instance.user-data.invalid', `User data is limited to ${USER_DATA_LIMIT} bytes.`, {
      scope: { kind: 'parameter', to: member },
    });
  }
  return new TextDecoder().decode(bytes);
}

export function encodeUserData(text: string): string {
  return encodeBase64(new TextEncoder().encode(text));
}
