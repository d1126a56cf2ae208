// One-off: screenshots of the draft list (origins, rename) and the case-selection page.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
const port = '8139';
const srv = spawn('python3', ['-m', 'http.server', port, '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const sample = readFileSync('content/samples/sample-unit.json');
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 2; i += 1) {
    await page.goto(`${base}#/open`);
    await page.getByLabel('选择要打开的文件(.json 存档或备份)').setInputFiles({ name: '农业局-上半年.json', mimeType: 'application/json', buffer: sample });
    await page.getByRole('button', { name: '导入为新草稿' }).click();
    await page.getByRole('heading', { name: '自查结果' }).first().waitFor();
  }
  await page.goto(base);
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.goto(base);
  const rows = page.getByRole('region', { name: '继续自查' }).locator('tbody tr');
  await rows.nth(1).getByRole('button', { name: /^重命名/ }).click();
  await page.getByLabel('草稿名称').pressSequentially('2026 上半年复查');
  await page.getByRole('region', { name: '继续自查' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-list-${w}.png`, fullPage: true });
  await page.goto(`${base}#/training/select`);
  await page.locator('[id="pick-article-4"]').uncheck();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shot-select-${w}.png` });
  await ctx.close();
}
await browser.close(); srv.kill();
