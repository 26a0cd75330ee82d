import { useEffect, useId, useState } from 'react';
import { button } from '../ui/form-styles';
import { DialogCloseButton, ModalDialog, modalFrame } from '../ui/ModalDialog';
import { downloadText, scenarioFileName, scenarioFileText } from './files';
import { useFollow } from './follow-status';
import { useLinkStatus } from './link-status';
import { ShareEmbedSection } from './ShareEmbedSection';
import { ShareLinkSection } from './ShareLinkSection';
import { ShareMetaFields } from './ShareMetaFields';
import { ShareQrAndFile } from './ShareQrAndFile';
import { ShareQrFullScreen } from './ShareQrFullScreen';
import { useShareLink } from './use-share-link';

/**
 * The Share dialog: a link (with title and notes), its length and what it carries, a QR code for the projector, the
 * same scenario as a `.ec2lab.json` file, and an embed snippet. A native modal <dialog>; loaded on first use.
 */
export default function ShareDialog({ onClose, onOpenFile }: { onClose: () => void; onOpenFile: (file: File) => void }) {
  const ids = useId();
  const meta = useLinkStatus.getState();
  const setMeta = useLinkStatus((s) => s.setMeta);
  const [title, setTitle] = useState(meta.title);
  const [notes, setNotes] = useState(meta.notes);
  const [copied, setCopied] = useState('');
  const [bigQr, setBigQr] = useState(false);
  const followedStep = useFollow.getState().following?.step;
  const link = useShareLink(title, notes);
  const { fragment, url, fitsQr } = link;

  useEffect(() => setMeta({ title, notes }), [title, notes, setMeta]);
  useEffect(() => setCopied(''), [link.deferredTitle, link.deferredNotes]);

  const downloadFile = () => {
    if (!fragment) return;
    downloadText(scenarioFileText(fragment, title, new Date().toISOString()), scenarioFileName(title));
  };

  return (
    <ModalDialog
      labelledBy={`${ids}-title`}
      testId="share-dialog"
      onCancel={() => (bigQr ? setBigQr(false) : onClose())}
      onBackdrop={onClose}
      className={`${modalFrame} max-h-[94vh] w-[min(64rem,96vw)]`}
    >
      <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <h2 id={`${ids}-title`} className="text-xl font-bold">
          Share this lab
        </h2>
        <DialogCloseButton onClose={onClose} label="Close" className={button} />
      </div>

      <div className="grid gap-6 px-5 py-4 md:grid-cols-[minmax(0,1fr)_auto]">
        <div className="flex min-w-0 flex-col gap-4">
          <ShareMetaFields ids={ids} title={title} notes={notes} onTitle={setTitle} onNotes={setNotes} />
          <ShareLinkSection ids={ids} link={link} copied={copied} onCopied={setCopied} followedStep={followedStep} />
          <ShareEmbedSection ids={ids} fragment={fragment} title={title} base={link.base.base} onCopied={setCopied} />
        </div>
        <ShareQrAndFile
          ids={ids}
          url={url}
          fitsQr={fitsQr}
          tooLong={link.tooLong}
          canDownload={!!fragment}
          onDownload={downloadFile}
          onBigQr={() => setBigQr(true)}
          onOpenFile={onOpenFile}
        />
      </div>

      {bigQr && fitsQr && <ShareQrFullScreen url={url} title={title} base={link.base.base} onClose={() => setBigQr(false)} />}
    </ModalDialog>
  );
}
