import { FakeOpenAI, type Reply, type ChatRequest } from '../fakes/fake-openai.js';

const sentences = (text: string) => text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]+["”’]?/g)?.map((s) => s.trim()) ?? [];
/** Curly quotes and apostrophes turned straight, as models often copy them: verification must forgive it. */
const straighten = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/**
 * A well-behaved model, scripted: claims are the article's first sentences; the comparison agrees on
 * the first claims, finds a framing difference between the second ones, and (as models do) also
 * returns a quote that is not in any source, a finding about a source that does not exist and an
 * "event" finding — the engine must drop the first two and ignore the third.
 */
export function wellBehaved(request: ChatRequest): Reply {
  // A repair turn asks for the same schema again.
  const kind = request.response_format?.json_schema?.name ?? FakeOpenAI.schemaOf(request);
  if (kind === 'claims') {
    const { text } = FakeOpenAI.payloadOf<{ text: string }>(request);
    return { json: { claims: sentences(text).slice(0, 5).map((s) => ({ statement: s, quote: straighten(s), who: null, when: null, where: null, numbers: [], speaker: null })) } };
  }
  if (kind === 'comparison') {
    const sources = FakeOpenAI.payloadOf<Array<{ sourceId: string; claims: Array<{ quote: string }> }>>(request);
    const [a, b] = sources;
    return {
      json: {
        summaries: sources.map((s) => ({ sourceId: s.sourceId, summary: `Model summary of ${s.sourceId}.` })),
        consensus: [{ text: 'Both reports describe the same collapse.', evidence: [{ sourceId: a!.sourceId, quote: a!.claims[0]!.quote }, { sourceId: b!.sourceId, quote: b!.claims[0]!.quote }] }],
        findings: [
          { kind: 'framing', summary: `${a!.sourceId} stresses the rescue; ${b!.sourceId} stresses the traffic.`, evidence: [{ sourceId: a!.sourceId, quote: a!.claims[1]!.quote }, { sourceId: b!.sourceId, quote: b!.claims[1]!.quote }] },
          { kind: 'claim', summary: 'An invented quote.', evidence: [{ sourceId: a!.sourceId, quote: 'The mayor resigned in disgrace on Friday night.' }] },
          { kind: 'name', summary: 'A source that does not exist.', evidence: [{ sourceId: 'S9', quote: a!.claims[0]!.quote }] },
          { kind: 'event', summary: 'The model thinks S2 is another event.', evidence: [{ sourceId: b!.sourceId, quote: b!.claims[0]!.quote }] },
        ],
      },
    };
  }
  if (kind === 'answer') {
    const { sources } = FakeOpenAI.payloadOf<{ sources: Array<{ sourceId: string; text: string }> }>(request);
    const s = sources[0]!;
    return { json: { answer: 'The reports say the bridge fell on Tuesday evening.', covered: true, citations: [{ sourceId: s.sourceId, quote: straighten(sentences(s.text)[0]!) }] } };
  }
  return { status: 400, body: { error: { message: `unexpected schema ${kind}` } } };
}
