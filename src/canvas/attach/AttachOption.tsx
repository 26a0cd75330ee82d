import type { judge } from '../../view-model/attach-targets';

type Judged = ReturnType<typeof judge>[number];

/** One target in the attach menu: a tick or a cross, the target, and the engine's verdict in words. */
export function AttachOption({
  judged: { candidate, verdict },
  id,
  active,
  register,
  onHover,
  onChoose,
}: {
  judged: Judged;
  id: string;
  active: boolean;
  /** An instance into a target group: "register" rather than "attach". */
  register: boolean;
  onHover: () => void;
  onChoose: () => void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onMouseEnter={onHover}
      onClick={onChoose}
      className={`flex cursor-pointer items-start gap-3 rounded-lg px-3 py-2 ${active ? 'bg-sky-100 outline-2 outline-sky-600 dark:bg-sky-900/60' : ''}`}
    >
      <span
        aria-hidden="true"
        className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-base font-bold text-white ${verdict.ok ? 'bg-emerald-600' : 'bg-rose-700'}`}
      >
        {verdict.ok ? '✓' : '✕'}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate font-mono text-base font-semibold text-slate-900 dark:text-white">{candidate.title}</span>
        <span className="block text-base text-slate-700 dark:text-slate-300">{candidate.detail}</span>
        <span className={`block text-base ${verdict.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
          {verdict.ok ? (
            register ? 'Can register' : 'Can attach'
          ) : (
            <>
              Refused: <span className="font-mono">{verdict.code}</span>
              {verdict.scope ? ` (${verdict.scope})` : ''} — {verdict.message}
            </>
          )}
        </span>
      </span>
    </li>
  );
}
