// Trunk post_build hook (Trunk.toml): wires the app's two modules to the first screen.
//
// index.html loads the small first-screen wasm (bin fingertip-shell) the usual Trunk way. Trunk
// also builds the app twice (bin fingertip-web as `data-type="worker"` rust assets, so Trunk emits
// them without loading them): the unit module (fingertip-web.js + fingertip-web_bg.wasm, without the
// `full` feature) and the full module (fingertip-full.js + fingertip-full_bg.wasm: every page, the
// core built for speed). This hook
//   1. renames those four to content-hashed names, like Trunk's own (cache-safe on any server);
//   2. puts the loader below into index.html, before Trunk's script: once the shell has started
//      and its page has been painted, the loader imports one module, which takes over
//      (src/handover.rs). It is the full module when the address is one of its pages (the list is
//      route::FULL_MODULE_PATHS in src/route.rs, read from there), else the unit module; the unit
//      module reloads the page when it is sent to one of those pages (src/pages/full_module.rs).
//      If loading fails it dispatches `fingertip:app-failed`, which the shell shows.
//      A deep link (`#/drafts/…`, anything past the start page) loads its module at once, in
//      parallel with the first screen: the shell cannot draw those pages, and a shell that starts
//      after the app stays out (handover::APP_MARK). Measured, issue #21: e2e/bench/deep-link.mjs.
// scripts/single-file.mjs finds the loader by LOADER_MARK and inlines the full module for both.
//
// Usage: node scripts/app-loader.mjs [staging dir]   (Trunk sets TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOADER_MARK = '/* fingertip full-app loader */';
/** The two modules: the loader's fetch function for each, and Trunk's output name. */
export const MODULES = [
  { fetch: 'fetchUnit', name: 'fingertip-web' },
  { fetch: 'fetchFull', name: 'fingertip-full' },
];

/** route::FULL_MODULE_PATHS from src/route.rs (the one list of the full module's pages). */
export function fullModulePaths(routeSource) {
  const m = /pub const FULL_MODULE_PATHS: &\[&str\] = &\[([^\]]*)\];/.exec(routeSource);
  const paths = m && [...m[1].matchAll(/"([^"]+)"/g)].map((p) => p[1]);
  if (!paths?.length || paths.some((p) => !/^\/[a-z-]+$/.test(p))) throw new Error('src/route.rs: FULL_MODULE_PATHS not found or not plain paths');
  return paths;
}

/** The loader's text for the two modules' JS glue and wasm (relative URLs), and the full module's pages. */
export function loaderScript(unit, full, paths) {
  const fetchLine = (fn, { jsRef, wasmRef }) =>
    `const ${fn}=()=>import(${JSON.stringify(jsRef)}).then((m)=>m.default({module_or_path:${JSON.stringify(wasmRef)}}));`;
  return `${LOADER_MARK}
${fetchLine('fetchUnit', unit)}
${fetchLine('fetchFull', full)}
const fullPages=${JSON.stringify(paths)};
const needsFull=()=>{const p=location.hash.slice(1);return fullPages.some((f)=>p===f||p.startsWith(f+"/")||p.startsWith(f+"?"));};
let started=false;
const load=()=>{
if(started||window.fingertipUnsupported)return;
started=true;
(needsFull()?fetchFull:fetchUnit)().then((wasm)=>dispatchEvent(new CustomEvent("fingertip:app-started",{detail:{wasm}})),
(e)=>{console.error("指尖自查:完整功能载入失败",e);dispatchEvent(new Event("fingertip:app-failed"));});
};
addEventListener("TrunkApplicationStarted",()=>requestAnimationFrame(()=>setTimeout(load,0)),{once:true});
addEventListener("unhandledrejection",load,{once:true});
if(location.hash.startsWith("#/")&&location.hash.length>2)load();
`;
}

/** A loader's two fetch lines: for each module its JS and wasm references and the line itself. */
export function parseLoader(text) {
  const out = {};
  for (const { fetch } of MODULES) {
    const re = new RegExp(`const ${fetch}=\\(\\)=>import\\(("[^"]+")\\)\\.then\\(\\(m\\)=>m\\.default\\(\\{module_or_path:("[^"]+")\\}\\)\\);`);
    const m = re.exec(text);
    if (!m) return null;
    out[fetch] = { jsRef: JSON.parse(m[1]), wasmRef: JSON.parse(m[2]), line: m[0] };
  }
  return { unit: out.fetchUnit, full: out.fetchFull };
}

function fail(msg) {
  console.error(`app-loader: ${msg}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? fail('no staging dir (TRUNK_STAGING_DIR)');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const paths = fullModulePaths(readFileSync(join(root, 'src/route.rs'), 'utf8'));
  const refs = MODULES.map(({ name }) => {
    const [js, wasm] = [`${name}.js`, `${name}_bg.wasm`].map((f) => join(dir, f));
    for (const f of [js, wasm]) if (!existsSync(f)) fail(`${f} missing: is ${name} a data-type="worker" rust asset in index.html?`);
    const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
    const [jsName, wasmName] = [`${name}-${hash}.js`, `${name}-${hash}_bg.wasm`];
    renameSync(js, join(dir, jsName));
    renameSync(wasm, join(dir, wasmName));
    return { jsRef: `./${jsName}`, wasmRef: `./${wasmName}` };
  });

  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (html.includes(LOADER_MARK)) fail('index.html already has the loader');
  const trunk = /<script\b[^>]*type=["']?module["']?[^>]*>/i.exec(html) ?? fail("no Trunk module script in index.html");
  const tag = `<script type="module">${loaderScript(refs[0], refs[1], paths)}</script>`;
  writeFileSync(page, html.slice(0, trunk.index) + tag + html.slice(trunk.index));
  console.log(`app-loader: unit module ${refs[0].wasmRef}, full module ${refs[1].wasmRef} (for ${paths.join(' ')}), loaded after the first screen`);
}
