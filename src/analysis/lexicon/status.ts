/**
 * What a report says became of someone or something: an act that happened or did not (a bill passed, an
 * official resigned, a suspect indicted, a veto), and which of those states cannot hold at once.
 * General English of news, no names or topics. A word missing here only costs recall.
 *
 * Each act is known by its forms: `done` (past tense or participle: "passed", "stepped down") and `base`
 * ("pass", "step down": the form after "to", "will", "may"). How a sentence holds the act (done, only
 * planned or expected, negated) is read from the words before it (`PENDING`, `NEGATED`, below).
 */
export interface StatusAct {
  /** The act, as the reader is told it: "pass", "resign". */
  act: string;
  done: readonly string[];
  base: readonly string[];
  /** When set, the act is only this when one of these words follows it (a race won, not praise won). */
  objects?: readonly string[];
  /** Acts of one family that, done, exclude this one done (convicted / acquitted of one charge). */
  excludes?: readonly string[];
}

/** A contest one wins: "won" alone is also support, praise, a case. */
const CONTESTS = ['election', 'elections', 'race', 'primary', 'primaries', 'caucus', 'caucuses', 'nomination', 'runoff', 'run-off', 'seat', 'contest', 'majority', 'presidency', 'vote', 'ballot', 'referendum'];

export const STATUS_ACTS: readonly StatusAct[] = [
  // A legislature passes; a president, a board or voters approve: "passed by Congress" and "expected to
  // approve Congress' bill" are two acts, so each verb is its own act.
  { act: 'pass', done: ['passed'], base: ['pass'] },
  { act: 'enact', done: ['enacted'], base: ['enact'] },
  { act: 'approve', done: ['approved'], base: ['approve'] },
  { act: 'veto', done: ['vetoed'], base: ['veto'] },
  { act: 'resign', done: ['resigned', 'stepped down', 'stepped aside'], base: ['resign', 'step down', 'step aside'] },
  { act: 'indict', done: ['indicted'], base: ['indict'] },
  // "charged with", "charged him in": not "racially charged language".
  { act: 'charge', done: ['charged'], base: ['charge'], objects: ['with', 'in', 'him', 'her', 'them'] },
  { act: 'convict', done: ['convicted', 'found guilty'], base: ['convict', 'find guilty'], excludes: ['acquit'] },
  { act: 'acquit', done: ['acquitted', 'found not guilty'], base: ['acquit', 'find not guilty'], excludes: ['convict'] },
  { act: 'plead guilty', done: ['pleaded guilty', 'pled guilty'], base: ['plead guilty'], excludes: ['plead not guilty'] },
  { act: 'plead not guilty', done: ['pleaded not guilty', 'pled not guilty'], base: ['plead not guilty'], excludes: ['plead guilty'] },
  { act: 'win', done: ['won'], base: ['win'], objects: CONTESTS },
];

/**
 * Words before an act that make it a plan, an expectation or a possibility, not an outcome: "is
 * expected to pass", "plans to bring up", "could be charged", "would have resigned", "a vote to".
 * Read within a few words before the act, with no clause break between.
 */
export const PENDING = new Set([
  'will', 'would', 'may', 'might', 'could', 'can', 'should', 'shall', 'must', "won't", 'wont', "'ll",
  'expected', 'expects', 'expect', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending',
  'failure', 'set', 'poised', 'likely', 'unlikely', 'about', 'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted',
  'seek', 'seeks', 'sought', 'seeking', 'aim', 'aims', 'aimed', 'aiming', 'ready', 'prepared', 'preparing', 'prepares',
  'threaten', 'threatens', 'threatened', 'threatening', 'vow', 'vows', 'vowed', 'promise', 'promises', 'promised',
  'pledge', 'pledges', 'pledged', 'scheduled', 'due', 'going', 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts',
  'bid', 'push', 'pushing', 'effort', 'efforts', 'move', 'urged', 'urge', 'urges', 'urging', 'called', 'calls', 'calling',
  'demanded', 'demands', 'asked', 'asking', 'pressed', 'pressure', 'whether', 'if', 'unless',
  'weighing', 'considering', 'consider', 'considers', 'mulling', 'possible', 'possibly', 'potential', 'potentially',
  'reportedly', 'allegedly', 'get', 'getting', 'chance', 'odds', 'able', 'needs', 'need', 'needed', 'necessary', 'vote', 'votes',
]);

/** Words before an act that say it did not happen: "did not pass", "failed to win", "has yet to resign". */
export const NEGATED = new Set([
  'not', 'never', 'no', "didn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't", "aren't", "don't", "doesn't",
  'yet', 'failed', 'fails', 'fail', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'decline', 'rejected', 'rejects',
  'without', 'nor', 'neither', 'instead', 'rather', 'against', 'denied', 'denies', 'deny', 'avoided', 'avoid', 'resisted',
]);

/** Words that may stand between a cue and its act without breaking the link: "expected to be formally charged". */
export const LINKS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'to', 'be', 'been', 'being', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'am', 'got', 'also', 'then', 'soon', 'quickly', 'formally', 'officially', 'eventually', 'finally', 'still', 'ever', 'even', 'now', 'later', 'all', 'both', 'it', 'them', 'him', 'her', 'he', 'she', 'they']);

/** Bodies that act in turn on one measure: "the House passed" and "the Senate is expected to pass" both hold. */
export const BODIES = new Set(['house', 'senate', 'congress', 'parliament', 'assembly', 'legislature', 'council', 'committee', 'panel', 'court', 'jury', 'judge', 'board', 'cabinet', 'lords', 'commons', 'bundestag', 'duma', 'knesset']);

/** What a legislature acts on, one thing in several words: "passed legislation" and "to pass spending bills". */
export const MEASURES = new Set(['bill', 'bills', 'legislation', 'measure', 'measures', 'resolution', 'resolutions', 'package', 'law', 'laws', 'amendment', 'amendments']);
