// Benchmark (not a test, issue #21): Lighthouse 12.2.3 mobile performance of the start page, a
// check step and the sample unit's report, dist/ served compressed (e2e/bench/serve-compressed.mjs).
// The check step and the report need a stored draft: the sample file is imported through 打开文件 in
// a Chromium profile first, its cache is then deleted, and Lighthouse runs in that profile without
// resetting storage (so the draft stays and the HTTP cache is empty). Lighthouse's own mobile
// defaults apply (simulated 4× CPU slowdown, slow 4G).
// Usage: node e2e/bench/lighthouse.mjs   (needs `make dist`; `make bench` installs Lighthouse into
// e2e/bench/lighthouse/ from its own package.json, so `make test` does not carry it)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './serve-compressed.mjs';
import { CHROMIUM_ARGS, importSample } from './deep-link.mjs';

const PORT = 8189;
const DEBUG_PORT = 9289;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const require = createRequire(new URL('./lighthouse/package.json', import.meta.url));
const { default: lighthouse } = await import(require.resolve('lighthouse'));

const server = await serve('dist', PORT);
const profile = mkdtempSync(join(tmpdir(), 'fingertip-lh-'));
const results = [];
try {
  // The stored draft, in the profile Lighthouse will use.
  const seeding = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, locale: 'zh-CN' });
  const page = seeding.pages()[0] ?? await seeding.newPage();
  const id = await importSample(page, ORIGIN);
  await seeding.close();
  const pages = [['start page', `${ORIGIN}/`], ['check step (第4条)', `${ORIGIN}/#/drafts/${id}/articles/4`], ['report', `${ORIGIN}/#/drafts/${id}/report`]];
  for (const [name, url] of pages) {
    // Each page cold, in a Chromium of its own: the caches go, the stored draft stays (and the
    // page is a new document, not a hash change inside the one before).
    for (const dir of ['Default/Cache', 'Default/Code Cache']) rmSync(join(profile, dir), { recursive: true, force: true });
    const chrome = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const run = await lighthouse(url, { port: DEBUG_PORT, onlyCategories: ['performance'], disableStorageReset: true, logLevel: 'error', output: 'json' });
      const audit = (k) => Math.round(run.lhr.audits[k]?.numericValue ?? NaN);
      results.push({
        page: name,
        performance: Math.round((run.lhr.categories.performance.score ?? 0) * 100),
        fcp_ms: audit('first-contentful-paint'),
        lcp_ms: audit('largest-contentful-paint'),
        tbt_ms: audit('total-blocking-time'),
        cls: run.lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
        transfer_kb: Math.round((run.lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1000),
        runtime_error: run.lhr.runtimeError?.message ?? null,
      });
    } finally {
      // Wait for Chromium to exit, so it no longer writes to the profile.
      const exited = new Promise((r) => chrome.once('exit', r));
      chrome.kill();
      await exited;
    }
  }
} finally {
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
console.log('\nLighthouse 12.2.3, mobile performance (target ≥ 90), dist/ served compressed');
console.table(results);
mkdirSync('e2e/results', { recursive: true });
writeFileSync('e2e/results/bench-lighthouse.json', JSON.stringify({ measured_at: new Date().toISOString(), results }, null, 2));
console.log('written: e2e/results/bench-lighthouse.json');
