// Benchmark (not a test): cold start of the start page on a slow machine. Chromium's CPU is slowed
// 4× (CDP Emulation.setCPUThrottlingRate), and each of RUNS loads uses a new browser context (empty
// HTTP cache, no compiled-wasm cache). Measured, per load:
//   - first screen usable: ms from navigation start (performance.timeOrigin) until the 新建自查
//     button is in the page, enabled, and the element at its centre (so a click would reach it).
//     That is the first screen (src/shell.rs); a press there is carried over to the full app;
//   - full app in: ms until the full app has taken over (<html data-fingertip-app>, no shell left);
//   - JS heap after load and a GC: CDP Runtime.getHeapUsage (usedSize);
//   - wasm memory: byteLength of each module's exported `memory` (the first screen's from Trunk's
//     `TrunkApplicationStarted`, the full app's from the loader's `fingertip:app-started`), which
//     the JS heap figure does not include.
// Targets: dist/ served, the same with the network slowed to NET_MBPS (python's server sends files
// uncompressed, so this is the raw size over a slow intranet link), and the single file (file://).
// Prints medians and writes e2e/results/bench-load.json.
// Usage: node e2e/bench/first-load.mjs   (needs `make dist`; serves dist/ on 127.0.0.1:8185)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const PORT = 8185;
const RUNS = 5;
const CPU_SLOWDOWN = 4;
const NET_MBPS = 4;
const TARGETS = [
  ['dist/ over http', `http://127.0.0.1:${PORT}/`],
  [`dist/ over http at ${NET_MBPS} Mbit/s`, `http://127.0.0.1:${PORT}/`, NET_MBPS],
  ['single file (file://)', pathToFileURL('dist/fingertip-selfcheck.html').href],
];

/** Init script: records when the start page becomes usable and when the full app is in, and the wasm exports. */
function watchStart() {
  const isReady = () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === '新建自查');
    if (!button || button.disabled) return false;
    const r = button.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === button || button.contains(hit));
  };
  const fullIn = () => document.documentElement.hasAttribute('data-fingertip-app') && !document.getElementById('shell-root') && isReady();
  new MutationObserver((_, observer) => {
    if (window.__startInteractive === undefined && isReady()) {
      window.__startInteractive = performance.now();
      performance.mark('fingertip:start-interactive');
    }
    if (window.__fullApp === undefined && fullIn()) {
      window.__fullApp = performance.now();
      performance.mark('fingertip:full-app');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__shellExports = e.detail.wasm; });
  addEventListener('fingertip:app-started', (e) => { window.__appExports = e.detail.wasm; });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const mib = (n) => Math.round((n / 1048576) * 10) / 10;

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const results = [];
try {
  for (const [name, url] of TARGETS) {
    const runs = [];
    const [, , mbps] = TARGETS.find((t) => t[0] === name);
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      if (mbps) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false, latency: 20, downloadThroughput: (mbps * 1e6) / 8, uploadThroughput: (mbps * 1e6) / 8,
        });
      }
      await page.addInitScript(watchStart);
      await page.goto(url);
      await page.waitForFunction(() => window.__fullApp !== undefined, null, { timeout: 120_000 });
      await page.getByRole('button', { name: '新建自查' }).click({ trial: true });
      const inPage = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const shell = window.__shellExports?.memory?.buffer?.byteLength ?? 0;
        const app = window.__appExports?.memory?.buffer?.byteLength ?? 0;
        return {
          interactive_ms: window.__startInteractive,
          full_app_ms: window.__fullApp,
          dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null,
          wasm_memory_bytes: shell + app,
          wasm_memory_first_screen_bytes: shell,
          wasm_memory_full_app_bytes: app,
        };
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      runs.push({ ...inPage, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize });
      await context.close();
    }
    const pick = (k) => runs.map((r) => r[k]);
    results.push({
      target: name,
      runs: RUNS,
      cpu_slowdown: CPU_SLOWDOWN,
      interactive_median_ms: Math.round(median(pick('interactive_ms'))),
      interactive_min_ms: Math.round(Math.min(...pick('interactive_ms'))),
      interactive_max_ms: Math.round(Math.max(...pick('interactive_ms'))),
      full_app_median_ms: Math.round(median(pick('full_app_ms'))),
      network_mbps: mbps ?? null,
      js_heap_used_median_bytes: median(pick('js_heap_used_bytes')),
      wasm_memory_median_bytes: median(pick('wasm_memory_bytes')),
      samples: runs.map((r) => ({ ...r, interactive_ms: Math.round(r.interactive_ms), full_app_ms: Math.round(r.full_app_ms), dom_content_loaded_ms: Math.round(r.dom_content_loaded_ms) })),
    });
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`Cold start to an interactive start page, CPU slowed ${CPU_SLOWDOWN}×, ${RUNS} loads each (new context per load)`);
console.table(results.map((r) => ({
  target: r.target,
  'usable median ms': r.interactive_median_ms,
  'min ms': r.interactive_min_ms,
  'max ms': r.interactive_max_ms,
  'full app in, median ms': r.full_app_median_ms,
  'JS heap MiB': mib(r.js_heap_used_median_bytes),
  'wasm memory MiB': mib(r.wasm_memory_median_bytes),
})));
mkdirSync('e2e/results', { recursive: true });
writeFileSync('e2e/results/bench-load.json', JSON.stringify({ measured_at: new Date().toISOString(), results }, null, 2));
console.log('written: e2e/results/bench-load.json');
