// Benchmark (not a test, issue #21): a returning user opens a link to a stored draft's check step.
// The sample unit's file is imported once through 打开文件 (a real draft in localStorage); each of
// RUNS cold loads then uses a new browser context holding only that storage (empty HTTP cache, no
// compiled-wasm cache), Chromium's CPU slowed 4×, and opens #/drafts/<id>/articles/4. Measured:
// ms from navigation start until the first question's answer controls are on screen (an
// .item-row with an enabled input inside the viewport, drawn by the full app). Served by
// e2e/bench/serve-compressed.mjs (the .gz/.br copies `make dist` writes, as a server with
// compression on) and by python's http.server (uncompressed).
// Prints medians and writes e2e/results/bench-deep-link.json.
// Usage: node e2e/bench/deep-link.mjs   (needs `make dist`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from './serve-compressed.mjs';

const RUNS = 5;
const CPU_SLOWDOWN = 4;
const COMPRESSED_PORT = 8187;
const PLAIN_PORT = 8188;
const ARTICLE = 4;
const SAMPLE = readFileSync(new URL('../../content/samples/sample-unit.json', import.meta.url));
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Init script: records when the first question's controls are usable on screen. */
function watchQuestion() {
  const shown = () => {
    if (!document.documentElement.hasAttribute('data-fingertip-app')) return false;
    const input = document.querySelector('.item-row input:not([disabled])');
    if (!input) return false;
    const r = input.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0;
  };
  new MutationObserver((_, observer) => {
    if (window.__firstQuestion === undefined && shown()) {
      window.__firstQuestion = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Imports the sample file through 打开文件 on `origin` in `page`; returns the new draft's id. */
export async function importSample(page, origin) {
  await page.goto(`${origin}/#/open`);
  await page.getByLabel('选择要打开的文件(.json 存档或备份)').setInputFiles({ name: 'sample-unit.json', mimeType: 'application/json', buffer: SAMPLE });
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await page.getByRole('heading', { name: '自查结果' }).waitFor();
  const id = /drafts\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

/** Imports the sample file as a draft on `origin`; returns the draft id and the storage to reuse. */
async function seed(browser, origin) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const id = await importSample(await context.newPage(), origin);
  const storage = await context.storageState();
  await context.close();
  return { id, storage };
}

/** RUNS cold loads of the deep link; the ms of each. */
async function coldLoads(browser, origin) {
  const { id, storage } = await seed(browser, origin);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', storageState: storage });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watchQuestion);
    await page.goto(`${origin}/#/drafts/${id}/articles/${ARTICLE}`);
    await page.waitForFunction(() => window.__firstQuestion !== undefined, null, { timeout: 120_000 });
    // The draft's own check step, not a page the app fell back to.
    const hash = await page.evaluate(() => location.hash);
    if (!hash.endsWith(`/drafts/${id}/articles/${ARTICLE}`)) throw new Error(`deep link landed on ${hash}`);
    times.push(await page.evaluate(() => window.__firstQuestion));
    await context.close();
  }
  return times;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const compressed = await serve('dist', COMPRESSED_PORT);
  const plain = spawn('python3', ['-m', 'http.server', String(PLAIN_PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 700));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const [target, origin] of [['dist/ served compressed', `http://127.0.0.1:${COMPRESSED_PORT}`], ['dist/ over python http (uncompressed)', `http://127.0.0.1:${PLAIN_PORT}`]]) {
      const times = await coldLoads(browser, origin);
      results.push({ target, runs: RUNS, cpu_slowdown: CPU_SLOWDOWN, median_ms: Math.round(median(times)), min_ms: Math.round(Math.min(...times)), max_ms: Math.round(Math.max(...times)), samples_ms: times.map(Math.round) });
    }
  } finally {
    await browser.close();
    compressed.close();
    plain.kill();
  }
  console.log(`\nDeep link to a stored draft's 第${ARTICLE}条, cold, CPU slowed ${CPU_SLOWDOWN}×, ${RUNS} loads each: ms to the first question on screen (target ≤ 700 ms median)`);
  console.table(results.map((r) => ({ target: r.target, 'median ms': r.median_ms, 'min ms': r.min_ms, 'max ms': r.max_ms, samples: r.samples_ms.join(' ') })));
  mkdirSync('e2e/results', { recursive: true });
  writeFileSync('e2e/results/bench-deep-link.json', JSON.stringify({ measured_at: new Date().toISOString(), results }, null, 2));
  console.log('written: e2e/results/bench-deep-link.json');
}
