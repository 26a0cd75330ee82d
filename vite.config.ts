/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Offline and installable: a Workbox service worker precaches the whole build, so after one visit the lab opens with
 * no network (a classroom with bad Wi-Fi) and can be installed as an app. The worker is registered from an external
 * script (registerSW.js), which the CSP allows; nothing of it runs in the dev server. Share links are URL hashes, so
 * every link is served by the cached index.html.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  includeAssets: ['favicon.svg', 'theme-boot.js'],
  manifest: {
    name: 'ec2-lab — learn how Amazon EC2 really works',
    short_name: 'ec2-lab',
    description: 'Build a VPC, launch instances, attach interfaces and volumes, then break them and see why AWS says no.',
    theme_color: '#0f766e',
    background_color: '#0f172a',
    display: 'standalone',
    start_url: '/',
    scope: '/',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), tailwindcss(), cspOffInDev, pwa],
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
