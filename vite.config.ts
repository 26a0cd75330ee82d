/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy lives in index.html (a <meta> tag, so it holds wherever the built files are hosted).
 * `vite preview` also sends it as a header; the dev server drops the tag, because React's hot reload injects an
 * inline script there.
 */
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/;
const csp = CSP_META.exec(readFileSync(new URL('./index.html', import.meta.url), 'utf8'))?.[1];
const cspOffInDev: Plugin = {
  name: 'ec2-lab:csp-off-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CSP_META, ''),
};

export default defineConfig({
  plugins: [react(), tailwindcss(), cspOffInDev],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, headers: csp ? { 'Content-Security-Policy': csp } : {} },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // CI machines have 2 cores and run several suites at once: give heavy pure tests room without hiding hangs
    testTimeout: 15_000,
  },
});
