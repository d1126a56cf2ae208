// The rectification cycle: the sample unit → next self-check → fix its two group red lines → the
// compare page shows exactly those two as 已整改, prints with both fingerprints, and the closed
// ledger row stays 已销号 after a reload and after export and import; the same two show when the
// next check is compared with the sample's saved file; an edited XLSX ledger re-imports.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test.mjs';
import { OpenFilePage, SAMPLE_FILE } from '../fixtures/open-file.mjs';
import { ReportPage } from '../fixtures/report-page.mjs';

const GROUP = 'grp-3'; // 高标准农田项目调度群: red lines C6.4 and C7.1 in the sample

async function fix(page, id, article, item) {
  await page.goto(`./#/drafts/${id}/articles/${article}`);
  await page.locator(`#row-${item.replace('.', '\\.')}-${GROUP}`).getByRole('radio', { name: '否', exact: true }).check();
  await page.getByRole('button', { name: /^确认本条全部待复核答案/ }).click();
  await expect(page.getByRole('button', { name: /^确认本条全部待复核答案/ })).toHaveCount(0);
}

test('next self-check, two red lines fixed, compared, printed and closed', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await page.getByRole('link', { name: '查看并打印自查报告' }).click();
  await page.getByRole('button', { name: '另起一次自查…' }).click();
  const dialog = page.getByRole('dialog', { name: '另起一次自查' });
  await dialog.getByLabel('自查日期').fill('2026-12-30');
  await dialog.getByRole('button', { name: '开始下一次自查' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[^/]+\/check/);
  const next = page.url().match(/#\/drafts\/([^/]+)\//)[1];
  await fix(page, next, '6', 'C6.4');
  await fix(page, next, '7', 'C7.1');

  await page.goto(`./#/drafts/${next}/report`);
  await page.getByRole('link', { name: /^与上一次自查/ }).click();
  await expect(page.getByRole('heading', { name: /两次自查对比/ })).toBeVisible();
  await expect(page.getByLabel('只看变化')).toBeChecked();
  const rows = page.getByRole('table', { name: /逐项对比/ }).getByRole('row');
  const fixed = rows.filter({ hasText: /^已整改/ });
  await expect(fixed).toHaveCount(2);
  await expect(fixed.filter({ hasText: 'C6.4' })).toHaveCount(1);
  await expect(fixed.filter({ hasText: 'C7.1' })).toHaveCount(1);
  await expect(page.getByText(/红线问题:已整改 2 项/)).toBeVisible();

  // The printed comparison (A4) carries both dates and both fingerprints.
  const fps = await page.locator('.cmp-heads .fp').allTextContents();
  expect(fps).toHaveLength(2);
  const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
  const pdf = join(dir, 'compare.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  for (const fp of fps) expect(text.replace(/\s+/g, '')).toContain(fp);
  expect(text).toContain('2026-12-30');
  expect(text).toContain('已整改');
  expect(text).not.toContain('导出变化');

  // The group red line C6.4 is gone everywhere: its ledger row is 可销号, then 已销号 for good.
  await page.goto(`./#/drafts/${next}/report`);
  const gone = page.getByRole('region', { name: /上次自查的问题,本次已不存在/ });
  await gone.getByRole('button', { name: '确认 C6.4 销号' }).click();
  await expect(gone.getByRole('listitem').filter({ hasText: 'C6.4' })).toContainText('已销号');
  await page.reload();
  const closedRow = () => page.getByRole('region', { name: /上次自查的问题,本次已不存在/ }).getByRole('listitem').filter({ hasText: 'C6.4' });
  await expect(closedRow()).toContainText('已销号');

  // Exported to a file and imported as a new draft: still 已销号.
  const saved = await new ReportPage(page).download('导出自查数据(JSON)');
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('next-check.json', saved.bytes);
  await open.importNew.click();
  await expect(page).toHaveURL(/#\/drafts\/[^/]+\//);
  const imported = page.url().match(/#\/drafts\/([^/]+)\//)[1];
  expect(imported).not.toBe(next);
  await page.goto(`./#/drafts/${imported}/report`);
  await expect(closedRow()).toContainText('已销号');

  // The next check against the sample's saved file (a draft and a file): the same two fixed.
  await page.goto('./');
  await page.getByRole('link', { name: '对比两次自查' }).click();
  const before = page.getByRole('group', { name: '前一次' });
  const after = page.getByRole('group', { name: '后一次' });
  await before.getByLabel('或打开存档文件(.json)').setInputFiles({ name: 'sample-unit.json', mimeType: 'application/json', buffer: SAMPLE_FILE });
  await expect(before.getByText(/已读取文件“sample-unit.json”/)).toBeVisible();
  await after.getByLabel('本机草稿').selectOption(next);
  await page.getByRole('button', { name: '对比', exact: true }).click();
  const fromFile = page.getByRole('table', { name: /逐项对比/ }).getByRole('row').filter({ hasText: /^已整改/ });
  await expect(fromFile).toHaveCount(2);
  await expect(page.getByText(/红线问题:已整改 2 项/)).toBeVisible();
  await expect(page.getByRole('link', { name: '返回报告' })).toHaveAttribute('href', new RegExp(next));
});

test('an edited XLSX ledger is previewed, applied only when confirmed, and kept', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  const xlsx = await report.download('导出整改台账(Excel)');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  const [exported, edited] = [join(dir, 'ledger.xlsx'), join(dir, 'edited.xlsx')];
  writeFileSync(exported, xlsx.bytes);
  execFileSync('python3', ['scripts/edit-ledger-xlsx.py', exported, edited,
    'C6.4:责任人=孙科长', 'C6.4:时限=date:2027-03-31', 'C7.1:时限=年底前']);
  const rows = report.ledgerRows();
  const c64 = await rows.filter({ hasText: 'C6.4' }).first().locator('td').first().textContent();
  await page.getByLabel(/选择从本工具导出、在 Excel 或 WPS 中修改过的台账/).setInputFiles(
    { name: 'edited.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(edited) });
  const preview = page.getByRole('table', { name: /^将修改 2 处,1 处无法读取/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row').filter({ hasText: '孙科长' })).toHaveCount(1);
  await expect(preview.getByRole('row').filter({ hasText: '2027-03-31' })).toHaveCount(1);
  await expect(page.getByText(/“时限”:“年底前”不是日期/)).toBeVisible();
  // Nothing is applied before the confirmation.
  await expect(report.page.getByRole('textbox', { name: `第 ${c64.trim()} 项责任人`, exact: true })).not.toHaveValue('孙科长');
  await page.getByRole('button', { name: '应用这些修改' }).click();
  const owner = () => page.getByRole('textbox', { name: `第 ${c64.trim()} 项责任人`, exact: true });
  await expect(owner()).toHaveValue('孙科长');
  await page.reload();
  await expect(owner()).toHaveValue('孙科长');
  await expect(page.getByLabel(`第 ${c64.trim()} 项整改时限`, { exact: true })).toHaveValue('2027-03-31');
});
