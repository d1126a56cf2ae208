// One-off: screenshots of the check page, the result page and the ledger at 1280 and 390 px
// for docs/ (before/after #13). Usage, from the repository root: node scripts/shots-wizard.mjs DIST PREFIX PORT
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const [dist, prefix, port] = process.argv.slice(2);
const srv = spawn('python3', ['-m', 'http.server', port, '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const [w, h] of [[1280, 900], [390, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const base = `http://127.0.0.1:${port}/`;
  await page.goto(base);
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await page.getByRole('heading', { name: '自查结果' }).first().waitFor();
  const id = page.url().match(/drafts\/([^/]+)/)[1];
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/${prefix}-result-${w}.png` });
  await page.goto(`${base}#/drafts/${id}/articles/6`);
  await page.locator('main h1').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `docs/${prefix}-check-${w}.png` });
  await page.goto(`${base}#/drafts/${id}/report`);
  const ledger = page.getByRole('table', { name: /^整改台账/ });
  await ledger.waitFor();
  await ledger.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `docs/${prefix}-ledger-${w}.png` });
  await ctx.close();
}
await browser.close(); srv.kill();
