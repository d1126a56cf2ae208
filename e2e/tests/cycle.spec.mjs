// The rectification cycle: the sample unit → next self-check → fix its two group red lines → the
// compare page shows exactly those two as 已整改, prints with both fingerprints, and the closed
// ledger row stays 已销号 after a reload.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test.mjs';

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
  await expect(page.getByRole('region', { name: /上次自查的问题,本次已不存在/ }).getByRole('listitem').filter({ hasText: 'C6.4' }))
    .toContainText('已销号');
});
