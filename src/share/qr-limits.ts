/** Bytes a version-40 QR code holds in byte mode at error correction L: longer links do not fit any QR code. */
export const QR_MAX_BYTES = 2953;
