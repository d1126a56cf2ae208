// The sample unit opens on its result and shows its red lines and advisories.
import { test, expect } from '../fixtures/test.mjs';

test('the sample unit shows its red lines', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('heading', { name: '结论:存在红线问题' })).toBeVisible();
  const red = page.getByRole('region', { name: '红线问题' });
  await expect(red.getByRole('listitem')).toHaveCount(9);
  for (const id of ['B4.1', 'B5.3', 'C6.4', 'C6.5', 'C7.1', 'C8.2', 'F1', 'F3', 'F7']) {
    await expect(red.getByText(id, { exact: true }).first()).toBeVisible();
  }
  // The staleness red line shows the figure in force and where it comes from.
  await expect(red).toContainText('判定阈值:公众账号停更天数 14天(全国口径:国办秘函〔2019〕19号');
  await expect(page.getByRole('region', { name: '建议改进' }).getByRole('listitem')).toHaveCount(13);
  await expect(page.getByRole('row', { name: /示例县农技学习打卡/ })).toContainText('整改后再提交');
});

test('an adjusted threshold changes the judgement and is kept', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  const red = page.getByRole('region', { name: '红线问题' });
  await expect(red).toContainText('B5.3');
  await page.getByRole('navigation', { name: '自查步骤' }).getByRole('link', { name: '1 单位信息' }).click();
  const days = page.getByLabel(/^公众账号停更天数/);
  await expect(days).toHaveValue('14');
  await days.fill('200');
  await page.getByRole('navigation', { name: '自查步骤' }).getByRole('link', { name: '4 结果' }).click();
  await expect(red.getByRole('listitem')).toHaveCount(8);
  await expect(red).not.toContainText('B5.3');
  await page.reload();
  await expect(red.getByRole('listitem')).toHaveCount(8);
});
