// Builds dist/fingertip-selfcheck.html: the whole app in one HTML file that works opened from disk
// (file://, double-click), with no request at all. Made from the Trunk output in dist/:
//   - classic <script src> (the compat check) inlined first, unchanged;
//   - every stylesheet inlined, in order, in one <style>;
//   - for the first screen and for the full module (every page, so the single file carries it alone
//     and the loader starts it for every address but the start page's first screen), the
//     wasm-bindgen JS inlined in the loader's <script type="module">, without its `export {…}`
//     line and without the `new URL(…_bg.wasm, import.meta.url)` default (no sibling .wasm);
//   - each .wasm embedded as base64, decoded to bytes when it is started and passed to the init
//     function as `{ module_or_path: bytes }` (no fetch, which file:// would refuse);
//   - its own Content-Security-Policy meta with the hashes of those inline scripts and the style.
//
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { inlineBlocks, singleFilePolicy, withPolicy } from './csp.mjs';
import { LOADER_MARK, PRELOAD_MARK, parseLoader, preloadScript, fullModulePaths } from './app-loader.mjs';

const DIST = process.argv[2] ?? 'dist';
const OUT = process.argv[3] ?? join(DIST, 'fingertip-selfcheck.html');

function fail(msg) {
  console.error(`single-file: ${msg}`);
  process.exit(1);
}

