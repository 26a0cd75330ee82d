/**
 * QR codes for the classroom projector: the share link as a matrix of modules (qrcode-generator, MIT), in byte
 * mode, at the strongest error correction that still fits. Loaded lazily with the Share dialog's QR code.
 */
import qrcode from 'qrcode-generator';
import { QR_MAX_BYTES } from './qr-limits';

export { QR_MAX_BYTES };

interface QrMatrix {
  size: number;
  level: 'M' | 'L';
  /** SVG path data of the dark modules (one unit per module, no quiet zone). */
  path: string;
}

/** The QR code of `text` (ASCII), or undefined when it is too long for any QR code. */
export function qrMatrix(text: string): QrMatrix | undefined {
  if (text.length > QR_MAX_BYTES) return undefined;
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text, 'Byte');
      qr.make();
      const size = qr.getModuleCount();
      let path = '';
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          // one horizontal run of dark modules per sub-path keeps the path short
          if (!qr.isDark(row, col)) continue;
          let end = col;
          while (end + 1 < size && qr.isDark(row, end + 1)) end++;
          path += `M${col} ${row}h${end - col + 1}v1h-${end - col + 1}z`;
          col = end;
        }
      }
      return { size, level, path };
    } catch {
      // too long at this level: try a weaker one
    }
  }
  return undefined;
}
