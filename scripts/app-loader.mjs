// Trunk post_build hook (Trunk.toml): loads the one module each address needs.
//
// Trunk builds three wasm modules (index.html): the first screen (bin fingertip-shell, the start
// page only, loaded the usual Trunk way), and the app twice as `data-type="worker"` rust assets
// that Trunk emits without loading: the unit module (fingertip-web.js + fingertip-web_bg.wasm,
// without the `full` feature) and the full module (fingertip-full.js + fingertip-full_bg.wasm:
// every page, the core built for speed). This hook
//   1. renames the app's four files to content-hashed names, like Trunk's own (cache-safe on any
//      server);
//   2. replaces Trunk's loading of the first screen (its module script and two preload links) with
//      a classic script first in <head> that picks the module for the address and preloads its
//      files at once (`preloadScript`), and one module script that starts it (`loaderScript`):
//      - the start page ("", "#", "#/"): the first screen, then, once its page is painted, the
//        unit module, which takes over (src/handover.rs);
//      - a deep link (`#/drafts/…`): no first screen (it draws only the start page), but the unit
//        module at once, or the full module for 汇总, 培训, 对比 and 核验 (route::FULL_MODULE_PATHS
//        in src/route.rs, read from there); a plain loading line until it draws. The unit module
//        sent to one of those pages later reloads into the full module (src/pages/full_module.rs).
//      If the app's module fails to load, the loader dispatches `fingertip:app-failed`, which the
//      first screen shows; on a deep link the loader writes the same message itself.
//      Measured, issue #21: e2e/bench/deep-link.mjs.
// scripts/single-file.mjs finds the loader by LOADER_MARK and inlines the first screen and the
// full module (for both of the app's fetch lines); it drops the preload script.
//
// Usage: node scripts/app-loader.mjs [staging dir]   (Trunk sets TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOADER_MARK = '/* fingertip app loader */';
export const PRELOAD_MARK = '/* fingertip preload */';
/** The three modules: window.fingertipModule's name for each, its fetch function in the loader,
 * and Trunk's output name. */
export const MODULES = [
  { key: 'shell', fetch: 'fetchShell', name: 'fingertip-shell' },
  { key: 'unit', fetch: 'fetchUnit', name: 'fingertip-web' },
  { key: 'full', fetch: 'fetchFull', name: 'fingertip-full' },
];

/** route::FULL_MODULE_PATHS from src/route.rs (the one list of the full module's pages). */
export function fullModulePaths(routeSource) {
  const m = /pub const FULL_MODULE_PATHS: &\[&str\] = &\[([^\]]*)\];/.exec(routeSource);
  const paths = m && [...m[1].matchAll(/"([^"]+)"/g)].map((p) => p[1]);
  if (!paths?.length || paths.some((p) => !/^\/[a-z-]+$/.test(p))) throw new Error('src/route.rs: FULL_MODULE_PATHS not found or not plain paths');
  return paths;
}

/**
 * The classic script first in <head> (ES5: it runs before compat.js has said whether this browser
 * can run the app). It decides which module this address needs (window.fingertipModule: "shell" on
 * the start page, "unit" or "full" on a deep link), preloads that module's JS and starts fetching
 * and compiling its wasm at once (window.fingertipCompiled, a Promise of the WebAssembly.Module,
 * which the loader hands to the module's init), while the page's HTML and CSS are still being read.
 * A server that sends .wasm without the application/wasm type gets the non-streaming compile, as
 * wasm-bindgen's own loader does; a browser without compileStreaming gets a preload link.
 */
