/** Colours of an exported picture, light and dark: close to the canvas's own, chosen for print and projectors. */
export type ExportTheme = 'light' | 'dark';

interface Tone {
  fill: string;
  stroke: string;
  text: string;
}

interface Palette {
  background: string;
  text: string;
  muted: string;
  link: string;
  tones: Record<string, Tone>;
  fallback: Tone;
}

const LIGHT: Palette = {
  background: '#ffffff',
  text: '#0f172a',
  muted: '#475569',
  link: '#64748b',
  fallback: { fill: '#f8fafc', stroke: '#94a3b8', text: '#0f172a' },
  tones: {
    region: { fill: '#f8fafc', stroke: '#64748b', text: '#0f172a' },
    shelf: { fill: '#f1f5f9', stroke: '#94a3b8', text: '#334155' },
    vpc: { fill: '#f0fdfa', stroke: '#0f766e', text: '#134e4a' },
    zoneColumn: { fill: '#ffffff', stroke: '#cbd5e1', text: '#475569' },
    az: { fill: '#ffffff', stroke: '#94a3b8', text: '#334155' },
    subnet: { fill: '#ecfeff', stroke: '#0891b2', text: '#164e63' },
    instance: { fill: '#fff7ed', stroke: '#ea580c', text: '#431407' },
    eni: { fill: '#eef2ff', stroke: '#4f46e5', text: '#1e1b4b' },
    volume: { fill: '#f0fdf4', stroke: '#16a34a', text: '#14532d' },
    eip: { fill: '#fdf4ff', stroke: '#c026d3', text: '#4a044e' },
    shelfItem: { fill: '#ffffff', stroke: '#94a3b8', text: '#1e293b' },
    host: { fill: '#f8fafc', stroke: '#475569', text: '#1e293b' },
    bay: { fill: '#f8fafc', stroke: '#cbd5e1', text: '#475569' },
  },
};

const DARK: Palette = {
  background: '#0f172a',
  text: '#f1f5f9',
  muted: '#94a3b8',
  link: '#94a3b8',
  fallback: { fill: '#1e293b', stroke: '#64748b', text: '#f1f5f9' },
  tones: {
    region: { fill: '#111827', stroke: '#64748b', text: '#f1f5f9' },
    shelf: { fill: '#1e293b', stroke: '#475569', text: '#cbd5e1' },
    vpc: { fill: '#042f2e', stroke: '#2dd4bf', text: '#ccfbf1' },
    zoneColumn: { fill: '#0f172a', stroke: '#334155', text: '#94a3b8' },
    az: { fill: '#0f172a', stroke: '#475569', text: '#cbd5e1' },
    subnet: { fill: '#083344', stroke: '#22d3ee', text: '#cffafe' },
    instance: { fill: '#431407', stroke: '#fb923c', text: '#ffedd5' },
    eni: { fill: '#1e1b4b', stroke: '#818cf8', text: '#e0e7ff' },
    volume: { fill: '#052e16', stroke: '#4ade80', text: '#dcfce7' },
    eip: { fill: '#4a044e', stroke: '#e879f9', text: '#fae8ff' },
    shelfItem: { fill: '#1e293b', stroke: '#64748b', text: '#e2e8f0' },
    host: { fill: '#1e293b', stroke: '#94a3b8', text: '#e2e8f0' },
    bay: { fill: '#111827', stroke: '#334155', text: '#94a3b8' },
  },
};

export function paletteOf(theme: ExportTheme): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

export function toneOf(palette: Palette, type: string): Tone {
  return Object.hasOwn(palette.tones, type) ? (palette.tones[type] as Tone) : palette.fallback;
}
