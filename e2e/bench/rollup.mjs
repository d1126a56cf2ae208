// Benchmark (not a test): the 汇总 page reading, checking and summarising 1,000 and 5,000
// sample-sized unit files (made by `cargo run --release -p fingertip-cli --example gen_units`,
// in /tmp). Prints the time from the files chosen to the views on screen (the app's Performance
// measure `fingertip:rollup`) and the longest main-thread task meanwhile (long-task observer);
// writes e2e/results/bench-rollup.json.
// Usage: node e2e/bench/rollup.mjs   (needs dist/ built; serves it on 127.0.0.1:8183, or ROLLUP_BENCH_PORT)
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const PORT = Number(process.env.ROLLUP_BENCH_PORT ?? 8183);
const SIZES = (process.env.ROLLUP_SIZES ?? '1000,5000').split(',').map(Number);

function files(n) {
  const dir = `/tmp/fingertip-rollup-bench-${n}`;
  // gen_units does nothing when the directory is up to date (same count, current save format).
  execFileSync('target/release/examples/gen_units', [dir, String(n)], { stdio: 'inherit' });
  return readdirSync(dir).filter((sub) => !sub.startsWith('.')).sort().flatMap((sub) => readdirSync(`${dir}/${sub}`).sort().map((f) => `${dir}/${sub}/${f}`));
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = [];
try {
  for (const n of SIZES) {
    const paths = files(n);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${PORT}/#/rollup`);
    await page.getByRole('heading', { name: '多单位自查汇总' }).waitFor();
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))))
        .observe({ type: 'longtask', buffered: true });
    });
    await page.getByLabel('选择多个存档或备份文件(.json)').setInputFiles(paths);
    await page.waitForFunction(() => performance.getEntriesByName('fingertip:rollup').length > 0, null, { timeout: 300_000 });
    const r = await page.evaluate(() => {
      const start = performance.getEntriesByName('fingertip:rollup-start')[0].startTime;
      const tasks = window.__longTasks.filter((t) => t.start >= start - 1);
      return {
        total_ms: Math.round(performance.getEntriesByName('fingertip:rollup')[0].duration),
        longest_task_ms: Math.round(Math.max(0, ...tasks.map((t) => t.ms))),
        tasks_over_100ms: tasks.filter((t) => t.ms > 100).length,
        // When each long task began, in ms after reading started ("at+ms"): reading or the final views.
        long_tasks: tasks.filter((t) => t.ms > 100).map((t) => `${Math.round(t.start - start)}+${Math.round(t.ms)}`).join(' '),
        meta: document.querySelector('[data-testid="rollup-meta"]')?.textContent ?? '',
      };
    });
    results.push({ files: n, ...r });
    await page.close();
  }
  console.log(`汇总 page, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'})`);
  console.table(results.map(({ meta, ...rest }) => rest));
  for (const r of results) console.log(`${r.files}: ${r.meta}`);
  mkdirSync('e2e/results', { recursive: true });
  writeFileSync('e2e/results/bench-rollup.json', JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  server.kill();
}