/** Attributes of a start tag's text (`<link a=b c="d">`), names lower-cased. */
function attrs(tag) {
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  const out = {};
  for (const m of inner.matchAll(/([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Reads a file referenced from index.html, refusing anything outside dist/ or remote. */
function asset(ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) fail(`cannot inline a non-local reference: ${ref}`);
  const path = normalize(join(DIST, ref.split(/[?#]/)[0]));
  const rel = relative(DIST, path);
  if (rel.startsWith('..') || isAbsolute(rel)) fail(`reference outside ${DIST}: ${ref}`);
  return readFileSync(path);
}

/** Refuses text that would end or confuse the element it is inlined into. */
function checkInlinable(text, element, what) {
  const bad = new RegExp(`</${element}|<!--|<script`, 'i').exec(text);
  if (bad) fail(`${what} contains "${bad[0]}": cannot inline it in <${element}> safely`);
}

let html = readFileSync(join(DIST, 'index.html'), 'utf8')
  .replace(/<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '');

// 1. Classic external scripts (the compat check): inline, keeping their place (first in <head>).
html = html.replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script>/gi, (tag) => {
  const a = attrs(tag.slice(0, tag.indexOf('>') + 1));
  if (a.type && a.type !== 'text/javascript') fail(`unexpected external script type ${a.type}`);
  const js = asset(a.src).toString('utf8');
  checkInlinable(js, 'script', a.src);
  return `<script>${js}</script>`;
});

// 2. Stylesheets into one <style> where the first one was; preloads go (nothing is fetched).
const css = [];
let stylePlaced = false;
html = html.replace(/<link\b[^>]*>/gi, (tag) => {
  const a = attrs(tag);
  const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('stylesheet')) {
    let text = asset(a.href).toString('utf8');
    if (/url\(\s*(?!["']?data:)/i.test(text) || /@import/i.test(text)) fail(`${a.href} loads other files (url()/@import): inline them first`);
    if (a.media && a.media !== 'all') text = `@media ${a.media}{\n${text}\n}`;
    css.push(`/* ${a.href.replace(/^\.\//, '')} */\n${text}`);
    if (stylePlaced) return '';
    stylePlaced = true;
    return '\u0000STYLE\u0000';
  }
  if (rel.includes('modulepreload') || rel.includes('preload')) return '';
  if (rel.includes('icon') && a.href && !a.href.startsWith('data:')) fail(`icon ${a.href} would be fetched: use a data: URL`);
  return tag;
});
const cssText = css.join('\n');
checkInlinable(cssText, 'style', 'the stylesheets');
html = html.replace('\u0000STYLE\u0000', () => `<style>\n${cssText}\n</style>`);

// 3. The loader's classic preload script (scripts/app-loader.mjs) gives way to one that only picks
//    the module for the address; in the loader's module script, the first screen's fetch line and
//    the app's two (the full module serves both: every page) start embedded bytes instead. Each
//    module's wasm-bindgen JS is inlined there and its wasm embedded as base64.

/** The wasm-bindgen JS of `jsRef`, ready to inline: export clause and default wasm URL removed. */
function inlineGlue(jsRef) {
  let glue = asset(jsRef).toString('utf8');
  // The export clause is the glue's last statement: `export{initSync,__wbg_init as default};`
  const exportClause = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(glue) ?? fail(`${jsRef}: no final export {…} clause`);
  glue = glue.slice(0, exportClause.index);
  const exported = Object.fromEntries(exportClause[1].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [local, as] = s.split(/\s+as\s+/);
    return [as ?? local, local];
  }));
  const initFn = exported.default ?? fail(`${jsRef}: no default export (the init function)`);
  // The default wasm path is only used when no bytes are given; here they always are.
  const withoutDefaultPath = glue.replace(
    /new URL\(\s*(["'`])[^"'`]*_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g,
    '(()=>{throw new Error("single-file build: the wasm bytes are embedded")})()',
  );
  if (withoutDefaultPath === glue) fail(`${jsRef}: the new URL(…_bg.wasm, import.meta.url) default was not found`);
  glue = withoutDefaultPath;
  if (/import\.meta|\bimport\s*\(|(^|[;}\s])import\s*[\w{*"']/.test(glue)) {
    fail(`${jsRef} still imports something (snippets?): inline those too`);
  }
  if (/^\s*export\b|[;}]\s*export\s*[{*]/m.test(glue)) fail(`${jsRef}: a second export statement`);
  checkInlinable(glue, 'script', jsRef);
  return { glue, initFn, exported };
}

/** Script text: the glue, then `wasmRef` as base64 with a function `name()` decoding it to bytes. */
function embedded(jsRef, wasmRef, glue, name) {
  const base64 = asset(wasmRef).toString('base64');
  return `
// wasm-bindgen JS of ${jsRef.replace(/^\.\//, '')}, inlined (its export clause removed)
${glue}
// ${wasmRef.replace(/^\.\//, '')}, embedded as base64
const ${name}Base64="${base64}";
const ${name}=()=>{const bin=atob(${name}Base64);const bytes=new Uint8Array(bin.length);
for(let i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);return bytes;};
`;
}

const preload = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gi)].filter((m) => m[1].startsWith(PRELOAD_MARK));
if (preload.length !== 1) fail(`expected the app loader's one preload script in index.html, found ${preload.length}`);
html = html.replace(preload[0][0], () => `<script>${preloadScript(null, fullModulePaths(readFileSync('src/route.rs', 'utf8')))}</script>`);

const modules = [...html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)];
if (modules.length !== 1 || !modules[0][1].includes(LOADER_MARK)) {
  fail(`expected the app loader as the one module script in index.html, found ${modules.length} module scripts`);
}
const loader = modules[0];
const parsed = parseLoader(loader[1]) ?? fail('the app loader has no fetchShell/fetchUnit/fetchFull lines');
/** A fetch function that instantiates embedded bytes, resolving to the same {m, wasm} as the loader's. */
const start = (initFn, bytes, bindings) =>
  `()=>Promise.resolve().then(()=>${initFn}({module_or_path:${bytes}()})).then((wasm)=>({m:{${bindings}},wasm}))`;
const shell = inlineGlue(parsed.shell.jsRef);
const app = inlineGlue(parsed.full.jsRef);
const bindings = (exported) => Object.entries(exported).map(([name, local]) => `${JSON.stringify(name)}:${local}`).join(',');
// The two glues are inlined in one script: the app's goes in a block of its own, so that the
// names both declare (wasm, __wbg_init, …) do not clash; its start function is hoisted out.
const text = loader[1]
  .replace(parsed.shell.line, () => `const fetchShell=${start(shell.initFn, '__fingertipShellWasm', bindings(shell.exported))};`)
  .replace(parsed.unit.line, () => 'const fetchUnit=__fingertipStartApp;')
  .replace(parsed.full.line, () => 'const fetchFull=__fingertipStartApp;');
const script = `${embedded(parsed.shell.jsRef, parsed.shell.wasmRef, shell.glue, '__fingertipShellWasm')}
let __fingertipStartApp;
{
${embedded(parsed.full.jsRef, parsed.full.wasmRef, app.glue, '__fingertipAppWasm')}
__fingertipStartApp=${start(app.initFn, '__fingertipAppWasm', '')};
}
${text}`;
html = html.slice(0, loader.index) + `<script type="module">${script}</script>` + html.slice(loader.index + loader[0].length);

// 4. Nothing left that the browser would fetch.
const leftover = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?!data:)[^\s"'>]+/i.exec(html);
if (leftover) fail(`still references a file: ${leftover[0]}`);

html = withPolicy(html, singleFilePolicy(inlineBlocks(html)));
writeFileSync(OUT, html);
const blocks = inlineBlocks(html);
console.log(`single-file: ${OUT}: ${statSync(OUT).size} bytes; ${blocks.scripts.length} inline scripts and `
  + `${blocks.styles.length} style hashed in its CSP`);
