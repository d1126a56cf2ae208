// 定稿 and 核验: finalising makes every input read-only, reopening asks for a reason and logs it
// into the export, a hand-edited finalised file opens with a warning and not finalised, the QR
// code of printed pages decodes to the expected text, and the verify page matches and mismatches.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { ReportPage } from '../fixtures/report-page.mjs';
import { OpenFilePage } from '../fixtures/open-file.mjs';
import { FinalisePanel, VerifyPage, enabledControls, pythonFingerprint, qrCodesOnPage } from '../fixtures/finalise.mjs';

const REASON = '主管部门要求补充佐证材料';
const PDF = 'e2e/results/finalised-report.pdf';

async function sampleReport(page) {
  const report = new ReportPage(page);
  await report.openSample();
  await report.openFromResult();
  return report;
}

/** The draft id from the current URL (#/drafts/<id>/...). */
function draftId(page) {
  return /#\/drafts\/([^/]+)\//.exec(page.url())?.[1];
}

test('finalising locks every input, reopening asks for a reason and the change log is exported', async ({ page }) => {
  test.setTimeout(120_000);
  const report = await sampleReport(page);
  const panel = new FinalisePanel(page);
  const id = draftId(page);
  await expect(panel.assessor).not.toHaveValue('');
  const before = await enabledControls(page);
  expect(before.enabled.length).toBeGreaterThan(19 * 4); // the ledger cells are editable
  await panel.finalise('钱局长');
  await expect(panel.banner).toContainText('本自查已定稿,内容只读');
  await expect(panel.record).toContainText('已定稿');
  expect(await axeViolations(page)).toEqual([]);
  let state = await enabledControls(page);
  expect(state.enabled, 'report controls left enabled').toEqual([]);

  // Every wizard page: unit, inventory and every article of the check step.
  const pages = [`#/drafts/${id}/unit`, `#/drafts/${id}/inventory`, `#/drafts/${id}/check`];
  await page.goto(`./#/drafts/${id}/check`);
  const outline = page.getByRole('navigation', { name: '条目大纲' });
  const articles = await outline.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(articles.length).toBeGreaterThan(5);
  pages.push(...articles);
  let checked = 0;
  for (const href of pages) {
    await page.goto(`./${href}`);
    await expect(page.getByTestId('finalised-banner')).toBeVisible();
    await expect(page.locator('main fieldset.lock')).toHaveAttribute('disabled', /.*/);
    state = await enabledControls(page);
    expect(state.total, `${href} has controls`).toBeGreaterThan(0);
    expect(state.enabled, `${href}: controls left enabled`).toEqual([]);
    checked += state.total;
  }
  expect(checked).toBeGreaterThan(100);

  // Reopen: a reason is required; then the ledger is editable again.
  await page.goto(`./#/drafts/${id}/report`);
  await panel.reopenButton.click();
  await panel.confirmReopen.click();
  await expect(panel.error).toHaveText('请填写重新打开的原因,它会记入修改记录。');
  await panel.reason.fill(REASON);
  await panel.confirmReopen.click();
  await expect(panel.banner).toHaveCount(0);
  await expect(panel.record).toContainText(REASON);
  const owner = page.getByRole('textbox', { name: '第 1 项责任人', exact: true });
  await expect(owner).toBeEnabled();
  await owner.fill('王五');
  await panel.finalise('钱局长');

  const saved = JSON.parse((await report.download('导出自查数据(JSON)')).bytes.toString('utf8'));
  const f = saved.assessment.finalisation;
  expect(f.finalised.reviewer).toBe('钱局长');
  expect(f.finalised.fingerprint).toBe(pythonFingerprint(JSON.stringify(saved)));
  expect(f.log).toHaveLength(1);
  expect(f.log[0].reason).toBe(REASON);
  expect(f.log[0].before).toMatch(/^[0-9a-f]{64}$/);
  expect(f.log[0].after).toBe(f.finalised.fingerprint);
  expect(f.log[0].after).not.toBe(f.log[0].before);
  const edited = saved.assessment.answers.find((a) => a.owner === '王五');
  expect(f.log[0].changed).toEqual([{ item: edited.item, asset: edited.asset }]);
  await expect(panel.record).toContainText(edited.item);
});

