// A panic replaces the page with a Chinese rescue screen whose download holds every stored draft.
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.mjs';

test.use({ allowPageErrors: /unreachable|RuntimeError/ });

test('an injected panic shows the rescue screen and its download contains the data', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await page.goto('./#/diagnostics');
  // For IT staff checking a 360/UOS machine: the kernel version is on the page.
  const kernel = /Chrome\/(\d+)/.exec(await page.evaluate(() => navigator.userAgent))[1];
  await expect(page.getByRole('definition').filter({ hasText: `Chrome/${kernel}` })).toBeVisible();
  await page.getByRole('button', { name: '触发测试错误' }).click();
  await expect(page.getByRole('heading', { name: '程序出现错误,已停止运行' })).toBeVisible();
  await expect(page.getByText('您已保存的数据仍在本浏览器中,没有丢失。')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载全部已保存数据' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^指尖自查-数据抢救-\d{4}-\d\d-\d\d\.json$/);
  const rescue = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(rescue.kind).toBe('fingertip-backup');
  const drafts = rescue.quarantined.filter((e) => e.key.startsWith('fingertip/draft/'));
  expect(drafts).toHaveLength(1);
  const saved = JSON.parse(drafts[0].raw);
  expect(saved.assessment.profile.name).toBe('示例县农业农村局');
  expect(saved.assessment.answers.length).toBeGreaterThan(100);
});