export function preloadScript(modules, paths) {
  const refs = (m) => [m.jsRef, m.wasmRef];
  const choice = `var h=location.hash,p=h.slice(1),full=${JSON.stringify(paths)},m="shell",i;
if(h.indexOf("#/")===0&&h.length>2){m="unit";for(i=0;i<full.length;i++)if(p===full[i]||p.indexOf(full[i]+"/")===0||p.indexOf(full[i]+"?")===0)m="full";}
window.fingertipModule=m;`;
  // Without modules (the single file, which fetches nothing), only the choice.
  if (!modules) return `${PRELOAD_MARK}(function(){\n${choice}\n})();`;
  const { shell, unit, full } = modules;
  return `${PRELOAD_MARK}(function(){
${choice}
var r=${JSON.stringify({ shell: refs(shell), unit: refs(unit), full: refs(full) })}[m],js=document.createElement("link"),wasm;
js.rel="modulepreload";js.href=r[0];js.crossOrigin="anonymous";document.head.appendChild(js);
if(window.WebAssembly&&WebAssembly.compileStreaming&&window.fetch){
window.fingertipCompiled=fetch(r[1],{credentials:"same-origin"}).then(function(res){
if(!res.ok)throw new Error(res.status+" "+r[1]);
var copy=res.clone();
return WebAssembly.compileStreaming(res)["catch"](function(){return copy.arrayBuffer().then(function(b){return WebAssembly.compile(b);});});
});
window.fingertipCompiled["catch"](function(){});
}else{
wasm=document.createElement("link");wasm.rel="preload";wasm.as="fetch";wasm.type="application/wasm";wasm.href=r[1];wasm.crossOrigin="anonymous";document.head.appendChild(wasm);
}
})();`;
}

/**
 * The module script that starts the app: on the start page the first screen (the shell, which
 * dispatches TrunkApplicationStarted as Trunk's own loader did), then, once its page is painted,
 * the unit module; on a deep link only the module that page needs, with a plain loading line
 * until it draws (mounting clears <body>) and a plain message if it cannot be loaded.
 */
export function loaderScript({ shell, unit, full }) {
  const refs = { shell, unit, full };
  const fetchLine = ({ key, fetch }) =>
    `const ${fetch}=()=>import(${JSON.stringify(refs[key].jsRef)}).then((m)=>m.default({module_or_path:early("${key}",${JSON.stringify(refs[key].wasmRef)})}).then((wasm)=>({m,wasm})));`;
  return `${LOADER_MARK}
const which=window.fingertipModule||"shell";
// The module the preload script has been compiling since the top of <head>, if it is this one.
const early=(key,url)=>key===which&&window.fingertipCompiled||url;
${MODULES.map(fetchLine).join('\n')}
const status=(text,failed)=>{
const main=document.createElement("main"),line=document.createElement("div");
main.className="page";main.id="main";line.className=failed?"shell-status failed":"shell-status";line.setAttribute("role",failed?"alert":"status");line.textContent=text;
if(!failed)main.setAttribute("aria-busy","true");
else{const b=document.createElement("button");b.type="button";b.textContent="刷新页面";b.onclick=()=>location.reload();line.append(" ",b);}
main.append(line);document.body.replaceChildren(main);
};
let started=false;
const load=()=>{
if(started||window.fingertipUnsupported)return;
started=true;
(which==="full"?fetchFull:fetchUnit)().then(({wasm})=>dispatchEvent(new CustomEvent("fingertip:app-started",{detail:{wasm}})),
(e)=>{console.error("指尖自查:完整功能载入失败",e);dispatchEvent(new Event("fingertip:app-failed"));
// The first screen shows the failure itself (src/shell.rs, the same words); a deep link has no first screen.
if(which!=="shell")status("完整功能未能载入,可能是网络中断或部署的文件不完整。您保存的数据不受影响。请刷新页面重试;如果仍不行,请联系技术人员检查是否复制了全部文件。",true);});
};
if(which==="shell"){
addEventListener("TrunkApplicationStarted",()=>requestAnimationFrame(()=>setTimeout(load,0)),{once:true});
if(!window.fingertipUnsupported)fetchShell().then(({m,wasm})=>{window.wasmBindings=m;dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}));},(e)=>{console.error("指尖自查:首屏载入失败",e);load();});
}else{
if(!window.fingertipUnsupported)status("正在载入,请稍候……",false);
load();
}
`;
}

