// Content-Security-Policy for the built pages: hashes every inline <script> and <style> of an HTML
// file and puts one <meta http-equiv="Content-Security-Policy"> right after <meta charset>.
// Re-running replaces the previous meta (the hashes are always computed from the file as it is).
//
// Usage: node scripts/csp.mjs dist/index.html
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** 'sha256-…' source expression of a script or style element's exact text. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline (no src) script texts and style texts of `html`, in document order. */
export function inlineBlocks(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]))
    .map((m) => m[2]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  return { scripts, styles };
}

const CSP_META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;

/** The policy for a page served from a web server: own files plus hashed inline code. */
export function servedPolicy({ scripts, styles }) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts.map(hashSource)].join(' '),
    ["style-src 'self'", ...styles.map(hashSource)].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy for the self-contained file: nothing may be loaded at all, only its own inline code. */
export function singleFilePolicy({ scripts, styles }) {
  return [
    "default-src 'none'",
    ["script-src 'wasm-unsafe-eval'", ...scripts.map(hashSource)].join(' '),
    ['style-src', ...styles.map(hashSource)].join(' '),
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** `html` with its CSP meta (re)placed right after <meta charset>, or after <head>/<html>. */
export function withPolicy(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const bare = html.replace(CSP_META, '');
  for (const anchor of [/<meta\s+charset=["']?utf-8["']?\s*\/?>/i, /<head\b[^>]*>/i, /<html\b[^>]*>/i]) {
    const m = anchor.exec(bare);
    if (m) return bare.slice(0, m.index + m[0].length) + meta + bare.slice(m.index + m[0].length);
  }
  throw new Error('no <meta charset>, <head> or <html> to put the CSP after');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) { console.error('usage: node scripts/csp.mjs <page.html>'); process.exit(2); }
  const html = readFileSync(file, 'utf8');
  const blocks = inlineBlocks(html.replace(CSP_META, ''));
  const policy = servedPolicy(blocks);
  writeFileSync(file, withPolicy(html, policy));
  console.log(`csp: ${file}: ${blocks.scripts.length} inline script(s), ${blocks.styles.length} inline style(s) hashed`);
}
