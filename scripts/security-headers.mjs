/**
 * The HTTP security headers of the lab, in ONE place: `vite preview` sends them (vite.config.ts), public/_headers
 * (Netlify / Cloudflare Pages format) is generated from them and checked by scripts/security-headers.test.ts, and
 * the classroom server (`npm run classroom`, issue #13) imports `headersFor`.
 *
 * - The full lab (`/`, `/index.html`) may not be framed by any site: `frame-ancestors 'none'` (a <meta> CSP cannot
 *   say this) and `X-Frame-Options: DENY` for old browsers.
 * - The embed entry (`/embed/`, the same app read-only; the Share dialog's snippet points there) may be framed by
 *   any course page: `frame-ancestors *`.
 * - Everything: `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (a link's hash never leaves in a
 *   Referer anyway; the lab has nothing to tell other sites).
 */

/** The page policy (also in index.html's <meta> tag, which holds on hosts that send no headers). */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/**
 * Is this request path the embed entry (allowed in a frame)? Only `/embed/` and `/embed/index.html`: `/embed`
 * without its slash is not, since a server may answer it with the full lab (index.html as the fallback page).
 */
export function isEmbedPath(path) {
  return /^\/embed\/(index\.html)?$/.test(path.split(/[?#]/)[0] ?? '');
}

/**
 * Is this path a page (an HTML document), as opposed to a script, style or image? A path without a file extension
 * is a page: servers answer unknown ones with index.html (the lab keeps its state in the URL hash), and that page
 * must not be framable either.
 */
function isPage(path) {
  const p = path.split(/[?#]/)[0] ?? '';
  const last = p.slice(p.lastIndexOf('/') + 1);
  return p.endsWith('.html') || !/\.[A-Za-z0-9]+$/.test(last);
}

/** The headers for one request path. */
export function headersFor(path) {
  if (!isPage(path)) return { ...COMMON };
  if (isEmbedPath(path)) return { ...COMMON, 'Content-Security-Policy': `${CSP}; frame-ancestors *` };
  return { ...COMMON, 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' };
}

/**
 * public/_headers: one block per path pattern. Pages are listed by exact path (Netlify merges every matching block,
 * so the framing rules must not overlap); `/*` carries only the headers every file shares.
 */
export function netlifyHeaders() {
  const block = (pattern, headers) => `${pattern}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  const pageOnly = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !(k in COMMON)));
  return [
    '# Generated from scripts/security-headers.mjs (npx vitest run scripts/security-headers.test.ts checks it). Do not edit.',
    block('/*', COMMON),
    block('/', pageOnly(headersFor('/'))),
    block('/index.html', pageOnly(headersFor('/index.html'))),
    block('/embed/', pageOnly(headersFor('/embed/'))),
    block('/embed/index.html', pageOnly(headersFor('/embed/index.html'))),
  ].join('\n');
}
