// Crash window, measured (not a pass/fail timing test): a real Chromium with a persistent profile,
// a draft saved ("已保存" shown), the browser process killed with SIGKILL after D ms, relaunched on
// the same profile; was the edit kept? Prints one line per delay and the window (the longest
// delay at which an edit was lost). Then asserts the one promise README makes: an edit is kept when
// the browser is killed `PROMISE_MS` after it was saved. Exit 1 if that promise is broken.
// Usage: node e2e/faults/crash-window.mjs   (needs dist/; ports CRASH_PORT and CRASH_CDP_PORT)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.CRASH_PORT || 8186);
const CDP = Number(process.env.CRASH_CDP_PORT || 8187);
const DELAYS = (process.env.CRASH_DELAYS || '0,250,1000,3000').split(',').map(Number);
const PROMISE_MS = Number(process.env.CRASH_PROMISE_MS || 1000);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch(profile) {
  const proc = spawn('/usr/bin/chromium', [...FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${CDP}`, 'about:blank'],
    { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${CDP}`);
      return { proc, browser };
    } catch { await sleep(100); }
  }
  throw new Error('chromium did not start');
}

function kill(proc) {
  try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
}

async function trial(delay) {
  const profile = mkdtempSync(join(tmpdir(), 'fingertip-crash-'));
  const unit = `崩溃测试局${delay}`;
  try {
    let { proc, browser } = await launch(profile);
    const page = browser.contexts()[0].pages()[0] ?? await browser.contexts()[0].newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByRole('button', { name: '新建自查' }).click();
    await page.getByLabel('单位名称').fill(unit);
    await page.getByRole('status').filter({ hasText: /已保存/ }).waitFor();
    await page.locator('.draft-unit').filter({ hasText: unit }).waitFor();
    await sleep(delay);
    kill(proc);
    await sleep(300);
    ({ proc, browser } = await launch(profile));
    const again = browser.contexts()[0].pages()[0] ?? await browser.contexts()[0].newPage();
    await again.goto(`http://127.0.0.1:${PORT}/`);
    const list = again.getByRole('region', { name: '继续自查' });
    await list.waitFor();
    // The list fills in once the app has read (and, after a crash, possibly restored) its drafts:
    // wait for the row up to 10 s; a lost edit never shows up.
    const kept = await list.getByRole('row', { name: unit }).first()
      .waitFor({ timeout: 10_000 }).then(() => true, () => false);
    kill(proc);
    return kept;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await sleep(700);
let window = 0;
let promiseKept = true;
try {
  for (const delay of DELAYS) {
    const kept = await trial(delay);
    console.log(`killed ${String(delay).padStart(5)} ms after 已保存: ${kept ? 'kept' : 'LOST'}`);
    if (!kept) window = Math.max(window, delay);
    if (!kept && delay >= PROMISE_MS) promiseKept = false;
  }
} finally {
  server.kill();
}
console.log(window ? `crash window: edits lost when killed up to ${window} ms after saving` : 'crash window: no loss at any delay tried');
if (!promiseKept) {
  console.error(`broken promise: an edit saved ${PROMISE_MS} ms before the kill was lost`);
  process.exit(1);
}
