import type { Discrepancy, DiscrepancyFacts, DiscrepancyForm, SourceId, SourceValue } from './types.js';

/** The sentences of one language that word each form of discrepancy from its facts. */
type Phrases = { [F in DiscrepancyForm]: (d: DiscrepancyFacts, v: Values) => string } & {
  /** "S2 was published 36 h after S1: …", when the sources are dated apart. */
  later: (d: DiscrepancyFacts) => string;
  list: (ids: readonly string[]) => string;
};

/** The values of a discrepancy, read positionally: `at(0)` is the first source's. */
interface Values {
  at(i: number): SourceValue;
  ids(value?: string): SourceId[];
}

function valuesOf(d: DiscrepancyFacts): Values {
  const all = d.values ?? [];
  return {
    at: (i) => all[i] ?? { sourceId: 'S0', value: '' },
    ids: (value) => all.filter((x) => value === undefined || x.value === value).map((x) => x.sourceId),
  };
}

const enList = (ids: readonly string[]) => (ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`);
/** "reports" for one source, "report" for several. */
const verb = (ids: readonly string[], one: string, many: string) => (ids.length === 1 ? one : many);
const WAY: Record<string, string> = { up: 'rise', down: 'fall' };

const EN: Phrases = {
  list: enList,
  later: (d) => {
    const l = d.later!;
    const gap = l.hours >= 48 ? `${Math.round(l.hours / 24)} days` : `${l.hours} h`;
    const what = d.form === 'figures' || d.form === 'change' ? 'its figure' : 'its account';
    return `${l.sourceId} was published ${gap} after ${l.earlier}: ${what} may be an update.`;
  },
  figures: (d, v) => `Different figures for "${d.subject}": ${v.at(0).sourceId} says ${v.at(0).value}, ${v.at(1).sourceId} says ${v.at(1).value}.`,
  dates: (d, v) => `Different ${d.subject === 'day' ? 'days' : 'dates'} for the same happening: ${v.at(0).sourceId} says ${v.at(0).value}, ${v.at(1).sourceId} says ${v.at(1).value}.`,
  change: (_d, v) =>
    `${v.at(0).sourceId} reports a ${WAY[v.at(0).value]} (“${v.at(0).words}”) where ${v.at(1).sourceId} reports a ${WAY[v.at(1).value]} (“${v.at(1).words}”).`,
  wording: (_d, v) => `${v.at(0).sourceId} says “${v.at(0).value}” where ${v.at(1).sourceId} says “${v.at(1).value}”.`,
  unmentioned: (d, v) => `${v.at(0).sourceId} gives the ${d.subject} “${v.at(0).value}”, which ${enList(d.silent ?? [])} never mentions.`,
  quote: (d, v) => `${enList(v.ids())} quote ${d.subject ?? 'the same words'} differently.`,
  speaker: (_d, v) => `The same quote is attributed to ${v.at(0).value} by ${v.at(0).sourceId} and to ${v.at(1).value} by ${v.at(1).sourceId}.`,
  outcome: (_d, v) => {
    const [agreed, nothing] = [v.ids('agreement'), v.ids('nothing')];
    return `Outcome: ${enList(agreed)} ${verb(agreed, 'reports', 'report')} an agreement; ${enList(nothing)} ${verb(nothing, 'says', 'say')} nothing concrete came of it.`;
  },
  status: (d, v) => {
    const told = (x: SourceValue) => (x.value === 'done' ? 'it happened' : x.value === 'not done' ? 'it did not happen' : x.value === 'planned or expected' ? 'it is only planned or expected' : x.value);
    return `Status of “${d.subject}”: ${v.at(0).sourceId} says ${told(v.at(0))} (“${v.at(0).words}”), ${v.at(1).sourceId} says ${told(v.at(1))} (“${v.at(1).words}”).`;
  },
  negation: (_d, v) => `${v.ids('states')[0]} states what ${v.ids('denies')[0]} denies or negates.`,
  dispute: (_d, v) => `${v.ids('disputes')[0]} disputes what ${v.ids('states')[0]} states: it calls it untrue, a hoax, a rumour or denied.`,
  disputed: (_d, v) => `${v.ids('disputes')[0]} calls untrue, a hoax or a rumour what ${v.ids('states')[0]} reports as fact.`,
  headline: (_d, v) => `${v.at(0).sourceId}'s headline says “${v.at(0).value}” where its own text says “${v.at(1).value}”.`,
  'headline-unmentioned': (d, v) => `${v.at(0).sourceId}'s headline gives the ${d.subject} “${v.at(0).value}”, which its own text never mentions.`,
  'left-out': (d, v) => `${v.at(0).sourceId} gives the ${d.subject} “${v.at(0).value}”; ${enList(d.silent ?? [])} tells nothing like the sentence it is in.`,
  'left-out-retold': (d, v) => `${v.at(0).sourceId} gives the ${d.subject} “${v.at(0).value}”; ${enList(d.silent ?? [])} gives no ${d.subject} of that kind.`,
  fact: (d, v) => {
    const [reporters, silent] = [v.ids(), d.silent ?? []];
    return `${enList(reporters)} ${verb(reporters, 'reports', 'report')} what ${enList(silent)} ${verb(silent, 'leaves', 'leave')} out: “${d.subject}”.`;
  },
  event: (_d, v) => {
    const outside = v.ids('another event');
    return `${enList(outside)} ${verb(outside, 'reports', 'report')} a different event from ${enList(v.ids('this event'))}.`;
  },
};

const LOCALES: Record<string, Phrases> = { en: EN };

/**
 * The sentence a reader sees for a discrepancy, in `locale` (English when that locale has no phrases):
 * what differs (each merged finding's own sentence, once), then which report is later, then the
 * engine's note. A finding without a form (a model's finding) keeps its own summary.
 */
export function describe(d: Omit<Discrepancy, 'summary' | 'evidence'> & { summary?: string }, locale = 'en'): string {
  const phrases = LOCALES[locale.split('-')[0]!.toLowerCase()] ?? EN;
  const all = [d, ...(d.also ?? [])];
  const parts: string[] = [];
  const add = (p: string | undefined) => p && !parts.includes(p) && parts.push(p);
  for (const facts of all) if (facts.form) add(phrases[facts.form](facts, valuesOf(facts)));
  const dated = all.find((f) => f.later);
  if (dated) add(phrases.later(dated));
  for (const facts of all) add(facts.note);
  return parts.length ? parts.join(' ') : (d.summary ?? '');
}
