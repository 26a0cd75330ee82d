/**
 * Production security headers, in one place: vite preview and the classroom server send them (placeholder until the
 * hosting configuration lands; the CSP matches index.html).
 */
import { readFileSync } from 'node:fs';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/;
const csp = CSP_META.exec(readFileSync(new URL('../index.html', import.meta.url), 'utf8'))?.[1] ?? "default-src 'self'";

export function securityHeaders() {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
