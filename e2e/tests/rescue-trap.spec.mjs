// The rescue download holds what the screen holds: with draft writes failing, an edit that only
// exists on the page is in the download, both after a Rust panic (the panic hook) and after a
// real WebAssembly trap that bypasses it (caught from JavaScript by static/trap-rescue.js).
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.mjs';
import { fullQuota } from '../fixtures/storage.mjs';

test.use({ allowPageErrors: /unreachable|RuntimeError/ });

async function unsavedEdit(page, unit) {
  await page.addInitScript(fullQuota);
  await page.goto('./');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('单位名称').fill(unit);
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  await expect(page.locator('.draft-unit')).toHaveText(unit);
  // Same document: the edit exists only in memory.
  await page.evaluate(() => { location.hash = '#/diagnostics'; });
  await expect(page.getByRole('heading', { name: '运行自检' })).toBeVisible();
}

async function rescueFile(page) {
  await expect(page.getByRole('heading', { name: '程序出现错误,已停止运行' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载全部已保存数据' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^指尖自查-数据抢救-\d{4}-\d\d-\d\d\.json$/);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

function unsavedNames(rescue) {
  return rescue.quarantined
    .filter((e) => e.key.startsWith('unsaved/'))
    .map((e) => JSON.parse(e.raw).assessment.profile.name);
}

test('a real wasm trap ends in the rescue screen, and the download holds the unsaved on-screen edit', async ({ page }) => {
  await unsavedEdit(page, '陷阱抢救局');
  await page.getByRole('button', { name: '触发 WebAssembly 陷阱' }).click();
  const rescue = await rescueFile(page);
  expect(rescue.kind).toBe('fingertip-backup');
  expect(unsavedNames(rescue)).toEqual(['陷阱抢救局']);
  await expect(page.locator('#rescue-detail')).toContainText(/unreachable/i);
});

test('a panic with storage failing: the rescue download holds the unsaved on-screen edit', async ({ page }) => {
  await unsavedEdit(page, '恐慌抢救局');
  await page.getByRole('button', { name: '触发测试错误' }).click();
  const rescue = await rescueFile(page);
  expect(unsavedNames(rescue)).toEqual(['恐慌抢救局']);
});
