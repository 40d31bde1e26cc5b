import type { SourceId } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Doc, Sentence } from '../readers/document.js';
import { isAttributedFact } from '../readers/attribution.js';
import { SAME_FACT_SIMILARITY } from '../agreement/consensus.js';
import { contentStems, sharesRoot } from '../text.js';

/**
 * How news English says the details are not out yet: "There are no reports yet of what was
 * discussed", "Details were not immediately available", "The ministry has not yet said…", "It was not
 * immediately clear what…".
 */
const NOT_YET = new RegExp(
  [
    /\bno (?:reports?|word|details?|readout|account)s? (?:yet|so far|as yet)\b/,
    /\bno (?:reports?|word|details?|readout|account)s? (?:has|have|had|was|were) (?:yet |so far )?(?:been )?(?:given|released|issued|made public|available)\b/,
    /\b(?:details|specifics|contents?|substance|terms)\b[^.;]{0,60}\b(?:were|was|are|is|have|has|had) (?:not|yet to be) (?:yet |immediately |been )*(?:available|released|known|disclosed|made public|given)\b/,
    /\b(?:has|have|had) (?:not|yet to) (?:yet )?(?:say|said|release|released|disclose|disclosed|give|given|provide|provided|publish|published) (?:what|whether|how|details|any details|a readout|an account)\b/,
    /\b(?:it )?(?:was|is) not (?:immediately |yet )?(?:clear|known) (?:what|whether|how|who)\b/,
    /\bdid not immediately (?:release|disclose|say|give|provide|publish) (?:what|details|any details|a readout|an account)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);
/** Facts another source must put on record, that the earlier one lacks, before it counts as reporting the details. */
const DETAILS_NEEDED = 2;

export interface WrittenEarlier {
  sourceId: SourceId;
  /** The source's own sentence saying the details are not yet known. */
  quote: string;
  /** The sources that report those details. */
  reporters: SourceId[];
}

/** Whether a sentence, in the writer's own words (not a quotation), says the details are not out yet. */
export function saysNotYetKnown(text: string): boolean {
  return NOT_YET.test(ownWords(text));
}

const ownWords = (text: string): string => text.replace(/[“"][^”"]*[”"]/g, ' ');

/**
 * What is not yet known, as stems: the words after the phrase up to the clause's end ("…of what was
 * discussed" → discuss). Empty when the sentence does not say ("Details were not available").
 */
function unknownTopic(text: string): string[] {
  const own = ownWords(text);
  const m = NOT_YET.exec(own);
  if (!m) return [];
  const rest = own.slice(m.index + m[0].length).split(/[,.;:!?]/)[0] ?? '';
  const topic = contentStems(rest).filter((t) => !GENERIC.has(t));
  // "What was discussed" or "what was said" is the whole content of a talk: any detail of it tells it.
  return topic.every((t) => TALK.some((w) => w === t || sharesRoot(w, t))) ? [] : topic;
}
/** Words for the content of a talk as a whole. */
const TALK = contentStems('discussed discussion talked said agreed spoke raised covered');
/** Words of saying and knowing: they tell that something is unknown, not what. */
const GENERIC = new Set(contentStems('yet immediately available released known clear said details report reports account word'));

/**
 * A source that says what happened is not yet known, while other sources of the event report it (what
 * a party said, put on record in sentences the first source has nothing like), was likely written
 * before those details were out. Not when the others say the details are unknown too, nor when the
 * source is dated later than all those that report them.
 */
export function writtenEarlier(cmp: Comparison): WrittenEarlier[] {
  const notYet = new Map<Doc, Sentence>();
  for (const d of cmp.docs) {
    const s = d.sentences.find((x) => saysNotYetKnown(x.text));
    if (s) notYet.set(d, s);
  }
  const out: WrittenEarlier[] = [];
  for (const [doc, s] of notYet) {
    const topic = unknownTopic(s.text);
    const reporters = cmp.docs.filter((o) => o !== doc && !notYet.has(o) && !laterThan(doc, o) && reportsDetails(cmp, o, doc, topic));
    if (reporters.length) out.push({ sourceId: doc.id, quote: s.text, reporters: reporters.map((r) => r.id) });
  }
  return out;
}

/**
 * Whether `other` reports what `doc` says is not known: attributed facts `doc` has nothing alike to,
 * enough of them, and (when `doc` says what is unknown) one of them about that, in some form of the
 * word ("discussed", "the discussion").
 */
function reportsDetails(cmp: Comparison, other: Doc, doc: Doc, topic: string[]): boolean {
  const details = other.sentences.filter((s) => isAttributedFact(s.text) && !doc.sentences.some((x) => cmp.similarity(s, x) >= SAME_FACT_SIMILARITY));
  return details.length >= DETAILS_NEEDED && (topic.length === 0 || details.some((s) => topic.some((t) => [...s.stemSet].some((x) => x === t || sharesRoot(x, t)))));
}

function laterThan(doc: Doc, other: Doc): boolean {
  const [a, b] = [Date.parse(doc.article.publishedAt ?? ''), Date.parse(other.article.publishedAt ?? '')];
  return !Number.isNaN(a) && !Number.isNaN(b) && a > b;
}
