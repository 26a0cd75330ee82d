import { qrMatrix } from './qr';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const QUIET = 4;

/**
 * The QR code of a link as an SVG: black on white in both themes (scanners and projectors want the contrast),
 * scaled crisply to any size. Loaded lazily with qrcode-generator.
 */
export default function QrCode({ text, className }: { text: string; className?: string }) {
  const qr = qrMatrix(text);
  if (!qr) return null;
  const span = qr.size + QUIET * 2;
  return (
    <svg
      role="img"
      aria-label={`QR code of the share link (${qr.size}×${qr.size} modules)`}
      viewBox={`0 0 ${span} ${span}`}
      shapeRendering="crispEdges"
      className={className}
      data-testid="share-qr"
      data-modules={qr.size}
    >
      <rect width={span} height={span} fill="#ffffff" />
      <path d={qr.path} transform={`translate(${QUIET} ${QUIET})`} fill="#000000" />
    </svg>
  );
}
