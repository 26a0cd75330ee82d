import { GLYPHS, type GlyphName } from './glyphs';

export interface IconProps {
  className?: string;
  /** Accessible name; without it the icon is decorative (aria-hidden). */
  title?: string;
}

/** A resource icon as inline SVG: a rounded tile in the resource's category colour with a white glyph. */
export function Tile({ glyph, title, className }: IconProps & { glyph: GlyphName }) {
  const g = GLYPHS[glyph];
  return (
    <svg
      viewBox="0 0 24 24"
      className={className ?? 'size-6'}
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      focusable="false"
    >
      <rect width="24" height="24" rx="4" fill={g.color} />
      <g
        fill="none"
        stroke="#fff"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        dangerouslySetInnerHTML={{ __html: g.body }}
      />
    </svg>
  );
}
