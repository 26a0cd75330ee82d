import { useEffect, useState } from 'react';
import type { SvgPicture } from './to-svg';

/** The picture as it will be exported, with its size in pixels and shapes. */
export function ExportPreview({ picture, shapes }: { picture: SvgPicture; shapes: number }) {
  const [preview, setPreview] = useState('');
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [picture.svg]);
  return (
    <figure className="flex min-w-0 flex-col gap-2">
      <div className="flex max-h-[60vh] items-center justify-center overflow-auto rounded-lg border border-slate-300 bg-slate-100 p-2 dark:border-slate-600 dark:bg-slate-800">
        {preview && <img src={preview} alt="Preview of the exported picture" className="max-h-[56vh] max-w-full object-contain" data-testid="export-preview" />}
      </div>
      <figcaption className="text-base text-slate-700 dark:text-slate-300" data-testid="export-size">
        {picture.width.toLocaleString('en-US')} × {picture.height.toLocaleString('en-US')} px · {shapes.toLocaleString('en-US')} shapes
      </figcaption>
    </figure>
  );
}
