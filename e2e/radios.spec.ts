import { expect, test } from './pages/lab-page';
import { LabCommands } from './pages/lab-commands';

/**
 * Radio buttons read in both themes (issue #12): an unpicked radio's ring stands out from the dialog behind it by at
 * least 3:1 (WCAG's non-text contrast), light and dark. The export dialog's radios share their style with the "kept
 * copies are full" question and the lab quiz (src/ui/form-styles.ts `radio`).
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`an unpicked radio's ring has 3:1 contrast with its dialog (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.locator('.react-flow__node-az').first()).toBeVisible();
    await new LabCommands(page).runCommand('export png');
    const dialog = page.getByRole('dialog', { name: 'Export a picture' });
    await expect(dialog).toBeVisible();
    const unpicked = dialog.locator('input[type="radio"]:not(:checked)');
    expect(await unpicked.count()).toBeGreaterThan(0);
    for (const radio of await unpicked.all()) {
      const ratio = await radio.evaluate((el) => {
        // CSS colours (oklch too) to sRGB through a canvas pixel, then WCAG's relative luminance
        const ctx = document.createElement('canvas').getContext('2d')!;
        const rgb = (css: string) => {
          ctx.clearRect(0, 0, 1, 1);
          ctx.fillStyle = css;
          ctx.fillRect(0, 0, 1, 1);
          return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
        };
        const lum = (css: string) => {
          const [r, g, b] = rgb(css).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        let behind: Element | null = el.parentElement;
        while (behind && ['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
        const style = getComputedStyle(el);
        if (style.appearance !== 'none') return 0; // the browser's own circle: pale grey on a dark dialog
        const [a, b] = [lum(style.borderTopColor), lum(getComputedStyle(behind ?? document.body).backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      expect(ratio, `contrast of ${await radio.evaluate((el) => el.parentElement?.textContent)}`).toBeGreaterThanOrEqual(3);
    }
  });
}
