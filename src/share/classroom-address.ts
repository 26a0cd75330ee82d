/**
 * The address students can open. A teacher's browser often shows http://localhost, which no phone in the room can
 * reach: when the lab runs under `npm run classroom`, the server answers its network address at /classroom.json and
 * links and QR codes use it instead. Elsewhere the page's own address is used, and `localOnly` says when it cannot
 * work for anyone else.
 */

export interface ShareBase {
  /** Origin and path that links start with, e.g. `http://192.168.1.20:8080/`. */
  base: string;
  /** The base names this computer only (localhost, 127.x, ::1): other devices cannot open it. */
  localOnly: boolean;
  /** The base came from the classroom server. */
  classroom: boolean;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;
const MAX_URL = 200;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname) || hostname.endsWith('.localhost');
}

/** The page's own base: origin and path, without query or hash. */
export function pageBase(loc: Pick<Location, 'origin' | 'pathname' | 'hostname'> = location): ShareBase {
  return { base: `${loc.origin}${loc.pathname}`, localOnly: isLoopbackHost(loc.hostname), classroom: false };
}

/** The classroom server's answer, validated: an http(s) URL on a host other devices can reach, or undefined. */
export function parseClassroomAnswer(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null || !Object.hasOwn(answer, 'url')) return undefined;
  const url = (answer as { url: unknown }).url;
  if (typeof url !== 'string' || url.length > MAX_URL) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (isLoopbackHost(parsed.hostname) || parsed.username || parsed.password) return undefined;
  return `${parsed.origin}${parsed.pathname}`;
}

let cached: Promise<ShareBase> | undefined;

/**
 * Where share links should point. Asks the classroom server only when this page is on a loopback address (elsewhere
 * the page's own address already works for everyone); never waits more than a second.
 */
export function shareBase(): Promise<ShareBase> {
  const own = pageBase();
  if (!own.localOnly) return Promise.resolve(own);
  cached ??= (async () => {
    try {
      const res = await fetch('/classroom.json', { cache: 'no-store', signal: AbortSignal.timeout(1000) });
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok || !type.includes('json')) return own;
      const text = await res.text();
      if (text.length > 1000) return own;
      const url = parseClassroomAnswer(JSON.parse(text));
      return url ? { base: url, localOnly: false, classroom: true } : own;
    } catch {
      return own;
    }
  })();
  return cached;
}
