// The printable report: what it shows on screen, ledger edits flowing into the exports, the
// printed PDF (fonts, page numbers, fingerprint on every page), an unfinished draft, and a11y.
import { execFileSync } from 'node:child_process';
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { ReportPage, unzipStored } from '../fixtures/report-page.mjs';
import { Wizard } from '../fixtures/wizard.mjs';

const RED_LINES = ['B4.1', 'B5.3', 'C6.4', 'C6.5', 'C7.1', 'C8.2', 'F1', 'F3', 'F7'];
const PDF = 'e2e/results/report.pdf';

test('the sample report shows, exports and prints', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  await expect(page.locator('.report-cover')).toContainText('示例县农业农村局');
  await expect(report.summary.getByRole('heading', { name: '结论:存在红线问题' })).toBeVisible();
  for (const id of RED_LINES) {
    await expect(report.redLines.getByText(id, { exact: true })).toBeVisible();
  }
  await expect(report.ledgerRows()).toHaveCount(21); // one row per problem: 22 findings, F7 on two apps
  const fingerprint = (await report.fingerprint.textContent()).trim();
  expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);

  // A formula typed into the ledger must reach both spreadsheets as inert text.
  const original = await report.measure(1).inputValue();
  await report.measure(1).fill('=1+1');
  await report.measure(1).blur();
  await expect(report.fingerprint).not.toHaveText(fingerprint); // the edit was stored

  const csv = await report.download('导出整改台账(CSV)');
  expect(csv.name).toMatch(/^示例县农业农村局-自查整改台账-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8');
  expect(text).toContain("'=1+1");
  expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 21);

  const xlsx = await report.download('导出整改台账(Excel)');
  expect(xlsx.name.endsWith('.xlsx')).toBe(true);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const sheet = unzipStored(xlsx.bytes).get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
  expect(sheet).toMatch(/t="inlineStr"><is><t[^>]*>=1\+1<\/t>/); // inline text as typed, not a formula
  expect(sheet).not.toContain('<f>');
  expect(sheet.match(/<row /g)).toHaveLength(3 + 21); // two title rows, the header, 21 problem rows

  const json = await report.download('导出自查数据(JSON)');
  const saved = JSON.parse(json.bytes.toString('utf8'));
  expect(saved.format_version).toBe(3);
  expect(saved.assessment.answers.some((a) => a.measure === '=1+1')).toBe(true);

  // Put the sample's own measure back, so the printed ledger shows real content.
  await report.measure(1).fill(original);
  await report.measure(1).blur();
  const restored = JSON.parse((await report.download('导出自查数据(JSON)')).bytes.toString('utf8'));
  expect(restored.assessment.answers.filter((a) => a.measure === original)).toHaveLength(1);

  const printed = (await report.fingerprint.textContent()).trim();
  const { text: pdf, pages } = await report.pdf(PDF);
  expect(pdf).toContain('示例县农业农村局');
  expect(pdf).toContain('存在红线问题');
  for (const id of RED_LINES) expect(pdf).toContain(id);
  expect(pdf).toContain('第 1 页');
  expect(pdf).toContain(`共 ${pages} 页`);
  // The fingerprint footer is on every page: the page-fixed footer on portrait pages, the
  // ledger table's own footer on its landscape pages (Chromium paints the fixed footer only
  // on pages of the first page's size; the first portrait page after the ledger may carry a
  // stray second copy, so this counts pages that have it rather than copies).
  for (let p = 1; p <= pages; p += 1) {
    const one = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), PDF, '-'], { encoding: 'utf8' });
    expect(one, `page ${p}`).toContain(`数据指纹 ${printed}`);
  }
  expect(pdf).not.toContain('导出整改台账'); // no controls on paper
  // The 自查底稿 of the sample prints on exactly 40 A4 pages, the same on every run (pack 1.1.0:
  // 9 red lines, 13 advisories, 22 ledger rows, 3 apps, 136 answers): cover, summary, red lines
  // and by-article (each starts a page; findings kept whole), assets, ledger (landscape pages
  // since #14, 4 pages fewer than the 44 portrait pages before; rows kept whole), parameters,
  // signature and 八 定稿与修改记录, appendix (starts a page; every answer); every page keeps
  // 25 mm at its foot for the fingerprint footer and its QR code. A change of layout, fonts or
  // the sample's content moves this number: look at e2e/results/report.pdf, then update it.
  expect(pages).toBe(40);
});

test('an unfinished self-check is marked 未完成 with its unanswered count', async ({ page }) => {
  const wizard = new Wizard(page);
  await wizard.newDraft('测试未完成单位');
  await wizard.step('4 结果');
  const report = new ReportPage(page);
  await report.openFromResult();
  const cover = page.locator('.report-cover');
  await expect(cover.getByText('未完成', { exact: true })).toBeVisible();
  await expect(cover).toContainText(/尚有 \d+ 项未作答/);
  await expect(page.getByTestId('unfinished-summary')).toContainText(/尚有 \d+ 项未作答/);
  await expect(report.summary.getByRole('heading', { name: '结论:自查未完成' })).toBeVisible();
  // In print a 未完成 watermark repeats on every page, besides the cover's banner.
  const { text: pdf, pages } = await report.pdf('e2e/results/report-unfinished.pdf');
  expect(pdf.split('未完成').length - 1).toBeGreaterThan(pages);
  // A reload lands on the same report, read back from storage.
  await page.reload();
  await expect(report.heading).toBeVisible();
  await expect(cover).toContainText('测试未完成单位');
});

test('the report has no axe violations', async ({ page }) => {
  // axe walks the whole 40-page report: about 35 s on a loaded 2-core machine, over the 30 s default.
  test.slow();
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  expect(await axeViolations(page)).toEqual([]);
});
