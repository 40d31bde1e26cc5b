/** A local web server for tests: serves the fixture articles and misbehaves on request. */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { makePdf } from '../helpers/make-pdf.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location });
  res.end();
}

/** An article page of six paragraphs naming a canonical URL. */
function storyPage(title: string, sentence: string, canonical: string): string {
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${sentence}</p>`).join('');
  return `<html><head><title>${title}</title><link rel="canonical" href="${canonical}"></head><body><article>${story}</article></body></html>`;
}

export class ArticleServer {
  private server!: Server;
  readonly hits = new Map<string, number>();
  lastUserAgent = '';
  active = 0;
  maxActive = 0;

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `http://${this.host}${path}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      this.lastUserAgent = req.headers['user-agent'] ?? '';
      const article = /^\/articles\/([\w-]+\.html)$/.exec(path)?.[1];
      if (article) {
        const body = readFileSync(new URL(article, FIXTURES));
        const charset = article.startsWith('tribune') ? 'windows-1252' : 'utf-8';
        // The charset is left to the page's <meta> for the Tribune, as many real sites do.
        res.writeHead(200, { 'content-type': charset === 'utf-8' ? 'text/html; charset=utf-8' : 'text/html' });
        return void res.end(body);
      }
      if (path.startsWith('/files/')) {
        return send(res, 200, 'application/octet-stream', readFileSync(new URL(path.slice('/files/'.length), FIXTURES)));
      }
      switch (path) {
        case '/gzip':
          res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
          return void res.end(gzipSync(readFileSync(new URL('herald-bridge.html', FIXTURES))));
        case '/bomb':
          res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
          return void res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)));
        case '/missing':
          return send(res, 404, 'text/html', '<h1>Not found</h1>');
        case '/broken':
          return send(res, 503, 'text/html', 'down');
        case '/readout.pdf':
          return send(
            res,
            200,
            'application/pdf',
            makePdf(
              [
                'Harbor Bridge: statement by the regional transport agency',
                '',
                'Inspectors of the regional transport agency examined the remains of the Harbor Bridge in Marlow',
                'on Thursday. The agency said that 13 people were killed when the bridge collapsed on Tuesday.',
                '',
                'The agency agreed with the town council to inspect every river crossing in the district.',
                'A full report on the cause of the collapse will be published within six weeks.',
              ],
              'Statement on the Harbor Bridge',
            ),
          );
        case '/scan.pdf':
          return send(res, 200, 'application/pdf', makePdf([]));
        case '/broken.pdf':
          return send(res, 200, 'application/pdf', '%PDF-1.4 this is not really a PDF');
        case '/image':
          return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        case '/slow':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<html><body><p>');
          return; // never ends: the client's timeout must fire
        case '/endless': {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(64 * 1024, 0x61);
          const pump = () => {
            while (res.write(chunk)) if (res.destroyed) return;
            res.once('drain', pump);
          };
          res.on('close', () => res.removeAllListeners('drain'));
          return pump();
        }
        case '/hang':
          return; // accepts the request and never answers
        case '/to-credentials':
          return redirect(res, 302, `http://user:secret@${this.host}/articles/herald-bridge.html`);
        case '/amp/tram':
          return send(res, 200, 'text/html', storyPage('Tram', 'the city council approved the new tram line after a long debate about its cost and its route.', '/tram'));
        case '/claims-other-site':
          return send(res, 200, 'text/html', storyPage('Other', "a page that names another site's article as its canonical address, which must not be believed.", 'https://victim.example/story'));
        case '/slow-ok':
          this.active++;
          this.maxActive = Math.max(this.maxActive, this.active);
          return void setTimeout(() => {
            this.active--;
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('A slow but honest page with enough words in it to count as a short text source for the tests here.');
          }, 150);
        case '/loop':
          return redirect(res, 302, '/loop');
        case '/to-herald':
          return redirect(res, 301, '/articles/herald-bridge.html');
        case '/to-metadata':
          return redirect(res, 302, 'http://169.254.169.254/latest/meta-data/');
        case '/paywall':
          return send(res, 200, 'text/html', '<html><head><title>Story</title></head><body><h1>Big story</h1><p>Subscribe now to continue reading. Already a subscriber? Log in.</p></body></html>');
        case '/paywall-partial':
          return send(res, 200, 'text/html', PARTLY_PAYWALLED);
        case '/plain':
          return send(res, 200, 'text/plain; charset=utf-8', 'A plain text note\n\nThe harbour authority said ferries will run every fifteen minutes until the bridge is replaced, and that extra crews have been hired for the night shifts.');
        default:
          res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** A report of the Marlow bridge collapse whose page stops at a paywall after some 200 words: read in part. */
const PARTLY_PAYWALLED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marlow mourns after bridge collapse | Estuary Post</title>
<meta property="og:site_name" content="Estuary Post"><meta property="article:published_time" content="2026-03-04T12:00:00Z"></head><body>
<article><h1>Marlow mourns after bridge collapse</h1>
<p>Flags flew at half mast over the town hall in Marlow on Wednesday, a day after the Harbor Bridge fell into the Tamsin River during the evening rush and killed 12 people.</p>
<p>Mayor Ellen Park told reporters the town would rebuild the bridge within two years, and said volunteers had worked through the night beside the rescue crews to bring survivors to the bank.</p>
<p>The council met late on Wednesday and voted to pay for an inspection of every river crossing in the district. Inspectors of the national transport agency are due on Thursday, a council spokesman said.</p>
<p>Residents queued for the ferries that now link the two banks every fifteen minutes. Several said they had crossed the old steel span every day for decades and had never thought it unsafe.</p>
<p>Shopkeepers near the eastern docks said trade had stopped almost at once, and the harbour authority asked drivers to keep away from the riverbank while divers searched the water.</p>
<p>Subscribe now to continue reading. Already a subscriber? Log in.</p>
</article></body></html>`;
