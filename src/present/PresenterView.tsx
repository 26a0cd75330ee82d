import { useEffect, useRef, useState } from 'react';
import { CHANNEL, parseMessage, type PresenterState } from './presenter-channel';

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const big = 'rounded-lg border border-slate-500 px-5 py-3 text-2xl font-semibold hover:bg-slate-800 focus-visible:outline-3 focus-visible:outline-sky-400';

/**
 * The presenter view: a second window for the teacher's own screen (`/?presenter-view`), kept in step with presenter
 * mode through a BroadcastChannel: the current and the next step, the scenario's notes, a timer, and Previous/Next.
 */
export default function PresenterView() {
  const [state, setState] = useState<PresenterState | null>(null);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (event) => {
      const message = parseMessage(event.data);
      if (message?.kind === 'state') setState(message);
    };
    c.postMessage({ kind: 'hello' });
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(timer);
      c.close();
    };
  }, []);

  const go = (step: number) => channel.current?.postMessage({ kind: 'go', step });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(state.index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(state.index - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state]);

  return (
    <main className="flex min-h-screen flex-col gap-6 bg-slate-950 p-8 text-slate-50" data-testid="presenter-view">
      <header className="flex items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{state?.title || 'Presenter view'}</h1>
        <p className="font-mono text-4xl tabular-nums" aria-label="Time since this view opened" data-testid="presenter-timer">
          {elapsed(now - started)}
        </p>
      </header>
      {state ? (
        <>
          <section aria-label="Now" className="rounded-xl border border-sky-700 bg-slate-900 p-6">
            <p className="text-lg text-sky-300 uppercase">
              Now · step {state.index} of {state.total}
              {state.chapter && <span data-testid="presenter-view-chapter"> · {state.chapter}</span>}
            </p>
            <p className="mt-2 text-4xl font-bold" data-testid="presenter-view-current">{state.current}</p>
            <p className="mt-3 text-2xl whitespace-pre-wrap text-slate-200" data-testid="presenter-view-note">
              {state.note || <span className="text-slate-500">No note for this step.</span>}
            </p>
          </section>
          <section aria-label="Next" className="rounded-xl border border-slate-700 p-6">
            <p className="text-lg text-slate-400 uppercase">Next</p>
            <p className="mt-2 text-3xl" data-testid="presenter-view-next">{state.next}</p>
            {state.nextNote && (
              <p className="mt-2 text-xl whitespace-pre-wrap text-slate-300" data-testid="presenter-view-next-note">
                {state.nextNote}
              </p>
            )}
          </section>
          <div className="flex gap-3">
            <button type="button" className={big} disabled={state.index <= 0} onClick={() => go(state.index - 1)}>
              ← Previous
            </button>
            <button type="button" className={big} disabled={state.index >= state.total} onClick={() => go(state.index + 1)}>
              Next →
            </button>
          </div>
        </>
      ) : (
        <p className="text-2xl">Waiting for presenter mode… Open it in the lab's window with the Present command (P).</p>
      )}
    </main>
  );
}
