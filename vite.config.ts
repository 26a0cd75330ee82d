/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
// @ts-expect-error plain ESM module without types (shared with the classroom server)
import { headersFor } from './scripts/security-headers.mjs';
import { linkPreload } from './scripts/link-preload.ts';
import { reactFlowFixes } from './scripts/react-flow-fixes.ts';

/**
 * The Content-Security-Policy lives in index.html and embed/index.html (a <meta> tag, so it holds wherever the built
 * files are hosted). `vite preview` sends the full headers of scripts/security-headers.mjs (framing forbidden but
 * for the embed entry); the dev server drops the tag, because React's hot reload injects an inline script there.
 */
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/;
const securityHeaders: Plugin = {
  name: 'ec2-lab:security-headers',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      for (const [name, value] of Object.entries(headersFor(req.url ?? '/') as Record<string, string>)) res.setHeader(name, value);
      next();
    });
  },
};
/**
 * The theme script last in <head>, after the app's module scripts and stylesheet: a classic script stops the HTML
 * parser until it has been fetched and run, and the browser asked for the app's code and CSS only once it had (a lab
 * link's first render waited on both). Still in <head>, it still runs before the first paint (no white flash).
 */
const THEME_BOOT = /\n?\s*<script src="\/theme-boot\.js"><\/script>/;
const themeBootLast: Plugin = {
  name: 'ec2-lab:theme-boot-last',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => (THEME_BOOT.test(html) ? html.replace(THEME_BOOT, '').replace('</head>', '  <script src="/theme-boot.js"></script>\n  </head>') : html),
  },
};
const cspOffInDev: Plugin = {
  name: 'ec2-lab:csp-off-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CSP_META, ''),
};

/**
 * Offline and installable: a Workbox service worker precaches the whole build, so after one visit the lab opens with
 * no network (a classroom with bad Wi-Fi) and can be installed as an app. The app registers the worker itself, a few
 * seconds after the page has loaded (src/app/register-sw.ts), so its precache never competes with the first screen;
 * nothing of it runs in the dev server. Share links are URL hashes, so every link is served by the cached index.html.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: false,
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

/**
 * Few, larger files: `vite preview` and many hosts speak HTTP/1.1, where a browser opens six connections to a host
 * and each file waits its turn; left to itself the bundler split the first load into 21 files and a lab link's code
 * into 20 more (a shared module of a few hundred bytes was a file of its own), and each round of six cost a round trip
 * on the server (the lab-link row of BENCHMARKS.md). The groups, each with the modules it imports that no group above
 * took (priority decides):
 * - app: everything the first screen loads (one file for index.html and embed/index.html, which run the same code);
 * - engine: what every page loads once its first screen is up — the engine, the autosave — and the dialog parts the
 *   palette (preloaded when idle) and the panels share;
 * - links: what every link opener needs — the scenario codec and "Back to your work";
 * - lab: the guided labs — catalogue, runner, goals, the lab panel and the opener of `#lab=` links.
 * Every other lazy feature (terminal, palette, presenter, share dialog…) keeps its own chunks.
 */
const CHUNK_GROUPS = [
  { name: 'app', tags: ['$initial' as const], priority: 50 },
  { name: 'engine', test: /src[\\/](engine[\\/]index\.ts|store[\\/]autosave\.ts|ui[\\/])/, priority: 40 },
  { name: 'links', test: /src[\\/](scenario[\\/]index|share[\\/]before-link)\.ts$/, priority: 30 },
  { name: 'lab', test: /src[\\/](labs-ui[\\/](open-lab\.ts|LabPanel\.tsx)|labs[\\/](catalogue[\\/]index|runner)\.ts)$/, priority: 20 },
];

export default defineConfig({
  // a `#lab=` link fetches its lazy code while index.html loads (scripts/link-preload.ts)
  plugins: [react(), tailwindcss(), reactFlowFixes(), themeBootLast, cspOffInDev, securityHeaders, linkPreload('#lab=', ['src/store/engine-module.ts', 'src/app/lab-link-code.ts']), pwa],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // the link decoder's worker (src/share/decode-worker.ts) is a module worker with lazily loaded chunks
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // two entries of one app: the full lab, and the embed entry other sites may frame
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed/index.html' },
      output: { codeSplitting: { groups: CHUNK_GROUPS } },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // CI machines have 2 cores and run several suites at once: give heavy pure tests room without hiding hangs
    testTimeout: 15_000,
  },
});
