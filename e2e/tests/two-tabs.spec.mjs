// One draft open in two tabs: when the other tab saves it, this tab warns and stops autosaving,
// so older data never silently overwrites newer, until the user loads the latest or keeps this page.
import { test, expect } from '../fixtures/test.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

const WARNING = '这份草稿已在另一个窗口或标签页中修改';

async function storedName(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('fingertip/draft/'));
    return JSON.parse(localStorage.getItem(key)).assessment.profile.name;
  });
}

async function twoTabs(page, context) {
  await new Wizard(page).newDraft('双开测试局');
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByLabel('单位名称')).toHaveValue('双开测试局');
  await second.getByLabel('单位名称').fill('双开测试局(乙)');
  await expect(second.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  return second;
}

test('the first tab warns and does not overwrite the second tab\'s newer data until the user chooses', async ({ page, context }) => {
  const second = await twoTabs(page, context);
  const warning = page.getByRole('alert', { name: '草稿在别处被修改' });
  await expect(warning).toContainText(WARNING);

  await page.getByLabel('单位名称').fill('双开测试局(甲)');
  await expect(page.locator('.draft-unit')).toHaveText('双开测试局(甲)');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  expect(await storedName(page)).toBe('双开测试局(乙)');

  await warning.getByRole('button', { name: '保留本页内容' }).click();
  await expect(warning).toHaveCount(0);
  expect(await storedName(page)).toBe('双开测试局(甲)');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();

  const back = second.getByRole('alert', { name: '草稿在别处被修改' });
  await expect(back).toContainText(WARNING);
  await back.getByRole('button', { name: '载入最新版本' }).click();
  await expect(back).toHaveCount(0);
  await expect(second.getByLabel('单位名称')).toHaveValue('双开测试局(甲)');
  await second.close();
});

test('载入最新版本 replaces this page\'s content with the other tab\'s', async ({ page, context }) => {
  const second = await twoTabs(page, context);
  const warning = page.getByRole('alert', { name: '草稿在别处被修改' });
  await expect(warning).toContainText(WARNING);
  await warning.getByRole('button', { name: '载入最新版本' }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByLabel('单位名称')).toHaveValue('双开测试局(乙)');
  await page.getByLabel('单位名称').fill('双开测试局(丙)');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  expect(await storedName(page)).toBe('双开测试局(丙)');
  await second.close();
});
