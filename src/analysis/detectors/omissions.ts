import type { SourceId } from '../../report/types.js';
import { TITLES } from '../lexicon/titles.js';
import type { Finding } from './finding.js';
import type { Comparison } from '../context.js';
import type { Doc, Sentence } from '../readers/document.js';
import { contentStems, stem, words } from '../text.js';
import { isStopword } from '../lexicon/stopwords.js';

// Titles say what someone is, not who: "President" does not make two sentences about the same person.
const MAX_OMISSIONS = 6;

interface Topic {
  /** Names are matched among a sentence's names only, so "Times" (a paper) does not match "times". */
  isName: boolean;
  key: string[];
  label: string;
  mentions: Map<SourceId, Sentence[]>;
}

/**
 * Salient topics (names and recurring two-word terms) that some sources report and others leave out:
 * the fact × source matrix reduced to the rows where coverage differs.
 */
export function omissionDiscrepancies(cmp: Comparison): Finding[] {
  if (cmp.docs.length < 2) return [];
  const topics = candidateTopics(cmp.docs).filter(
    // A term every source uses is not left out by anyone: "phone call" is not news when all say "phone".
    (t) => !t.key.some((k) => cmp.docs.every((d) => d.sentences.some((s) => s.stemSet.has(k)))),
  );
  const rows: Array<{ topic: Topic; reporters: SourceId[]; silent: SourceId[]; score: number }> = [];
  for (const topic of topics) {
    const reporters = cmp.docs.filter((d) => topic.mentions.has(d.id)).map((d) => d.id);
    // A partial source (the start of a paywalled article) is not silent about what it could not show.
    const silent = cmp.docs
      .filter((d) => !topic.mentions.has(d.id) && !topic.key.every((k) => d.titleStems.includes(k)) && !isPartial(d))
      .map((d) => d.id);
    if (reporters.length === 0 || silent.length === 0) continue;
    const sentences = [...topic.mentions.values()].reduce((n, s) => n + s.length, 0);
    if (reporters.length < 2 && sentences < 2) continue;
    rows.push({ topic, reporters, silent, score: reporters.length * 2 + Math.min(sentences, 6) });
  }
  rows.sort((a, b) => b.score - a.score || a.topic.label.localeCompare(b.topic.label));
  const labels = new Set<string>();
  const out: Finding[] = [];
  for (const row of rows) {
    if (labels.has(row.topic.label.toLowerCase()) || out.length >= MAX_OMISSIONS) continue;
    labels.add(row.topic.label.toLowerCase());
    out.push({
      kind: 'omission',
      form: 'topic',
      subject: row.topic.label,
      values: row.reporters.map((id) => ({ sourceId: id, value: row.topic.label })),
      evidence: row.reporters.map((id) => ({ sourceId: id, quote: row.topic.mentions.get(id)![0]!.text })),
      silent: row.silent,
    });
  }
  return out;
}

function isPartial(doc: Doc): boolean {
  return doc.article.notes.some((n) => n.startsWith('Partial'));
}

function candidateTopics(docs: Doc[]): Topic[] {
  const labels = new Map<string, Map<string, number>>();
  const keys = new Map<string, { key: string[]; isName: boolean }>();
  const vote = (key: string[], label: string, isName: boolean) => {
    const k = `${isName ? 'name' : 'term'}:${key.join(' ')}`;
    keys.set(k, { key, isName });
    const m = labels.get(k) ?? labels.set(k, new Map()).get(k)!;
    m.set(label, (m.get(label) ?? 0) + 1);
  };
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const name of nameStemsOf(s)) vote([name.head], name.label, true);
      const ws = words(s.text);
      for (let i = 0; i + 1 < ws.length; i++) {
        const [x, y] = [ws[i]!, ws[i + 1]!];
        if (!/^\p{Ll}/u.test(x) || !/^\p{Ll}/u.test(y) || isStopword(x) || isStopword(y) || x.length < 4 || y.length < 4) continue;
        vote([stem(x.replace(/-/g, '')), stem(y.replace(/-/g, ''))], `${x} ${y}`, false);
      }
    }
  }
  const topics: Topic[] = [];
  for (const [k, { key, isName }] of keys) {
    const mentions = new Map<SourceId, Sentence[]>();
    for (const doc of docs) {
      const hits = doc.sentences.filter((s) =>
        isName ? nameStemsOf(s).some((n) => n.head === key[0]) : key.every((t) => s.stemSet.has(t)),
      );
      if (hits.length) mentions.set(doc.id, hits);
    }
    const label = [...labels.get(k)!.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    if (key.length === 2 && [...mentions.values()].reduce((n, s) => n + s.length, 0) < 2) continue;
    topics.push({ key, label, mentions, isName });
  }
  return topics;
}

// Common aliases of the same name, so that "US" and "the United States" are one topic.
const ALIASES: Record<string, string> = {
  'u.s': 'United States', us: 'United States', usa: 'United States', 'u.s.a': 'United States', america: 'United States',
  'u.k': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'u.n': 'United Nations', un: 'United Nations', eu: 'European Union', 'e.u': 'European Union',
};

const nameCache = new WeakMap<Sentence, Array<{ head: string; label: string }>>();

/** The names of a sentence, keyed by their last word ("Merkel", "Korea") after titles and aliases. */
function nameStemsOf(s: Sentence): Array<{ head: string; label: string }> {
  let out = nameCache.get(s);
  if (out) return out;
  out = [];
  for (const name of s.names) {
    let parts = name.split(/\s+/);
    // What stands before a title qualifies it ("German Chancellor Angela Merkel"): keep what follows.
    const lastTitle = parts.map((w) => TITLES.has(w.toLowerCase().replace(/\.$/, ''))).lastIndexOf(true);
    if (lastTitle >= 0 && lastTitle < parts.length - 1) parts = parts.slice(lastTitle + 1);
    else if (lastTitle >= 0) continue;
    if (parts[0]?.toLowerCase() === 'the') parts = parts.slice(1);
    let label = parts.join(' ');
    label = ALIASES[label.toLowerCase().replace(/\.$/, '')] ?? label;
    const head = contentStems(label.split(/\s+/).pop() ?? '')[0];
    if (head && head.length > 2) out.push({ head, label });
  }
  nameCache.set(s, out);
  return out;
}
