import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, qrMatrix } from './qr';

describe('qrMatrix', () => {
  it('encodes a share link at error correction M when it fits', () => {
    const qr = qrMatrix(`https://lab.example/#s=1.${'a'.repeat(800)}`);
    expect(qr?.level).toBe('M');
    expect(qr?.size).toBeGreaterThan(21);
    expect(qr?.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  it('falls back to L for long links, and gives up past what a QR code holds', () => {
    expect(qrMatrix('x'.repeat(2500))?.level).toBe('L');
    expect(qrMatrix('x'.repeat(QR_MAX_BYTES))?.size).toBe(177);
    expect(qrMatrix('x'.repeat(QR_MAX_BYTES + 1))).toBeUndefined();
  });
});
