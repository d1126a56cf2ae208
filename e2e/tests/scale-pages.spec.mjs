// Issue #20: a unit with 120 more work groups than the sample. Long lists are drawn a page at a
// time (自查 rows and 清单 tables, 50 rows a page, with 按名称查找), a link to a row opens its
// page, and the report draws its long lists in slices and lets the user print only when complete.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { OpenFilePage, SAMPLE_FILE } from '../fixtures/open-file.mjs';

const EXTRA = 120;

/** The sample unit's file with EXTRA more standing work groups (unanswered). */
function bigUnit() {
  const file = JSON.parse(SAMPLE_FILE.toString('utf8'));
  const groups = file.assessment.inventory.groups;
  const model = groups[0];
  for (let i = 1; i <= EXTRA; i++) {
    groups.push({ ...model, id: `grp-big-${i}`, name: `规模群${String(i).padStart(3, '0')}` });
  }
  return Buffer.from(JSON.stringify(file));
}

async function importBig(page) {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('big-unit.json', bigUnit());
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  return page.url().match(/drafts\/([^/]+)/)[1];
}

/** The first article whose rows need more than one page. */
async function openPagedArticle(page, id) {
  for (let a = 1; a <= 16; a++) {
    await page.goto(`./#/drafts/${id}/articles/${a}`);
    await expect(page.locator('#article-title')).toBeVisible();
    if (await page.getByRole('navigation', { name: '本条题目(页首)分页' }).count()) return a;
  }
  throw new Error('no article with more than one page of rows');
}

test('the 自查 page shows 50 rows a page, pages on, and finds an asset by name', async ({ page }) => {
  const id = await importBig(page);
  await openPagedArticle(page, id);
  const pager = page.getByRole('navigation', { name: '本条题目(页首)分页' });
  await expect(pager).toContainText(/第 1\/\d+ 页,第 1–50 行,共 \d+ 行/);
  await expect(page.locator('.item-row')).toHaveCount(50);
  const firstOnPage1 = await page.locator('.item-row').first().getAttribute('id');

  await page.getByRole('navigation', { name: '本条题目(页尾)分页' }).getByRole('button', { name: '下一页' }).click();
  await expect(pager).toContainText(/第 2\/\d+ 页,第 51–100 行/);
  await expect(page.locator('#article-title')).toBeFocused();
  expect(await page.locator('.item-row').first().getAttribute('id')).not.toBe(firstOnPage1);

  await pager.getByLabel('本条题目(页首):跳到第几页').selectOption({ label: '第 1 页' });
  await expect(pager).toContainText('第 1/');

  await page.getByLabel('按名称查找').fill('规模群117');
  const rows = page.locator('.item-row');
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText('规模群117');
  // One page of matches: no page controls.
  await expect(pager).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a link to a row on a later page opens that page with the row in view', async ({ page }) => {
  const id = await importBig(page);
  const article = await openPagedArticle(page, id);
  // The last row of the article: go to the last page and read its id.
  const pager = page.getByRole('navigation', { name: '本条题目(页首)分页' });
  const pages = Number((await pager.textContent()).match(/第 1\/(\d+) 页/)[1]);
  await pager.getByLabel('本条题目(页首):跳到第几页').selectOption({ label: `第 ${pages} 页` });
  const last = page.locator('.item-row').last();
  const rowId = await last.getAttribute('id');
  const [, item, asset] = rowId.match(/^row-([A-Z]+\d+(?:\.\d+)*)-(.+)$/) ?? [];
  expect(item && asset, `row id ${rowId}`).toBeTruthy();

  await pager.getByLabel('本条题目(页首):跳到第几页').selectOption({ label: '第 1 页' });
  await expect(pager).toContainText('第 1/');
  await expect(page.locator(`[id="${rowId}"]`)).toHaveCount(0);
  await page.goto(`./#/drafts/${id}/articles/${article}/${item}/${asset}`);
  await expect(pager).toContainText(`第 ${pages}/${pages} 页`);
  await expect(page.locator(`[id="${rowId}"]`)).toBeInViewport();
});

test('清单 tables page at 50 rows; an added group opens the last page with its name field focused', async ({ page }) => {
  const id = await importBig(page);
  await page.goto(`./#/drafts/${id}/inventory`);
  const section = page.getByRole('region', { name: /^工作群组/ });
  await expect(section.getByRole('heading', { name: `工作群组(${4 + EXTRA})` })).toBeVisible();
  await expect(section.locator('tbody tr')).toHaveCount(50);
  const pager = section.getByRole('navigation', { name: /分页$/ });
  await expect(pager).toContainText(`第 1/3 页,第 1–50 行,共 ${4 + EXTRA} 行`);
  await pager.getByRole('button', { name: '下一页' }).click();
  await expect(pager).toContainText('第 2/3 页,第 51–100 行');

  await section.getByRole('button', { name: '添加工作群组' }).click();
  await expect(pager).toContainText(`第 3/3 页,第 101–${5 + EXTRA} 行,共 ${5 + EXTRA} 行`);
  await expect(page.locator('input:focus')).toHaveCount(1);
  const focusedId = await page.evaluate(() => document.activeElement.id);
  expect(focusedId).toMatch(/-name$/);
  await page.locator('input:focus').fill('新加的群');
  await expect(section.locator('tbody tr').last().locator(`[id="${focusedId}"]`)).toHaveValue('新加的群');
});

test('the report draws its long appendix in slices; print is offered once all rows are there', async ({ page }) => {
  const id = await importBig(page);
  await page.goto(`./#/drafts/${id}/report`);
  const print = page.getByRole('button', { name: '打印自查底稿' });
  await expect(print).toBeEnabled({ timeout: 60_000 });
  await expect(page.locator('.appendix .drawing')).toHaveCount(0);
  // Every finding is in the appendix once drawn: rows of the new groups included.
  await expect(page.locator('.appendix-table tbody tr').filter({ hasText: '规模群120' }).first()).toBeAttached();
  const rows = await page.locator('.appendix-table tbody tr').count();
  // More than the first slices (100 rows each) were drawn.
  expect(rows).toBeGreaterThan(400);
});
