// A local web server for end-to-end tests and the demo: one port speaks both http and https
// (sniffing the first byte), and answers per `Host:` so one server imitates every organization's site.
import { createServer as createNetServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const TLS_FIRST_BYTE = 0x16;
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/**
 * @param {{ staticRoot?: string }} [opts] staticRoot holds `<host>/<path>` files and `_any/<path>` for every host.
 */
export async function startServer(opts = {}) {
  const staticRoot = opts.staticRoot ?? join(here, '..', 'fixtures', 'pages');
  /** @type {Map<string, string | ((req: import('node:http').IncomingMessage) => string)>} */
  const routes = new Map();
  /** @type {{ host: string, path: string }[]} */
  const requests = [];

  async function handle(req, res) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ host, path });
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const route = routes.get(`${host}${path}`) ?? routes.get(`*${path}`);
    if (route !== undefined) {
      const body = typeof route === 'function' ? route(req) : route;
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = path.endsWith('/') ? path + 'index.html' : path;
    for (const dir of [host, '_any']) {
      const full = normalize(join(staticRoot, dir, file));
      if (!full.startsWith(normalize(staticRoot))) break;
      try {
        const body = await readFile(full);
        res.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        // try the next directory
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  const onRequest = (req, res) => void handle(req, res).catch(() => res.destroy());
  const http = createHttpServer(onRequest);
  const https = createHttpsServer(
    { key: readFileSync(join(here, 'tls', 'key.pem')), cert: readFileSync(join(here, 'tls', 'cert.pem')) },
    onRequest,
  );
  const sockets = new Set();
  const net = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === TLS_FIRST_BYTE ? https : http).emit('connection', socket);
    });
  });
  await new Promise((resolve) => net.listen(0, '127.0.0.1', resolve));
  const address = net.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    requests,
    /** Serve `body` at `path` on `host` ('*' for every host). */
    setRoute(host, path, body) {
      routes.set(`${host}${path}`, body);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => net.close(() => resolve(undefined)));
    },
  };
}
