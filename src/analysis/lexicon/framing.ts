/**
 * Verbs of saying that frame what a speaker said. A report that writes "the senator doubled down" or
 * "walked back her remarks" tells the reader how to take the statement; another that writes "the
 * senator said" of the same statement does not. Set side by side, the difference is one of framing,
 * not of fact. General English of news, grouped by what each verb implies about the speaker; no names
 * or topics.
 *
 * Forms are written lower case, one or more words, in the inflections news uses (past first: reports
 * tell what was said). A phrase is matched word for word, so "tried to clarify" is one form.
 */

/** What a framing verb implies about the one who spoke. */
export type Framing = 'retreat' | 'persistence' | 'concession' | 'boast' | 'distancing' | 'attack';

export const FRAMING_VERBS: Readonly<Record<Framing, readonly string[]>> = {
  // The speaker takes back or softens what they said before: a climb-down, whatever the words.
  retreat: [
    'walked back', 'walks back', 'walking back', 'backtracked', 'backtracks', 'backtracking', 'backpedaled', 'backpedalled', 'backpedals',
    'tried to clarify', 'sought to clarify', 'tries to clarify', 'seeks to clarify', 'scrambled to clarify', 'rowed back', 'climbed down',
    'retracted', 'retracts', 'softened', 'softens', 'reversed course', 'clarified', 'clarifies',
  ],
  // The speaker holds to what they said, against doubt: "doubled down", "stood by".
  persistence: [
    'doubled down', 'doubles down', 'doubling down', 'stood by', 'stands by', 'dug in', 'digs in', 'refused to back down', 'would not back down',
    'insisted', 'insists', 'reiterated', 'reiterates', 'reaffirmed', 'reaffirms', 'repeated', 'repeats', 'maintained', 'maintains',
  ],
  // The speaker owns something against their interest: an admission, not a plain statement.
  concession: ['admitted', 'admits', 'conceded', 'concedes', 'confessed', 'confesses', 'owned up'],
  // The speaker is shown as self-praising.
  boast: ['boasted', 'boasts', 'bragged', 'brags', 'touted', 'touts', 'crowed', 'crows', 'trumpeted', 'trumpets', 'gloated', 'gloats'],
  // The report keeps its distance: the speaker says so, the report does not vouch for it.
  distancing: ['claimed', 'claims', 'alleged', 'alleges', 'purported', 'purports', 'asserted', 'asserts'],
  // The speaker is shown as hostile: stronger than to criticise.
  attack: [
    'slammed', 'slams', 'blasted', 'blasts', 'lashed out', 'lashes out', 'tore into', 'tears into', 'ripped into', 'rips into', 'lambasted', 'lambastes',
    'railed against', 'rails against', 'savaged', 'savages', 'fumed', 'fumes', 'ranted', 'rants', 'excoriated', 'excoriates', 'berated', 'berates',
  ],
};

/**
 * Verbs of saying that frame nothing: a report that uses one passes the statement on as it was made.
 * "criticized" is here: it tells what the statement did, not how hostile it was, as "slammed" does.
 * "warned", "acknowledged", "argued" are in neither list: news uses them both plainly and pointedly.
 */
export const NEUTRAL_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'remarked', 'remarks',
  'commented', 'comments', 'responded', 'responds', 'replied', 'replies', 'wrote', 'writes', 'spoke', 'speaks', 'described', 'describes',
  'criticized', 'criticised', 'criticizes', 'criticises', 'announced', 'announces', 'declared', 'declares', 'tweeted', 'posted',
];
