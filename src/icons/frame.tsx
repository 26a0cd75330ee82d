import type { ReactNode } from 'react';

export interface IconProps {
  className?: string;
  /** Accessible name; without it the icon is decorative (aria-hidden). */
  title?: string;
}

/**
 * The shared frame of the resource icons: a rounded square tile in the resource's category colour (AWS diagram
 * convention: compute orange, networking violet, storage green, security red, groups teal/blue) with a white glyph.
 */
export function Tile({ color, title, className, children }: IconProps & { color: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className ?? 'size-6'}
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      focusable="false"
    >
      <rect width="24" height="24" rx="4" fill={color} />
      <g fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        {children}
      </g>
    </svg>
  );
}

export const COLORS = {
  compute: '#c2410c',
  network: '#7c3aed',
  storage: '#15803d',
  security: '#be123c',
  region: '#0f766e',
  zone: '#0369a1',
} as const;
