import OpenAI from 'openai';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Deadline } from './deadline.js';
import { repairPrompt } from './prompts.js';
import { jsonSchemaOf } from './schemas.js';

export interface Usage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

export const emptyUsage = (): Usage => ({ calls: 0, promptTokens: 0, completionTokens: 0 });

/** The model could not be reached or kept failing (after the SDK's own retries with backoff). */
export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
}

/** The model answered, but not in the required form, even after one repair attempt. */
export class ModelOutputError extends Error {
  override readonly name = 'ModelOutputError';
}

export interface ModelClientOptions {
  apiKey?: string | undefined;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** `json_schema` (OpenAI, vLLM, recent Ollama) or `json_object` for servers without strict schemas. */
  responseFormat: 'json_schema' | 'json_object';
  /** Injected in tests only to count or fake nothing: the real SDK always talks HTTP. */
  fetch?: typeof fetch;
}

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

/** Passed by the engine: budget and concurrency for every call (see call-gate.ts). */
export interface Gate {
  reserve(tokens: number, signal?: AbortSignal): Promise<void>;
  settle(reserved: number, used: number): Promise<void>;
}

/** The most a reply may be, by schema: a bound on what one call can cost, reserved before it is made. */
const MAX_COMPLETION_TOKENS: Record<string, number> = { claims: 3000, comparison: 4000, answer: 1200 };

/**
 * A call's worst case: its prompt at two characters a token (English runs near four; denser scripts
 * nearer one or two) plus the longest reply it is allowed.
 */
function worstCaseTokens(messages: Message[], maxCompletion: number): number {
  return Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) / 2) + maxCompletion;
}

/** What bounds one call: budget and concurrency (the gate), and the work's deadline (see deadline.ts). */
export interface CallLimits {
  gate?: Gate | undefined;
  deadline?: Deadline | undefined;
}

/**
 * Structured calls to an OpenAI-compatible chat completions endpoint through the openai SDK. The SDK
 * retries 408/409/429/5xx and connection errors with backoff, honouring retry-after; this class adds
 * schema validation and one repair attempt, and counts calls and tokens. With a deadline, the SDK gets
 * its signal (an abort closes the connection at once, retries and backoff included) and no attempt
 * may take longer than the time left; an aborted call throws the signal's reason.
 */
export class ModelClient {
  private readonly openai: OpenAI;

  constructor(readonly options: ModelClientOptions, private readonly log: Logger) {
    this.openai = new OpenAI({
      // Self-hosted servers (Ollama, llama.cpp) take any key; the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      baseURL: options.baseURL ?? null,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  get model(): string {
    return this.options.model;
  }

  async structured<T>(name: string, schema: z.ZodType<T>, messages: Message[], usage: Usage, limits: CallLimits = {}): Promise<T> {
    const first = await this.call(name, schema, messages, usage, limits);
    const parsed = validate(schema, first);
    if (parsed.ok) return parsed.value;
    this.log.warn({ model: this.model, schema: name, problem: parsed.problem }, 'model output did not match the schema; asking once for a repair');
    const second = await this.call(name, schema, [...messages, { role: 'assistant', content: first }, repairPrompt(first, parsed.problem)], usage, limits);
    const repaired = validate(schema, second);
    if (repaired.ok) return repaired.value;
    throw new ModelOutputError(`The model's answer did not match the ${name} schema after one repair attempt (${repaired.problem}).`);
  }

  private async call(name: string, schema: z.ZodType, messages: Message[], usage: Usage, { gate, deadline }: CallLimits): Promise<string> {
    const response_format =
      this.options.responseFormat === 'json_schema'
        ? { type: 'json_schema' as const, json_schema: { name, strict: true, schema: jsonSchemaOf(schema) } }
        : { type: 'json_object' as const };
    const max_tokens = MAX_COMPLETION_TOKENS[name] ?? 4000;
    const reserved = worstCaseTokens(messages, max_tokens);
    await gate?.reserve(reserved, deadline?.signal);
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await this.openai.chat.completions.create({ model: this.model, messages, temperature: 0, max_tokens, response_format }, requestOptions(this.options.timeoutMs, deadline));
    } catch (err) {
      await gate?.settle(reserved, 0);
      if (deadline?.signal.aborted) throw deadline.signal.reason;
      throw new ModelUnavailableError(describe(err));
    }
    await gate?.settle(reserved, (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0));
    usage.calls++;
    usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
    usage.completionTokens += completion.usage?.completion_tokens ?? 0;
    this.log.info({ model: this.model, schema: name, promptTokens: completion.usage?.prompt_tokens, completionTokens: completion.usage?.completion_tokens }, 'model call');
    return completion.choices[0]?.message?.content ?? '';
  }
}

/** The deadline's signal, and a per-attempt timeout that cannot outlast it (retries re-check the signal). */
function requestOptions(timeoutMs: number, deadline: Deadline | undefined): { signal?: AbortSignal; timeout?: number } {
  if (!deadline) return {};
  return { signal: deadline.signal, timeout: Math.max(1, Math.min(timeoutMs, deadline.remainingMs())) };
}

function validate<T>(schema: z.ZodType<T>, content: string): { ok: true; value: T } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

function describe(err: unknown): string {
  if (err instanceof OpenAI.APIError) {
    if (err instanceof OpenAI.APIConnectionTimeoutError) return 'the model did not answer in time';
    if (err instanceof OpenAI.APIConnectionError) return 'the model server could not be reached';
    if (err.status === 429) return 'the model server is rate-limiting us (429)';
    if (err.status === 401 || err.status === 403) return `the model server refused our key (${err.status})`;
    return `the model server answered ${err.status ?? 'an error'}`;
  }
  return err instanceof Error ? err.message : String(err);
}
