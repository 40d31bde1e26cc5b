/**
 * Outcomes that go further than others for the same person or group: a resignation against only an
 * apology, a win against a lead in a count still going on, deaths against injuries, a charge against an
 * investigation. None excludes the other outright (one may come after the other), so they are read only
 * when both are said of one subject read surely. General English of news, no names or topics.
 *
 * Each act is known by its forms and by where the one it befalls stands:
 * - `doer`: the subject before the verb, the one who acts ("Reyes resigned", "Reyes leads the count");
 * - `undergoer`: the one the act is done to, before a passive ("two officers were killed", "Reyes was
 *   charged") or after an active verb ("the blast killed two officers", "police questioned Reyes").
 */
export interface OutcomeAct {
  /** The act, as the engine names it: "resign", "apologise". */
  act: string;
  forms: readonly string[];
  role: 'doer' | 'undergoer';
  /** When set, the act is only this when one of these words follows it within four words. */
  objects?: readonly string[];
  /** When set, the sentence must hold one of these words (a lead in a count, not a leader). */
  context?: readonly string[];
  /** Words that, anywhere in the sentence, make it another sense or another time (a lead in the polls). */
  unless?: readonly string[];
  /** A count of people ("two officers") may be the one it befalls, not only a name. */
  counted?: boolean;
  /** Forms whose undergoer stands before them with no passive: "two officers died". */
  intransitive?: readonly string[];
}

/** A contest one wins: "won" alone is also support, praise, a case (as in the status lexicon). */
const CONTESTS = ['election', 'elections', 'race', 'primary', 'primaries', 'caucus', 'caucuses', 'nomination', 'runoff', 'run-off', 'seat', 'contest', 'majority', 'presidency', 'vote', 'ballot', 'referendum'];
/** Words of a count of votes going on, one of which the sentence must hold: a lead in it is not yet a win. */
const COUNTING = ['count', 'counted', 'counting', 'returns', 'results', 'tally', 'ballots', 'votes', 'vote', 'precincts', 'reporting'];
/** What follows a lead in a count ("leads the count", "is ahead in early returns", "leading with 52 percent"), not a leader ("leads the party"). */
const LEAD_IN = [...COUNTING, 'in', 'with', 'by', 'race', 'runoff', 'percent', 'margin'];
/** A lead in a poll is before the vote, not a count: both it and a win hold. */
const POLLS = ['poll', 'polls', 'polled', 'polling', 'survey', 'surveys', 'surveyed', 'pollster', 'pollsters', 'respondents', 'approval'];

export const OUTCOME_ACTS: readonly OutcomeAct[] = [
  // "offered his resignation" is not here: an offer may be refused.
  { act: 'resign', forms: ['resigned', 'resigns', 'stepped down', 'steps down', 'stepped aside', 'steps aside', 'quit', ...['announced', 'tendered', 'submitted', 'handed in'].flatMap((v) => ['his', 'her', 'their'].map((p) => `${v} ${p} resignation`))], role: 'doer' },
  { act: 'apologise', forms: ['apologised', 'apologized', 'apologises', 'apologizes', 'issued an apology', 'offered an apology'], role: 'doer' },
  { act: 'stay', forms: ['stays on', 'stayed on', 'remains in office', 'remained in office', 'remains in post', 'remains in the post', 'remain in office', 'stay on', 'stay in office'], role: 'doer' },
  { act: 'win', forms: ['won', 'wins'], role: 'doer', objects: [...CONTESTS, 're-election', 'reelection'] },
  { act: 'lead', forms: ['leads', 'leading', 'is ahead', 'remains ahead', 'holds a lead'], role: 'doer', objects: LEAD_IN, context: COUNTING, unless: POLLS },
  { act: 'kill', forms: ['killed', 'shot dead', 'died'], role: 'undergoer', counted: true, intransitive: ['died'] },
  // Not "hospitalized": one is taken to hospital ill as often as hurt.
  { act: 'injure', forms: ['injured', 'wounded'], role: 'undergoer', counted: true },
  // "charged with", "charged him in": not "racially charged language".
  { act: 'charge', forms: ['charged'], role: 'undergoer', objects: ['with', 'in', 'on', 'over'] },
  { act: 'indict', forms: ['indicted'], role: 'undergoer' },
  { act: 'arrest', forms: ['arrested', 'detained', 'taken into custody'], role: 'undergoer' },
  // Questioned by reporters or lawmakers is no police matter.
  { act: 'investigate', forms: ['under investigation', 'investigated', 'investigating', 'a person of interest', 'questioned'], role: 'undergoer', unless: ['reporters', 'journalists', 'interviewer', 'lawmakers', 'senators', 'hearing', 'critics'] },
];

/** For each act, the acts that fall short of it: told alone of one subject, they leave the outcome short of it. */
export const FALLS_SHORT: Readonly<Record<string, readonly string[]>> = {
  resign: ['apologise', 'stay'],
  win: ['lead'],
  kill: ['injure'],
  charge: ['investigate', 'arrest'],
  indict: ['investigate', 'arrest'],
  arrest: ['investigate'],
};

/** Words between a subject and its act that keep the link: "Reyes has since resigned", "two officers were later killed". */
export const BRIDGES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'remains', 'remain', 'remained', 'named', 'as', 'considered', 'identified', 'also', 'since', 'then', 'later', 'now', 'still', 'both', 'all', 'formally', 'officially', 'publicly']);
/** Words that make the words before an act a passive: the subject undergoes it. */
export const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'remains', 'remain', 'remained']);

/** Number words that count people ("two officers"). */
export const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'several', 'both']);
/** What a count of people is of: the noun after it must be one of these or end like a person noun. */
export const PEOPLE = new Set(['people', 'persons', 'person', 'officers', 'officer', 'soldiers', 'troops', 'civilians', 'children', 'students', 'workers', 'passengers', 'residents', 'men', 'women', 'police', 'policemen', 'firefighters', 'miners', 'protesters', 'protestors', 'journalists', 'tourists', 'pilgrims', 'guards', 'agents', 'staff', 'employees', 'teenagers', 'boys', 'girls', 'victims', 'others', 'crew', 'members', 'fighters', 'militants', 'climbers', 'hikers', 'migrants']);
