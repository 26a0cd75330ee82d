import { describe, expect, it } from 'vitest';
import { screenFor, shellLayout, WIDTHS } from './shell-layout';

const none = { toolbar: false, details: false, lab: false };

/** Width the canvas keeps beside the docked panels. */
function canvasWidth(width: number, labOpen: boolean, folded = none): number {
  const l = shellLayout(width, { labOpen, folded });
  let used = l.toolbar === 'full' ? WIDTHS.toolbar : l.toolbar === 'rail' ? WIDTHS.toolbarRail : 0;
  if (labOpen && l.lab === 'docked') used += folded.lab ? WIDTHS.labRail : width >= 1536 ? WIDTHS.labWide : WIDTHS.lab;
  if (l.details === 'docked') used += folded.details ? WIDTHS.detailsRail : WIDTHS.details;
  return width - used;
}

describe('shell layout', () => {
  it('names the screen by width', () => {
    expect([360, 390, 767, 768, 1024, 1279, 1280, 1920].map(screenFor)).toEqual([
      'phone', 'phone', 'phone', 'tablet', 'tablet', 'tablet', 'wide', 'wide',
    ]);
  });

  it('puts the toolbar in a menu and the panels in bottom sheets on a phone', () => {
    expect(shellLayout(390, { labOpen: true, folded: none })).toEqual({ screen: 'phone', toolbar: 'menu', lab: 'sheet', details: 'sheet' });
  });

  it('turns the lab and details panels into drawers under 1280 px', () => {
    for (const w of [768, 1024, 1279]) {
      const l = shellLayout(w, { labOpen: true, folded: none });
      expect([l.lab, l.details, l.toolbar]).toEqual(['drawer', 'drawer', 'rail']);
    }
  });

  it('keeps at least half the width for the canvas wherever panels dock', () => {
    for (const w of [1280, 1366, 1440, 1536, 1600, 1920, 2560]) {
      for (const labOpen of [false, true]) {
        for (const folded of [none, { toolbar: true, details: false, lab: false }, { toolbar: false, details: true, lab: true }]) {
          expect(canvasWidth(w, labOpen, folded)).toBeGreaterThanOrEqual(w / 2);
        }
      }
    }
  });

  it('docks everything at 1920 px with a lab; at 1280 px the details panel steps aside for the lab', () => {
    expect(shellLayout(1920, { labOpen: true, folded: none }).details).toBe('docked');
    expect(shellLayout(1280, { labOpen: false, folded: none }).details).toBe('docked');
    expect(shellLayout(1280, { labOpen: true, folded: none }).details).toBe('drawer');
    // Folding the lab panel to its rail gives the details panel its place back.
    expect(shellLayout(1280, { labOpen: true, folded: { ...none, lab: true } }).details).toBe('docked');
  });

  it('folds the toolbar to a rail when asked', () => {
    expect(shellLayout(1920, { labOpen: false, folded: { ...none, toolbar: true } }).toolbar).toBe('rail');
  });
});
