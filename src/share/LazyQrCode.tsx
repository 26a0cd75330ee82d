import { lazy } from 'react';

/** The QR code drawer, loaded on first use. */
export const QrCode = lazy(() => import('./QrCode'));
