import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { CSP, headersFor, isEmbedPath, netlifyHeaders } from './security-headers.mjs';

const root = new URL('..', import.meta.url);

describe('security headers', () => {
  it('public/_headers is generated from scripts/security-headers.mjs', () => {
    expect(readFileSync(new URL('public/_headers', root), 'utf8')).toBe(netlifyHeaders());
  });

  it('the full lab may not be framed; the embed entry may', () => {
    expect(headersFor('/')['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headersFor('/index.html?x=1')['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/embed/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed/')['X-Frame-Options']).toBeUndefined();
    expect(isEmbedPath('/embedded')).toBe(false);
    // a path a server answers with index.html (its fallback) is the full lab: not framable
    for (const path of ['/embed', '/some/page', '/embed/x', '/present?x=1']) {
      expect(headersFor(path)['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'$/);
      expect(headersFor(path)['X-Frame-Options'], path).toBe('DENY');
    }
    expect(headersFor('/assets/index-x.js')['Content-Security-Policy']).toBeUndefined();
    for (const path of ['/', '/embed/', '/assets/index-x.js']) {
      expect(headersFor(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(headersFor(path)['Referrer-Policy']).toBe('no-referrer');
    }
  });

  it('index.html and embed/index.html carry the same policy in their <meta> tag', () => {
    for (const page of ['index.html', 'embed/index.html']) {
      const html = readFileSync(new URL(page, root), 'utf8');
      expect(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1], page).toBe(CSP);
    }
  });
});
