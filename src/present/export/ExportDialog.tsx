import { useId, useMemo, useState } from 'react';
import { button, field, label, primary, radio } from '../../ui/form-styles';
import { DialogCloseButton, ModalDialog, modalFrame } from '../../ui/ModalDialog';
import { fileSlug } from '../../share/files';
import { useLinkStatus } from '../../share/link-status';
import { useLabStore } from '../../store/store';
import type { ExportTheme } from './palette';
import { currentScene, viewRect, type PictureScope } from './picture';
import { ExportPreview } from './ExportPreview';
import { toSvg, type SvgPicture } from './to-svg';
import { useExportActions } from './use-export-actions';

function Choice<T extends string | number>({ name, value, options, onChange }: {
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <legend className={label}>{name}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="flex items-center gap-2 text-base">
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} className={radio} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Export the diagram as a picture for slides and handouts: the whole world or the current view, light or dark, 1× or
 * 2×, with an optional title and footer; PNG or SVG (vector shapes and text), or the PNG copied to the clipboard.
 */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const ids = useId();
  const theme = useLabStore((s) => s.theme);
  const [scope, setScope] = useState<PictureScope>('world');
  const [look, setLook] = useState<ExportTheme>(theme === 'dark' ? 'dark' : 'light');
  const [scale, setScale] = useState(2);
  const [title, setTitle] = useState(() => useLinkStatus.getState().title);
  const [footer, setFooter] = useState('');
  const scene = useMemo(() => currentScene(), []);
  const view = useMemo(() => viewRect(), []);

  const picture: SvgPicture = useMemo(
    () => toSvg(scene, { theme: look, scale, ...(scope === 'view' && view ? { crop: view } : {}), title: title.trim(), footer: footer.trim() }),
    [scene, view, scope, look, scale, title, footer],
  );
  const name = `${fileSlug(title)}-${scope === 'view' ? 'view' : 'world'}`;
  const { status, busy, downloadPng, downloadSvg, canCopy, copyPng } = useExportActions(picture, scale, name);

  return (
    <ModalDialog labelledBy={`${ids}-title`} testId="export-dialog" onCancel={onClose} onBackdrop={onClose} className={`${modalFrame} max-h-[94vh] w-[min(60rem,96vw)]`}>
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          Export a picture
        </h2>
        <DialogCloseButton onClose={onClose} label="Close" className={button} />
      </div>
      <div className="grid gap-5 px-5 py-4 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
        <div className="flex flex-col gap-4">
          <Choice name="What" value={scope} onChange={setScope} options={[{ value: 'world', label: 'Whole world' }, ...(view ? [{ value: 'view' as const, label: 'Current view' }] : [])]} />
          <Choice name="Look" value={look} onChange={setLook} options={[{ value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }]} />
          <Choice name="Size" value={scale} onChange={setScale} options={[{ value: 1, label: '1×' }, { value: 2, label: '2× (sharp on projectors)' }]} />
          <div>
            <label htmlFor={`${ids}-heading`} className={label}>Title</label>
            <input id={`${ids}-heading`} className={field} value={title} maxLength={200} placeholder="Shown above the picture" onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${ids}-footer`} className={label}>Footer</label>
            <input id={`${ids}-footer`} className={field} value={footer} maxLength={200} placeholder="e.g. Step 3: attach the interface" onChange={(e) => setFooter(e.target.value)} />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={primary} disabled={busy} onClick={() => void downloadPng()}>Download PNG</button>
            <button type="button" className={button} disabled={busy} onClick={() => void downloadSvg()}>Download SVG</button>
            {canCopy && <button type="button" className={button} disabled={busy} onClick={() => void copyPng()}>Copy image</button>}
          </div>
          <p aria-live="polite" className="text-base font-medium text-slate-800 dark:text-slate-200" data-testid="export-status">{status}</p>
        </div>
        <ExportPreview picture={picture} shapes={scene.boxes.length} />
      </div>
    </ModalDialog>
  );
}
