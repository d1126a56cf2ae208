// Which post-MVP WebAssembly features a .wasm file really needs, and the browser floor they set.
//
// How: the `target_features` custom section lists what the compiler was allowed to use. The section
// is stripped, then binaryen validates the module with all of those features enabled but one; a
// feature whose removal makes validation fail is needed. (The section alone over-states: it says
// "allowed", e.g. mutable-globals and call-indirect-overlong are listed but unused.)
//
// Usage:
//   node scripts/wasm-features.mjs <file.wasm>            print the needed features and the floor
//   node scripts/wasm-features.mjs <file.wasm> --check static/compat.js
//        also fail (exit 1) unless the compat probe in static/compat.js needs every feature the app
//        needs, and unless the probe's message names the floor.
// Results are cached by the file's SHA-256 in target/wasm-features-cache.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// First browser versions with each feature on by default (webassembly.org/features, MDN).
export const FEATURE_FLOOR = {
  'sign-ext': { chrome: 74, firefox: 62, safari: '14.1' },
  'mutable-globals': { chrome: 74, firefox: 61, safari: '13.1' },
  'nontrapping-float-to-int': { chrome: 75, firefox: 64, safari: '15' },
  'bulk-memory': { chrome: 75, firefox: 79, safari: '15' },
  'bulk-memory-opt': { chrome: 75, firefox: 79, safari: '15' }, // binaryen's name for memory.copy/fill alone
  'multivalue': { chrome: 85, firefox: 78, safari: '13.1' },
  'reference-types': { chrome: 96, firefox: 79, safari: '15' },
  'call-indirect-overlong': { chrome: 96, firefox: 79, safari: '15' }, // comes with reference-types
  'simd': { chrome: 91, firefox: 89, safari: '16.4' },
  'tail-call': { chrome: 112, firefox: 121, safari: '18.2' },
  'exception-handling': { chrome: 95, firefox: 100, safari: '15.2' },
  'extended-const': { chrome: 114, firefox: 112, safari: '17' },
  'gc': { chrome: 119, firefox: 120, safari: '18.2' },
  'memory64': { chrome: 133, firefox: 134, safari: null },
  'multimemory': { chrome: 120, firefox: 125, safari: null },
  'threads': { chrome: 74, firefox: 79, safari: '14.1' },
};
// The page's CSP allows wasm compilation with 'wasm-unsafe-eval': Chrome/Edge 97, Firefox 102
// (older Firefox does not apply CSP to wasm at all, so it runs), Safari 16.
export const CSP_FLOOR = { chrome: 97, firefox: null, safari: '16' };

const WASM_OPT = 'node_modules/.bin/wasm-opt';

