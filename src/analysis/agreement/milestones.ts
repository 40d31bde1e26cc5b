import { isStopword } from '../lexicon/stopwords.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { stem, words } from '../text.js';

/**
 * A milestone told two ways: "spoke for the first time since the strike" and "has not spoken since the
 * airstrike" say one thing, that nothing of the kind happened between the strike and now. English
 * tells it as "the first (time) since", "not … since", "never … since", "no … since". Two sentences tell
 * one milestone when the act before "since" shares a word (speak, meet, visit) and so does what came
 * after it (the strike, the election), compounds read either way ("air base" / "airbase").
 */
const MILESTONE = /\b(first\b(?:\s+[\p{L}-]+){0,3}?\s+since|(?:not|never|no|n't)\b(?:\s+[\p{L}'’-]+){0,8}?\s+since)\s+(.{1,160})/iu;
/** Words either side of "since" read as the act and as what came before it. */
const ACT_WORDS = 12;
const AFTER_WORDS = 10;

interface Milestone {
  act: Set<string>;
  after: Set<string>;
}

function stems(ws: string[]): Set<string> {
  const out = new Set<string>();
  const content = ws.map((w) => w.toLowerCase()).filter((w) => !isStopword(w) && !/^\d+$/.test(w) && w.length > 2);
  content.forEach((w, i) => {
    out.add(stem(w));
    // "air base" is "airbase", "air strikes" "airstrikes".
    if (i + 1 < content.length) out.add(stem(w + content[i + 1]));
  });
  return out;
}

function milestoneOf(text: string): Milestone | undefined {
  const m = MILESTONE.exec(text);
  if (!m) return undefined;
  const before = words(text.slice(0, m.index + m[1]!.length - 'since'.length)).slice(-ACT_WORDS);
  const after = words(m[2]!).slice(0, AFTER_WORDS);
  // "first" and "time" are the construction's own words, not the act.
  const act = stems(before);
  for (const w of ['first', 'tim']) act.delete(w);
  return { act, after: stems(after) };
}

const meet = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));

export function sameMilestone(a: string, b: string): boolean {
  const [x, y] = [milestoneOf(a), milestoneOf(b)];
  return Boolean(x && y && meet(x.act, y.act) && meet(x.after, y.after));
}

/** Sentences of different sources that tell one milestone. Few sentences tell one, so all pairs of them are read. */
export function milestonePairs(cmp: Comparison): Array<[Sentence, Sentence]> {
  const told = cmp.docs.flatMap((d) => d.sentences.filter((s) => MILESTONE.test(s.text)));
  const out: Array<[Sentence, Sentence]> = [];
  for (let i = 0; i < told.length; i++) for (let j = i + 1; j < told.length; j++) if (told[i]!.sourceId !== told[j]!.sourceId && sameMilestone(told[i]!.text, told[j]!.text)) out.push([told[i]!, told[j]!]);
  return out;
}
