/** A throwaway local HTTP server for generated pages: path → content type and body. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  host: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, { type: string; body: string | Buffer }>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, url: (path) => `http://${host}${path}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
