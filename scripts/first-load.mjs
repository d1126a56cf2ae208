// First-load transfer report: the gzip size of every file the start page fetches before it is shown
// (the page itself plus every <script src> and stylesheet it names, and the first screen's
// wasm-bindgen JS and wasm that the app loader preloads there), against the budget in
// scripts/budget.env. Exits 1 above the budget, which fails `make dist` (and the e2e layer).
// Then the full app (every JS and wasm file a deep link loads before its first question: the
// classic scripts and the unit module, not the first screen) against
// its own budget there; above it, also exit 1.
// Also lists, apart, what the app loader fetches after the first screen is painted (the unit
// module) and what it fetches only for the full module's pages.
//
// Usage: node scripts/first-load.mjs [dist]
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { parseLoader } from './app-loader.mjs';

const DIST = process.argv[2] ?? 'dist';
// The environment may override a number (the e2e test of the gate itself sets a tiny budget).
const budget = Object.fromEntries(readFileSync('scripts/budget.env', 'utf8').split('\n')
  .map((l) => /^([A-Z_]+)=(\d+)\s*$/.exec(l)).filter(Boolean)
  .map((m) => [m[1], Number(process.env[m[1]] ?? m[2])]));
const KB = 1000;
const BUDGET = budget.FIRST_LOAD_BUDGET_KB * KB;
const TARGET = budget.FIRST_LOAD_TARGET_KB * KB;
if (!BUDGET || !TARGET) throw new Error('scripts/budget.env: FIRST_LOAD_BUDGET_KB and FIRST_LOAD_TARGET_KB needed');
const FULL_BUDGET = budget.FULL_APP_BUDGET_KB * KB;
const FULL_TARGET = budget.FULL_APP_TARGET_KB * KB;
if (!FULL_BUDGET || !FULL_TARGET) throw new Error('scripts/budget.env: FULL_APP_BUDGET_KB and FULL_APP_TARGET_KB needed');

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const refs = ['index.html'];
for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
  const a = m[2];
  const ref = /\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(a)?.[1];
  if (!ref || ref.startsWith('data:')) continue;
  const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(a)?.[1] ?? '';
  if (m[1].toLowerCase() === 'script' || /^(stylesheet|modulepreload|preload)$/i.test(rel)) {
    const file = ref.replace(/^\.\//, '').split(/[?#]/)[0];
    if (!refs.includes(file)) refs.push(file);
  }
}

/** Size of the precompressed file beside `file` if make dist wrote it, else compressed here. */
function size(file, ext, compress) {
  const pre = join(DIST, `${file}.${ext}`);
  return existsSync(pre) ? statSync(pre).size : compress(readFileSync(join(DIST, file))).length;
}

const loader = parseLoader(html);
const files = (m) => [m.jsRef, m.wasmRef].map((r) => r.replace(/^\.\//, ''));
// The start page fetches the first screen (the loader's preload script starts it at once); a deep
// link skips it and loads the unit module; the full module only for 汇总, 培训, 对比 and 核验.
const shellFiles = loader ? files(loader.shell) : [];
for (const f of shellFiles) if (!refs.includes(f)) refs.push(f);
const later = loader ? files(loader.unit) : [];
const onDemand = loader ? files(loader.full) : [];

const row = (file) => ({
  file,
  raw: statSync(join(DIST, file)).size,
  gzip: size(file, 'gz', (b) => gzipSync(b, { level: 9 })),
  br: size(file, 'br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
});
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const line = (name, r) => console.log(`${name.padEnd(44)} ${String(r.raw).padStart(10)} ${String(r.gzip).padStart(10)} ${String(r.br).padStart(10)}`);

/** Prints a table of `files` with its total line; returns the total. */
function table(title, files) {
  const rows = files.map(row);
  const total = sum(rows);
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(44)} ${'raw B'.padStart(10)} ${'gzip B'.padStart(10)} ${'brotli B'.padStart(10)}`);
  for (const r of rows) line(r.file, r);
  line('total', total);
  return total;
}

const total = table('First load of the start page (what the browser fetches before it is shown):', refs);
// A deep link: the classic scripts and the unit module, not the first screen.
let full = refs.filter((f) => /\.(js|wasm)$/.test(f) && !shellFiles.includes(f)).map(row);
if (later.length) {
  const after = table('Fetched after the first screen is painted (the unit module; a deep link loads it instead of the first screen):', later);
  console.log(`everything: ${kb(total.gzip + after.gzip)} gzip`);
  full = full.concat(later.map(row));
}
if (onDemand.length) {
  table('Loaded only for 汇总, 培训, 对比 and 核验 (the full module, not on the way to a deep link\'s first question):', onDemand);
}
const fullGzip = sum(full).gzip;
let over = false;
console.log(`gzip total ${kb(total.gzip)} (brotli ${kb(total.br)}); budget ${budget.FIRST_LOAD_BUDGET_KB} KB, target ${budget.FIRST_LOAD_TARGET_KB} KB (scripts/budget.env, 1 KB = 1000 B)`);
if (total.gzip > BUDGET) {
  console.log(`*** OVER BUDGET: first load is ${kb(total.gzip)} gzip, ${kb(total.gzip - BUDGET)} over the ${budget.FIRST_LOAD_BUDGET_KB} KB budget. ***`);
  over = true;
} else if (total.gzip > TARGET) {
  console.log(`within budget, ${kb(total.gzip - TARGET)} over the ${budget.FIRST_LOAD_TARGET_KB} KB target`);
} else {
  console.log('within budget and target');
}
// The full app as a deep link needs it: every JS and wasm file loaded before its first question.
console.log(`full app ${kb(fullGzip)} gzip (all JS + wasm, ${full.length} files); budget ${budget.FULL_APP_BUDGET_KB} KB, target ${budget.FULL_APP_TARGET_KB} KB`);
if (fullGzip > FULL_BUDGET) {
  console.log(`*** OVER BUDGET: full app is ${kb(fullGzip)} gzip, ${kb(fullGzip - FULL_BUDGET)} over the ${budget.FULL_APP_BUDGET_KB} KB budget. ***`);
  over = true;
} else if (fullGzip > FULL_TARGET) {
  console.log(`full app within budget, ${kb(fullGzip - FULL_TARGET)} over the ${budget.FULL_APP_TARGET_KB} KB target (issue #21)`);
} else {
  console.log('full app within budget and target');
}
if (over) process.exit(1);
