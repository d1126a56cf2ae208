// One-off: screenshots of the cycle's pages for docs/ (#15): comparing the sample's file with its
// next check (#/compare) and the preview of an edited XLSX ledger. Usage, from the repository
// root: node scripts/shots-cycle.mjs DIST PORT
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [dist, port] = process.argv.slice(2);
const sample = readFileSync('content/samples/sample-unit.json');
const srv = spawn('python3', ['-m', 'http.server', port, '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true });
const page = await ctx.newPage();
const base = `http://127.0.0.1:${port}/`;
await page.goto(base);
await page.getByRole('button', { name: '试用示例单位' }).click();
await page.getByRole('link', { name: '查看并打印自查报告' }).click();
// The edited ledger's preview.
const [download] = await Promise.all([page.waitForEvent('download'),
  page.getByRole('region', { name: '导出与打印' }).getByRole('button', { name: '导出整改台账(Excel)' }).click()]);
const dir = mkdtempSync(join(tmpdir(), 'shots-'));
const [exported, edited] = [join(dir, 'l.xlsx'), join(dir, 'e.xlsx')];
writeFileSync(exported, readFileSync(await download.path()));
execFileSync('python3', ['scripts/edit-ledger-xlsx.py', exported, edited, 'C6.4:责任人=孙科长', 'C6.4:时限=date:2027-03-31', 'C7.1:时限=年底前']);
await page.getByLabel(/选择从本工具导出/).setInputFiles(edited);
const preview = page.locator('.ledger-import');
await preview.getByRole('button', { name: '应用这些修改' }).waitFor();
await preview.scrollIntoViewIfNeeded();
await page.waitForTimeout(400);
await preview.screenshot({ path: 'docs/cycle-ledger-import.png' });
// The next check, one red line fixed, compared with the sample's file.
await page.getByRole('button', { name: '另起一次自查…' }).click();
const dialog = page.getByRole('dialog', { name: '另起一次自查' });
await dialog.getByLabel('自查日期').fill('2026-12-30');
await dialog.getByRole('button', { name: '开始下一次自查' }).click();
await page.waitForURL(/#\/drafts\/[^/]+\/check/);
const next = page.url().match(/#\/drafts\/([^/]+)\//)[1];
await page.goto(`${base}#/drafts/${next}/articles/6`);
await page.locator('#row-C6\\.4-grp-3').getByRole('radio', { name: '否', exact: true }).check();
await page.getByRole('button', { name: /^确认本条全部待复核答案/ }).click();
await page.goto(`${base}#/compare`);
await page.getByRole('group', { name: '前一次' }).getByLabel('或打开存档文件(.json)').setInputFiles({ name: 'sample-unit.json', mimeType: 'application/json', buffer: sample });
await page.getByRole('group', { name: '后一次' }).getByLabel('本机草稿').selectOption(next);
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/cycle-compare-pick.png' });
await page.getByRole('button', { name: '对比', exact: true }).click();
await page.getByRole('table', { name: /逐项对比/ }).waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: 'docs/cycle-compare-result.png', fullPage: false });
await browser.close(); srv.kill();
