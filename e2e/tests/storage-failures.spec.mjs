// Storage failures never lose work: a full quota, unavailable storage and a corrupt stored draft
// each show a banner with 导出全部数据, the app keeps working in memory, and the export holds it all.
import { test, expect } from '../fixtures/test.mjs';
import { Wizard } from '../fixtures/wizard.mjs';
import { OpenFilePage } from '../fixtures/open-file.mjs';
import { snapshot, userData, fullQuota, noStorage, exportAll } from '../fixtures/storage.mjs';

const GARBAGE = '{"format_version": 1, "pack_id": "fingertip-2023", "assessment": {"id": "x", 这里坏了';

async function startDraftInMemory(page, unit) {
  await page.goto('./');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('单位名称').fill(unit);
  await expect(page.locator('.draft-unit')).toHaveText(unit);
}

test('export all, clear storage, restore: the same drafts come back, a second restore renames', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('备份甲单位');
  await w.addApp('甲应用');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  await w.newDraft('备份乙单位');
  await page.goto('./');
  const before = userData(await snapshot(page));
  expect(Object.keys(before)).toHaveLength(2);
  const { json, path } = await exportAll(page, page.getByRole('region', { name: '数据只保存在本浏览器' }).getByRole('button', { name: '导出全部数据' }));
  expect(json.kind).toBe('fingertip-backup');
  expect(json.drafts.map((d) => d.assessment.profile.name).sort()).toEqual(['备份乙单位', '备份甲单位']);

  // Clearing the browser's data clears both stores: localStorage and the durable IndexedDB mirror.
  await page.evaluate(() => {
    localStorage.clear();
    return new Promise((done) => {
      const q = indexedDB.deleteDatabase('fingertip-durable');
      q.onsuccess = q.onerror = q.onblocked = () => done();
    });
  });
  await page.reload();
  await expect(page.getByText('本浏览器中还没有保存的自查草稿')).toBeVisible();
  const open = new OpenFilePage(page);
  await open.open();
  await open.picker.setInputFiles(path);
  await open.restoreAll.click();
  await expect(open.backup.getByRole('status')).toHaveText('已恢复 2 份自查。');
  expect(userData(await snapshot(page))).toEqual(before);
  await page.getByRole('link', { name: '返回首页查看草稿' }).click();
  const list = page.getByRole('region', { name: '继续自查' });
  await expect(list.getByRole('row', { name: /备份甲单位/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /备份乙单位/ })).toBeVisible();

  await open.open();
  await open.picker.setInputFiles(path);
  await expect(open.backup).toContainText('编号已存在,将以新编号加入');
  await open.restoreAll.click();
  await expect(open.backup).toContainText('其中 2 份因本浏览器中已有相同编号的草稿,已使用新编号加入');
  const after = userData(await snapshot(page));
  expect(Object.keys(after)).toHaveLength(4);
  for (const [k, v] of Object.entries(before)) expect(after[k], 'originals untouched').toBe(v);
});

test('full quota: editing goes on, the banner shows, and the export holds the unsaved change', async ({ page }) => {
  await page.addInitScript(fullQuota);
  await startDraftInMemory(page, '满额测试局');
  const banner = page.getByRole('alert', { name: '数据暂未保存到浏览器' });
  await expect(banner).toContainText('浏览器存储空间已满');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  await page.getByRole('navigation', { name: '自查步骤' }).getByRole('link', { name: '2 清单' }).click();
  await page.getByRole('button', { name: '添加应用' }).click();
  await page.getByLabel(/^应用名称/).last().fill('满额应用');
  await expect(page.getByRole('heading', { name: '政务应用程序(1)' })).toBeVisible();
  const w = new Wizard(page);
  await w.step('3 自查');
  await w.openArticle('限制强制功能');
  await w.row('B4.1', 'app-1').getByRole('checkbox', { name: '打卡签到' }).check();
  await expect(w.row('B4.1', 'app-1').locator('.status-badge')).toHaveText('红线');
  expect(Object.keys(userData(await snapshot(page)))).toEqual([]);
  const { json } = await exportAll(page, banner.getByRole('button', { name: '导出全部数据' }));
  expect(json.drafts).toHaveLength(1);
  expect(json.drafts[0].assessment.profile.name).toBe('满额测试局');
  expect(json.drafts[0].assessment.inventory.apps.map((a) => a.name)).toEqual(['满额应用']);
  expect(json.drafts[0].assessment.answers.some((r) => r.item === 'B4.1' && r.asset === 'app-1')).toBe(true);
});

test('a corrupt stored draft is quarantined on reload, kept raw, and exported', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((garbage) => {
    localStorage.setItem('fingertip/draft/x', garbage);
    localStorage.setItem('fingertip/index', JSON.stringify([{ id: 'x', unit: '坏草稿单位', purpose: 'periodic', updated: '2026-01-01T00:00:00Z', progress: 0, red_lines: 0 }]));
  }, GARBAGE);
  await page.reload();
  const banner = page.getByRole('alert', { name: '发现无法读取的草稿' });
  await expect(banner).toContainText('已隔离 1 份无法读取的草稿,原始内容已保留,可随全部数据一起导出');
  const snap = await snapshot(page);
  expect(snap['fingertip/draft/x']).toBeUndefined();
  const kept = Object.entries(snap).filter(([k]) => k.startsWith('fingertip/quarantine/fingertip/draft/x-'));
  expect(kept).toHaveLength(1);
  expect(kept[0][1]).toBe(GARBAGE);
  await expect(page.getByRole('region', { name: '继续自查' }).getByRole('row', { name: /坏草稿单位/ })).toHaveCount(0);
  const { json } = await exportAll(page, banner.getByRole('button', { name: '导出全部数据' }));
  expect(json.quarantined).toEqual([{ key: kept[0][0], raw: GARBAGE }]);

  await page.reload();
  await expect(banner).toContainText('已隔离 1 份无法读取的草稿');
  expect(await snapshot(page)).toEqual(snap);
  await banner.getByRole('button', { name: '知道了' }).click();
  await expect(banner).toHaveCount(0);
});

test('storage unavailable: the banner shows and the app works in memory', async ({ page }) => {
  await page.addInitScript(noStorage);
  await startDraftInMemory(page, '无存储测试局');
  const banner = page.getByRole('alert', { name: '数据暂未保存到浏览器' });
  await expect(banner).toContainText('浏览器存储不可用');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  await page.getByRole('navigation', { name: '自查步骤' }).getByRole('link', { name: '2 清单' }).click();
  await page.getByRole('button', { name: '添加应用' }).click();
  await expect(page.getByRole('heading', { name: '政务应用程序(1)' })).toBeVisible();
  const { json } = await exportAll(page, banner.getByRole('button', { name: '导出全部数据' }));
  expect(json.drafts.map((d) => d.assessment.profile.name)).toEqual(['无存储测试局']);
  expect(json.drafts[0].assessment.inventory.apps).toHaveLength(1);
});
