import { glyphUrl, type GlyphName } from './glyphs';

/**
 * A resource icon painted as a CSS background image: the same drawing as the inline-SVG icons, but no SVG element
 * in the DOM. The canvas uses it on every card (a thousand inline SVGs cost every frame of a drag).
 */
export function BgIcon({ glyph, className = 'size-6' }: { glyph: GlyphName; className?: string }) {
  return <span aria-hidden="true" className={`inline-block shrink-0 bg-contain bg-no-repeat ${className}`} style={{ backgroundImage: glyphUrl(glyph) }} />;
}
