/**
 * Who a sentence reports: an official body or a named person that said, stressed or left something
 * out ("The Kremlin gave a readout, stressing…", "The ministry did not mention…", "…, the mayor said").
 * An editor values these most: they are what each party put on record, not what the writer makes of it.
 *
 * This reader asks what kind of sentence it is (a party's record, a plain fact) and which words name
 * the party, loosely: facts left out use it. `sides/who-said-what.ts` asks whose words a sentence gives
 * and keys one speaker's many names as one (the Kremlin, the Russian government); reading facts left
 * out through that stricter reader as well (a teller in part must name the same speaker under any name)
 * changed nothing on either half of real news (docs/ENGINE.md), so the two stay apart.
 */
import { contentStems } from '../text.js';

/** Verbs (and nouns) of putting something on record, or leaving it out of the record. */
const SAYING =
  /\b(?:said|says|told|stated|announced|described|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|underlined|highlighted|insisted|confirmed|denied|added|noted|warned|called for|(?:did not|didn'?t|does not|doesn'?t|failed to) (?:mention|say|refer to|address)|made no mention of|omitted|readout|statement|communiqu[ée]|mentioned|according to)\b/i;
/** Bodies that speak as institutions. */
const BODY =
  /\b(?:government|ministry|department|office|agency|administration|police|court|council|commission|spokes(?:man|woman|person)|sides?|officials?|minister|president|secretary|embassy|parliament|senate|congress|army|military|company|board|kremlin|white house|foreign office|state department)\b/i;
/** Words before the verb read as its subject: "The Kremlin gave a slightly different readout". */
const SUBJECT_WORDS = 6;
/** A named person or body: a capitalised word that does not open the sentence. */
const NAMED = /(?<!^|[.!?]\s)(?<![“"‘(]\s?)\b\p{Lu}[\p{L}'’.-]+/u;

/** What a readout stresses or leaves out: the editor's first question of two governments' accounts of one talk. */
const EMPHASIS =
  /\b(?:stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|underlined|highlighted|readout|(?:did not|didn'?t|does not|doesn'?t|failed to) (?:mention|refer to|address)|made no mention of|omitted)\b/i;

/**
 * Whether a sentence tells what an official body stressed in its account or left out of it ("The
 * ministry's statement did not mention the fund", "The Kremlin gave a readout, stressing…").
 */
export function isReadoutFact(sentence: string): boolean {
  const verb = EMPHASIS.exec(sentence);
  return !!verb && BODY.test(subjectOf(sentence, verb.index));
}

/** The few words before a verb at `at`, within its clause: who does the saying. */
function subjectOf(sentence: string, at: number): string {
  const before = sentence.slice(0, at).replace(/,\s*(?:however|meanwhile|though|too|also|in turn),?/gi, ' ');
  // After a closing quotation the subject follows the quote: "…,” the Kremlin said.
  const clause = before.split(/[”"]\s*,?|[;:]/).pop() ?? before;
  return clause.trim().split(/\s+/).slice(-SUBJECT_WORDS).join(' ');
}

/** Whether a sentence tells what an official body or a named party said, stressed or left out. */
export function isAttributedFact(sentence: string): boolean {
  const verb = SAYING.exec(sentence);
  if (!verb) return false;
  return BODY.test(sentence) || NAMED.test(sentence.slice(1));
}

/**
 * The party's words: the content stems of the few words before the saying verb (its subject, "The
 * Russian government, however, did not mention") or after it when the quote comes first ("…,” the
 * Kremlin said"). Empty when no party is named.
 */
export function speakerStems(sentence: string): string[] {
  const verb = EMPHASIS.exec(sentence) ?? SAYING.exec(sentence);
  if (!verb) return [];
  // Only the party's own words: a body ("government") or a name ("Kremlin"), not the verbs about it.
  const party = subjectOf(sentence, verb.index)
    .split(/\s+/)
    .filter((w, i) => BODY.test(w) || (i > 0 && /^\p{Lu}/u.test(w)) || (i === 0 && /^\p{Lu}/u.test(w) && !/^(?:The|A|An|But|And|While|Though|However)$/.test(w)));
  return contentStems(party.join(' ')).filter((t) => t.length > 2);
}
