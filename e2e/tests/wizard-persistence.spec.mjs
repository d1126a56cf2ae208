// Work survives a reload on the same step with every answer and note, and two drafts stay apart.
import { test, expect } from '../fixtures/test.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

test('a reload mid-way keeps every answer, note and the same step', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('刷新测试镇');
  await w.addApp('镇务通');
  await w.step('3 自查');
  await w.openArticle('限制强制功能');
  const row = w.row('B4.1', 'app-1');
  await row.getByRole('checkbox', { name: '打卡签到' }).check();
  await row.getByText('备注和佐证材料').click(); // folded until asked for
  await row.getByLabel('备注').fill('每日早八点打卡,计划下月下线');
  await expect(row.locator('.status-badge')).toHaveText('红线');
  await row.getByLabel('责任人').fill('办公室李某');
  await expect(page.getByRole('status').filter({ hasText: /已保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  const url = page.url();

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1, name: '第4条 限制强制功能' })).toBeVisible();
  const again = w.row('B4.1', 'app-1');
  await expect(again.getByRole('checkbox', { name: '打卡签到' })).toBeChecked();
  await expect(again.getByLabel('备注')).toHaveValue('每日早八点打卡,计划下月下线');
  await expect(again.getByLabel('责任人')).toHaveValue('办公室李某');
  await expect(again.locator('.status-badge')).toHaveText('红线');
});

test('two drafts are kept apart', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('甲单位');
  await w.addApp('甲应用');
  await w.newDraft('乙单位');
  await w.step('2 清单');
  await expect(page.getByRole('heading', { name: '政务应用程序(0)' })).toBeVisible();

  await page.goto('./');
  const list = page.getByRole('region', { name: '继续自查' });
  await expect(list.getByRole('row', { name: /甲单位/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /乙单位/ })).toBeVisible();
  await list.getByRole('link', { name: '甲单位' }).click();
  await w.step('2 清单');
  await expect(page.getByLabel(/^应用名称/)).toHaveValue('甲应用');
  await expect(page.getByText('甲单位').first()).toBeVisible();
});

test('a draft is deleted only after confirmation', async ({ page }) => {
  const w = new Wizard(page);
  await w.newDraft('待删除单位');
  await page.goto('./');
  const list = page.getByRole('region', { name: '继续自查' });
  await list.getByRole('button', { name: '删除 待删除单位' }).click();
  await expect(list.getByRole('button', { name: '确认删除' })).toBeFocused(); // keyboard users land on the question
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('row', { name: /待删除单位/ })).toBeVisible();
  await expect(list.getByRole('button', { name: '删除 待删除单位' })).toBeFocused(); // and back where they were
  await list.getByRole('button', { name: '删除 待删除单位' }).click();
  await list.getByRole('button', { name: '确认删除' }).click();
  await expect(list.getByRole('row', { name: /待删除单位/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('本浏览器中还没有保存的自查草稿')).toBeVisible();
});
