import type { Evidence, SourceId, SpeakerStatements } from '../../report/types.js';
import type { Comparison } from '../context.js';
import type { Sentence } from '../readers/document.js';
import { CALENDAR_WORDS } from '../lexicon/calendar.js';
import { COUNTRY_ALIASES } from '../lexicon/country-aliases.js';
import { SEATS_OF_GOVERNMENT } from '../lexicon/seats-of-government.js';
import { TITLES } from '../lexicon/titles.js';
import { stem } from '../text.js';

/**
 * What each side said, as each report tells it: the sentences in which a report attributes words to a
 * person or a body ("The White House described…", "…, the ministry said", "according to the mayor").
 * Reports of talks, hearings and disputes differ less in what happened than in whose account they give
 * and what of it they pass on; set side by side, a reader sees which report gives which side's words.
 * Only speakers two or more reports quote or report are listed: one report's sole source is its own
 * coverage, already listed as such.
 */

/** Verbs by which a report says someone stated, stressed or left out something. */
const SAYING =
  'said|says|say|told|tells|added|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|described|describes|noted|notes|announced|announces|stated|states|declared|insisted|insists|warned|warns|argued|argues|urged|urges|called for|calls for|pressed|claimed|claims|denied|denies|confirmed|confirms|wrote|writes|tweeted|acknowledged|acknowledges|maintained|maintains|issued (?:a |an )?statement|to issue (?:a |an )?statement|did not mention|didn\'t mention|made no mention|gave (?:a |an |its |his |her |their )?(?:\\w+ ){0,3}(?:readout|account|statement)|(?:readout|statement|account)(?: of [^,;]{1,40})? said';
/**
 * A name as news writes it: capitalised words, a title before it allowed ("Russian President Vladimir
 * Putin"), or a body named by a common noun after one ("the Russian government", "the Trump administration").
 */
const NAME = "(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+|de\\s+|al-)?\\p{Lu}[\\p{L}'’.-]*){0,4}(?:\\s+(?:government|administration|ministry|military|embassy|campaign|spokesman|spokeswoman|spokesperson|officials?))?)";

/** "The Kremlin, meanwhile, said …", "Mr. Putin told …", "The White House readout of the call said …". */
const LEADS = new RegExp(`(?:^|[;:—–(]\\s*|,\\s+(?:and|but|while)\\s+|\\b(?:and|but|while|as|after|when)\\s+)${NAME}(?:['’]s)?(?:,[^,]{1,60},)?\\s+(?:also\\s+|has\\s+|had\\s+|have\\s+|later\\s+|then\\s+|again\\s+|however\\s+)?(?:${SAYING})\\b`, 'u');
/** "…,” the Kremlin said.", "…, said Rex Tillerson." */
const AFTER_QUOTE = new RegExp(`[,”"]\\s+(?:${NAME}\\s+(?:said|says|added|wrote|noted|told)\\b|(?:said|says|added|wrote)\\s+${NAME})`, 'u');
/** "according to the White House", "according to a statement from the ministry". */
const ACCORDING = new RegExp(`[Aa]ccording to (?:(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:from|by|of)\\s+)?${NAME}`, 'u');

