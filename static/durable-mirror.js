/* 指尖自查 — a durable mirror of the drafts in IndexedDB. A classic ES5 script that runs before
 * the app. Chromium writes localStorage to disk late (a browser killed 3 s after a save lost it
 * in e2e/faults/crash-window.mjs); an IndexedDB transaction with durability "strict" is on disk
 * when it completes. So every draft the app saves to localStorage is also put here
 * (window.fingertipDurable.put, called by src/platform/durable.rs), and a deleted draft removed.
 *
 * On load, a mirrored draft is written back to localStorage when localStorage's copy is older (by
 * its `updated` instant) or missing (a crash can lose a new draft's first write). Deleting a draft
 * in the app removes it here too; clearing the browser's site data clears both stores. If anything
 * was written back, the page reloads once so the app reads it.
 * localStorage stays the store the app reads; this file only narrows the crash window.
 *
 * A large draft is stored in localStorage in parts (core/src/store/parts.rs): its key holds a small
 * manifest {"fingertip_parts":1,"updated":…,"parts":[keys…]} and the text is its parts joined. The
 * mirror always holds the whole text: a manifest handed to put is joined from localStorage in the
 * idle flush, and a manifest whose parts are not all there counts as missing on load.
 */
(function () {
  'use strict';
  var DB = 'fingertip-durable';
  var STORE = 'drafts';
  var DRAFT_PREFIX = 'fingertip/draft/';
  var MANIFEST_START = '{"fingertip_parts":';
  var db = null;
  var waiting = [];

  function withDb(fn) {
    if (db) { fn(db); } else { waiting.push(fn); }
  }

  function write(key, raw) {
    withDb(function (d) {
      try {
        var tx = d.transaction(STORE, 'readwrite', { durability: 'strict' });
        var store = tx.objectStore(STORE);
        if (raw === null) { store['delete'](key); } else { store.put(raw, key); }
      } catch (e) { /* the mirror is best effort; localStorage still holds the save */ }
    });
  }

  // A large draft (hundreds of assets make megabytes) costs the main thread ~20 ms per put, so it
  // is mirrored in the next idle moment (at most IDLE_MS later) rather than in the task of the
  // answer, and of several saves in a row only the latest is put. Leaving or hiding the page puts
  // it at once. Small drafts are put at once, as before.
  var LARGE = 200000;
  var IDLE_MS = 250;
  var pending = {};
  var scheduled = false;

  function flush() {
    scheduled = false;
    var keys = [];
    for (var k in pending) { if (Object.prototype.hasOwnProperty.call(pending, k)) { keys.push(k); } }
    for (var i = 0; i < keys.length; i++) {
      // A manifest's parts are still in localStorage: a later save would have replaced it here,
      // and a save in another tab that removed them leaves null (that tab mirrors its own).
      var raw = wholeText(pending[keys[i]]);
      delete pending[keys[i]];
      if (raw !== null) { write(keys[i], raw); }
    }
  }

  function isManifest(raw) { return raw.lastIndexOf(MANIFEST_START, 0) === 0; }

  /** The manifest `raw`, or null when it is not one. */
  function manifestOf(raw) {
    try {
      var m = JSON.parse(raw);
      return m && Object.prototype.toString.call(m.parts) === '[object Array]' ? m : null;
    } catch (e) { return null; }
  }

  /** The text manifest `m` stands for, its parts joined from `ls`; null if a part is missing. */
  function joined(ls, m) {
    var pieces = [];
    for (var i = 0; i < m.parts.length; i++) {
      var part = ls.getItem(String(m.parts[i]));
      if (part === null) { return null; }
      pieces.push(part);
    }
    return pieces.join('');
  }

  /** The text to mirror for what was stored at a draft key: a manifest's parts joined. */
  function wholeText(raw) {
    if (!isManifest(raw)) { return raw; }
    var m = manifestOf(raw);
    try { return m ? joined(window.localStorage, m) : null; } catch (e) { return null; }
  }

  function later(key, raw) {
    pending[key] = raw;
    if (scheduled) { return; }
    scheduled = true;
    if (window.requestIdleCallback) {
      window.requestIdleCallback(flush, { timeout: IDLE_MS });
    } else {
      window.setTimeout(flush, 50);
    }
  }

  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { flush(); }
  });

  window.fingertipDurable = {
    put: function (key, raw) {
      key = String(key);
      raw = String(raw);
      if (raw.length > LARGE || isManifest(raw)) { later(key, raw); } else { delete pending[key]; write(key, raw); }
    },
    remove: function (key) { key = String(key); delete pending[key]; write(key, null); },
    // True once the load's check of the mirror is over and nothing had to be written back (when
    // something was, the page reloads and the next load sets it).
    settled: false
  };

  function instant(text) {
    var t = Date.parse(text);
    return isNaN(t) ? null : t;
  }

  function updated(raw) {
    try { return instant(JSON.parse(raw).assessment.updated); } catch (e) { return null; }
  }

  /** What localStorage holds at a draft key: its `updated` instant, and the manifest if it is
   * one; missing when absent or a manifest whose parts are not all there. */
  function stored(ls, key) {
    var raw = ls.getItem(key);
    if (raw === null) { return { missing: true }; }
    if (!isManifest(raw)) { return { missing: false, updated: updated(raw), manifest: null }; }
    var m = manifestOf(raw);
    if (!m || joined(ls, m) === null) { return { missing: true, manifest: m }; }
    return { missing: false, updated: instant(m.updated), manifest: m };
  }

  /** Writes the mirrored whole text `raw` back at `key` in place of `old` (a manifest or null),
   * then removes the parts `old` used; when the quota is full, frees them first and tries again
   * (they belong to a version older than the mirror's). */
  function writeBack(ls, key, raw, old) {
    var dropParts = function () {
      if (!old) { return; }
      for (var i = 0; i < old.parts.length; i++) {
        try { ls.removeItem(String(old.parts[i])); } catch (e) { /* only takes space */ }
      }
    };
    try {
      ls.setItem(key, raw);
    } catch (e) {
      if (!old) { return false; }
      dropParts();
      try { ls.setItem(key, raw); } catch (e2) { return false; /* full: keep the mirror */ }
    }
    dropParts();
    return true;
  }

  function restore(d, done) {
    var ls = null;
    try { ls = window.localStorage; } catch (e) { done(false); return; }
    var changed = false;
    var req;
    try { req = d.transaction(STORE, 'readonly').objectStore(STORE).openCursor(); } catch (e) { done(false); return; }
    req.onerror = function () { done(changed); };
    req.onsuccess = function () {
      var cursor = req.result;
      if (!cursor) { done(changed); return; }
      var key = String(cursor.key);
      var raw = cursor.value;
      if (key.indexOf(DRAFT_PREFIX) === 0 && typeof raw === 'string') {
        var current = stored(ls, key);
        var mine = updated(raw);
        var older = !current.missing && mine !== null && current.updated !== null && mine > current.updated;
        if (current.missing || older) {
          if (writeBack(ls, key, raw, current.manifest)) { changed = true; }
        }
      }
      cursor['continue']();
    };
  }

  var open;
  try { open = window.indexedDB && window.indexedDB.open(DB, 1); } catch (e) { open = null; }
  if (!open) { window.fingertipDurable.settled = true; return; }
  open.onupgradeneeded = function () { open.result.createObjectStore(STORE); };
  open.onerror = function () { waiting = []; window.fingertipDurable.settled = true; };
  open.onsuccess = function () {
    var d = open.result;
    // Let "clear site data" (deleteDatabase) proceed at once instead of waiting for this page.
    d.onversionchange = function () { d.close(); db = null; };
    restore(d, function (changed) {
      db = d;
      var fns = waiting;
      waiting = [];
      for (var i = 0; i < fns.length; i++) { fns[i](d); }
      if (changed) { window.location.reload(); } else { window.fingertipDurable.settled = true; }
    });
  };
})();
