/**
 * Regenerates the font warm-up block of index.html (issue #12, the lab-link row of BENCHMARKS.md).
 *
 * Why: on Linux, Chromium's renderer asks the browser process (fontconfig) for each font it has not used yet — one
 * synchronous round trip per family, weight and size, ~140 on a lab's first screen. Those lookups happened in the
 * middle of the first render, where a trace showed them blocking the main thread for 70–400 ms (on a busy machine)
 * for ~20 ms of CPU. index.html's loading placeholder now holds one hidden line of text per font the first screen
 * uses, so the browser resolves them while it waits for the scripts; the first render then finds them cached.
 * React replaces the placeholder on its first render.
 *
 * This script builds the app, opens the first screen and the benchmark's lab links at 1280×720 and at 390×844,
 * collects every (style, weight, size, family) that text on screen uses, and rewrites the block between the
 * `font-warmup` markers of index.html. Run it after changing font sizes, weights or families of the first screen:
 *   node scripts/font-warmup.mjs [port]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startPreview, viteBuild } from './preview.mjs';

const LABS = ['elastic-ip', 'ebs-move', 'scale-up-or-out', 'lose-an-az', 'status-checks'];
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const html = new URL('../index.html', import.meta.url).pathname;
const START = '<!-- font-warmup:start (scripts/font-warmup.mjs) -->';
const END = '<!-- font-warmup:end -->';

/** In the page: the fonts of every element with text of its own, as `style|weight|size|family`. */
function fontsInUse() {
  const fonts = new Set();
  for (const el of document.querySelectorAll('#root *')) {
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
    const s = getComputedStyle(el);
    fonts.add([s.fontStyle, s.fontWeight, s.fontSize, s.fontFamily].join('|'));
  }
  return [...fonts];
}

viteBuild();
const server = await startPreview(Number(process.argv[2] ?? 4177));
const browser = await launchChromium();
const fonts = new Set();
try {
  for (const viewport of VIEWPORTS)
    for (const hash of ['', ...LABS.map((id) => `#lab=${id}`)]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}${hash}`);
      await page.locator(hash ? '[data-testid="lab-panel"]' : '.react-flow__node-az').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      for (const font of await page.evaluate(fontsInUse)) fonts.add(font);
      await context.close();
    }
} finally {
  await browser.close();
  await server.stop();
}

const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const spans = [...fonts].sort().map((f) => {
  const [style, weight, size, family] = f.split('|');
  return `        <span style="font: ${style === 'normal' ? '' : `${style} `}${weight} ${size} ${escape(family)}">Ab1</span>`;
});
const block = `${START}
      <div aria-hidden="true" style="position: absolute; visibility: hidden; width: 0; height: 0; overflow: hidden">
${spans.join('\n')}
      </div>
      ${END}`;
const source = readFileSync(html, 'utf8');
const from = source.indexOf(START);
const to = source.indexOf(END);
if (from < 0 || to < 0) throw new Error('index.html has no font-warmup markers');
writeFileSync(html, source.slice(0, from) + block + source.slice(to + END.length));
console.log(`font-warmup: ${fonts.size} fonts written to index.html`);
