// Storage faults that must not turn into a false "another tab" warning or lost edits: the draft
// write succeeds but the draft-list (index) write fails once (storage nearly full); after that,
// the next edit saves normally, no conflict warning appears, and a reload shows the latest edit.
import { test, expect } from '../fixtures/test.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

async function storedName(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('fingertip/draft/'));
    return key ? JSON.parse(localStorage.getItem(key)).assessment.profile.name : null;
  });
}

/** The next write of the draft list fails as if the quota were full; later writes work. */
async function failIndexOnce(page) {
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    window.__indexFailures = 0;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'fingertip/index' && window.__indexFailures === 0) {
        window.__indexFailures += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
}

test('a failed index write once, then space freed: the next edit saves with no other-tab warning', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('假冲突测试局');
  await failIndexOnce(page);
  await page.getByLabel('单位名称').fill('假冲突测试局(一)');
  const banner = page.getByRole('alert', { name: '数据暂未保存到浏览器' });
  await expect(banner).toContainText('草稿已保存,但草稿列表未能更新');
  await expect.poll(() => page.evaluate(() => window.__indexFailures)).toBe(1);
  await expect.poll(() => storedName(page)).toBe('假冲突测试局(一)');

  await page.getByLabel('单位名称').fill('假冲突测试局(二)');
  await expect.poll(() => storedName(page), 'the next edit is saved').toBe('假冲突测试局(二)');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  await expect(page.getByRole('alert', { name: '草稿在别处被修改' })).toHaveCount(0);
  await expect(banner).toHaveCount(0);
  const line = await page.evaluate(() => JSON.parse(localStorage.getItem('fingertip/index'))[0].unit);
  expect(line, 'the list line is repaired by the next save').toBe('假冲突测试局(二)');

  await page.reload();
  await expect(page.getByLabel('单位名称')).toHaveValue('假冲突测试局(二)');
  await page.getByLabel('单位名称').fill('假冲突测试局(三)');
  await expect.poll(() => storedName(page)).toBe('假冲突测试局(三)');
  await expect(page.getByRole('alert', { name: '草稿在别处被修改' })).toHaveCount(0);
});

test('a failed index write and a reload before the next edit: the list shows the saved draft', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('列表修复测试局');
  await failIndexOnce(page);
  await page.getByLabel('单位名称').fill('列表修复测试局(新)');
  await expect.poll(() => page.evaluate(() => window.__indexFailures)).toBe(1);
  await expect.poll(() => storedName(page)).toBe('列表修复测试局(新)');
  await page.goto('./');
  await page.reload();
  const list = page.getByRole('region', { name: '继续自查' });
  await expect(list.getByRole('row', { name: '列表修复测试局(新)' }).first()).toBeVisible();
});

test('a stored draft from a newer format is kept, listed and explained, never quarantined', async ({ page }) => {
  const newer = JSON.stringify({ format_version: 99, pack_id: 'fingertip-2023', pack_version: '9.0.0',
    assessment: { id: 'n1', updated: '2027-03-01T08:00:00Z', profile: { name: '新版本单位', purpose: 'periodic' } } });
  await page.goto('./');
  await page.evaluate((raw) => localStorage.setItem('fingertip/draft/n1', raw), newer);
  await page.reload();
  const row = page.getByRole('region', { name: '继续自查' }).getByRole('row', { name: /新版本单位/ });
  await expect(row).toContainText('由更新版本的指尖自查保存(格式版本 99),当前版本无法打开');
  await expect(page.getByRole('alert', { name: '发现无法读取的草稿' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('fingertip/draft/n1'))).toBe(newer);
  const quarantined = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fingertip/quarantine/')));
  expect(quarantined).toEqual([]);
});

test('a storage failure shows Chinese words with what to do; the browser detail is only on the diagnostics page', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('fingertip/draft/')) throw new Error('boom at Storage.setItem (injected)');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('./');
  await page.getByRole('button', { name: '新建自查' }).click();
  const banner = page.getByRole('alert', { name: '数据暂未保存到浏览器' });
  await expect(banner).toContainText('浏览器存储出错');
  await expect(banner).toContainText('导出全部数据');
  await expect(banner).not.toContainText('Storage.setItem');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).not.toContainText('Storage.setItem');
  await page.goto('./#/diagnostics');
  await expect(page.getByRole('definition').filter({ hasText: 'Storage.setItem' })).toBeVisible();
});
