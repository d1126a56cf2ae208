/* 指尖自查 — browser compatibility check. Runs before the app as a classic script.
 * ES5 only (no let/const, arrow functions, template strings): IE11 and other old browsers must be
 * able to run it and show the message instead of a blank page.
 *
 * The app's WebAssembly needs these post-MVP features (scripts/wasm-features.mjs derives them from
 * the built .wasm, and `make dist` fails if the probe below stops covering them):
 *   sign-ext (Chrome 74), nontrapping-float-to-int (75), bulk-memory (75), multivalue (85),
 *   reference-types (96). The page's Content-Security-Policy allows wasm with 'wasm-unsafe-eval'
 *   (Chrome 97); older Chromium refuses to compile wasm under that policy, which the compile step
 *   below detects too. Floor: Chrome/Edge 97.
 * probe-features: sign-ext nontrapping-float-to-int bulk-memory multivalue reference-types
 */
(function () {
  'use strict';

  // (module
  //   (type (func (param externref) (result i32 i32)))            ;; reference-types, multivalue
  //   (table 1 externref) (memory 1)
  //   (func (type 0)
  //     (table.fill 0 (i32.const 0) (local.get 0) (i32.const 1))   ;; bulk-memory + reference-types
  //     (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))    ;; bulk-memory
  //     (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))    ;; bulk-memory
  //     (i32.extend8_s (i32.trunc_sat_f32_s (f32.const 0)))        ;; nontrapping-fptoint, sign-ext
  //     (ref.is_null (ref.null extern))))                           ;; reference-types
  var PROBE = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x07, 0x01, 0x60, 0x01, 0x6f, 0x02, 0x7f, 0x7f,
    0x03, 0x02, 0x01, 0x00,
    0x04, 0x04, 0x01, 0x6f, 0x00, 0x01,
    0x05, 0x03, 0x01, 0x00, 0x01,
    0x0a, 0x2b, 0x01, 0x29, 0x00,
    0x41, 0x00, 0x20, 0x00, 0x41, 0x01, 0xfc, 0x11, 0x00,
    0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0a, 0x00, 0x00,
    0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00,
    0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00,
    0xc0,
    0xd0, 0x6f, 0xd1,
    0x0b
  ];

  function supported() {
    try {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function' ||
          typeof Uint8Array !== 'function') {
        return false;
      }
      var bytes = new Uint8Array(PROBE);
      if (!WebAssembly.validate(bytes)) return false;
      // Compiling (not only validating) also fails where the page's CSP keyword
      // 'wasm-unsafe-eval' is unknown (Chromium before 97), as the app itself would.
      new WebAssembly.Module(bytes);
      return true;
    } catch (e) {
      return false;
    }
  }

  if (supported()) return;

  window.fingertipUnsupported = true;

  // The app's own start-up fails in such a browser; keep that noise off the user's screen.
  function swallow(e) {
    if (e && e.preventDefault) e.preventDefault();
    return true;
  }
  if (window.addEventListener) {
    window.addEventListener('error', swallow, true);
    window.addEventListener('unhandledrejection', swallow, true);
  }

  // What the browser says it is built on, for the user and for IT staff: domestic browsers
  // (360, UOS, 奇安信 …) carry their Chromium kernel version as "Chrome/NN" in the user agent.
  function kernel() {
    var ua = (window.navigator && navigator.userAgent) || '';
    var m;
    if (/Trident\/|MSIE /.test(ua)) return 'IE 内核(兼容模式)';
    if ((m = /Chrom(?:e|ium)\/(\d+)/.exec(ua))) return 'Chromium ' + m[1] + ' 内核';
    if ((m = /Firefox\/(\d+)/.exec(ua))) return 'Firefox ' + m[1];
    if ((m = /Version\/(\d+)[.\d]* Safari\//.exec(ua))) return 'Safari ' + m[1];
    return '';
  }

  var detected = kernel();
  var MESSAGE =
    '<main class="fallback" id="unsupported-browser" role="alert">' +
    '<h1>当前浏览器无法运行指尖自查</h1>' +
    '<p>指尖自查需要支持 WebAssembly 的较新浏览器。本浏览器版本过旧、处于兼容模式或已关闭相关功能。</p>' +
    (detected ? '<p>检测到本浏览器为:' + detected + '。</p>' : '') +
    '<p>请改用以下任一浏览器打开本页面(数据只保存在本机浏览器中,不需要联网):</p>' +
    '<ul>' +
    '<li>Chrome 或 Edge 97 及以上版本</li>' +
    '<li>360 安全浏览器:请点击地址栏右侧的图标切换到“极速模式”(内核 Chromium 97 及以上)</li>' +
    '<li>统信 UOS 浏览器、奇安信可信浏览器等基于 Chromium 97 及以上内核的浏览器</li>' +
    '<li>Firefox 79 及以上版本</li>' +
    '</ul>' +
    '<p>仍无法打开时,请联系本单位信息化部门。</p>' +
    '</main>';

  function show() {
    if (document.body) document.body.innerHTML = MESSAGE;
  }

  if (document.readyState === 'loading') {
    if (document.addEventListener) {
      document.addEventListener('DOMContentLoaded', show, false);
    } else if (window.attachEvent) {
      window.attachEvent('onload', show);
    }
  } else {
    show();
  }
})();
