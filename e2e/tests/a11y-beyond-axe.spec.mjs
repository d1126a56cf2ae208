// Accessibility that axe does not measure: where focus lands after navigation, a title per route,
// the skip link, tab order against visual order on a phone, the report tool bar never covering the
// focused field, the ledger at 390 px and at 400 % zoom, chart contrast, forced colours, Esc on
// inline confirmations and help text tied to its input; then axe on every page at 1280 and 390 px
// and in large-text mode.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { importSampleAsDraft } from '../fixtures/open-file.mjs';

/** The sample unit as a real draft (so the start page lists it), opened on its result. */
async function openSample(page) {
  const draft = await importSampleAsDraft(page);
  await expect(page.getByRole('heading', { level: 1, name: '自查结果' })).toBeVisible();
  return draft;
}

const focusedInfo = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName.toLowerCase(), id: el?.id || '', text: (el?.textContent || '').trim().slice(0, 40) };
});

test('every navigation lands on its target with its own title, from the top of the page', async ({ page }) => {
  const draft = await openSample(page);
  const titles = new Set([await page.title()]);
  expect(await page.title()).toMatch(/^4 结果 · 示例县农业农村局 — 指尖自查$/);
  // The step bar: focus on the new heading, page at the top.
  await page.getByRole('navigation', { name: '自查步骤' }).getByRole('link', { name: '3 自查' }).click();
  await expect(page.locator('main h1:focus')).toHaveText(/指导思想/);
  titles.add(await page.title());
  // 下一条 from the bottom of a long article lands at the top of the next one.
  await page.getByRole('navigation', { name: '条目大纲' }).getByRole('link', { name: /限制强制功能/ }).click();
  await expect(page.locator('main h1:focus')).toHaveText(/第4条/);
  expect(await page.title()).toMatch(/^3 自查 · 第4条 .* · 示例县农业农村局 — 指尖自查$/);
  titles.add(await page.title());
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('navigation', { name: '上一条和下一条' }).getByRole('link', { name: '下一条' }).click();
  await expect(page.locator('main h1:focus')).toHaveText(/第5条/);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
  titles.add(await page.title());
  // A problem link on the result page lands on its row, not on the article.
  await page.goto(`./#/drafts/${draft}/result`);
  const red = page.getByRole('region', { name: '红线问题' });
  const first = red.getByRole('link').first();
  const href = await first.getAttribute('href');
  const [, item, asset] = href.match(/articles\/[^/]+\/([^/]+)\/([^/]+)$/);
  await first.click();
  await expect.poll(() => focusedInfo(page).then((f) => f.id)).toBe(`row-${item}-${asset}`);
  const box = await page.locator(`[id="row-${item}-${asset}"]`).boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(800);
  for (const [route, name] of [['unit', '1 单位信息'], ['inventory', '2 清单'], ['report', '自查报告']]) {
    await page.goto(`./#/drafts/${draft}/${route}`);
    await expect.poll(() => page.title()).toBe(`${name} · 示例县农业农村局 — 指尖自查`);
    titles.add(await page.title());
  }
  await page.goto('./#/open');
  await expect.poll(() => page.title()).toBe('打开文件 — 指尖自查');
  titles.add(await page.title());
  expect(titles.size, [...titles].join(' | ')).toBe(8);
});

test('the skip link is the first tab stop and lands on the main heading', async ({ page }) => {
  const draft = await openSample(page);
  await page.goto(`./#/drafts/${draft}/articles/4`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /第4条/ })).toBeVisible();
  await page.keyboard.press('Tab');
  expect((await focusedInfo(page)).text).toBe('跳到正文');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1:focus')).toHaveText(/第4条/);
  // The header is not inside main.
  expect(await page.locator('main .draft-header').count()).toBe(0);
  await expect(page.locator('header.draft-header')).toHaveCount(1);
});

test('at 390 px the tab order follows the page from top to bottom', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const draft = await openSample(page);
  await page.goto(`./#/drafts/${draft}/articles/4`);
  await expect(page.getByRole('heading', { level: 1, name: /第4条/ })).toBeVisible();
  const tops = await page.evaluate(() => {
    const sel = 'main a[href], main button, main input, main select, main textarea, main summary';
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.offsetParent !== null && !el.disabled && el.tabIndex >= 0)
      // content of a closed fold is not in the tab order
      .filter((el) => { const d = el.closest('details:not([open])'); return !d || el.parentElement === d; })
      .map((el) => el.getBoundingClientRect().top + window.scrollY);
  });
  expect(tops.length).toBeGreaterThan(20);
  const backwards = tops.filter((t, i) => i > 0 && t < tops[i - 1] - 2);
  expect(backwards, 'controls that come later in tab order but sit higher on screen').toEqual([]);
});

