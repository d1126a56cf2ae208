// The first-load budget gate of `make dist` (scripts/first-load.mjs) on the real dist/: within the
// 300 KB budget it passes; with a budget the build exceeds it fails and says by how much.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function firstLoad(env = {}) {
  const run = spawnSync('node', ['scripts/first-load.mjs', 'dist'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const total = Number(/^gzip total ([\d.]+) KB/m.exec(run.stdout)?.[1]);
  return { status: run.status, out: run.stdout, total };
}

test('the first load of dist/ is within the budget, and the full app is counted apart', () => {
  const { status, out, total } = firstLoad();
  expect(status, out).toBe(0);
  expect(total).toBeGreaterThan(20);
  expect(total).toBeLessThanOrEqual(300);
  expect(out).toMatch(/fingertip-shell-[0-9a-f]+_bg\.wasm/);
  expect(out).toMatch(/Fetched after the first screen[\s\S]*fingertip-web-[0-9a-f]+_bg\.wasm[\s\S]*Loaded only for 汇总/);
  // The full module (every page) is listed apart, and not counted in the full app's sum; nor is the
  // first screen, which a deep link does not load: the three classic scripts and the unit module.
  expect(out).toMatch(/Loaded only for 汇总[^\n]*\n[^\n]*\nfingertip-full-[0-9a-f]+\.js/);
  expect(out).toMatch(/^full app [\d.]+ KB gzip \(all JS \+ wasm, 5 files\)/m);
});

test('a first load over the budget fails the build', () => {
  const { status, out } = firstLoad({ FIRST_LOAD_BUDGET_KB: '20' });
  expect(status).toBe(1);
  expect(out).toMatch(/OVER BUDGET: first load is [\d.]+ KB gzip, [\d.]+ KB over the 20 KB budget/);
});

test('the full app is counted whole (every JS and wasm file) and gated by its own budget', () => {
  const { status, out } = firstLoad();
  expect(status, out).toBe(0);
  const full = Number(/^full app ([\d.]+) KB gzip \(all JS \+ wasm, (\d+) files\)/m.exec(out)?.[1]);
  const first = Number(/^gzip total ([\d.]+) KB/m.exec(out)?.[1]);
  // More than the first screen (it holds the full app's wasm too), and within the committed budget.
  expect(full).toBeGreaterThan(first);
  const over = firstLoad({ FULL_APP_BUDGET_KB: String(Math.floor(full) - 1) });
  expect(over.status).toBe(1);
  expect(over.out).toMatch(/OVER BUDGET: full app is [\d.]+ KB gzip, [\d.]+ KB over the \d+ KB budget/);
});
