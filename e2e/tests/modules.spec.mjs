// The app's two modules (index.html, scripts/app-loader.mjs): a deep link loads the unit module
// (every page but 汇总, 培训, 对比 and 核验) and not the first screen, with a plain loading line (and
// a plain message if the module cannot be loaded), those four pages load the full module, and the unit
// module sent to one of them reloads into the full module with the user's drafts intact. If the
// full module never comes, the page says so in Chinese instead of reloading again.
import { test, expect } from '../fixtures/test.mjs';
import { importSampleAsDraft } from '../fixtures/open-file.mjs';
import { holdFullApp, fullAppRunning } from '../fixtures/first-screen.mjs';

const UNIT = /\/fingertip-web-[0-9a-f]+_bg\.wasm$/;
const FULL = /\/fingertip-full-[0-9a-f]+_bg\.wasm$/;
const SHELL = /\/fingertip-shell-[0-9a-f]+(_bg\.wasm|\.js)$/;
const count = (requests, re) => requests.filter((u) => re.test(u)).length;

test('a deep link to a check step loads the unit module only', async ({ page, requests }) => {
  const id = await importSampleAsDraft(page);
  requests.length = 0;
  await page.goto(`./#/drafts/${id}/articles/4`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第4条');
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(count(requests, UNIT)).toBe(1);
  expect(count(requests, FULL)).toBe(0);
  // The first screen draws only the start page: a deep link does not fetch it.
  expect(count(requests, SHELL)).toBe(0);
});

test('a deep link draws its draft at once, with no "正在打开草稿" step in between', async ({ page }) => {
  const id = await importSampleAsDraft(page);
  await page.addInitScript(() => {
    window.__opening = false;
    // Every node ever added, even if removed again before the observer is called.
    new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.textContent?.includes('正在打开草稿')))) window.__opening = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`./#/drafts/${id}/articles/4`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第4条');
  expect(await page.evaluate(() => window.__opening)).toBe(false);
  // A draft that is not there still gets the page's own message.
  await page.goto('./#/drafts/no-such-draft/articles/4');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('无法打开草稿');
});

test('a deep link works from a server that sends .wasm without the application/wasm type', async ({ page }) => {
  const id = await importSampleAsDraft(page);
  let served = 0;
  await page.route(UNIT, async (route) => {
    const response = await route.fetch();
    served += 1;
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(`./#/drafts/${id}/articles/4`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第4条');
  await expect(page.getByRole('radio').first()).toBeVisible();
  expect(served).toBe(1);
});

test('a deep link says it is loading, then, if its module cannot be loaded, what to do', async ({ page }) => {
  const id = await importSampleAsDraft(page);
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const gate = await holdFullApp(page);
  await page.goto(`./#/drafts/${id}/articles/4`);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('正在载入,请稍候……');
  gate.fail();
  const alert = page.getByRole('alert').filter({ hasText: '完整功能未能载入' });
  await expect(alert).toContainText('您保存的数据不受影响');
  expect(await fullAppRunning(page)).toBe(false);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(stored);
  // 刷新页面 loads the page again; with the module there now, the check step comes.
  await page.unrouteAll();
  await alert.getByRole('button', { name: '刷新页面' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('第4条');
});

test('a deep link to 汇总 loads the full module only', async ({ page, requests }) => {
  await page.goto('./#/rollup');
  await expect(page.getByRole('heading', { level: 1, name: '多单位自查汇总' })).toBeVisible();
  expect(count(requests, FULL)).toBe(1);
  expect(count(requests, UNIT)).toBe(0);
});

test('培训学习 from the start page reloads into the full module; back on the start page the drafts are there', async ({ page, requests }) => {
  await importSampleAsDraft(page);
  await page.goto('./#/');
  await page.reload();
  const drafts = page.getByRole('region', { name: '继续自查' });
  await expect(drafts.getByRole('link', { name: '示例县农业农村局' })).toBeVisible();
  await expect.poll(() => count(requests, UNIT)).toBeGreaterThan(0);
  requests.length = 0;
  await page.getByRole('link', { name: '培训学习' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '培训学习' })).toBeVisible();
  await expect(page).toHaveURL(/#\/training$/);
  expect(count(requests, FULL)).toBe(1);
  // In the full module every page is drawn without another reload.
  requests.length = 0;
  await page.getByRole('link', { name: '指尖自查' }).first().click();
  await expect(drafts.getByRole('link', { name: '示例县农业农村局' })).toBeVisible();
  expect(requests.filter((u) => /\.wasm$/.test(u))).toEqual([]);
  // Delete the draft there, then go back twice, to the page the unit module drew: it is loaded
  // again (or, from the back-forward cache, reloaded) and lists what is stored now.
  await drafts.getByRole('button', { name: '删除 示例县农业农村局' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('link', { name: '示例县农业农村局' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '培训学习' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('button', { name: '新建自查' })).toBeVisible();
  await expect(page.getByText('本浏览器中还没有保存的自查草稿。')).toBeVisible();
  await expect(page.getByRole('link', { name: '示例县农业农村局' })).toHaveCount(0);
});

// Playwright's Chromium runs with the back-forward cache off, so the restore is sent by hand.
test('a page brought back from the back-forward cache is read again (reloaded)', async ({ page }) => {
  await page.goto('./#/changes');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-fingertip-app'))).toBe(true);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('if the reload does not bring the full module, the page says so once and does not reload again', async ({ page }) => {
  // A deployment whose loader does not know 核验 is a full-module page: the unit module starts there.
  await page.route(/\/(index\.html)?(#.*)?$/, async (route) => {
    const res = await route.fetch();
    const html = (await res.text())
      .replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, '')
      .replace('"/verify"', '"/not-a-page"');
    await route.fulfill({ response: res, body: html });
  });
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.goto('./#/verify');
  await expect(page.getByRole('heading', { level: 1, name: '这个功能没能载入' })).toBeVisible();
  await expect(page.getByText('您已保存的草稿不受影响')).toBeVisible();
  expect(loads).toBe(2);
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '指尖自查' })).toBeVisible();
});
