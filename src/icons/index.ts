export type { IconProps } from './frame';
export { BgIcon } from './BgIcon';
export { type GlyphName } from './glyphs';
export { KIND_ICONS } from './by-kind';
