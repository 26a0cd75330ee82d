/**
 * The door to presenter mode for the rest of the app (command palette, `P`, follow-along links): tiny, so it can sit
 * on the first-load path; presenter mode loads on first use.
 */
export function openPresenter(initialStep?: number): void {
  void import('./mount').then((m) => m.mountPresenter(initialStep));
}
