/**
 * The door to the lab builder for the rest of the app (command palette, lab picker): tiny, so it can sit on the
 * first-load path; the builder itself loads on first use.
 */
export function openLabAuthor(): void {
  void import('./mount').then((m) => m.mountLabAuthor());
}
