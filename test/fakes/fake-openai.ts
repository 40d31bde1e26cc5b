/**
 * A fake OpenAI-compatible server on 127.0.0.1 for the real openai SDK: POST /v1/chat/completions
 * answered by a script, which can also fail on purpose (429 with retry-after, 500, hang, a cut
 * connection, invalid JSON, quotes that are not in the source, findings about sources that do not exist).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string } };
}

/** What the server does with one request. */
export type Reply =
  | { json: unknown; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { raw: string }
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { hang: true }
  | { cut: true };

export type Script = (request: ChatRequest, call: number) => Reply;

export class FakeOpenAI {
  private server!: Server;
  readonly requests: ChatRequest[] = [];
  /** Hanging requests whose client closed the connection (an aborted or timed-out call). */
  abandoned = 0;
  script: Script = () => ({ status: 500, body: { error: { message: 'no script' } } });

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** The schema name a request asked for ("claims", "comparison", "answer"), or "repair" for a repair turn. */
  static schemaOf(request: ChatRequest): string {
    const last = request.messages.at(-1)?.content ?? '';
    if (last.startsWith('Your previous answer did not match')) return 'repair';
    return request.response_format?.json_schema?.name ?? 'unknown';
  }

  /** The JSON payload the engine put in the (first) user message. */
  static payloadOf<T = unknown>(request: ChatRequest): T {
    return JSON.parse(request.messages.find((m) => m.role === 'user')!.content) as T;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    this.requests.push(request);
    const reply = this.script(request, this.requests.length);
    if ('hang' in reply) {
      res.once('close', () => this.abandoned++);
      return;
    }
    if ('cut' in reply) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id":"cut","choices":[');
      res.socket?.destroy();
      return;
    }
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}` } }));
      return;
    }
    const content = 'raw' in reply ? reply.raw : JSON.stringify(reply.json);
    const promptChars = request.messages.reduce((n, m) => n + m.content.length, 0);
    const usage = ('usage' in reply && reply.usage) || { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: Math.ceil(content.length / 4) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      }),
    );
  }
}
