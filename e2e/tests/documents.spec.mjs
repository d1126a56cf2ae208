// The documents a unit files (#14): the 正式报告 and the 自查底稿 of the sample unit and of a
// fully compliant unit printed to PDF and read back with pdftotext (公文 title, 主送机关, the
// narrative headings, each red line once, the closing; ≤ 4 pages for the compliant unit), the
// ledger on landscape pages with ≥ 8 rows a page, the 备案申请表 with its 待补充 list, and the
// Word files as OOXML packages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.mjs';
import { ReportPage, unzipStored } from '../fixtures/report-page.mjs';
import { OpenFilePage } from '../fixtures/open-file.mjs';

const RED_LINES = ['B4.1', 'B5.3', 'C6.4', 'C6.5', 'C7.1', 'C8.2', 'F1', 'F3', 'F7'];
const HEADINGS = ['一、工作开展情况', '二、基本情况', '三、发现问题', '四、整改措施及下一步计划'];
const flat = (s) => s.replace(/\s+/g, '');

/** Per-page sizes of a PDF: true for a landscape page. */
function landscapePages(path) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
}

async function style(page, name) {
  await page.getByRole('group', { name: '报告样式' }).getByRole('button', { name }).click();
  await expect(page.getByRole('group', { name: '报告样式' }).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
}

test('the sample unit prints a 正式报告 with its narrative, red lines once and a landscape ledger', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  await style(page, '正式报告');
  const title = '关于示例县农业农村局防治“指尖上的形式主义”自查情况的报告';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByLabel('主送机关').fill('县委办公室、县政府办公室');
  await page.getByLabel('主送机关').blur();
  await expect(page.locator('.official-addressee')).toHaveText('县委办公室、县政府办公室:');
  // The unit rewrites a section; the text is saved to the draft and survives a reload.
  await page.getByText('修改本节文字').last().click();
  const box = page.getByRole('textbox', { name: '四、整改措施及下一步计划文字' });
  await box.fill('本局将于年底前完成全部整改。\n下一步定期开展自查。');
  await box.blur();
  await expect(page.getByText('修改本节文字(已修改)')).toBeVisible();
  await page.reload();
  await style(page, '正式报告');
  await expect(page.locator('.official')).toContainText('本局将于年底前完成全部整改。');
  await expect(page.getByLabel('主送机关')).toHaveValue('县委办公室、县政府办公室');

  const { text, pages } = await report.pdf('e2e/results/official.pdf');
  const t = flat(text);
  expect(t).toContain(flat(title));
  expect(t).toContain('县委办公室、县政府办公室:');
  for (const h of HEADINGS) expect(t).toContain(h);
  const red = t.slice(t.indexOf('(一)单项否决(红线)问题9项'), t.indexOf('(二)需要改进的问题'));
  for (const id of RED_LINES) expect(red.split(`(${id},`).length - 1, id).toBe(1);
  expect(t).toContain('本局将于年底前完成全部整改。');
  expect(t).toContain('示例县农业农村局2026年11月1日');
  expect(t).toContain('附件1整改台账');
  expect(t).not.toContain('修改本节文字'); // no controls on paper
  // Tool words only in the small colophon at the very end, after the closing.
  expect(t.indexOf('问卷包内容哈希')).toBeGreaterThan(t.indexOf('2026年11月1日'));
  expect(t).toContain(`共${pages}页`);
  // The ledger prints on landscape pages, at least 8 of its 21 rows (one per problem) a page.
  const landscape = landscapePages('e2e/results/official.pdf');
  const wide = landscape.filter(Boolean).length;
  expect(wide).toBeGreaterThan(0);
  expect(wide).toBeLessThanOrEqual(Math.ceil(21 / 8));
  expect(landscape.indexOf(true)).toBeGreaterThan(0); // the 公文 itself is portrait
  // Every landscape ledger page still carries the fingerprint (the ledger table's own footer).
  const fp = (await report.fingerprint.textContent()).trim();
  landscape.forEach((wideOne, i) => {
    const one = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), 'e2e/results/official.pdf', '-'], { encoding: 'utf8' });
    expect(one, `page ${i + 1}`).toContain(`数据指纹 ${fp}`);
    if (wideOne) expect(one, `page ${i + 1}`).toMatch(/第\s*\d+\s*页\s*共\s*\d+\s*页/);
  });
  expect(pages).toBeLessThanOrEqual(8);

  const docx = await report.download('导出正式报告(Word)');
  expect(docx.name).toMatch(/^示例县农业农村局-自查情况的报告-2026-11-01\.docx$/);
  const parts = unzipStored(docx.bytes);
  const types = parts.get('[Content_Types].xml').toString('utf8');
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml' || name.endsWith('.rels')) continue;
    expect(types, name).toContain(`PartName="/${name}"`);
  }
  const body = parts.get('word/document.xml').toString('utf8');
  expect(body).toContain('县委办公室、县政府办公室:');
  expect(body).toContain('本局将于年底前完成全部整改。');
});

