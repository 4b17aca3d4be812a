import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Serves fixture portal pages on 127.0.0.1 at a random port, and records
 * every request so a test can prove the extension sent none of its own.
 *
 * It is also the browsers' HTTP proxy, so that fixture portals can have the
 * names real portals have (`http://dichvucong.<tỉnh>.gov.vn/…`): a request
 * for one of `hosts` gets the fixture page of its path; a request for any
 * other host (or an HTTPS tunnel) is refused, recorded in `refused`, and
 * never leaves the machine.
 */
export interface FixtureServer {
  origin: string;
  port: number;
  /** Paths asked of the server directly; `http://host/path` when asked through the proxy. */
  requests: string[];
  /** What the proxy refused: other hosts, HTTPS tunnels. */
  refused: string[];
  /** `http://<host>` of a portal host the proxy serves. */
  portal(host: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(routes: Record<string, string>, options: { hosts?: readonly string[] } = {}): Promise<FixtureServer> {
  const hosts = new Set(options.hosts ?? []);
  const requests: string[] = [];
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    const raw = req.url ?? '/';
    let path = raw.split('?')[0]!;
    if (/^https?:\/\//i.test(raw)) {
      // The absolute form: a request through the proxy.
      const url = new URL(raw);
      if (!hosts.has(url.hostname) || url.protocol !== 'http:' || url.port) {
        refused.push(raw);
        res.writeHead(502, { 'content-type': 'text/plain' }).end('not served');
        return;
      }
      requests.push(`http://${url.hostname}${url.pathname}${url.search}`);
      path = url.pathname;
    } else {
      requests.push(raw);
    }
    const file = routes[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  server.on('connect', (req, socket) => {
    socket.on('error', () => undefined); // the browser may reset the tunnel it asked for
    refused.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    refused,
    portal: (host) => {
      if (!hosts.has(host)) throw new Error(`${host} is not served`);
      return `http://${host}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
