import { useEffect, useRef, useState } from 'react';
import type { Lab, LabProgress } from '../../labs/types';

/** Newly done steps and goals since the last render, for the live announcement and the "why" highlight. */
export function useProgressChanges(lab: Lab, p: LabProgress) {
  const previous = useRef<{ lab: Lab; done: Set<string> } | null>(null);
  const [justDone, setJustDone] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const done = new Set(p.steps.filter((s) => s.done).map((s) => s.id));
    const before = previous.current;
    previous.current = { lab, done };
    if (!before || before.lab !== lab) {
      setJustDone(null);
      return;
    }
    const newly = p.steps.filter((s) => s.done && !before.done.has(s.id));
    if (newly.length > 0) {
      const last = newly[newly.length - 1]!;
      setJustDone(last.id);
      setAnnouncement(p.complete ? `Step done: ${last.title}. Lab complete.` : `Step done: ${last.title}.`);
    } else if ([...before.done].some((id) => !done.has(id))) {
      setJustDone((j) => (j && done.has(j) ? j : null));
    }
  }, [lab, p]);
  return { justDone, announcement, clear: () => setJustDone(null) };
}
