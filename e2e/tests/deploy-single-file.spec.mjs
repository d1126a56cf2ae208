// The single file dist/fingertip-selfcheck.html opened from disk (file://), as after a double-click:
// the main flow works, and the page requests nothing but itself.
import { test, expect, mainFlow, withoutWebAssembly, SINGLE_FILE_URL } from '../fixtures/deploy.mjs';

// Allowed: the file itself; data: (the favicon is `data:,`); blob: (downloads and prints are made
// from blobs). No other file://, no http(s), nothing else.
test.use({ allowedRequests: { exact: [SINGLE_FILE_URL], prefixes: ['data:', 'blob:'] } });

test('the single file runs the main flow from file:// with no request but itself', async ({ page, traffic }) => {
  await mainFlow(page, SINGLE_FILE_URL, '单文件测试局');
  expect(traffic.requests.filter((u) => !u.startsWith('data:'))).toEqual([SINGLE_FILE_URL]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/style-src 'sha256-[^']+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(traffic.consoleErrors).toEqual([]);
});

test('the single file keeps the work after a reload', async ({ page }) => {
  await mainFlow(page, SINGLE_FILE_URL, '单文件刷新测试局');
  await page.reload();
  await expect(page.locator('.report-cover')).toContainText('单文件刷新测试局');
});

test('the single file without WebAssembly shows the Chinese message', async ({ page }) => {
  await page.addInitScript(withoutWebAssembly);
  await page.goto(SINGLE_FILE_URL);
  await expect(page.getByRole('heading', { name: '当前浏览器无法运行指尖自查' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Chrome 或 Edge 97 及以上版本');
});
