/**
 * The classroom server's parts, kept apart from the command (scripts/classroom.mjs) so they can be tested:
 * a static file server for dist/ (the built lab) with the production security headers, the lab's LAN address at
 * /classroom.json (the Share dialog builds links and QR codes from it), and a QR code drawn in the terminal.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import qrcode from 'qrcode-generator';
import { headersFor } from './security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The machine's IPv4 addresses that other machines on the network can reach (not loopback, not link-local). */
export function lanAddresses(interfaces = networkInterfaces()) {
  const found = [];
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      const v4 = entry.family === 'IPv4' || entry.family === 4;
      if (v4 && !entry.internal && !entry.address.startsWith('169.254.')) found.push(entry.address);
    }
  }
  return found;
}

/** The file under `root` that a URL path names, or undefined when it would leave `root`. */
export function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const full = normalize(join(root, path));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A server for the built lab in `root`. `lanUrl` is what /classroom.json answers. Unknown paths without a file
 * extension get index.html (the lab keeps its state in the URL hash, so every page is the app).
 */
export function createClassroomServer({ root, lanUrl }) {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = url.split('?')[0];
    if (pathname === '/classroom.json') {
      const body = JSON.stringify({ url: lanUrl });
      res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store', ...headersFor(pathname) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    let file = fileFor(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file) {
      res.writeHead(400).end();
      return;
    }
    if (!isFile(file)) {
      if (extname(pathname)) {
        res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    // The headers of the file served, not of the path asked: `/embed` or `/any/page` answered with index.html is
    // the full lab, which no site may frame.
    const served = `/${relative(root, file).split(sep).join('/')}`;
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, ...headersFor(served) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

/** A QR code of `text` for a terminal: two modules per character cell, with a quiet zone. */
export function terminalQr(text) {
  const qr = qrcode(0, 'L');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const dark = (r, c) => r >= 0 && c >= 0 && r < n && c < n && qr.isDark(r, c);
  const lines = [];
  for (let r = -2; r < n + 2; r += 2) {
    let line = '';
    for (let c = -2; c < n + 2; c++) {
      const top = dark(r, c);
      const bottom = dark(r + 1, c);
      // light modules are drawn as blocks, so the code reads on a dark terminal background
      line += !top && !bottom ? '█' : !top ? '▀' : !bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}
