// The first screen (a small wasm, src/shell.rs) draws the start page before the full app has
// loaded; whatever the user does meanwhile is carried over when the full app takes over
// (src/handover.rs), and a full app that cannot load is reported in Chinese.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { holdFullApp, fullAppRunning, FULL_APP_WASM } from '../fixtures/first-screen.mjs';
import { importSampleAsDraft } from '../fixtures/open-file.mjs';

const loading = (page) => page.getByRole('status').filter({ hasText: '正在载入完整功能' });

test('the start page shows, with the saved drafts, before the full app is fetched', async ({ page, requests }) => {
  await importSampleAsDraft(page);

  const gate = await holdFullApp(page);
  requests.length = 0;
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '指尖自查' })).toBeVisible();
  await expect(page.getByRole('region', { name: '继续自查' }).getByRole('link', { name: '示例县农业农村局' })).toBeVisible();
  await expect(page.getByText(/问卷:.*共 63 题/)).toBeVisible();
  expect(await fullAppRunning(page)).toBe(false);
  await expect(loading(page)).toHaveCount(0);
  expect(await axeViolations(page), 'first screen').toEqual([]);
  gate.release();
  await expect.poll(() => fullAppRunning(page)).toBe(true);
  await expect(page.locator('#shell-root')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  expect(requests.filter((u) => FULL_APP_WASM.test(u))).toHaveLength(1);
});

test('新建自查 pressed on the first screen creates one draft once the full app is in', async ({ page }) => {
  const gate = await holdFullApp(page);
  await page.goto('./');
  await page.getByRole('button', { name: '新建自查' }).click();
  await expect(loading(page)).toBeVisible();
  await page.getByRole('button', { name: '新建自查' }).click(); // impatient second press
  expect(await fullAppRunning(page)).toBe(false);
  expect(await axeViolations(page), 'first screen, loading').toEqual([]);
  gate.release();
  await expect(page.getByLabel('单位名称')).toBeVisible();
  await expect(page).toHaveURL(/#\/drafts\/[^/]+\/unit$/);
  const drafts = await page.evaluate(() => JSON.parse(localStorage.getItem('fingertip/index') ?? '[]').length);
  expect(drafts).toBe(1);
});

test('删除 pressed on the first screen asks for confirmation in the full app', async ({ page }) => {
  await importSampleAsDraft(page);
  const gate = await holdFullApp(page);
  await page.goto('./#/');
  await page.reload();
  await page.getByRole('button', { name: '删除 示例县农业农村局' }).click();
  gate.release();
  await expect(page.getByRole('alert').filter({ hasText: '确认删除“示例县农业农村局”' })).toBeVisible();
  await expect(page.getByRole('button', { name: '确认删除' })).toBeFocused();
  const units = await page.evaluate(() => JSON.parse(localStorage.getItem('fingertip/index')).map((d) => d.unit));
  expect(units).toEqual(['示例县农业农村局']); // asked, not deleted
});

test('keyboard focus on the first screen stays on the same control after the handover', async ({ page }) => {
  const gate = await holdFullApp(page);
  await page.goto('./');
  const sample = page.getByRole('button', { name: '试用示例单位' });
  await sample.focus();
  await expect(sample).toBeFocused();
  gate.release();
  await expect.poll(() => fullAppRunning(page)).toBe(true);
  await expect(page.getByRole('button', { name: '试用示例单位' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
});

test('a link followed on the first screen opens its page once the full app is in', async ({ page }) => {
  const gate = await holdFullApp(page);
  await page.goto('./');
  await page.getByRole('link', { name: '培训学习' }).click();
  await expect(loading(page)).toBeVisible();
  gate.release();
  await expect(page.getByRole('heading', { level: 1, name: /培训/ })).toBeVisible();
  await expect(loading(page)).toHaveCount(0);
});

test('when the full app cannot be loaded, the first screen says what to do', async ({ page }) => {
  const gate = await holdFullApp(page);
  await page.goto('./');
  await page.getByRole('button', { name: '新建自查' }).click();
  gate.fail();
  const alert = page.getByRole('alert').filter({ hasText: '完整功能未能载入' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('您保存的数据不受影响');
  await expect(alert.getByRole('button', { name: '刷新页面' })).toBeVisible();
  expect(await fullAppRunning(page)).toBe(false);
  const drafts = await page.evaluate(() => localStorage.getItem('fingertip/index'));
  expect(drafts).toBeNull();
});
