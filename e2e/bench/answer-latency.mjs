// Benchmark (not a test): with 100 apps and 100 groups in the inventory, the time from answering an
// item to the screen updated and the draft saved, read from the app's Performance measure
// `fingertip:answer-to-saved`. Prints p50/p95/max and writes e2e/results/bench-answer.json.
// Usage: node e2e/bench/answer-latency.mjs   (needs dist/ built; serves it on 127.0.0.1:8182)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const PORT = 8182;
const SAMPLES = 60;
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.getByLabel('单位名称').fill('基准测试局');
  await page.getByRole('link', { name: '2 清单' }).click();
  const names = (prefix) => Array.from({ length: 100 }, (_, i) => `${prefix}${i + 1}`).join('\n');
  for (const [section, prefix] of [['政务应用程序', '应用'], ['工作群组', '群组']]) {
    const region = page.getByRole('region', { name: new RegExp(`^${section}`) });
    await region.getByRole('button', { name: '粘贴名称批量添加' }).click();
    await region.getByLabel('每行一个名称').fill(names(prefix));
    await region.getByRole('button', { name: '添加', exact: true }).click();
  }
  await page.getByRole('heading', { name: '工作群组(100)' }).waitFor();
  await page.getByRole('link', { name: '3 自查' }).click();
  await page.getByRole('navigation', { name: '条目大纲' }).getByRole('link', { name: /防止强制使用/ }).click();
  const radios = page.locator('.item-row fieldset.answer-choice input[type=radio]');
  await radios.first().waitFor();
  const rows = await page.locator('.item-row').count();
  await page.evaluate(() => performance.clearMeasures());
  for (let i = 0; i < SAMPLES; i++) {
    await radios.nth((i * 7) % (await radios.count())).check();
    await page.waitForFunction((n) => performance.getEntriesByName('fingertip:answer-to-saved').length >= n, i + 1);
  }
  const ms = (await page.evaluate(() => performance.getEntriesByName('fingertip:answer-to-saved').map((e) => e.duration)))
    .sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  const result = { assets: 200, rows_on_page: rows, samples: ms.length, p50_ms: q(0.5), p95_ms: q(0.95), max_ms: ms[ms.length - 1] };
  console.log('answer → screen updated → saved, 100 apps + 100 groups');
  console.table(result);
  mkdirSync('e2e/results', { recursive: true });
  writeFileSync('e2e/results/bench-answer.json', JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  server.kill();
}
