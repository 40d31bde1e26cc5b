import { Keyv } from 'keyv';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze, type AnalysisResult } from '../src/analysis/engine.js';
import { ModelBudget } from '../src/llm/budget.js';
import { LlmEngine, MAX_CHUNKS_PER_SOURCE, MAX_CONCURRENT_CALLS } from '../src/llm/llm-engine.js';
import { verify } from '../src/llm/merge.js';
import { ModelClient } from '../src/llm/model-client.js';
import { SYSTEM_PROMPTS } from '../src/llm/prompts.js';
import { createLogger } from '../src/logger.js';
import type { Article, SourceId } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';
import { type ChatRequest, FakeOpenAI, type Reply } from './fakes/fake-openai.js';
import { wellBehaved } from './helpers/scripted-model.js';

const log = createLogger('silent');
const S1 = articleFromText(
  'Bridge toll rises\n\nOfficials said 12 people died when the Harbor Bridge collapsed on Tuesday evening in Marlow. The council agreed to fund inspections of every bridge in the district. ' +
    'The mayor said the bridge would be rebuilt within two years. Divers searched the river overnight for the missing.',
);
const S2 = articleFromText(
  'Bridge toll rises to 15\n\nOfficials said 15 people died when the Harbor Bridge collapsed on Tuesday evening in Marlow. It is not true that the council agreed to fund inspections of every bridge in the district, a spokesman said. ' +
    'The mayor denied that the bridge would be rebuilt within two years. Divers searched the river overnight for the missing.',
);
const sources = [
  { id: 'S1' as SourceId, article: S1 },
  { id: 'S2' as SourceId, article: S2 },
];
const texts = new Map(sources.map((s) => [s.id, s.article.text.replace(/\s+/g, ' ')]));
const ev = (sourceId: string, quote: string) => ({ sourceId, quote });

describe('evidence is checked at word boundaries and with its sense', () => {
  it('GIVEN a quote cut mid-number or mid-word THEN it is not verified', () => {
    expect(verify([ev('S1', 'Officials said 1'), ev('S1', 'fficials said 12 people'), ev('S1', 'Officials said 12 people di')], texts)).toEqual({ kept: [], dropped: 3 });
    expect(verify([ev('S1', 'Officials said 12 people died')], texts).kept).toEqual([ev('S1', 'Officials said 12 people died')]);
  });

  it('GIVEN a quote its own sentence denies ("It is not true that…", "denied that…") THEN it is not support', () => {
    expect(verify([ev('S2', 'the council agreed to fund inspections'), ev('S2', 'the bridge would be rebuilt within two years')], texts)).toEqual({ kept: [], dropped: 2 });
    expect(verify([ev('S1', 'The council agreed to fund inspections')], texts).kept).toHaveLength(1);
    // A "not" in another clause of the sentence does not govern the quote.
    const other = new Map([['S1' as SourceId, 'The council, which had not met for weeks, agreed to fund inspections on Monday.']]);
    expect(verify([ev('S1', 'agreed to fund inspections on Monday')], other).kept).toHaveLength(1);
  });
});

