import { useCallback, useState, type DragEvent } from 'react';
import { openFile } from '../share/ShareButton';

/** An .ec2lab.json file dropped on the canvas opens like a link (not in the read-only embed). */
export function useFileDrop(embed: boolean) {
  const [fileOver, setFileOver] = useState(false);
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (embed || !event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setFileOver(true);
    },
    [embed],
  );
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFileOver(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      setFileOver(false);
      const file = event.dataTransfer.files[0];
      if (embed || !file) return;
      event.preventDefault();
      openFile(file);
    },
    [embed],
  );
  return { fileOver, onDragOver, onDragLeave, onDrop };
}
