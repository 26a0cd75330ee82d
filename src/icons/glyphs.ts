/**
 * The resource icons as data: a tile colour (AWS diagram convention: compute orange, networking violet, storage
 * green, security red, groups teal/blue) and the white glyph's SVG markup on a 24×24 grid. Drawn as inline SVG in
 * panels, and as CSS background images on the canvas (a thousand inline SVGs slow every frame of a drag).
 */
const COLORS = {
  compute: '#c2410c',
  network: '#7c3aed',
  storage: '#15803d',
  security: '#be123c',
  region: '#0f766e',
  zone: '#0369a1',
} as const;

interface Glyph {
  color: string;
  body: string;
}

export const GLYPHS = {
  instance: {
    color: COLORS.compute,
    body: '<rect x="7" y="7" width="10" height="10" rx="1"/><path d="M9.5 4v3M12 4v3M14.5 4v3M9.5 17v3M12 17v3M14.5 17v3M4 9.5h3M4 12h3M4 14.5h3M17 9.5h3M17 12h3M17 14.5h3"/>',
  },
  host: {
    color: COLORS.compute,
    body: '<rect x="4.5" y="5" width="15" height="5.5" rx="1"/><rect x="4.5" y="13.5" width="15" height="5.5" rx="1"/><path d="M7.5 7.75h.01M7.5 16.25h.01M11 7.75h5M11 16.25h5"/>',
  },
  ami: {
    color: COLORS.compute,
    body: '<circle cx="11" cy="13" r="6"/><circle cx="11" cy="13" r="1.6"/><path d="M15.5 4.5h4v4M19.5 4.5 15 9"/>',
  },
  region: { color: COLORS.region, body: '<path d="M6.5 20V4.5M6.5 5h10.5l-2.5 3.5L17 12H6.5"/>' },
  zone: {
    color: COLORS.zone,
    body: '<path d="M5 19.5h14M6.5 19.5V8l5.5-3.5L17.5 8v11.5M10 11h.01M14 11h.01M10 14.5h.01M14 14.5h.01M11 19.5v-2.5h2v2.5"/>',
  },
  vpc: {
    color: COLORS.network,
    body: '<path d="M7 17.5a3.5 3.5 0 0 1-.4-7A5 5 0 0 1 16.3 9a4 4 0 0 1 .7 8.5Z"/><rect x="10" y="12" width="4.5" height="3.5" rx=".6"/><path d="M11 12v-1a1.25 1.25 0 0 1 2.5 0v1"/>',
  },
  subnet: {
    color: COLORS.network,
    body: '<rect x="5" y="10.5" width="14" height="9" rx="1.5"/><path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5M9 15h.01M12 15h.01M15 15h.01"/>',
  },
  eni: {
    color: COLORS.network,
    body: '<rect x="4.5" y="7" width="15" height="10" rx="1.5"/><path d="M8 17v2.5M12 17v2.5M16 17v2.5"/><rect x="8" y="10" width="5" height="4" rx=".5"/><path d="M15.5 10.5v3"/>',
  },
  eip: {
    color: COLORS.network,
    body: '<circle cx="12" cy="12" r="7"/><path d="M5 12h14M12 5c2 2 2.8 4.3 2.8 7s-.8 5-2.8 7c-2-2-2.8-4.3-2.8-7S10 7 12 5Z"/>',
  },
  igw: { color: COLORS.network, body: '<path d="M6 19.5V8.5a6 6 0 0 1 12 0v11M4.5 19.5h15M12 10v6.5M9.5 13.5 12 16.5l2.5-3"/>' },
  volume: {
    color: COLORS.storage,
    body: '<ellipse cx="12" cy="7" rx="6" ry="2.2"/><path d="M6 7v10c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2V7M6 12c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2"/>',
  },
  snapshot: {
    color: COLORS.storage,
    body: '<rect x="4.5" y="7.5" width="15" height="11" rx="2"/><path d="M9 7.5 10.2 5h3.6L15 7.5"/><circle cx="12" cy="13" r="3"/>',
  },
  lb: {
    color: COLORS.network,
    body: '<circle cx="12" cy="6.5" r="2.5"/><path d="M12 9v3M12 12 6 17M12 12v5M12 12l6 5"/><circle cx="6" cy="18" r="1.5"/><circle cx="12" cy="18" r="1.5"/><circle cx="18" cy="18" r="1.5"/>',
  },
  tg: {
    color: COLORS.network,
    body: '<circle cx="12" cy="12" r="7"/><circle cx="12" cy="12" r="3.5"/><circle cx="12" cy="12" r=".6"/>',
  },
  asg: {
    color: COLORS.compute,
    body: '<rect x="4" y="4" width="16" height="16" rx="2" stroke-dasharray="2.5 2"/><rect x="7.5" y="9" width="4" height="6" rx=".6"/><rect x="12.5" y="9" width="4" height="6" rx=".6"/>',
  },
  lt: {
    color: COLORS.compute,
    body: '<path d="M7 4.5h7l3.5 3.5v11.5H7Z"/><path d="M13.5 4.5V8h4M9.5 12h5M9.5 15h5"/>',
  },
  kms: { color: COLORS.security, body: '<circle cx="8.5" cy="12" r="3.5"/><path d="M12 12h7.5M17 12v2.5M19.5 12v2"/>' },
} satisfies Record<string, Glyph>;

export type GlyphName = keyof typeof GLYPHS;

const STROKE = 'fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"';

/** The whole tile as standalone SVG markup. */
function glyphSvg(name: GlyphName): string {
  const g = GLYPHS[name];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4" fill="${g.color}"/><g ${STROKE}>${g.body}</g></svg>`;
}

const urls = new Map<GlyphName, string>();

/** A `url(...)` for CSS `background-image`. */
export function glyphUrl(name: GlyphName): string {
  let url = urls.get(name);
  if (!url) {
    url = `url("data:image/svg+xml,${encodeURIComponent(glyphSvg(name))}")`;
    urls.set(name, url);
  }
  return url;
}
