// Trunk post_build hook (Trunk.toml): wires the full app to the first screen.
//
// index.html loads the small first-screen wasm (bin fingertip-shell) the usual Trunk way. Trunk
// also builds the full app (bin fingertip-web, a `data-type="worker"` rust asset, so Trunk emits
// it as fingertip-web.js + fingertip-web_bg.wasm without loading it). This hook
//   1. renames those two to content-hashed names, like Trunk's own (cache-safe on any server);
//   2. puts the loader below into index.html, before Trunk's script: once the shell has started
//      and its page has been painted, the loader imports the full app, which takes over
//      (src/handover.rs). If that fails it dispatches `fingertip:app-failed`, which the shell shows.
//      A deep link (`#/drafts/…`, anything past the start page) loads the full app at once, in
//      parallel with the first screen: the shell cannot draw those pages, and a shell that starts
//      after the full app stays out (handover::APP_MARK). Measured, issue #21: e2e/bench/deep-link.mjs.
// scripts/single-file.mjs finds the loader by LOADER_MARK and inlines what `fetchApp` loads.
//
// Usage: node scripts/app-loader.mjs [staging dir]   (Trunk sets TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const LOADER_MARK = '/* fingertip full-app loader */';
const APP = 'fingertip-web';

/** The loader's text for the full app's JS glue and wasm (relative URLs). */
export function loaderScript(jsRef, wasmRef) {
  return `${LOADER_MARK}
const fetchApp=()=>import(${JSON.stringify(jsRef)}).then((m)=>m.default({module_or_path:${JSON.stringify(wasmRef)}}));
let started=false;
const load=()=>{
if(started||window.fingertipUnsupported)return;
started=true;
fetchApp().then((wasm)=>dispatchEvent(new CustomEvent("fingertip:app-started",{detail:{wasm}})),
(e)=>{console.error("指尖自查:完整功能载入失败",e);dispatchEvent(new Event("fingertip:app-failed"));});
};
addEventListener("TrunkApplicationStarted",()=>requestAnimationFrame(()=>setTimeout(load,0)),{once:true});
addEventListener("unhandledrejection",load,{once:true});
if(location.hash.startsWith("#/")&&location.hash.length>2)load();
`;
}

/** The `fetchApp` line of a loader: its JS and wasm references, and where the line is. */
export function parseLoader(text) {
  const m = /const fetchApp=\(\)=>import\(("[^"]+")\)\.then\(\(m\)=>m\.default\(\{module_or_path:("[^"]+")\}\)\);/.exec(text);
  return m && { jsRef: JSON.parse(m[1]), wasmRef: JSON.parse(m[2]), line: m[0] };
}

function fail(msg) {
  console.error(`app-loader: ${msg}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? fail('no staging dir (TRUNK_STAGING_DIR)');
  const [js, wasm] = [`${APP}.js`, `${APP}_bg.wasm`].map((f) => join(dir, f));
  for (const f of [js, wasm]) if (!existsSync(f)) fail(`${f} missing: is the full app a data-type="worker" rust asset in index.html?`);
  const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const [jsName, wasmName] = [`${APP}-${hash}.js`, `${APP}-${hash}_bg.wasm`];
  renameSync(js, join(dir, jsName));
  renameSync(wasm, join(dir, wasmName));

  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  if (html.includes(LOADER_MARK)) fail('index.html already has the loader');
  const trunk = /<script\b[^>]*type=["']?module["']?[^>]*>/i.exec(html) ?? fail("no Trunk module script in index.html");
  const tag = `<script type="module">${loaderScript(`./${jsName}`, `./${wasmName}`)}</script>`;
  writeFileSync(page, html.slice(0, trunk.index) + tag + html.slice(trunk.index));
  console.log(`app-loader: full app ${jsName} + ${wasmName}, loaded after the first screen`);
}
