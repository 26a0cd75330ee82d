/**
 * Presenter mode and its presenter view (a second window for the teacher's screen) keep in step through a
 * BroadcastChannel: the presentation says where it is and what each step says; the view can ask for another step.
 * Messages from the channel come from the same origin only, and are still checked before use.
 */
import { useEffect, useRef } from 'react';
import { actionLabel } from '../commands/labels';
import type { StepOutcome } from './presentation';

export const CHANNEL = 'ec2-lab:presenter';

export interface PresenterState {
  kind: 'state';
  title: string;
  index: number;
  total: number;
  /** What the current step and the next one are (their narration titles). */
  current: string;
  next: string;
  /** Logical clock of the current step, seconds. */
  startedAt: number;
  /** The chapter the current step is in, and the presenter's notes for the current and the next step ('' when none). */
  chapter: string;
  note: string;
  nextNote: string;
}

/** What a presenter wrote, by step index (0: the lab's notes; N: log step N's note and chapter). */
interface PresenterNotes {
  intro: string;
  steps: readonly { note?: string; chapter?: string }[];
}

function noteAt(notes: PresenterNotes | undefined, index: number): string {
  if (!notes) return '';
  return index === 0 ? notes.intro : (notes.steps[index - 1]?.note ?? '');
}

/** The chapter step `index` is in: the last chapter title at or before it. */
export function chapterAt(notes: PresenterNotes | undefined, index: number): string {
  for (let i = Math.min(index, notes?.steps.length ?? 0); i >= 1; i--) {
    const chapter = notes?.steps[i - 1]?.chapter;
    if (chapter) return chapter;
  }
  return '';
}

type PresenterMessage = PresenterState | { kind: 'hello' } | { kind: 'go'; step: number };

function stepTitle(steps: readonly StepOutcome[] | undefined, index: number): string {
  if (index === 0) return 'The starting point';
  const step = steps?.[index - 1];
  if (!step) return 'The end';
  return `Step ${index}: ${actionLabel(step.action.type)}${step.ok ? '' : ' — refused'}`;
}

export function parseMessage(data: unknown): PresenterMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.kind === 'hello') return { kind: 'hello' };
  if (m.kind === 'go' && typeof m.step === 'number' && Number.isFinite(m.step)) return { kind: 'go', step: m.step };
  if (m.kind === 'state' && typeof m.index === 'number' && typeof m.total === 'number' && typeof m.title === 'string' && typeof m.current === 'string' && typeof m.next === 'string') {
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
    return {
      kind: 'state',
      title: m.title.slice(0, 200),
      index: m.index,
      total: m.total,
      current: m.current.slice(0, 300),
      next: m.next.slice(0, 300),
      startedAt: Number(m.startedAt) || 0,
      chapter: text(m.chapter, 120),
      note: text(m.note, 20_000),
      nextNote: text(m.nextNote, 20_000),
    };
  }
  return undefined;
}

/** The presentation's side: announce every step; answer a new view's hello; follow a view's "go". */
export function usePresenterChannel({ title, index, total, steps, goTo, notes }: {
  title: string;
  index: number;
  total: number;
  steps: readonly StepOutcome[] | undefined;
  goTo: (step: number) => void;
  notes?: PresenterNotes;
}): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const state: PresenterState = {
    kind: 'state',
    title,
    index,
    total,
    current: stepTitle(steps, index),
    next: index < total ? stepTitle(steps, index + 1) : 'The end',
    startedAt: steps?.[index - 1]?.at ?? 0,
    chapter: chapterAt(notes, index),
    note: noteAt(notes, index),
    nextNote: index < total ? noteAt(notes, index + 1) : '',
  };
  const latest = useRef(state);
  latest.current = state;
  const go = useRef(goTo);
  go.current = goTo;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(CHANNEL);
    channel.current = c;
    c.onmessage = (event) => {
      const message = parseMessage(event.data);
      if (message?.kind === 'hello') c.postMessage(latest.current);
      if (message?.kind === 'go') go.current(message.step);
    };
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);

  const key = JSON.stringify(state);
  useEffect(() => {
    channel.current?.postMessage(latest.current);
  }, [key]);
}
