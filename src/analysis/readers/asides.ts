/**
 * The writer's own aside: a sentence that tells no fact but what the reporter makes of one ("Which is
 * likely a good sign", "it'll be interesting to hear what Putin offered in return", "In fact, it's almost
 * a given he's well aware…"). News attributes what it reports; an aside is unattributed and hedged or
 * evaluative. A report that leaves out another's aside leaves out no fact.
 */

/** Hedges and the writer's own judgement, as news English words them outside quotations. */
const STANCE =
  /\b(likely|unlikely|probably|perhaps|maybe|apparently|seemingly|seems?|seemed|appears? to|arguably|of course|in fact|interesting(?:ly)?|a given|surely|obviously|no doubt|in all probability|remains to be seen|one reason|could actually|it'?s (?:clear|worth|hard to)|what (?:is|was) (?:clear|striking))\b/i;
/** Words that attribute a sentence to someone: then it reports what they say, not what the writer thinks. */
const ATTRIBUTED = /\b(said|says|say|told|tells|according to|reported|reports|announced|stated|wrote|writes|added|noted|argued|claimed|insisted)\b|[“”"]/i;

export function isAside(sentence: string): boolean {
  const text = sentence.replace(/[’]/g, "'");
  return STANCE.test(text) && !ATTRIBUTED.test(text);
}
