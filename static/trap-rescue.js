/* 指尖自查 — rescue after a WebAssembly trap. A classic ES5 script that runs before the app.
 * The Rust panic hook (src/platform/rescue.rs) shows the rescue screen for a panic; a trap that
 * bypasses it (`unreachable`, out of memory, a stack overflow) reaches JavaScript only as an
 * uncaught WebAssembly.RuntimeError, after which no Rust can run. This listener then draws the
 * same rescue screen from JavaScript alone, with a download of every stored entry of the app and
 * the open draft's unsaved text (window.__fingertipUnsaved, kept by the app whenever a save
 * fails), so what the screen held is not lost with the page.
 */
(function () {
  'use strict';
  var PREFIX = 'fingertip/';
  var done = false;

  function isTrap(err) {
    if (typeof WebAssembly !== 'undefined' && WebAssembly.RuntimeError && err instanceof WebAssembly.RuntimeError) {
      return true;
    }
    return /unreachable|out of memory|memory access out of bounds|call stack size/i.test(String(err && (err.message || err)));
  }

  function entries() {
    var out = [];
    try {
      var s = window.localStorage;
      for (var i = 0; i < s.length; i++) {
        var key = s.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          out.push({ key: key, raw: s.getItem(key) });
        }
      }
    } catch (e) { /* storage unavailable: only the unsaved draft below */ }
    var unsaved = window.__fingertipUnsaved;
    if (unsaved && unsaved.key && typeof unsaved.raw === 'string') {
      out.push({ key: unsaved.key, raw: unsaved.raw });
    }
    return out;
  }

  function rescue(detail) {
    // The Rust hook may have drawn the screen already (a panic ends in a trap too).
    if (done || document.getElementById('rescue-download')) { return; }
    done = true;
    // format_version 1: the backup carries no drafts of its own, only raw entries, which the
    // restore reads each on its own; every build reads a version-1 backup.
    var backup = { kind: 'fingertip-backup', format_version: 1, exported: new Date().toISOString(), drafts: [], quarantined: entries() };
    var href = '';
    try {
      href = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json;charset=utf-8' }));
    } catch (e) { /* no Blob: the link stays empty */ }
    document.body.innerHTML = '<main class="page rescue" role="alert">' +
      '<h1>程序出现错误,已停止运行</h1>' +
      '<p>很抱歉,指尖自查遇到了无法继续的错误。<strong>您已保存的数据仍在本浏览器中,没有丢失。</strong></p>' +
      '<p>请先点击下面的按钮,把本浏览器中保存的全部自查数据(以及页面上尚未保存的内容)下载到电脑上,然后刷新页面重试。如果问题反复出现,请把下载的文件和下面的错误信息交给技术人员。</p>' +
      '<p><a id="rescue-download" class="rescue-button" href="">下载全部已保存数据</a></p>' +
      '<details><summary>错误信息(供技术人员参考)</summary><pre id="rescue-detail"></pre></details></main>';
    var a = document.getElementById('rescue-download');
    a.href = href;
    a.download = '指尖自查-数据抢救-' + new Date().toISOString().slice(0, 10) + '.json';
    document.getElementById('rescue-detail').textContent = String(detail);
  }

  window.addEventListener('error', function (e) {
    if (isTrap(e.error || e.message)) { rescue(e.error || e.message); }
  });
  window.addEventListener('unhandledrejection', function (e) {
    if (isTrap(e.reason)) { rescue(e.reason); }
  });
})();
