/**
 * What the learner typed into the palette before its code had loaded (the first Ctrl/⌘+K after a page load): the
 * palette's shell, in the first-load bundle, keeps every key here, and the real search box starts from it.
 */
interface PaletteDraft {
  text: string;
  /** Enter was pressed in the shell: run the best match as soon as the list exists. */
  enter: boolean;
}

let draft: PaletteDraft = { text: '', enter: false };

export function setPaletteDraft(next: PaletteDraft): void {
  draft = { text: next.text.slice(0, 200), enter: next.enter };
}

/** The draft, once: the palette takes it when it mounts and the shell starts empty next time. */
export function takePaletteDraft(): PaletteDraft {
  const taken = draft;
  draft = { text: '', enter: false };
  return taken;
}
