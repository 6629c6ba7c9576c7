import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** What every static host compresses; fonts, images and Pagefind's index files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm', '.xml', '.txt']);

/**
 * Serves a built site from a folder on 127.0.0.1 for measurements, gzip-compressing text and
 * WebAssembly as any static host does when the browser asks for it, so bytes measured are the
 * bytes a reader downloads. Both sides of a comparison are served alike.
 */
export function serveFolder(root: string, port: number): Promise<Server> {
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    let path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      let body: Buffer = readFileSync(path);
      if (gzip) {
        body = compressed.get(path) ?? gzipSync(body);
        compressed.set(path, body);
      }
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The port a server from serveFolder listens on: the one the system picked, when asked for port 0. */
export const portOf = (server: Server): number => (server.address() as AddressInfo).port;
