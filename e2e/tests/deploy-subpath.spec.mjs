// dist/ deployed under a sub-path of another web server (http://127.0.0.1:8184/tools/selfcheck/):
// the main flow works there under the page's Content-Security-Policy, and every request stays on
// that origin and under that path. Browsers without usable WebAssembly get the Chinese message.
import { readFileSync } from 'node:fs';
import { test, expect, mainFlow, withoutWebAssembly, withOldWebAssembly, SUBPATH_URL, DIST } from '../fixtures/deploy.mjs';

// Allowed: the copied dist/ files under the sub-path; data: (the favicon is `data:,`); blob:
// (downloads and prints are made from blobs). Nothing else, not even the server's root.
test.use({ allowedRequests: { exact: [], prefixes: [SUBPATH_URL, 'data:', 'blob:'] } });

test('the main flow works under a sub-path, with the CSP on and every request under that path', async ({ page, traffic }) => {
  await mainFlow(page, SUBPATH_URL, '子路径部署测试局');
  expect(traffic.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(traffic.requests.some((u) => u.endsWith('/compat.js'))).toBe(true);
  // The policy is really there (not merely unviolated).
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  expect(traffic.consoleErrors).toEqual([]);
});

test('the CSP blocks what it should: an injected inline script does not run', async ({ page, traffic }) => {
  await page.goto(SUBPATH_URL);
  await page.getByRole('button', { name: '新建自查' }).waitFor();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.appendChild(s);
  });
  await expect.poll(() => traffic.csp.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  traffic.csp.length = 0; // this test's violation was on purpose
});

test('without WebAssembly the page says which browsers work, in Chinese', async ({ page }) => {
  await page.addInitScript(withoutWebAssembly);
  await page.goto(SUBPATH_URL);
  const message = page.getByRole('alert');
  await expect(message.getByRole('heading', { name: '当前浏览器无法运行指尖自查' })).toBeVisible();
  await expect(message).toContainText('Chrome 或 Edge 97 及以上版本');
  await expect(message).toContainText('360 安全浏览器');
  await expect(message).toContainText('统信 UOS 浏览器');
  await expect(page.getByRole('button', { name: '新建自查' })).toHaveCount(0);
});

test('a WebAssembly without the needed features gets the same message', async ({ page }) => {
  await page.addInitScript(withOldWebAssembly);
  await page.goto(SUBPATH_URL);
  await expect(page.getByRole('heading', { name: '当前浏览器无法运行指尖自查' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Firefox 79 及以上版本');
});

// The message names the kernel the browser reports, so IT staff can tell a 360/UOS build's kernel.
for (const [browser, userAgent, simulate, detected] of [
  ['a 360 browser on an old Chromium 86 kernel',
    'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 QIHU 360SE',
    withOldWebAssembly, 'Chromium 86 内核'],
  ['IE11 (360 兼容模式)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    withoutWebAssembly, 'IE 内核(兼容模式)'],
]) {
  test.describe(`as ${browser}`, () => {
    test.use({ userAgent });
    test('the message names the detected kernel and how to switch', async ({ page }) => {
      await page.addInitScript(simulate);
      await page.goto(SUBPATH_URL);
      await expect(page.getByRole('alert')).toContainText(`检测到本浏览器为:${detected}。`);
      await expect(page.getByRole('alert')).toContainText('切换到“极速模式”');
    });
  });
}

test('index.html keeps its <noscript> message and loads the compat check before the app', () => {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  expect(html).toMatch(/<noscript>[\s\S]*Chrome[\s\S]*<\/noscript>/);
  const compat = html.search(/<script src=["']?compat\.js/);
  expect(compat).toBeGreaterThan(-1);
  expect(compat).toBeLessThan(html.search(/<script type=["']?module/));
  expect(html.search(/http-equiv=["']?Content-Security-Policy/)).toBeLessThan(compat);
});

test('the compat check is ES5 (IE11 must be able to run it)', () => {
  const src = readFileSync(`${DIST}compat.js`, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
  for (const [what, re] of [
    ['let', /\blet\b/], ['const', /\bconst\b/], ['arrow function', /=>/], ['template string', /`/],
    ['class', /\bclass\b/], ['spread', /\.\.\./], ['async/await', /\b(async|await)\b/],
    ['for…of', /\bfor\s*\([^;)]*\bof\b/], ['double-quoted string (house style: single)', /"/],
  ]) {
    expect(re.test(src), `compat.js uses ${what}`).toBe(false);
  }
});