test('a finalised file edited by hand opens with a warning and not finalised', async ({ page }) => {
  const report = await sampleReport(page);
  await new FinalisePanel(page).finalise('钱局长');
  const text = (await report.download('导出自查数据(JSON)')).bytes.toString('utf8');
  const open = new OpenFilePage(page);

  // The file as exported opens finalised.
  await open.open();
  await open.choose('intact.json', Buffer.from(text));
  await expect(open.preview).toBeVisible();
  await expect(open.preview).not.toContainText('数据指纹不一致');
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await expect(page.getByTestId('finalised-banner')).toBeVisible();

  // The same file with one answer's note changed in a text editor.
  const saved = JSON.parse(text);
  saved.assessment.answers[0].note = `${saved.assessment.answers[0].note ?? ''}(定稿后补记)`;
  await open.open();
  await open.choose('edited.json', Buffer.from(JSON.stringify(saved, null, 2)));
  await expect(open.preview).toContainText('与定稿时记录的数据指纹不一致');
  await expect(open.preview).toContainText('导入后按未定稿处理');
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await page.goto(`./#/drafts/${draftId(page)}/report`);
  const panel = new FinalisePanel(page);
  await expect(panel.finaliseButton).toBeVisible();
  await expect(panel.banner).toHaveCount(0);
  await expect(panel.record).toContainText('未定稿');
});

test('the QR code on printed pages decodes to the fingerprint, unit, date and questionnaire', async ({ page }) => {
  test.setTimeout(90_000);
  const report = await sampleReport(page);
  const saved = JSON.parse((await report.download('导出自查数据(JSON)')).bytes.toString('utf8'));
  const full = pythonFingerprint(JSON.stringify(saved));
  await expect(report.fingerprint).toHaveText(full.slice(0, 16));
  const expected = [
    `指尖自查报告 数据指纹 ${full}`,
    `单位 ${saved.assessment.profile.name}`,
    `日期 ${saved.assessment.profile.date}`,
    `问卷 ${saved.pack_id} ${saved.pack_version}`,
  ].join('\n');
  const { pages } = await report.pdf(PDF);
  for (const n of [1, 2, pages]) {
    expect(qrCodesOnPage(PDF, n), `page ${n}`).toBe(expected);
  }
  // What a scanner reads, pasted into the verify page, matches the file.
  const verify = new VerifyPage(page);
  await verify.open();
  await verify.choose([{ name: 'sample.json', text: JSON.stringify(saved) }]);
  await verify.typed.fill(expected);
  await expect(verify.result).toHaveText(/^一致/);
});

test('the verify page tells a match, a mismatch with the matching file, and no match', async ({ page }) => {
  const report = await sampleReport(page);
  const first = (await report.download('导出自查数据(JSON)')).bytes.toString('utf8');
  const paper = (await report.fingerprint.textContent()).trim();
  await report.measure(1).fill('另行制定整改方案');
  await report.measure(1).blur();
  await expect(report.fingerprint).not.toHaveText(paper);
  const second = (await report.download('导出自查数据(JSON)')).bytes.toString('utf8');

  const verify = new VerifyPage(page);
  await verify.open();
  await verify.choose([{ name: '第二版.json', text: second }, { name: '第一版.json', text: first }]);
  await verify.typed.fill(paper.toUpperCase().replace(/(.{4})/g, '$1 '));
  await expect(verify.result).toHaveText('不一致:纸质报告与文件“第二版.json”的内容不同。与纸质报告一致的是文件“第一版.json”。');
  await expect(verify.rows.nth(0).locator('td').last()).toHaveText('不一致');
  await expect(verify.rows.nth(1).locator('td').last()).toHaveText('一致');

  await page.getByRole('button', { name: '清除已打开的文件' }).click();
  await verify.choose([{ name: '第一版.json', text: first }]);
  await expect(verify.result).toHaveText('一致:纸质报告与文件“第一版.json”是同一份自查内容。');

  await verify.typed.fill('0123456789abcdef');
  await expect(verify.result).toHaveText(/所打开的文件中也没有与它一致的/);
  expect(await axeViolations(page)).toEqual([]);
  await verify.typed.fill('0123');
  await expect(verify.error).toContainText('现在是 4 位');
});
