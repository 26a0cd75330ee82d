/** The door to the handout for the command palette and presenter mode; the handout loads on first use. */
export function openHandout(): void {
  void import('./mount').then((m) => m.mountHandout());
}
