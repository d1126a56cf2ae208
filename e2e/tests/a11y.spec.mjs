// axe-core finds no violations on the start page or any wizard step (with the sample's real content).
import { test, expect, axeViolations } from '../fixtures/test.mjs';

test('start page and every wizard step have no axe violations', async ({ page }) => {
  test.setTimeout(90_000); // six axe runs on long pages
  await page.goto('./');
  expect(await axeViolations(page), 'start page').toEqual([]);
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  expect(await axeViolations(page), 'result').toEqual([]);
  const steps = page.getByRole('navigation', { name: '自查步骤' });
  for (const [link, heading] of [['1 单位信息', '单位信息'], ['2 清单', '清单'], ['3 自查', '指导思想']]) {
    await steps.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await axeViolations(page), link).toEqual([]);
  }
  await page.getByRole('navigation', { name: '条目大纲' }).getByRole('link', { name: /限制强制功能/ }).click();
  await page.getByRole('group', { name: /示例县农技学习打卡/ }).first().waitFor();
  expect(await axeViolations(page), 'article with red lines').toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page), 'phone width').toEqual([]);
});
