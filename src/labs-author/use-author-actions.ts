import { useEffect, useRef, useState } from 'react';
import { copyText } from '../ui/clipboard';
import {
  authoredLabFile,
  authoredLabFileName,
  checkAuthoredLab,
  encodeAuthoredLab,
  parseAuthoredLabFile,
  toLab,
  MAX_FILE_BYTES,
  type AuthoredLab,
} from '../labs/authoring';
import { encodeWith, scenarioOfLab, shareUrl } from '../share/build-share';
import { useShareBase } from '../share/ShareAddress';
import { downloadText } from '../share/files';
import { draftToDoc, missing, useDraft, type Draft, type DraftStart } from './draft';
import { clearSavedDraft, readSavedDraft, worldOfStart } from './draft-storage';
import { startAuthoredLab } from './open-labdoc';

export type Notice = { kind: 'ok' | 'error'; text: string } | null;
type SetNotice = (notice: Notice) => void;

/** The start of the draft as the document carries it. */
function startOf(draft: Draft): { ok: true; start: AuthoredLab['start'] } | { ok: false; message: string } {
  const start = draft.start;
  if (!start) return { ok: false, message: 'no-start: the start is still being captured; try again in a moment.' };
  if (!start.start) return { ok: false, message: start.problem ?? 'too-large: the canvas is too large to be a lab’s start.' };
  return { ok: true, start: start.start };
}

/** The canvas now as a lab's start: the scenario of the lab (without guided-lab progress or camera), packed. */
async function captureCanvas(): Promise<DraftStart> {
  const { lab: _lab, camera: _camera, ...scenario } = await scenarioOfLab();
  const encoded = encodeWith(scenario, '', '');
  return encoded.ok
    ? { origin: 'canvas', start: encoded.fragment, world: scenario.world }
    : { origin: 'canvas', problem: `${encoded.code}: ${encoded.message}`, world: scenario.world };
}

/** The document now, checked; or why it cannot be exported yet. */
function buildDoc(draft: Draft): { ok: true; doc: AuthoredLab } | { ok: false; message: string } {
  const gaps = missing(draft);
  if (gaps.length) return { ok: false, message: `incomplete: the lab still needs ${gaps.slice(0, 3).join(', ')}${gaps.length > 3 ? `, and ${gaps.length - 3} more` : ''}.` };
  const start = startOf(draft);
  if (!start.ok) return start;
  const doc = draftToDoc(draft, start.start);
  const checked = checkAuthoredLab(doc);
  return checked.ok ? { ok: true, doc } : { ok: false, message: `${checked.error.code}: ${checked.error.message}` };
}

/** The start of the lab: capturing the canvas, bringing back a saved draft on open, and starting a new lab. */
function useAuthorStart(setNotice: SetNotice) {
  const { setStart, addStep, reset, restore } = useDraft.getState();
  const [capturing, setCapturing] = useState(false);

  const capture = () => {
    setCapturing(true);
    captureCanvas().then(
      (start) => {
        setStart(start);
        setCapturing(false);
      },
      () => {
        setCapturing(false);
        setNotice({ kind: 'error', text: 'capture-failed: the canvas could not be captured as the start.' });
      },
    );
  };

  const begin = () => {
    if (!useDraft.getState().draft.start) capture();
    if (useDraft.getState().draft.steps.length === 0) addStep();
  };

  useEffect(() => {
    if (useDraft.getState().restored) return begin();
    const saved = readSavedDraft();
    if (!saved) {
      reset();
      return begin();
    }
    let live = true;
    const { start, origin, ...rest } = saved;
    void (start ? worldOfStart(start) : Promise.resolve(undefined)).then((startWorld) => {
      if (!live) return;
      restore(rest, start && startWorld ? { origin, start, world: startWorld } : null);
      setNotice({ kind: 'ok', text: 'Your draft from earlier is back.' });
      begin();
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const [confirmNew, setConfirmNew] = useState(false);
  const startNew = () => {
    if (!confirmNew) return setConfirmNew(true);
    setConfirmNew(false);
    reset();
    clearSavedDraft();
    setNotice(null);
    capture();
    addStep();
  };

  return { capturing, capture, confirmNew, startNew, cancelNew: () => setConfirmNew(false) };
}

/** Sharing the lab: as a link, as a file, or trying it now; and importing a lab file to edit. */
function useAuthorShare(draft: Draft, setNotice: SetNotice, onClose: () => void) {
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const [link, setLink] = useState('');
  // any change makes an earlier link stale
  useEffect(() => setLink(''), [draft]);

  const base = useShareBase();
  const exportLink = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    try {
      const url = shareUrl(encodeAuthoredLab(built.doc), base.base);
      setLink(url);
      void copyText(url, linkRef.current, 'link').then((text) => setNotice({ kind: 'ok', text }));
    } catch (error) {
      setNotice({ kind: 'error', text: `too-large: ${error instanceof Error ? error.message : 'the lab does not fit in a link; save it as a file.'}` });
    }
  };

  const exportFile = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    downloadText(authoredLabFile(built.doc), authoredLabFileName(built.doc));
    setNotice({ kind: 'ok', text: `Saved ${authoredLabFileName(built.doc)}.` });
  };

  const tryIt = () => {
    const built = buildDoc(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: built.message });
    const made = toLab(built.doc);
    if (!made.ok) return setNotice({ kind: 'error', text: `${made.error.code}: ${made.error.message}` });
    onClose();
    void startAuthoredLab({ ok: true, doc: built.doc, lab: made.lab, world: made.world, refs: made.refs, ...(made.layout ? { layout: made.layout } : {}) }, 'link');
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setNotice({ kind: 'error', text: `too-large: the file is larger than ${MAX_FILE_BYTES / 1024} KiB; a lab file is smaller.` });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setNotice({ kind: 'error', text: 'unreadable: the file could not be read.' });
    }
    const opened = parseAuthoredLabFile(text);
    if (!opened.ok) return setNotice({ kind: 'error', text: `${opened.error.code}: ${opened.error.message}` });
    useDraft.getState().load(opened.doc, opened.world);
    setNotice({ kind: 'ok', text: `Opened “${opened.doc.title}” for editing: its start and ${opened.doc.steps.length} step${opened.doc.steps.length === 1 ? '' : 's'}.` });
  };

  return { linkRef, link, exportLink, exportFile, tryIt, importFile };
}

/** What the lab builder does: the notice, the start of the lab, and sharing or importing it. */
export function useAuthorActions(draft: Draft, onClose: () => void) {
  const [notice, setNotice] = useState<Notice>(null);
  const start = useAuthorStart(setNotice);
  const share = useAuthorShare(draft, setNotice, onClose);
  return { notice, ...start, ...share };
}
