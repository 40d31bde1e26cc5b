/**
 * The writer's own aside: a sentence that tells no fact but what the reporter makes of one ("Which is
 * likely a good sign", "it'll be interesting to hear what Putin offered in return", "In fact, it's almost
 * a given he's well aware…"). News attributes what it reports; an aside is unattributed and hedged or
 * evaluative. A report that leaves out another's aside leaves out no fact.
 */

/** Hedges and the writer's own judgement, as news English words them outside quotations. */
const STANCE =
  /\b(likely|unlikely|probably|perhaps|maybe|apparently|seemingly|seems?|seemed|appears? to|arguably|of course|in fact|interesting(?:ly)?|a given|surely|obviously|no doubt|in all probability|remains to be seen|one reason|could actually|it'?s (?:clear|worth|hard to)|what (?:is|was) (?:clear|striking))\b/i;

/**
 * Speculation and opinion in other forms: a guess at what has been ("may have been downplayed"), a
 * reading offered ("could be read as"), a reason the writer supplies ("not least because"), a word of
 * judgement no report of fact needs ("weird", "nutty", "encouraging", "a good idea"), what the writer
 * cannot explain ("it's unclear why").
 */
const OPINION = new RegExp(
  [
    /\b(?:may|might|could|must) (?:well )?(?:have|be) (?:been|read|seen)\b/,
    /\b(?:may|might|could) well\b/,
    /\bnot least because\b/,
    /\b(?:it'?s|it is) (?:unclear|hard to say|anyone'?s guess) (?:why|whether|how)\b/,
    /\b(?:weird|bizarre|nutty|absurd|ridiculous|silly|foolish|stupid|heartening|disheartening|encouraging|unfortunate(?:ly)?|ironic(?:ally)?|curious(?:ly)?|strange(?:ly)?|odd(?:ly)?|sadly|thankfully|luckily|hopefully)\b/,
    /\b(?:a|an) (?:good|bad|great|smart|terrible) (?:idea|sign|thing|move)\b/,
    /\b(?:strategically|frankly|honestly|politically) speaking\b/,
    /\b(?:sour|gloomy|upbeat|uncertain) mood\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

/** A frame that makes the whole sentence the writer's, even when a source is named inside it ("One reason it may have been downplayed is, according to…"). */
const FRAME = /^(?:and,?\s+|but,?\s+)?(?:in fact|of course|perhaps|maybe|arguably|surely|one reason|which is|which means|if\b[^,]*,\s*it'?(?:ll|s| will| would))\b/i;

/** Words that attribute a sentence to someone: then it reports what they say, not what the writer thinks. */
const ATTRIBUTED =
  /\b(said|says|say|told|tells|according to|reported|reports|announced|stated|wrote|writes|added|noted|argued|claimed|insisted|warned|stressed|stressing|emphasi[sz]ed|mentioned|readout|statement)\b/i;
/** A quotation inside the sentence: someone's words, whoever's judgement they carry. */
const QUOTED = /[“”"]/;

/** The writer speaks for themselves outside quotations ("We'll know more soon"). */
const FIRST_PERSON = /\b(?:I|I'm|I've|[Ww]e|[Ww]e'll|[Ww]e're|[Ww]e've|us|[Oo]ur)\b/;

/** Hedges a reporter also puts on a fact ("detained a man they had apparently singled out"): an aside's mark, not proof of one. */
const MILD = /^(?:likely|unlikely|probably|apparently|seemingly|seems?|seemed|appears? to)$/i;

/** Whether a sentence is the writer's own view, hedge or guess rather than a fact or what someone said. */
export function isAside(sentence: string): boolean {
  return asideMark(sentence) !== undefined;
}

/**
 * Whether a sentence is the writer's opinion or speculation for sure: an aside marked by more than a
 * hedge a reporter also puts on facts. A passage made only of these tells no fact.
 */
export function isOpinion(sentence: string): boolean {
  const mark = asideMark(sentence);
  return mark !== undefined && !MILD.test(mark);
}

/** What marks a sentence as an aside (the words, or '?' for a question), if anything does. */
function asideMark(sentence: string): string | undefined {
  const text = sentence.replace(/[’]/g, "'");
  const frame = FRAME.exec(text);
  if (frame) return frame[0];
  if (/\?\)?$/.test(text.trim()) && !QUOTED.test(text)) return '?';
  if (ATTRIBUTED.test(text)) return undefined;
  // A sentence wholly inside quotation marks with no one named to say it (a quoted column, a pasted
  // analysis) is judged by its words; a quotation set inside the writer's own words is someone's.
  const wholly = /^[“"]/.test(text.trim());
  if (QUOTED.test(text) && !wholly) return undefined;
  const found = OPINION.exec(text) ?? STANCE.exec(text) ?? (QUOTED.test(text) ? null : FIRST_PERSON.exec(text));
  return found?.[0];
}
