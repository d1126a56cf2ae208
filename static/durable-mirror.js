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
 */
(function () {
  'use strict';
  var DB = 'fingertip-durable';
  var STORE = 'drafts';
  var DRAFT_PREFIX = 'fingertip/draft/';
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
      var raw = pending[keys[i]];
      delete pending[keys[i]];
      write(keys[i], raw);
    }
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
      if (raw.length > LARGE) { later(key, raw); } else { delete pending[key]; write(key, raw); }
    },
    remove: function (key) { key = String(key); delete pending[key]; write(key, null); }
  };

  function updated(raw) {
    try {
      var t = Date.parse(JSON.parse(raw).assessment.updated);
      return isNaN(t) ? null : t;
    } catch (e) { return null; }
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
        var current = ls.getItem(key);
        var mine = updated(raw);
        var theirs = current === null ? null : updated(current);
        var older = current !== null && mine !== null && theirs !== null && mine > theirs;
        if (current === null || older) {
          try { ls.setItem(key, raw); changed = true; } catch (e) { /* full: keep the mirror */ }
        }
      }
      cursor['continue']();
    };
  }

  var open;
  try { open = window.indexedDB && window.indexedDB.open(DB, 1); } catch (e) { open = null; }
  if (!open) { return; }
  open.onupgradeneeded = function () { open.result.createObjectStore(STORE); };
  open.onerror = function () { waiting = []; };
  open.onsuccess = function () {
    var d = open.result;
    // Let "clear site data" (deleteDatabase) proceed at once instead of waiting for this page.
    d.onversionchange = function () { d.close(); db = null; };
    restore(d, function (changed) {
      db = d;
      var fns = waiting;
      waiting = [];
      for (var i = 0; i < fns.length; i++) { fns[i](d); }
      if (changed) { window.location.reload(); }
    });
  };
})();
