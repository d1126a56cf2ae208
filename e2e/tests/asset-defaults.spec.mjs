// Asset-aware defaults (#13 item 3): a new app of a unit whose apps agree starts with their
// answers marked 待确认 — shown, never counted as answered until confirmed, and confirmed in one
// click that survives a reload.
import { test, expect } from '../fixtures/test.mjs';
import { importSampleAsDraft, SAMPLE_FILE } from '../fixtures/open-file.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

const progress = (page, id) => page.evaluate((d) => JSON.parse(localStorage.getItem('fingertip/index'))
  .find((x) => x.id === d).progress, id);

test('a new app starts with the unit\'s common answers marked 待确认, counted only once confirmed', async ({ page }) => {
  const draft = await importSampleAsDraft(page);
  expect(await progress(page, draft)).toBe(100);
  const w = new Wizard(page);
  await w.addApp('示例县第三个应用');
  await expect.poll(() => page.evaluate((d) => localStorage.getItem(`fingertip/draft/${d}`), draft)).toContain('示例县第三个应用');
  // The defaults are shown but not counted: the draft is no longer complete.
  await expect.poll(() => progress(page, draft)).toBeLessThan(100);
  await page.goto(`./#/drafts/${draft}/articles/6`);
  const marks = page.locator('.review-mark').filter({ hasText: '待确认' });
  await expect(marks.first()).toBeVisible();
  const apps = JSON.parse(SAMPLE_FILE).assessment.inventory.apps.length;
  await expect(marks.first()).toContainText(new RegExp(`按本单位其他应用 ${apps} 个中 \\d 个的答案预填`));
  const n = await marks.count();
  expect(n).toBeGreaterThan(0);
  // The marked row shows the value it was given, on the new app only.
  const row = page.locator('[id^="row-"][id$="-app-3"]').first();
  await expect(row.locator('input[type=radio]:checked')).toHaveCount(1);
  await marks.first().getByRole('button', { name: /^确认 .* 示例县第三个应用 的答案$/ }).click();
  await expect(marks).toHaveCount(n - 1);
  await page.reload();
  await expect(page.locator('.review-mark').filter({ hasText: '待确认' })).toHaveCount(n - 1);
});
