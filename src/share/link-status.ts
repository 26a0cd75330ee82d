/**
 * What the banner under the header says about the last link or file opened, and the title and notes the lab
 * carries (a scenario's, kept so that sharing again keeps them). A tiny store of its own, in the first-load bundle:
 * everything heavy (the scenario codec, the before-link save) loads only when a link or file is opened.
 */
import { create } from 'zustand';

/** Where an opened scenario came from. */
export type OpenSource = 'link' | 'file';

/** A warning as shown (same fields as the scenario module's ScenarioWarning; kept as a plain shape here). */
export interface ShownWarning {
  code: string;
  message: string;
  step?: number;
  refusal?: string;
  id?: string;
}

export type LinkStatus =
  | {
      kind: 'opened';
      source: OpenSource;
      title: string;
      notes: string;
      warnings: ShownWarning[];
      /** The learner's previous work was kept aside and can come back. */
      canGoBack: boolean;
      /** The scenario carried guided-lab progress that the app could not find (an unknown lab id). */
      labMissing?: string;
    }
  | { kind: 'error'; source: OpenSource; code: string; message: string }
  /** `more`: an earlier copy is still kept, and "Back" can go one further. */
  | { kind: 'back'; message: string; more?: boolean };

/** A question an opener asks before replacing work (a link opened during a guided lab). */
export interface OpenQuestion {
  title: string;
  body: string;
  confirm: string;
  /** The safe choice's label (default "Cancel"). */
  cancel?: string;
  /**
   * Options the learner picks one of before saying yes (radio buttons; the last is picked at first): which kept
   * copy to drop. `onChoose` hears the pick just before the question is answered yes.
   */
  choices?: { label: string; onChoose: (index: number) => void; options: string[] };
  answer: (yes: boolean) => void;
}

interface LinkStatusState {
  status: LinkStatus | null;
  question: OpenQuestion | null;
  /** Ask, and resolve with the learner's answer (the dialog is LinkQuestion). */
  ask: (question: Omit<OpenQuestion, 'answer'>) => Promise<boolean>;
  /** Title and notes of the lab as shared (prefilled in the Share dialog). */
  title: string;
  notes: string;
  /** The presenter's note and chapter title per step of the session log (same index), kept so sharing keeps them. */
  stepNotes: readonly PresenterNote[];
  setStatus: (status: LinkStatus | null) => void;
  setMeta: (meta: { title: string; notes: string; stepNotes?: readonly PresenterNote[] }) => void;
  /** Write the note and chapter of step `index` (0-based log index). */
  setStepNote: (index: number, note: PresenterNote) => void;
}

/** What a presenter wrote for one step (the scenario's StepNote, as a plain shape here). */
export interface PresenterNote {
  note?: string;
  chapter?: string;
}

export const useLinkStatus = create<LinkStatusState>()((set) => ({
  status: null,
  question: null,
  ask: (question) =>
    new Promise<boolean>((resolve) => {
      set((s) => {
        s.question?.answer(false); // a newer question replaces an unanswered one
        return { question: { ...question, answer: (yes) => { set({ question: null }); resolve(yes); } } };
      });
    }),
  title: '',
  notes: '',
  stepNotes: [],
  setStatus: (status) => set({ status }),
  setMeta: ({ title, notes, stepNotes }) => set({ title, notes, ...(stepNotes ? { stepNotes } : {}) }),
  setStepNote: (index, note) =>
    set((s) => {
      if (!Number.isInteger(index) || index < 0 || index >= 1000) return s;
      const stepNotes = [...s.stepNotes];
      while (stepNotes.length < index) stepNotes.push({});
      stepNotes[index] = note;
      return { stepNotes };
    }),
}));