test('the report tool bar never covers the focused ledger field; the ledger works at 390 px and 400 % zoom', async ({ page }) => {
  test.setTimeout(120_000); // every ledger field at three sizes
  const draft = await openSample(page);
  for (const [w, h] of [[1280, 800], [390, 844], [320, 256]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`./#/drafts/${draft}/report`);
    const fields = page.locator('.ledger-table .ledger-input');
    // The report is drawn a turn after the page opens (正在生成报告……).
    await expect(fields.first()).toBeVisible();
    const n = await fields.count();
    expect(n).toBeGreaterThan(8);
    await fields.first().focus();
    for (let i = 0; i < n; i++) {
      const covered = await page.evaluate(() => {
        const el = document.activeElement;
        const bar = document.querySelector('.report-tools');
        if (!el || !bar) return 'no focus or no bar';
        const r = el.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const sticky = getComputedStyle(bar).position === 'sticky' && b.top <= 0.5;
        if (r.width < 44 && el.tagName !== 'SELECT') return `field only ${Math.round(r.width)} px wide`;
        return sticky && r.top < b.bottom - 1 ? `covered: field top ${r.top}, bar bottom ${b.bottom}` : '';
      });
      expect(covered, `${w}×${h} field ${i + 1}`).toBe('');
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => document.activeElement?.classList.contains('ledger-input')))) break;
    }
    const bar = await page.locator('.report-tools').boundingBox();
    if (h <= 256) expect(await page.locator('.report-tools').evaluate((b) => getComputedStyle(b).position)).toBe('static');
    expect(bar.height).toBeGreaterThan(0);
  }
});

test('chart figures have at least 4.5:1 contrast on their segments', async ({ page }) => {
  const draft = await openSample(page);
  await page.goto(`./#/drafts/${draft}/report`);
  // The report is drawn a turn after the page opens (正在生成报告……).
  await expect(page.locator('.part-chart .chart-value').first()).toBeAttached();
  const pairs = await page.evaluate(() => {
    const rgb = (s) => (s.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
      .reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const rects = [...document.querySelectorAll('.part-chart rect')];
    return [...document.querySelectorAll('.part-chart .chart-value')].map((t) => {
      const tb = t.getBBox();
      const cx = tb.x + tb.width / 2;
      const cy = tb.y + tb.height / 2;
      const under = rects.find((r) => { const b = r.getBBox(); return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height; });
      const fill = rgb(getComputedStyle(t).fill);
      const bg = under ? rgb(getComputedStyle(under).fill) : [255, 255, 255];
      return { text: t.textContent, cls: under?.getAttribute('class'), ratio: ratio(fill, bg) };
    });
  });
  expect(pairs.length).toBeGreaterThan(3);
  for (const p of pairs) expect(p.ratio, `${p.cls} figure ${p.text}`).toBeGreaterThanOrEqual(4.5);
});

test('forced colours still mark the current step, and Esc closes inline confirmations', async ({ page }) => {
  const draft = await openSample(page);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`./#/drafts/${draft}/inventory`);
  const widths = await page.locator('.step-bar a').evaluateAll((as) => as.map((a) => getComputedStyle(a).borderTopWidth));
  const current = await page.locator('.step-bar .current a').evaluate((a) => getComputedStyle(a).borderTopWidth);
  expect(widths.filter((w) => w === current), 'only the current step has the thick border').toHaveLength(1);
  await page.emulateMedia({ forcedColors: 'none' });
  // Esc on the inventory's delete confirmation and on the draft list's.
  const del = page.getByRole('button', { name: /^删除/ }).first();
  await del.click();
  await expect(page.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '确认删除' })).toHaveCount(0);
  await page.goto('./');
  await page.getByRole('button', { name: /^删除 示例县农业农村局/ }).click();
  await expect(page.getByRole('button', { name: '确认删除' })).toBeVisible();
  await page.getByRole('button', { name: '确认删除' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '确认删除' })).toHaveCount(0);
  // Threshold help is the description of its input.
  await page.goto(`./#/drafts/${draft}/unit`);
  const input = page.getByLabel(/^公众账号停更天数/);
  const described = await input.getAttribute('aria-describedby');
  expect(described).toBeTruthy();
  await expect(page.locator(`[id="${described}"]`)).toContainText('国办秘函');
});

test('axe finds nothing on any page at 1280 and 390 px and in large-text mode', async ({ page }) => {
  test.setTimeout(600_000); // 48 axe runs
  const draft = await openSample(page);
  const routes = ['', `drafts/${draft}/unit`, `drafts/${draft}/inventory`, `drafts/${draft}/articles/4`,
    `drafts/${draft}/result`, `drafts/${draft}/report`, 'open', 'rollup', 'training', 'training/articles', 'verify', 'changes'];
  for (const large of [false, true]) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const r of routes) {
        await page.goto(`./#/${r}`);
        await expect(page.locator('main h1').first()).toBeVisible();
        // 汇总, 培训 and 核验 reload into the full module first (pages::FullModulePage says 正在载入).
        await expect(page.locator('main h1').first()).not.toHaveText(/正在载入/);
        if (large) await page.evaluate(() => document.documentElement.classList.add('large-text'));
        expect(await axeViolations(page), `${r || 'start'} at ${width}${large ? ' large text' : ''}`).toEqual([]);
      }
    }
  }
});