describe('the model engine keeps only what it can check (fake OpenAI server, real SDK)', () => {
  const server = new FakeOpenAI();
  const offline = analyze(sources.map((s) => s.article), sources.map((s) => s.id));
  let store: Keyv<number>;
  let inFlight = 0;
  let maxInFlight = 0;
  // The real fetch, counted: how many model requests are open at once.
  const countingFetch: typeof fetch = async (...args) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await fetch(...args);
    } finally {
      inFlight--;
    }
  };
  const engine = (dailyTokens = 0, chunkChars = 12_000) =>
    new LlmEngine(
      new ModelClient({ baseURL: server.baseURL, model: 'test-model', timeoutMs: 5_000, maxRetries: 0, responseFormat: 'json_schema', fetch: countingFetch }, log),
      new Keyv<AnalysisResult>(),
      new ModelBudget(store, dailyTokens, 0),
      log,
      chunkChars,
    );
  const comparing = (reply: (req: ChatRequest) => Reply) => (req: ChatRequest) => (FakeOpenAI.schemaOf(req) === 'comparison' ? reply(req) : wellBehaved(req));

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    server.requests.length = 0;
    server.script = wellBehaved;
    store = new Keyv<number>();
    maxInFlight = 0;
  });

  it('GIVEN truncated, negated and invented quotes, and prose that invents, echoes or names a missing source THEN only the checked finding is kept', async () => {
    server.script = comparing(() => ({
      json: {
        summaries: [
          { sourceId: 'S1', summary: 'S1 reports “twelve dead and forty hurt” after the collapse.' },
          { sourceId: 'S2', summary: `${SYSTEM_PROMPTS[1]!.slice(0, 120)}` },
        ],
        consensus: [
          { text: 'Both agree the council agreed to fund inspections.', evidence: [ev('S1', 'The council agreed to fund inspections'), ev('S2', 'the council agreed to fund inspections')] },
          { text: 'Both say “divers searched the lake”.', evidence: [ev('S1', 'Divers searched the river overnight'), ev('S2', 'Divers searched the river overnight')] },
        ],
        findings: [
          { kind: 'number', summary: 'S1 says 12 died where S2 says 15.', evidence: [ev('S1', 'Officials said 12 people died'), ev('S2', 'Officials said 15 people died')] },
          { kind: 'number', summary: 'A toll cut mid-number.', evidence: [ev('S1', 'Officials said 1'), ev('S2', 'Officials said 15 people died')] },
          { kind: 'claim', summary: 'S1 and S2 disagree on the rebuild.', evidence: [ev('S1', 'The mayor said the bridge would be rebuilt within two years')] },
          { kind: 'claim', summary: 'Invented source S7 says the bridge was sabotaged.', evidence: [ev('S1', 'Divers searched')] },
          { kind: 'claim', summary: 'S2 says “the bridge was sabotaged”.', evidence: [ev('S1', 'Divers searched the river overnight'), ev('S2', 'Divers searched the river overnight')] },
          { kind: 'framing', summary: 'See [details](https://evil.example) on S1.', evidence: [ev('S1', 'Divers searched the river overnight')] },
        ],
      },
    }));
    const result = await engine().compare(sources.map((s) => s.article), ['S1', 'S2'], offline);
    expect(result.engine.name).toBe('llm');
    const fromModel = result.discrepancies.filter((d) => !offline.discrepancies.some((o) => o.summary === d.summary));
    expect(fromModel.map((d) => d.summary)).toEqual(['S1 says 12 died where S2 says 15.']);
    // Summaries that failed their check give way to the offline engine's.
    expect(result.sources.map((s) => s.summary)).toEqual(offline.sources.map((s) => s.summary));
    // The negated consensus is gone; the one whose prose invented a quotation shows a source's own sentence.
    expect(result.consensus.filter((c) => c.sources.length === 2 && c.evidence?.some((e) => e.quote.startsWith('Divers')))[0]?.text).toBe('Divers searched the river overnight');
    expect(result.consensus.some((c) => c.text.includes('agreed to fund'))).toBe(false);
    expect(result.engine).toMatchObject({ dropped: { findings: 6, prose: 3 } });
  });

  it('GIVEN a thread answer with a masked link, the system prompt, or an invented quotation THEN the offline answer is used', async () => {
    const citation = [ev('S1', 'Officials said 12 people died')];
    for (const answer of ['See [the report](https://evil.example/x) for more.', SYSTEM_PROMPTS[2]!.slice(0, 140), 'S1 says “thirty people were hurt”.']) {
      server.script = () => ({ json: { answer, covered: true, citations: citation } });
      expect(await engine().answer('How many died?', sources)).toBeUndefined();
    }
    server.script = () => ({ json: { answer: 'S1 says “12 people died”; S2 says 15.', covered: true, citations: citation } });
    expect((await engine().answer('How many died?', sources))?.text).toBe('S1 says “12 people died”; S2 says 15.');
  });

  it('GIVEN two 1.5 MB articles THEN model calls are capped per source and in flight, and all tokens are charged', async () => {
    const huge = (a: Article): Article => ({ ...a, text: Array.from({ length: 4_000 }, () => a.text).join('\n\n') });
    const big = [huge(S1), huge(S2)];
    const result = await engine(10_000_000).compare(big, ['S1', 'S2'], offline, { guildId: 'g1' });
    expect(result.engine.name).toBe('llm');
    expect(server.requests.length).toBe(2 * MAX_CHUNKS_PER_SOURCE + 1);
    expect(maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENT_CALLS);
    // Reservations were settled to what the calls really cost.
    const charged = await store.get(`tokens:g1:${new Date().toISOString().slice(0, 10)}`);
    expect(charged).toBe(Number(result.engine.promptTokens) + Number(result.engine.completionTokens));
  });

  it('GIVEN a flood of chunks against a small budget THEN the budget holds, calls in flight included, and the offline engine says why', async () => {
    const huge = (a: Article): Article => ({ ...a, text: Array.from({ length: 4_000 }, () => a.text).join('\n\n') });
    const budget = 30_000;
    const llm = engine(budget);
    const result = await llm.compare([huge(S1), huge(S2)], ['S1', 'S2'], offline, { guildId: 'g1' });
    expect(result.engine.name).toBe('offline');
    expect(String(result.engine.fallback)).toMatch(/daily model budget \(30000 tokens\) would be passed by this comparison/);
    await new Promise((resolve) => setTimeout(resolve, 300)); // calls still in flight settle
    expect(await store.get(`tokens:g1:${new Date().toISOString().slice(0, 10)}`)).toBeLessThanOrEqual(budget);
    expect(server.requests.length).toBeLessThan(2 * MAX_CHUNKS_PER_SOURCE);
  });

  it('GIVEN a bug in our own code (a TypeError) THEN it is not turned into report text', async () => {
    const broken = { ...S2, text: undefined as unknown as string };
    await expect(engine().compare([S1, broken], ['S1', 'S2'], offline)).rejects.toBeInstanceOf(TypeError);
  });
});
