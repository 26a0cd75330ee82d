/**
 * The door to the export dialog for the rest of the app (command palette, header menu): tiny, so it can sit on the
 * first-load path; the dialog, the SVG writer and the rasteriser load on first use.
 */
export function openExport(): void {
  void import('./mount').then((m) => m.mountExport());
}
