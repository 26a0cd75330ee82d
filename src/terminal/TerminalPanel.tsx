/**
 * The terminal panel (lazy chunk): xterm.js in screen-reader mode, driven by TerminalController; the lab's
 * explanation of the last refusal beside it. Docked under the canvas; `` ` `` or the header's Terminal button opens it.
 */
import { useEffect, useRef, useState } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { useLabStore } from '../store/store';
import { TerminalController } from './controller';
import { registerDnsTools } from './dns-command';
import { registerLazyTerminalCommand } from './sessions';
import { useTerminalUi } from '../store/terminal-ui';
import type { Explanation as Explained } from './ssh-explain';

// ssh, mssh and aws ec2-instance-connect ssh bring the guest shell (src/guest): loaded the first time a line uses them.
registerLazyTerminalCommand('ssh', () => import('./ssh-command').then((m) => m.registerSsh()));
registerLazyTerminalCommand('mssh', () => import('./mssh-command').then((m) => m.registerMssh()));
registerLazyTerminalCommand('ec2-instance-connect', () => import('./eic-ssh-command').then((m) => m.registerEc2InstanceConnect()));
registerDnsTools();

const buttonClass =
  'rounded-md border border-slate-600 px-2.5 py-1 text-sm font-medium text-slate-100 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-400';

function copySelection(term: Terminal): boolean {
  const text = term.getSelection();
  if (!text) return false;
  void navigator.clipboard?.writeText(text).catch(() => undefined);
  return true;
}

function useXterm(host: React.RefObject<HTMLDivElement | null>, explain: (e: Explained | null) => void) {
  const focusTick = useTerminalUi((s) => s.focusTick);
  const termRef = useRef<Terminal | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const term = new Terminal({
      screenReaderMode: true,
      convertEol: true,
      cursorBlink: true,
      fontSize: 14,
      scrollback: 5000,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      theme: { background: '#020617', foreground: '#e2e8f0', cursor: '#38bdf8', selectionBackground: '#334155' },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(el);
    fit.fit();
    const controller = new TerminalController(
      { write: (t) => term.write(t), clear: () => term.clear(), get cols() { return term.cols; } },
      {
        world: () => useLabStore.getState().world,
        dispatch: (a) => useLabStore.getState().dispatch(a),
        explain,
        close: () => useTerminalUi.getState().setOpen(false),
      },
    );
    term.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown') return true;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'c' && (e.shiftKey || term.hasSelection())) return !copySelection(term);
      if (mod && e.key.toLowerCase() === 'v') return false; // the browser pastes; xterm's onData receives the text
      return true;
    });
    const data = term.onData((d) => controller.input(d));
    controller.start();
    termRef.current = term;
    const observer = new ResizeObserver(() => fit.fit());
    observer.observe(el);
    return () => {
      observer.disconnect();
      data.dispose();
      controller.dispose();
      term.dispose();
      termRef.current = null;
    };
  }, [host, explain]);
  useEffect(() => termRef.current?.focus(), [focusTick]);
}

function Explanation({ error, onDismiss }: { error: Explained; onDismiss: () => void }) {
  return (
    <aside
      aria-label={error.hop ? 'Why the connection failed' : 'Why AWS refused'}
      className="max-h-40 shrink-0 overflow-y-auto border-t border-slate-700 bg-slate-900 p-3 text-sm text-slate-200 md:max-h-none md:w-80 md:border-t-0 md:border-l"
    >
      <p className="flex items-start justify-between gap-2 font-semibold text-rose-300">
        <span className="font-mono break-all">{error.code}</span>
        <button type="button" className="text-slate-400 hover:text-white" aria-label="Dismiss the explanation" onClick={onDismiss}>
          ×
        </button>
      </p>
      {error.title && <p className="mt-1 font-semibold">{error.title}</p>}
      {error.hop && (
        <p className="mt-1">
          <span className="font-semibold">Blocked at: </span>
          {error.hop.name} <span className="font-mono text-xs text-slate-400">({error.hop.code})</span>. {error.hop.detail}
        </p>
      )}
      <p className="mt-1">{error.concept}</p>
      {error.fix && (
        <p className="mt-1">
          <span className="font-semibold">Fix: </span>
          {error.fix}
        </p>
      )}
      <p className="mt-1 text-slate-400">Rule {error.rule}</p>
    </aside>
  );
}

/** "Export as script" loads its writer on the first press: it is not needed to type a command. */
async function exportSession(): Promise<void> {
  const { downloadSessionScript } = await import('./export-session');
  downloadSessionScript(useLabStore.getState().sessionLog);
}

export default function TerminalPanel() {
  const host = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<Explained | null>(null);
  useXterm(host, setRefusal);
  const close = () => useTerminalUi.getState().setOpen(false);
  return (
    <section
      aria-label="Terminal (AWS CLI)"
      className="flex h-72 shrink-0 flex-col border-t border-slate-300 bg-slate-950 text-slate-100 dark:border-slate-700"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-800 px-3 py-1.5">
        <h2 className="truncate text-sm font-semibold">CloudShell · AWS CLI</h2>
        <div className="flex shrink-0 gap-2">
          <button type="button" className={buttonClass} onClick={() => void exportSession()}>
            Export as script
          </button>
          <button type="button" className={buttonClass} onClick={close} aria-label="Close the terminal">
            Close
          </button>
        </div>
      </div>
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <div ref={host} data-testid="terminal" className="min-h-0 min-w-0 flex-1 px-2 py-1" />
        {refusal && <Explanation error={refusal} onDismiss={() => setRefusal(null)} />}
      </div>
    </section>
  );
}