test('a fully compliant unit gets a 正式报告 of at most 4 pages and a complete 自查底稿', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('compliant-unit.json', readFileSync(new URL('../fixtures/compliant-unit.json', import.meta.url)));
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  const report = new ReportPage(page);
  await report.openFromResult();
  await style(page, '正式报告');
  const { text, pages } = await report.pdf('e2e/results/official-compliant.pdf');
  const t = flat(text);
  expect(t).toContain(flat('关于某市数据局防治“指尖上的形式主义”自查情况的报告'));
  for (const h of HEADINGS) expect(t).toContain(h);
  expect(t).toContain('经自查,未发现单项否决(红线)问题,也未发现需要改进的问题。');
  expect(t).toContain('某市数据局2026年6月30日');
  expect(t).not.toContain('红线问题(0项)');
  expect(pages).toBeLessThanOrEqual(4);

  await style(page, '自查底稿');
  const workpaper = await report.pdf('e2e/results/workpaper-compliant.pdf');
  const w = flat(workpaper.text);
  expect(w).toContain('防治“指尖上的形式主义”自查报告');
  expect(w).toContain('符合要求');
  expect(w).toContain('附录全部作答情况');
  expect(workpaper.pages).toBeGreaterThan(pages);
});

test('the 备案申请表 of each hosted app lists what is still to fill and prints without it', async ({ page }) => {
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  await style(page, '备案申请表');
  const forms = page.locator('section.filing-form');
  await expect(forms).toHaveCount(2); // app-3 is only used: its host files it
  const todo = page.getByRole('complementary', { name: '示例县农技学习打卡 待补充' });
  await expect(todo).toContainText('3. 经办人·姓名');
  await expect(todo).toContainText('5. 功能设置情况·设置原因及依据');
  await expect(forms.nth(1)).toContainText('立项审核手续不完整');
  await expect(forms.nth(1).locator('.to-fill').first()).toHaveText('待补充');
  const { text, pages } = await report.pdf('e2e/results/filing-forms.pdf');
  const t = flat(text);
  expect(t.split('政务移动互联网应用程序备案申请表').length - 1).toBe(2);
  expect(t).toContain('示例县农技学习打卡');
  expect(t).toContain('本单位承诺,备案材料所有内容真实、完整、准确和有效。');
  expect(t).toContain('单位(盖章):');
  expect(t).not.toContain('待补充'); // on screen only: paper has the blank to write in
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(landscapePages('e2e/results/filing-forms.pdf').every((l) => !l)).toBe(true);

  const docx = await report.download('导出备案申请表(Word):示例县农技学习打卡');
  const body = unzipStored(docx.bytes).get('word/document.xml').toString('utf8');
  expect(body).toContain('政务移动互联网应用程序备案申请表');
  expect(body).toContain('设置了:打卡签到、积分排名');
  expect(body).not.toContain('待补充');
});
