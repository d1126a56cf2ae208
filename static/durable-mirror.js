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

  window.fingertipDurable = {
    put: function (key, raw) { write(String(key), String(raw)); },
    remove: function (key) { write(String(key), null); }
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
