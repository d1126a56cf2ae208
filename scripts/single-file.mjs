// Builds dist/fingertip-selfcheck.html: the whole app in one HTML file that works opened from disk
// (file://, double-click), with no request at all. Made from the Trunk output in dist/:
//   - classic <script src> (the compat check) inlined first, unchanged;
//   - every stylesheet inlined, in order, in one <style>;
//   - for the first screen, and for the full module that the app loader starts later (every page,
//     so the single file carries it alone and the loader starts it for every address), the
//     wasm-bindgen JS inlined in its <script type="module">, without its `export {…}`
//     line and without the `new URL(…_bg.wasm, import.meta.url)` default (no sibling .wasm);
//   - each .wasm embedded as base64, decoded to bytes when it is started and passed to the init
//     function as `{ module_or_path: bytes }` (no fetch, which file:// would refuse);
//   - its own Content-Security-Policy meta with the hashes of those inline scripts and the style.
//
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { inlineBlocks, singleFilePolicy, withPolicy } from './csp.mjs';
import { LOADER_MARK, parseLoader } from './app-loader.mjs';

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

// 3. The two inline module scripts: Trunk's, which starts the first screen (fingertip-shell) at
//    once, and the app loader (scripts/app-loader.mjs), which starts the full module later.
//    Each gets its wasm-bindgen JS inlined and its wasm embedded as base64.

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

const modules = [...html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)];
const appLoader = modules.filter((m) => m[1].includes(LOADER_MARK));
const trunkLoader = modules.filter((m) => !m[1].includes(LOADER_MARK));
if (appLoader.length !== 1 || trunkLoader.length !== 1) {
  fail(`expected Trunk's module script and the full-app loader in index.html, found ${trunkLoader.length} and ${appLoader.length}`);
}
const replacements = [];

{ // the first screen: Trunk's `import init from "./x.js"; init({ module_or_path: "./x_bg.wasm" })`
  const loader = trunkLoader[0];
  const jsRef = /from\s*["'`]([^"'`]+\.js)["'`]/.exec(loader[1])?.[1] ?? fail('cannot find the JS import in the Trunk loader');
  const wasmRef = /["'`]([^"'`]+_bg\.wasm)["'`]/.exec(loader[1])?.[1] ?? fail('cannot find the .wasm in the Trunk loader');
  const { glue, initFn, exported } = inlineGlue(jsRef);
  const bindings = Object.entries(exported).map(([name, local]) => `${JSON.stringify(name)}:${local}`).join(',');
  replacements.push([loader, `${embedded(jsRef, wasmRef, glue, '__fingertipShellWasm')}
if(!window.fingertipUnsupported){
const __fingertipWasm=await ${initFn}({module_or_path:__fingertipShellWasm()});
window.wasmBindings={${bindings}};
dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm:__fingertipWasm}}));
}
`]);
}
{ // the app: both of the loader's fetch lines become "instantiate the full module's embedded bytes"
  const loader = appLoader[0];
  const parsed = parseLoader(loader[1]) ?? fail('the app loader has no fetchUnit/fetchFull lines');
  const { glue, initFn } = inlineGlue(parsed.full.jsRef);
  const start = `()=>Promise.resolve().then(()=>${initFn}({module_or_path:__fingertipAppWasm()}))`;
  const text = loader[1]
    .replace(parsed.unit.line, () => `const fetchUnit=${start};`)
    .replace(parsed.full.line, () => `const fetchFull=fetchUnit;`);
  replacements.push([loader, `${embedded(parsed.full.jsRef, parsed.full.wasmRef, glue, '__fingertipAppWasm')}
${text}`]);
}
for (const [match, text] of replacements.sort((a, b) => b[0].index - a[0].index)) {
  html = html.slice(0, match.index) + `<script type="module">${text}</script>` + html.slice(match.index + match[0].length);
}

// 4. Nothing left that the browser would fetch.
const leftover = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?!data:)[^\s"'>]+/i.exec(html);
if (leftover) fail(`still references a file: ${leftover[0]}`);

html = withPolicy(html, singleFilePolicy(inlineBlocks(html)));
writeFileSync(OUT, html);
const blocks = inlineBlocks(html);
console.log(`single-file: ${OUT}: ${statSync(OUT).size} bytes; ${blocks.scripts.length} inline scripts and `
  + `${blocks.styles.length} style hashed in its CSP`);
