// A static server for benchmarks: serves dist/ as an intranet web server with compression on
// would, sending the .br or .gz copy `make dist` wrote beside a file when the browser accepts it
// (Content-Encoding set, Vary: Accept-Encoding), with the right MIME types (application/wasm).
// No caching headers beyond Last-Modified: each benchmark load uses a new browser context.
//
// Usage: import { serve } from './serve-compressed.mjs'; const server = await serve('dist', 8187);
//        ... server.close();        or: node e2e/bench/serve-compressed.mjs [dir] [port]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts serving `dir` on 127.0.0.1:`port`; resolves to the node http server. */
export function serve(dir, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Vary': 'Accept-Encoding',
      'Last-Modified': statSync(file).mtime.toUTCString(),
    };
    let body;
    if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
      body = readFileSync(`${file}.br`);
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
      body = readFileSync(`${file}.gz`);
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = readFileSync(file);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8187'] = process.argv.slice(2);
  await serve(dir, Number(port));
  console.log(`serving ${dir} compressed on http://127.0.0.1:${port}/`);
}
