import { useState } from 'react';
import type { ConnectOutcome } from '../../terminal/connect';

const button =
  'rounded-lg border border-slate-300 bg-white px-2.5 py-0.5 text-base font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/**
 * EC2 Instance Connect from the console: connects through `sim:Ssh` From "eic-console" and opens the terminal inside
 * the instance, or says which hop blocks (the engine decides; the button never guesses).
 */
export function ConnectButton({ instanceId }: { instanceId: string }) {
  const [outcome, setOutcome] = useState<{ id: string; result: ConnectOutcome } | null>(null);
  const shown = outcome?.id === instanceId && !outcome.result.ok ? outcome.result : null;
  const connect = async () => {
    const { connectFromConsole } = await import('../../terminal/connect');
    setOutcome({ id: instanceId, result: connectFromConsole(instanceId) });
  };
  return (
    <div className="mt-3">
      <button type="button" className={button} onClick={() => void connect()} title="EC2 Instance Connect: a shell in the terminal">
        Connect
      </button>
      {shown && (
        <div role="alert" className="mt-2 rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-base text-slate-900 dark:border-rose-800 dark:bg-rose-950/60 dark:text-slate-100">
          <p className="font-semibold">Failed to connect with EC2 Instance Connect</p>
          <p className="font-mono text-[15px] break-all">{shown.message}</p>
          {shown.explanation?.hop && (
            <p className="mt-1">
              <span className="font-semibold">Blocked at: {shown.explanation.hop.name}.</span> {shown.explanation.hop.detail}
            </p>
          )}
          {shown.explanation && <p className="mt-1">{shown.explanation.fix}</p>}
        </div>
      )}
    </div>
  );
}
