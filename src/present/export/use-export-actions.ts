import { useState } from 'react';
import { downloadBlob } from '../../ui/download';
import { svgToPng } from './to-png';
import type { SvgPicture } from './to-svg';

/** The export dialog's three ways out (PNG, SVG, PNG on the clipboard), with the sentence each leaves and a busy flag. */
export function useExportActions(picture: SvgPicture, scale: number, name: string) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const png = async () => {
    const { blob, scale: used } = await svgToPng(picture.svg, picture.width / scale, picture.height / scale, scale);
    const note = used < scale ? ` (drawn at ${used.toFixed(2)}× — the world is too large for ${scale}×)` : '';
    return { blob, note };
  };
  const run = async (what: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await what());
    } catch (error) {
      setStatus(`export-failed: ${error instanceof Error ? error.message : 'the picture could not be made.'}`);
    } finally {
      setBusy(false);
    }
  };
  const downloadPng = () =>
    run(async () => {
      const { blob, note } = await png();
      downloadBlob(blob, `${name}.png`);
      return `Saved ${name}.png${note}.`;
    });
  const downloadSvg = () =>
    run(async () => {
      downloadBlob(new Blob([picture.svg], { type: 'image/svg+xml' }), `${name}.svg`);
      return `Saved ${name}.svg.`;
    });
  const canCopy = typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write;
  const copyPng = () =>
    run(async () => {
      const { blob, note } = await png();
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      return `The picture is on the clipboard${note}: paste it into your slides.`;
    });
  return { status, busy, downloadPng, downloadSvg, canCopy, copyPng };
}
