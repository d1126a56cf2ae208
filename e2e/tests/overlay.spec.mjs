// 地方标准: a bad overlay is refused field by field; the example overlay (Sichuan's 四个一律) is
// previewed, stored (and survives a reload), answered in a new draft, and shown in the report and
// the ledger with its source; removing it leaves the draft that used it readable.
import { test, expect } from '../fixtures/test.mjs';
import { OverlaysPage, EXAMPLE_OVERLAY } from '../fixtures/overlays-page.mjs';
import { ReportPage } from '../fixtures/report-page.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

test('a bad overlay is refused with field-level errors and nothing is stored', async ({ page }) => {
  const overlays = new OverlaysPage(page);
  await overlays.open();
  const bad = JSON.parse(EXAMPLE_OVERLAY.toString('utf8'));
  delete bad.hash;
  bad.items[0].id = 'B1.2'; // a national item: an attempt to rewrite it
  bad.items[1].rules[0].values = ['maybe']; // a rule that cannot fire
  await overlays.choose('bad.json', Buffer.from(JSON.stringify(bad)));
  await expect(overlays.errors).toContainText('有 2 处问题,没有加载');
  await expect(overlays.errors).toContainText('items[0]:“B1.2”是全国问卷的题目');
  await expect(overlays.errors).toContainText('items[1](SC1.2).rules[0]:这条规则永远不会触发');
  await expect(page.getByText('还没有加载地方标准。')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fingertip/overlay/')));
  expect(keys).toEqual([]);
});

test('load the example overlay, answer it, see it in the report and ledger, remove it', async ({ page }) => {
  const overlays = new OverlaysPage(page);
  await overlays.open();
  await overlays.choose('sichuan-four-rules.json', EXAMPLE_OVERLAY);
  await expect(overlays.preview).toContainText('四川省“四个一律”补充自查(示例) 1.0.0 版');
  await expect(overlays.preview).toContainText('SC1.1');
  await expect(overlays.preview).toContainText('地方规定');
  await overlays.confirm.click();
  await expect(page.getByRole('status')).toContainText('已加载“四川省“四个一律”补充自查(示例)”1.0.0 版');
  await page.reload();
  await expect(overlays.stored).toHaveCount(1);
  await expect(overlays.stored.first()).toContainText('地方规定 · 四川省“四个一律”补充自查(示例) 1.0.0 版');

  const w = new Wizard(page);
  await w.newDraft('某市数据局');
  await expect(page.getByRole('region', { name: '地方标准' })).toContainText('本自查叠加了地方标准');
  await w.step('3 自查');
  await w.openArticle('四个一律');
  const row = w.row('SC1.1', 'unit');
  await expect(row.locator('.item-source')).toHaveText('地方规定 · 四川省“四个一律”补充自查(示例) 1.0.0 版');
  await row.getByRole('textbox').first().fill('3');
  await expect(row.locator('.status-badge')).toHaveText('红线');
  await expect(row.locator('.conf-tag')).toHaveText('地方规定');
  await expect(page.getByRole('status').filter({ hasText: /已保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  const draftUrl = page.url();

  await w.step('4 结果');
  const report = new ReportPage(page);
  await report.openFromResult();
  await expect(page.locator('.report-cover')).toContainText('叠加的地方标准');
  await expect(report.redLines).toContainText('SC1.1');
  await expect(report.redLines).toContainText('〔地方规定〕');
  const ledgerRow = report.ledgerRows().filter({ hasText: 'SC1.1' });
  await expect(ledgerRow).toHaveCount(1);
  await expect(ledgerRow).toContainText('四川“四个一律”');
  await expect(ledgerRow).toContainText('(地方规定)');

  // Removing the overlay from this browser leaves the draft that used it readable, answers and all.
  await overlays.open();
  await overlays.stored.first().getByRole('button', { name: '移除' }).click();
  await expect(page.getByText('还没有加载地方标准。')).toBeVisible();
  await page.reload();
  await expect(page.getByText('还没有加载地方标准。')).toBeVisible();
  await page.goto(draftUrl);
  const again = w.row('SC1.1', 'unit');
  await expect(again.getByRole('textbox').first()).toHaveValue('3');
  await expect(again.locator('.status-badge')).toHaveText('红线');
  await w.step('4 结果');
  await report.openFromResult();
  await expect(report.ledgerRows().filter({ hasText: 'SC1.1' })).toHaveCount(1);
});
