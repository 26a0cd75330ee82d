import { describe, expect, it } from 'vitest';
import { TerminalController } from './controller';
import { registerLazyTerminalCommand, registerTerminalCommand } from './sessions';
import { createWorld } from '../engine';

function terminal() {
  let text = '';
  const screen = { write: (t: string) => void (text += t), clear: () => void (text = ''), cols: 120 };
  const world = createWorld();
  const backend = { world: () => world, dispatch: () => undefined, explain: () => {}, close: () => {} };
  const controller = new TerminalController(screen, backend);
  controller.start();
  // eslint-disable-next-line no-control-regex
  return { controller, shown: () => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '') };
}

describe('terminal controller: commands whose code loads on first use', () => {
  it('runs the line once the code has loaded, and replays keys typed meanwhile after it', async () => {
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    registerLazyTerminalCommand('zz-lazy', () =>
      loaded.then(() => registerTerminalCommand('zz-lazy', (args) => ({ stdout: `lazy ran with ${args.join(',')}\n`, stderr: '', exitCode: 0 }))),
    );
    const { controller, shown } = terminal();
    controller.input('zz-lazy a b\recho after\r');
    expect(shown()).not.toContain('lazy ran');
    expect(shown()).not.toContain('after\n');
    release();
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const out = shown();
    expect(out).toContain('lazy ran with a,b');
    expect(out.indexOf('lazy ran')).toBeLessThan(out.lastIndexOf('after'));
    expect(out).toMatch(/after\n/);
    // loaded once: the next line runs at once
    controller.input('zz-lazy c\r');
    expect(shown()).toContain('lazy ran with c');
  });

  it('says so when the code cannot load, gives the prompt back, and tries again on the next line', async () => {
    let attempts = 0;
    registerLazyTerminalCommand('zz-broken', () => {
      attempts++;
      return Promise.reject(new Error('offline'));
    });
    const { controller, shown } = terminal();
    await controller.run('zz-broken');
    expect(shown()).toContain('Could not load a command');
    expect(shown()).toContain('offline');
    await controller.run('zz-broken');
    expect(attempts).toBe(2);
    controller.input('echo still here\r');
    expect(shown()).toContain('still here');
  });
});