function leb(buf, at) {
  let result = 0; let shift = 0; let byte;
  do { byte = buf[at++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [result, at];
}

/** Feature names from the `target_features` custom section (`+name` entries), or null. */
export function declaredFeatures(buf) {
  if (buf.readUInt32BE(0) !== 0x0061736d) throw new Error('not a wasm file');
  let at = 8;
  while (at < buf.length) {
    const id = buf[at++];
    let size; [size, at] = leb(buf, at);
    const end = at + size;
    if (id === 0) {
      let len; let p; [len, p] = leb(buf, at);
      if (buf.subarray(p, p + len).toString('utf8') === 'target_features') {
        p += len;
        let count; [count, p] = leb(buf, p);
        const out = [];
        for (let i = 0; i < count; i++) {
          const prefix = String.fromCharCode(buf[p++]);
          let n; [n, p] = leb(buf, p);
          const name = buf.subarray(p, p + n).toString('utf8'); p += n;
          if (prefix === '+') out.push(name === 'nontrapping-fptoint' ? 'nontrapping-float-to-int' : name);
        }
        return out;
      }
    }
    at = end;
  }
  return null;
}

function validates(file, features) {
  try {
    execFileSync(WASM_OPT, [file, '--mvp-features', ...features.map((f) => `--enable-${f}`), '-o', '/dev/null'],
      { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The features `buf` cannot validate without. */
export function neededFeatures(buf) {
  const hash = createHash('sha256').update(buf).digest('hex');
  const cacheFile = 'target/wasm-features-cache.json';
  let cache = {};
  try { cache = JSON.parse(readFileSync(cacheFile, 'utf8')); } catch { /* no cache yet */ }
  if (cache[hash]) return cache[hash];

  const dir = mkdtempSync(join(tmpdir(), 'wasm-features-'));
  try {
    const input = join(dir, 'in.wasm');
    const bare = join(dir, 'bare.wasm');
    writeFileSync(input, buf);
    const candidates = declaredFeatures(buf) ?? Object.keys(FEATURE_FLOOR);
    execFileSync(WASM_OPT, [input, '--mvp-features', ...candidates.map((f) => `--enable-${f}`), '--strip-target-features', '-o', bare],
      { stdio: 'ignore' });
    if (!validates(bare, candidates)) throw new Error('the module does not validate even with every candidate feature');
    const needed = candidates.filter((f) => !validates(bare, candidates.filter((g) => g !== f)));
    {
      cache[hash] = needed;
      mkdirSync('target', { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(cache, null, 1));
    }
    return needed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lowest Chrome/Firefox/Safari versions for `features` under the page's CSP. */
export function floor(features) {
  const max = (a, b) => (a === null || b === null ? null : Math.max(a, b));
  const maxV = (a, b) => (a === null || b === null ? null : (parseFloat(a) >= parseFloat(b) ? a : b));
  let chrome = CSP_FLOOR.chrome; let firefox = 0; let safari = CSP_FLOOR.safari;
  for (const f of features) {
    const v = FEATURE_FLOOR[f];
    if (!v) throw new Error(`no browser data for wasm feature ${f}: add it to FEATURE_FLOOR`);
    chrome = max(chrome, v.chrome); firefox = max(firefox, v.firefox); safari = maxV(safari, v.safari);
  }
  return { chrome, firefox, safari };
}

/** The probe bytes (`var PROBE = [...]`) of the compat script. */
export function probeBytes(compatSource) {
  const m = /var PROBE = \[([\s\S]*?)\];/.exec(compatSource);
  if (!m) throw new Error('compat script has no `var PROBE = [...]`');
  return Buffer.from(m[1].split(',').map((s) => Number(s.trim())));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, flag, compat] = process.argv.slice(2);
  if (!file || !existsSync(file)) {
    console.error('usage: node scripts/wasm-features.mjs <file.wasm> [--check static/compat.js]');
    process.exit(2);
  }
  const needed = neededFeatures(readFileSync(file));
  const fl = floor(needed);
  console.log(`wasm features needed: ${needed.join(', ') || '(none beyond MVP)'}`);
  for (const f of needed) {
    const v = FEATURE_FLOOR[f];
    console.log(`  ${f.padEnd(26)} Chrome/Edge ${v.chrome}, Firefox ${v.firefox}, Safari ${v.safari}`);
  }
  console.log(`  ${"CSP 'wasm-unsafe-eval'".padEnd(26)} Chrome/Edge ${CSP_FLOOR.chrome}, Firefox (not enforced before 102), Safari ${CSP_FLOOR.safari}`);
  console.log(`browser floor: Chrome/Edge ${fl.chrome}, Firefox ${fl.firefox}, Safari ${fl.safari}`);
  if (flag === '--check') {
    const src = readFileSync(compat, 'utf8');
    const probe = neededFeatures(probeBytes(src));
    const missing = needed.filter((f) => !probe.includes(f));
    if (missing.length) {
      console.error(`compat check: the probe in ${compat} does not test ${missing.join(', ')}, which the app needs`);
      process.exit(1);
    }
    if (!src.includes(`Chrome 或 Edge ${fl.chrome} 及以上`) || !src.includes(`Firefox ${fl.firefox} 及以上`)) {
      console.error(`compat check: the message in ${compat} must name Chrome 或 Edge ${fl.chrome} and Firefox ${fl.firefox}`);
      process.exit(1);
    }
    console.log(`compat probe covers: ${probe.join(', ')}`);
  }
}
