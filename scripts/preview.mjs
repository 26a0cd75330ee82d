/**
 * Build helpers for developer scripts: `vite build`, and `vite preview` of dist/ on a port of our choice, stopped
 * by the returned function.
 */
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;

/** `vite build --mode test`: the app with its developer doors (?e2e, ?bench=big, ?demo=classroom), for scripts only. */
export function viteBuild() {
  const r = spawnSync(process.execPath, [vite, 'build', '--mode', 'test', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

/** Is something already answering at this URL? */
export async function isUp(url) {
  try {
    const res = await fetch(url);
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `vite preview` on `port` and resolves once it answers. Returns { url, stop }. */
export async function startPreview(port) {
  const url = `http://localhost:${port}/`;
  if (await isUp(url)) throw new Error(`port ${port} is already in use`);
  const child = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 200 && !exited; i++) {
    if (await isUp(url)) {
      return {
        url,
        stop: () =>
          new Promise((resolve) => {
            if (exited) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await sleep(100);
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not start on port ${port}`);
}