/** A loader's three fetch lines: for each module its JS and wasm references and the line itself. */
export function parseLoader(text) {
  const out = {};
  for (const { key, fetch } of MODULES) {
    const re = new RegExp(`const ${fetch}=\\(\\)=>import\\(("[^"]+")\\)\\.then\\(\\(m\\)=>m\\.default\\(\\{module_or_path:early\\("${key}",("[^"]+")\\)\\}\\)\\.then\\(\\(wasm\\)=>\\(\\{m,wasm\\}\\)\\)\\);`);
    const m = re.exec(text);
    if (!m) return null;
    out[fetch] = { jsRef: JSON.parse(m[1]), wasmRef: JSON.parse(m[2]), line: m[0] };
  }
  return { shell: out.fetchShell, unit: out.fetchUnit, full: out.fetchFull };
}

function fail(msg) {
  console.error(`app-loader: ${msg}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? fail('no staging dir (TRUNK_STAGING_DIR)');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const paths = fullModulePaths(readFileSync(join(root, 'src/route.rs'), 'utf8'));
  const page = join(dir, 'index.html');
  let html = readFileSync(page, 'utf8');
  if (html.includes(LOADER_MARK)) fail('index.html already has the loader');

  // The first screen: Trunk loads it (hashed already) with a module script and two preload links;
  // those go, and the loader below starts it on the start page only.
  const trunk = [...html.matchAll(/<script\b[^>]*type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)];
  if (trunk.length !== 1) fail(`expected Trunk's one module script in index.html, found ${trunk.length}`);
  const shellJs = /["'`](\.\/fingertip-shell-[0-9a-f]+\.js)["'`]/.exec(trunk[0][1])?.[1] ?? fail("no fingertip-shell JS in Trunk's script");
  const shellWasm = /["'`](\.\/fingertip-shell-[0-9a-f]+_bg\.wasm)["'`]/.exec(trunk[0][1])?.[1] ?? fail("no fingertip-shell wasm in Trunk's script");
  html = html.slice(0, trunk[0].index) + html.slice(trunk[0].index + trunk[0][0].length);
  const preloads = html.match(/<link\b[^>]*fingertip-shell[^>]*>/gi) ?? [];
  if (preloads.length !== 2) fail(`expected Trunk's two preload links of the first screen, found ${preloads.length}`);
  for (const tag of preloads) html = html.replace(tag, '');

  // The app's two modules, built by Trunk as unloaded "worker" assets: hashed here.
  const [unit, full] = MODULES.slice(1).map(({ name }) => {
    const [js, wasm] = [`${name}.js`, `${name}_bg.wasm`].map((f) => join(dir, f));
    for (const f of [js, wasm]) if (!existsSync(f)) fail(`${f} missing: is ${name} a data-type="worker" rust asset in index.html?`);
    const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
    const [jsName, wasmName] = [`${name}-${hash}.js`, `${name}-${hash}_bg.wasm`];
    renameSync(js, join(dir, jsName));
    renameSync(wasm, join(dir, wasmName));
    return { jsRef: `./${jsName}`, wasmRef: `./${wasmName}` };
  });
  const modules = { shell: { jsRef: shellJs, wasmRef: shellWasm }, unit, full };

  const firstScript = /<script\b/i.exec(html) ?? fail('no classic script in index.html <head>');
  html = html.slice(0, firstScript.index) + `<script>${preloadScript(modules, paths)}</script>` + html.slice(firstScript.index);
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) fail('no </head> in index.html');
  html = html.slice(0, headEnd) + `<script type="module">${loaderScript(modules)}</script>` + html.slice(headEnd);
  writeFileSync(page, html);
  console.log(`app-loader: first screen ${shellWasm} on the start page; unit module ${unit.wasmRef}, full module ${full.wasmRef} (for ${paths.join(' ')})`);
}
