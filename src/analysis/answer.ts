import type { Article, Evidence, SourceId } from '../report/types.js';
import { buildDoc, type Sentence } from './readers/document.js';
import { Idf } from './similarity.js';
import { ASKING_WORDS, QUESTION_WORDS } from './lexicon/question-words.js';
import { speakerOf } from './sides/who-said-what.js';
import { contentStems, stem } from './text.js';

export interface Answer {
  /** Sentences that answer the question, verbatim, best first, at most two per source. */
  citations: Evidence[];
  /** Sources that say nothing on the question. */
  silent: SourceId[];
}

/** Question and asking words, as written and stemmed as the question's terms are. */
const IGNORED = new Set([...QUESTION_WORDS, ...ASKING_WORDS].flatMap((w) => [w, stem(w)]));
/** Share of the question's weight a sentence must cover to count as addressing it. */
const MIN_COVERAGE = 0.5;

/** How much a sentence that gives the asked speaker's words counts, before what it covers of the rest. */
const SPEAKER_WEIGHT = 0.5;

/**
 * Answers a question from the sources alone: the sentences that cover most of the question's terms
 * (weighted by how rare they are across the sources), each cited to its source. A question about what
 * someone said ("What did the Kremlin say about the zones?") is answered first by the sentences that
 * give that speaker's words, under any of the names the sources use ("the Russian government"), ranked
 * by what they cover of the rest of the question. When nothing covers the question, no citation is
 * returned: the caller says that no source covers it.
 */
export function answerQuestion(question: string, sources: Array<{ id: SourceId; article: Article }>, max = 6): Answer {
  const docs = sources.map((s) => buildDoc(s.id, s.article));
  const idf = new Idf(docs.flatMap((d) => d.sentences.map((s) => s.stems)));
  const terms = [...new Set(contentStems(question))].filter((t) => !IGNORED.has(t));
  const total = terms.reduce((sum, t) => sum + idf.weight(t), 0);
  if (total === 0) return { citations: [], silent: sources.map((s) => s.id) };

  // Each sentence's speaker, read once: which speakers the question names, then which sentences give their words.
  const speakers = new Map(docs.flatMap((d) => d.sentences).map((s) => [s, speakerOf(s.text)] as const));
  const asked = askedSpeakers(question, speakers);
  const topic = asked.size ? terms.filter((t) => ![...asked.values()].some((names) => names.has(t))) : terms;
  const topicTotal = topic.reduce((sum, t) => sum + idf.weight(t), 0);
  const scored: Array<{ s: Sentence; score: number }> = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      let covered = terms.reduce((sum, t) => sum + (s.stemSet.has(t) ? idf.weight(t) : 0), 0) / total;
      const key = speakers.get(s)?.key;
      if (key && asked.has(key)) {
        const rest = topicTotal ? topic.reduce((sum, t) => sum + (s.stemSet.has(t) ? idf.weight(t) : 0), 0) / topicTotal : 1;
        covered = Math.max(covered, SPEAKER_WEIGHT + (1 - SPEAKER_WEIGHT) * rest);
      }
      if (covered >= MIN_COVERAGE) scored.push({ s, score: covered + 0.02 / (1 + s.rank) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const perSource = new Map<SourceId, number>();
  const citations: Evidence[] = [];
  for (const { s } of scored) {
    const n = perSource.get(s.sourceId) ?? 0;
    if (n >= 2 || citations.length >= max) continue;
    perSource.set(s.sourceId, n + 1);
    citations.push({ sourceId: s.sourceId, quote: s.text });
  }
  return { citations, silent: sources.map((s) => s.id).filter((id) => !perSource.has(id)) };
}

/**
 * The speakers the sources give words to that a question names, by any name a source uses for them:
 * each speaker's key with the stems of its names (what the question's terms are read against).
 */
function askedSpeakers(question: string, speakers: ReadonlyMap<Sentence, ReturnType<typeof speakerOf>>): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const who of speakers.values()) {
    if (!who) continue;
    const set = names.get(who.key) ?? names.set(who.key, new Set()).get(who.key)!;
    set.add(who.name.replace(/^the\s+/i, '').toLowerCase());
  }
  const q = ` ${question.toLowerCase().replace(/[’]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  const asked = new Map<string, Set<string>>();
  for (const [key, said] of names) {
    // A person is asked for by surname alone ("Putin"); a body by a whole name it goes by ("the Kremlin").
    const forms = [...said, ...(key.includes(' ') ? [] : [key])];
    if (forms.some((f) => q.includes(` ${f} `) || q.includes(` ${f}'s `))) asked.set(key, new Set(forms.flatMap((f) => contentStems(f))));
  }
  return asked;
}
