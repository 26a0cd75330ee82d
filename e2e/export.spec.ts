import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import { expect, test } from './pages/lab-page';
import { LabCommands } from './pages/lab-commands';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The reference classroom scenario as a link, without its lab progress (the export is of the world). */
const classroomLink = () => {
  const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
  return encodeScenario(createScenario(input));
};

test('export the classroom world as PNG and SVG for slides', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  const commands = new LabCommands(page);
  await page.goto(`/#${classroomLink()}`);
  await expect(page.locator('.react-flow__node-instance').first()).toBeVisible({ timeout: 20_000 });
  const ids = await page.locator('.react-flow__node-instance').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  expect(ids.length).toBeGreaterThan(3);

  await commands.runCommand('export png');
  const dialog = page.getByRole('dialog', { name: 'Export a picture' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill('Two AZs for slides');
  await dialog.getByRole('radio', { name: '2× (sharp on projectors)' }).check();
  await expect(dialog.getByTestId('export-preview')).toBeVisible();
  const stated = (await dialog.getByTestId('export-size').textContent()) ?? '';
  const [w, h] = stated.replace(/,/g, '').match(/(\d+) × (\d+)/)!.slice(1).map(Number);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('two-azs-for-slides-world.png');
  const pngPath = join(dir, 'world.png');
  await pngDownload.saveAs(pngPath);
  const png = readFileSync(pngPath);
  expect(pngSize(png)).toEqual({ width: w, height: h });
  // not blank: decode it in the page and count pixels that differ from the background
  const inked = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 7) if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) n++;
    return n / (data.length / (4 * 7));
  }, png.toString('base64'));
  expect(inked).toBeGreaterThan(0.05);

  await dialog.getByRole('radio', { name: 'Dark' }).check();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
  const svgPath = join(dir, 'world.svg');
  await svgDownload.saveAs(svgPath);
  const svg = readFileSync(svgPath, 'utf8');
  expect(svg).not.toContain('foreignObject');
  expect(svg).toContain('Two AZs for slides');
  for (const id of ids) expect(svg).toContain(`${id}`);
  // the SVG renders outside the browser too (librsvg)
  const rendered = join(dir, 'rsvg.png');
  execFileSync('rsvg-convert', ['-o', rendered, svgPath]);
  expect(pngSize(readFileSync(rendered))).toEqual({ width: w, height: h });
  writeFileSync(join(dir, 'done'), '');

  await dialog.getByRole('radio', { name: 'Current view' }).check();
  await expect(dialog.getByTestId('export-size')).not.toHaveText(stated);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
