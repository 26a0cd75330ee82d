import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs developer script without types
import { createClassroomServer, fileFor, lanAddresses, terminalQr } from './classroom-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'classroom-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
mkdirSync(join(root, 'embed'));
writeFileSync(join(root, 'embed', 'index.html'), '<!doctype html><title>embed</title>');

let base = '';
const server = createClassroomServer({ root, lanUrl: 'http://192.0.2.10:8080/' });
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('classroom server', () => {
  it('serves the lab with the production security headers', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>lab</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers its network address at /classroom.json, uncached', async () => {
    const res = await fetch(`${base}/classroom.json`);
    expect(await res.json()).toEqual({ url: 'http://192.0.2.10:8080/' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves built assets as immutable and unknown pages as the app', async () => {
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await (await fetch(`${base}/some/page`)).text()).toContain('<title>lab</title>');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('forbids framing whatever serves the full lab; only the embed entry may be framed', async () => {
    for (const path of ['/', '/index.html', '/some/page', '/embed', '/embed?x=1']) {
      const res = await fetch(`${base}${path}`);
      expect(await res.text(), path).toContain('<title>lab</title>');
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'$/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const embed = await fetch(`${base}/embed/`);
    expect(await embed.text()).toContain('<title>embed</title>');
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect((await fetch(`${base}/assets/app.js`)).headers.get('x-frame-options')).toBeNull();
  });

  it('never serves a file outside the build', async () => {
    expect(fileFor(root, '/../../etc/passwd')).toBeUndefined();
    expect(fileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileFor(root, '/%E0%A4%A')).toBeUndefined();
    expect(fileFor(root, '/a\0b')).toBeUndefined();
    expect(fileFor(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect([400, 404]).toContain(res.status);
  });
});

describe('lanAddresses', () => {
  it('keeps reachable IPv4 addresses only', () => {
    const found = lanAddresses({
      lo: [{ family: 'IPv4', address: '127.0.0.1', internal: true }],
      eth0: [
        { family: 'IPv4', address: '10.1.2.3', internal: false },
        { family: 'IPv6', address: 'fe80::1', internal: false },
      ],
      wlan0: [{ family: 'IPv4', address: '169.254.3.4', internal: false }],
    });
    expect(found).toEqual(['10.1.2.3']);
  });
});

describe('terminalQr', () => {
  it('draws a square code with a quiet zone', () => {
    const lines = terminalQr('http://192.0.2.10:8080/').split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(new Set(lines.map((l: string) => [...l].length)).size).toBe(1);
    expect(lines[0]).toMatch(/^█+$/);
  });
});
