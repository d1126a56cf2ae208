// Nothing in dist/ names an external address: every text file (html, js, css, txt) is scanned for
// http:// and https://, and so are the strings inside both .wasm files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST } from '../fixtures/deploy.mjs';

// Allowed, each an identifier that is never fetched:
const ALLOWED_IN_TEXT = [
  /^http:\/\/www\.w3\.org\//, // SVG / XHTML / XML namespaces
];
const ALLOWED_IN_WASM = [
  ...ALLOWED_IN_TEXT,
  /^http:\/\/schemas\.openxmlformats\.org\//, // XLSX (Office Open XML) namespaces in the Excel export
  /^http:\/\/purl\.org\/dc\//, // Dublin Core namespaces in the XLSX document properties
  /^http:\/\/schemas\.microsoft\.com\/office\/word$/, // the .docx compatibility-mode setting's URI (an identifier, never fetched)
];
const URL_RE = /https?:\/\/[^\s"'`<>()\\,;]*/g;

function files() {
  return readdirSync(DIST).map((n) => join(DIST, n)).filter((p) => statSync(p).isFile());
}

test('no external URL in any text file of dist/', () => {
  const text = files().filter((p) => /\.(html|js|css|txt|json|svg)$/.test(p));
  expect(text.length).toBeGreaterThan(3);
  expect(text.some((p) => p.endsWith('fingertip-selfcheck.html'))).toBe(true);
  const found = text.flatMap((p) => (readFileSync(p, 'utf8').match(URL_RE) ?? [])
    .filter((u) => !ALLOWED_IN_TEXT.some((re) => re.test(u))).map((u) => `${p.slice(DIST.length)}: ${u}`));
  expect(found).toEqual([]);
});

test('no external URL among the strings of any .wasm (first screen, unit and full module)', () => {
  const wasm = files().filter((p) => p.endsWith('.wasm'));
  expect(wasm.length).toBe(3);
  const found = wasm.flatMap((p) => (readFileSync(p).toString('latin1').match(URL_RE) ?? [])
    .filter((u) => !ALLOWED_IN_WASM.some((re) => re.test(u))).map((u) => `${p.slice(DIST.length)}: ${u}`));
  expect(found).toEqual([]);
});
