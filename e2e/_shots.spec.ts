import { test, type Page } from '@playwright/test';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';

function preparedHash(): string {
  const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
  const stepNotes = input.log.map((_, i) => ({ note: `Ask the room what step ${i + 1} changed.`, ...(i === 15 ? { chapter: 'Interfaces stay in their AZ' } : {}) }));
  return encodeScenario(createScenario({ ...input, stepNotes }));
}
async function settled(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => el.style.transform).catch(() => '');
    if (now === last && now) return;
    last = now;
    await page.waitForTimeout(200);
  }
}
const scenes: [string, string][] = [['first', '/'], ['eip', '/?e2e#lab=elastic-ip'], ['az', '/?e2e#lab=lose-an-az'], ['present', `/#${preparedHash()}&step=19&present=1`]];
const scene = process.env.SCENE;
for (const scheme of ['light', 'dark'] as const)
  for (const [name, url] of scenes.filter(([n]) => !scene || n === scene))
    test(`${name} ${scheme}`, async ({ browser }) => {
      test.setTimeout(180_000);
      for (const [w, h] of [[390, 844], [1024, 768], [1280, 720], [1920, 1080]]) {
        const ctx = await browser.newContext({ viewport: { width: w!, height: h! }, colorScheme: scheme });
        const page = await ctx.newPage();
        await page.goto(url);
        await page.locator('.react-flow__viewport').waitFor();
        if (name === 'present') await page.getByTestId('presenter').waitFor({ timeout: 30_000 });
        await page.waitForTimeout(1500);
        await settled(page);
        await page.screenshot({ path: `/tmp/shots/${name}-${scheme}-${w}.png` });
        await ctx.close();
      }
    });
