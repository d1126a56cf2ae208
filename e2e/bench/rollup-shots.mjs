// Screenshots of the 汇总 page at 1280 px (not a test): while 1,000 generated files are read (the
// progress bar and 取消), and with the results. Writes e2e/results/rollup-progress.png and
// rollup-results.png. Usage: node e2e/bench/rollup-shots.mjs PORT  (serve dist/ on 127.0.0.1:PORT)
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';

const port = process.argv[2] ?? '8152';
const dir = '/tmp/fingertip-rollup-bench-1000';
const paths = readdirSync(dir).filter((sub) => !sub.startsWith('.')).sort().flatMap((s) => readdirSync(`${dir}/${s}`).sort().map((f) => `${dir}/${s}/${f}`));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/#/rollup`);
  await page.getByRole('heading', { name: '多单位自查汇总' }).waitFor();
  await page.getByLabel('选择多个存档或备份文件(.json)').setInputFiles(paths);
  await page.getByRole('status').filter({ hasText: '正在读取' }).waitFor();
  await page.screenshot({ path: 'e2e/results/rollup-progress.png' });
  await page.getByTestId('rollup-meta').waitFor({ timeout: 120_000 });
  await page.screenshot({ path: 'e2e/results/rollup-results.png' });
  await page.getByRole('button', { name: '导入到我的自查' }).first().click();
  await page.getByRole('region', { name: /^文件预览/ }).waitFor();
  await page.screenshot({ path: 'e2e/results/rollup-import.png' });
} finally {
  await browser.close();
}