/** Capitalised words that open a sentence or a clause without naming anyone. */
const NOT_NAMES = new Set(['the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'but', 'and', 'yet', 'so', 'while', 'when', 'after', 'as', 'in', 'on', 'at', 'for', 'one', 'some', 'many', 'most', 'both', 'officials', 'reports', 'critics', 'analysts', 'experts', 'sources', 'a', 'an', 'there', 'here', 'what', 'who']);
/** Last words of a body's name: such a name is kept whole ("White House"), a person's by the surname. */
const BODY_WORDS = /\b(?:house|department|ministry|office|government|administration|committee|council|agency|party|service|court|commission|bank|board|embassy|military|campaign|police|army|senate|congress|parliament|union|kremlin|pentagon|spokesman|spokeswoman|spokesperson|officials?)$/i;

/** Speakers listed at most; each source's sentences per speaker at most. */
const SPEAKERS_LISTED = 4;
const SENTENCES_PER_SOURCE = 2;

interface Attribution {
  key: string;
  name: string;
}

/** Who a sentence gives words to, read from how news attributes: none when it attributes nothing or to a pronoun. */
export function speakerOf(sentence: string): Attribution | undefined {
  const text = sentence.replace(/[’]/g, "'");
  for (const re of [LEADS, AFTER_QUOTE, ACCORDING]) {
    const m = re.exec(text);
    const raw = m?.slice(1).find(Boolean);
    if (!raw) continue;
    const named = keyOf(raw);
    if (named) return named;
  }
  return undefined;
}

/** Words before a person's name that are not part of it: "Russian President", "Former". */
const BEFORE_NAMES = /^(?:Russian|American|U\.S\.|US|British|French|German|Chinese|Israeli|Former|Then|Top|Senior)$/;

/**
 * The name without titles, and the key two reports' names of one speaker share: "Mr. Putin" and
 * "Vladimir Putin" are "putin"; "the Kremlin" and "the Russian government" are Russia's government.
 */
function keyOf(raw: string): Attribution | undefined {
  const words = raw.replace(/[.,;:]+$/, '').replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const whole = words.join(' ');
  const seat = SEATS_OF_GOVERNMENT.get(whole.toLowerCase());
  if (seat) return { key: `government of ${seat}`, name: `the ${whole}` };
  // "the Russian government", "the U.S. administration": that country's government.
  const national = /^(\p{Lu}[\p{L}.]*?)(?:'s)? (?:government|administration)$/u.exec(whole);
  if (national) {
    const w = national[1]!.toLowerCase().replace(/\./g, '');
    return { key: `government of ${COUNTRY_ALIASES.get(w)?.[0] ?? stem(w)}`, name: /'s /.test(whole) ? whole : `the ${whole}` };
  }
  const isBody = BODY_WORDS.test(whole);
  while (!isBody && words.length > 1 && (TITLES.has(words[0]!.toLowerCase().replace(/\.$/, '')) || BEFORE_NAMES.test(words[0]!))) words.shift();
  // "said Tuesday": a day is when, not who.
  if (words.length === 0 || NOT_NAMES.has(words[0]!.toLowerCase()) || CALENDAR_WORDS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return undefined;
  if (words.length === 1 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return undefined;
  // "Deputy Attorney General Rod Rosenstein" is Rod Rosenstein: ranks before a name are many.
  const name = (isBody ? words : words.slice(-2)).join(' ');
  const key = isBody ? name.toLowerCase() : words[words.length - 1]!.toLowerCase().replace(/[.']+$/, '');
  return key.length >= 2 ? { key, name: isBody && !/^\p{Lu}\p{Lu}/u.test(name) ? `the ${name}` : name } : undefined;
}

/** For each speaker two or more reports give words to, each report's sentences that do, in its own order. */
export function whoSaidWhat(cmp: Comparison, contested: ReadonlySet<string> = new Set()): SpeakerStatements[] {
  const bySpeaker = new Map<string, { names: Map<string, number>; bySource: Map<SourceId, Sentence[]> }>();
  for (const doc of cmp.docs) {
    for (const s of doc.sentences) {
      const who = speakerOf(s.text);
      if (!who) continue;
      const entry = bySpeaker.get(who.key) ?? bySpeaker.set(who.key, { names: new Map(), bySource: new Map() }).get(who.key)!;
      entry.names.set(who.name, (entry.names.get(who.name) ?? 0) + 1);
      (entry.bySource.get(doc.id) ?? entry.bySource.set(doc.id, []).get(doc.id)!).push(s);
    }
  }
  const listed = [...bySpeaker.values()]
    .filter((e) => e.bySource.size >= 2)
    // The speakers most reports give words to first; then those they quote most.
    .sort((a, b) => b.bySource.size - a.bySource.size || total(b) - total(a))
    .slice(0, SPEAKERS_LISTED);
  return listed.map((e) => ({
    // The fullest name a report gives ("Vladimir Putin" over "Putin"), among the most used.
    speaker: [...e.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0],
    evidence: cmp.docs.flatMap((d) =>
      (e.bySource.get(d.id) ?? [])
        // A sentence shown as evidence of a conflict is said there; here the others.
        .sort((a, b) => Number(contested.has(a.text)) - Number(contested.has(b.text)) || a.index - b.index)
        .slice(0, SENTENCES_PER_SOURCE)
        .sort((a, b) => a.index - b.index)
        .map((s): Evidence => ({ sourceId: d.id, quote: s.text })),
    ),
  }));
}

const total = (e: { bySource: Map<SourceId, Sentence[]> }) => [...e.bySource.values()].reduce((n, l) => n + l.length, 0);
