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
  expect(out).toMatch(/Fetched after the first screen[\s\S]*fingertip-web-[0-9a-f]+_bg\.wasm/);
});

test('a first load over the budget fails the build', () => {
  const { status, out } = firstLoad({ FIRST_LOAD_BUDGET_KB: '20' });
  expect(status).toBe(1);
  expect(out).toMatch(/OVER BUDGET: first load is [\d.]+ KB gzip, [\d.]+ KB over the 20 KB budget/);
});
