// The start page: title, purpose, privacy promise, no request beyond 127.0.0.1, accessible.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { StartPage } from '../fixtures/start-page.mjs';

test('start page shows the title, purpose and privacy statement', async ({ page, requests }) => {
  const start = new StartPage(page);
  await start.open();
  await expect(page).toHaveTitle(/指尖自查/);
  await expect(page.getByText('防治“指尖上的形式主义”自查工具')).toBeVisible();
  await expect(start.privacy).toContainText('不会上传到任何服务器');
  await expect(page.getByText(/问卷:.*共 \d+ 题/)).toBeVisible();
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((u) => u.startsWith(`http://127.0.0.1:${process.env.E2E_PORT || 8181}/`) || u.startsWith('data:'))).toBe(true);
});

test('start page has no accessibility violations', async ({ page }) => {
  await new StartPage(page).open();
  expect(await axeViolations(page)).toEqual([]);
});
