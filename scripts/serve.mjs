// A tiny static server for www/ (no dependencies): correct MIME types
// (application/wasm for .wasm), no caching, 127.0.0.1 only.
// Usage: node scripts/serve.mjs [--port 8080] [--root www] [--quiet]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export function startServer({ port = 8080, root, headers = () => ({}), quiet = true } = {}) {
  const base = resolve(root ?? join(fileURLToPath(import.meta.url), '../../www'));
  const repo = resolve(base, '..');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      // /node_modules/ and /data/ are served from the repository (peers in benchmarks, articles).
      let dir = base;
      for (const prefix of ['/node_modules/', '/data/']) {
        if (path.startsWith(prefix)) dir = repo;
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) { res.writeHead(403).end('forbidden'); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers(path, url),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      if (!quiet) console.log(`incident-card demo: http://127.0.0.1:${p}/`);
      ok({ server, port: p, url: `http://127.0.0.1:${p}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  await startServer({ port: Number(get('--port', 8080)), root: get('--root'), quiet: args.includes('--quiet') });
}
