import type { Discrepancy, DiscrepancyFacts, DiscrepancyForm, SourceId, SourceValue } from './types.js';
import { sayAll } from '../i18n/say.js';
import { translator } from '../i18n/translate.js';

/** The full stop a summary ends with after a quoted sentence: none when the sentence ends its own ("…the room.”"). */
const end = (quotedSentence: string | undefined): string => (/[.!?]$/.test(quotedSentence ?? '') ? '' : '.');

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

/** The outcome acts of a shortfall as a noun after "tells of" (the engine's categories, not the sources' words). */
const EN_ACT: Record<string, string> = {
  resign: 'a resignation', apologise: 'an apology', stay: 'staying in office', win: 'a win', lead: 'a lead in the count',
  kill: 'deaths', injure: 'injuries', charge: 'a charge', indict: 'an indictment', arrest: 'an arrest', investigate: 'an investigation',
};

/** How a verb of saying frames a statement, after "tells it" (the engine's categories, not the sources' words). */
const EN_TELLING: Record<string, string> = {
  retreat: 'as a retreat', persistence: 'as holding firm', concession: 'as an admission', boast: 'as a boast', distancing: 'at a distance, as a claim', attack: 'as an attack', plain: 'as a plain statement',
};

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
  shortfall: (d, v) => `Outcome for “${d.subject}”: ${v.at(0).sourceId} tells of ${EN_ACT[v.at(0).value] ?? v.at(0).value} (“${v.at(0).words}”), ${v.at(1).sourceId} only of ${EN_ACT[v.at(1).value] ?? v.at(1).value} (“${v.at(1).words}”).`,
  negation: (_d, v) => `${v.ids('states')[0]} states what ${v.ids('denies')[0]} denies or negates.`,
  framing: (d, v) => `One statement by “${d.subject}”, framed differently: ${v.at(0).sourceId} tells it ${EN_TELLING[v.at(0).value] ?? v.at(0).value} (“${v.at(0).words}”), ${v.at(1).sourceId} ${EN_TELLING[v.at(1).value] ?? v.at(1).value} (“${v.at(1).words}”).`,
  dispute: (_d, v) => `${v.ids('disputes')[0]} disputes what ${v.ids('states')[0]} states: it calls it untrue, a hoax, a rumour or denied.`,
  disputed: (_d, v) => `${v.ids('disputes')[0]} calls untrue, a hoax or a rumour what ${v.ids('states')[0]} reports as fact.`,
  headline: (_d, v) => `${v.at(0).sourceId}'s headline says “${v.at(0).value}” where its own text says “${v.at(1).value}”.`,
  'headline-unmentioned': (d, v) => `${v.at(0).sourceId}'s headline gives the ${d.subject} “${v.at(0).value}”, which its own text never mentions.`,
  'left-out': (d, v) => `${v.at(0).sourceId} gives the ${d.subject} “${v.at(0).value}”; ${enList(d.silent ?? [])} tells nothing like the sentence it is in.`,
  'left-out-retold': (d, v) => `${v.at(0).sourceId} gives the ${d.subject} “${v.at(0).value}”; ${enList(d.silent ?? [])} gives no ${d.subject} of that kind.`,
  fact: (d, v) => {
    const [reporters, silent] = [v.ids(), d.silent ?? []];
    return `${enList(reporters)} ${verb(reporters, 'reports', 'report')} what ${enList(silent)} ${verb(silent, 'leaves', 'leave')} out: “${d.subject}”${end(d.subject)}`;
  },
  event: (_d, v) => {
    const outside = v.ids('another event');
    return `${enList(outside)} ${verb(outside, 'reports', 'report')} a different event from ${enList(v.ids('this event'))}.`;
  },
};

/**
 * Every other language quotes what the sources wrote (values, units, acts, speakers) in its own marks
 * and never translates it; only the engine's categories (a day or a date, a figure or a name, done or
 * planned) are said in the reader's words. A date the engine read is shown as `"May 2" (2026-05-02)`:
 * its words go in the language's marks, its ISO date after them.
 */
function quoter(open: string, close: string) {
  return (value: string) => {
    const read = /^"(.*)" \((\d{4}(?:-\d\d){0,2})\)$/.exec(value);
    return read ? `${open}${read[1]}${close} (${read[2]})` : `${open}${value}${close}`;
  };
}

/** A list of source ids joined the way a language joins them: "S1, S2 und S3". */
const listWith = (and: string) => (ids: readonly string[]) => (ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} ${and} ${ids[ids.length - 1]}`);
const gapIn = (hours: number, days: string, h = 'h') => (hours >= 48 ? `${Math.round(hours / 24)} ${days}` : `${hours} ${h}`);
const STATUS_KEYS = ['done', 'not done', 'planned or expected'] as const;
/** How a language says an act's status; any other value is the source's own verb, quoted. */
const statusIn = (said: Record<(typeof STATUS_KEYS)[number], string>, q: (v: string) => string) => (x: SourceValue) =>
  (STATUS_KEYS as readonly string[]).includes(x.value) ? said[x.value as (typeof STATUS_KEYS)[number]] : q(x.value);

const deQ = quoter('„', '“');
const deList = listWith('und');
/** The category as an object and the relative pronoun that follows it ("den Namen …, der"). */
const DE_KIND: Record<string, [string, string]> = { figure: ['die Zahl', 'die'], name: ['den Namen', 'der'], wording: ['die Formulierung', 'die'] };
const deKind = (subject: string | undefined) => DE_KIND[subject ?? ''] ?? ['die Angabe', 'die'];
const deNone: Record<string, string> = { figure: 'keine solche Zahl', name: 'keinen solchen Namen', wording: 'keine solche Formulierung' };
const deStatus = statusIn({ done: 'ist es geschehen', 'not done': 'ist es nicht geschehen', 'planned or expected': 'ist es erst geplant oder erwartet' }, deQ);
/** Die Ergebnisse eines Vergleichs im Dativ nach „berichtet von“. */
const DE_ACT: Record<string, string> = {
  resign: 'einem Rücktritt', apologise: 'einer Entschuldigung', stay: 'einem Verbleib im Amt', win: 'einem Sieg', lead: 'einer Führung bei der Auszählung',
  kill: 'Toten', injure: 'Verletzten', charge: 'einer Anklage', indict: 'einer Anklageerhebung', arrest: 'einer Festnahme', investigate: 'Ermittlungen',
};
/** Wie ein Verb des Sagens eine Äußerung einordnet, nach „stellt sie … dar“. */
const DE_TELLING: Record<string, string> = {
  retreat: 'als Rückzieher', persistence: 'als Beharren', concession: 'als Eingeständnis', boast: 'als Prahlerei', distancing: 'mit Distanz, als bloße Behauptung', attack: 'als Angriff', plain: 'als schlichte Aussage',
};
const DE: Phrases = {
  list: deList,
  later: (d) => {
    const l = d.later!;
    const what = d.form === 'figures' || d.form === 'change' ? 'seine Zahl' : 'seine Darstellung';
    return `${l.sourceId} erschien ${gapIn(l.hours, 'Tage', 'Std.')} nach ${l.earlier}: ${what} kann ein neuerer Stand sein.`;
  },
  figures: (d, v) => `Unterschiedliche Zahlen zu ${deQ(d.subject ?? '')}: ${v.at(0).sourceId} nennt ${deQ(v.at(0).value)}, ${v.at(1).sourceId} nennt ${deQ(v.at(1).value)}.`,
  dates: (d, v) => `Unterschiedliche ${d.subject === 'day' ? 'Tage' : 'Zeitangaben'} für dasselbe Geschehen: ${v.at(0).sourceId} nennt ${deQ(v.at(0).value)}, ${v.at(1).sourceId} nennt ${deQ(v.at(1).value)}.`,
  change: (_d, v) => {
    const way = (x: SourceValue) => (x.value === 'up' ? 'einen Anstieg' : 'einen Rückgang');
    return `${v.at(0).sourceId} meldet ${way(v.at(0))} (${deQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} dagegen ${way(v.at(1))} (${deQ(v.at(1).words ?? '')}).`;
  },
  wording: (_d, v) => `${v.at(0).sourceId} schreibt ${deQ(v.at(0).value)}, ${v.at(1).sourceId} dagegen ${deQ(v.at(1).value)}.`,
  unmentioned: (d, v) => `${v.at(0).sourceId} nennt ${deKind(d.subject)[0]} ${deQ(v.at(0).value)}, ${deKind(d.subject)[1]} bei ${deList(d.silent ?? [])} nirgends vorkommt.`,
  quote: (d, v) => `${deList(v.ids())} zitieren ${d.subject ? deQ(d.subject) : 'dieselben Worte'} unterschiedlich.`,
  speaker: (_d, v) => `Dasselbe Zitat schreibt ${v.at(0).sourceId} ${deQ(v.at(0).value)} zu, ${v.at(1).sourceId} dagegen ${deQ(v.at(1).value)}.`,
  outcome: (_d, v) => {
    const [agreed, nothing] = [v.ids('agreement'), v.ids('nothing')];
    return `Ergebnis: ${deList(agreed)} ${verb(agreed, 'meldet', 'melden')} eine Einigung; laut ${deList(nothing)} kam nichts Konkretes dabei heraus.`;
  },
  status: (d, v) => `Stand zu ${deQ(d.subject ?? '')}: laut ${v.at(0).sourceId} ${deStatus(v.at(0))} (${deQ(v.at(0).words ?? '')}), laut ${v.at(1).sourceId} ${deStatus(v.at(1))} (${deQ(v.at(1).words ?? '')}).`,
  shortfall: (d, v) => `Ausgang für ${deQ(d.subject ?? '')}: ${v.at(0).sourceId} berichtet von ${DE_ACT[v.at(0).value] ?? deQ(v.at(0).value)} (${deQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} nur von ${DE_ACT[v.at(1).value] ?? deQ(v.at(1).value)} (${deQ(v.at(1).words ?? '')}).`,
  negation: (_d, v) => `${v.ids('states')[0]} stellt als Tatsache dar, was ${v.ids('denies')[0]} bestreitet oder verneint.`,
  framing: (d, v) => `Dieselbe Äußerung von ${deQ(d.subject ?? '')}, unterschiedlich eingeordnet: ${v.at(0).sourceId} stellt sie ${DE_TELLING[v.at(0).value] ?? deQ(v.at(0).value)} dar (${deQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} ${DE_TELLING[v.at(1).value] ?? deQ(v.at(1).value)} (${deQ(v.at(1).words ?? '')}).`,
  dispute: (_d, v) => `${v.ids('disputes')[0]} bestreitet, was ${v.ids('states')[0]} sagt, und nennt es unwahr, eine Falschmeldung oder ein Gerücht oder dementiert es.`,
  disputed: (_d, v) => `${v.ids('disputes')[0]} nennt das, was ${v.ids('states')[0]} als Tatsache meldet, unwahr, eine Falschmeldung oder ein Gerücht.`,
  headline: (_d, v) => `Die Überschrift von ${v.at(0).sourceId} sagt ${deQ(v.at(0).value)}, der eigene Text dagegen ${deQ(v.at(1).value)}.`,
  'headline-unmentioned': (d, v) => `Die Überschrift von ${v.at(0).sourceId} nennt ${deKind(d.subject)[0]} ${deQ(v.at(0).value)}, ${deKind(d.subject)[1]} im eigenen Text nirgends vorkommt.`,
  'left-out': (d, v) => `${v.at(0).sourceId} nennt ${deKind(d.subject)[0]} ${deQ(v.at(0).value)}; bei ${deList(d.silent ?? [])} findet sich nichts, was diesem Satz entspricht.`,
  'left-out-retold': (d, v) => `${v.at(0).sourceId} nennt ${deKind(d.subject)[0]} ${deQ(v.at(0).value)}; ${deList(d.silent ?? [])} ${verb(d.silent ?? [], 'nennt', 'nennen')} ${deNone[d.subject ?? ''] ?? 'nichts dergleichen'}.`,
  fact: (d, v) => {
    const [reporters, silent] = [v.ids(), d.silent ?? []];
    return `${deList(reporters)} ${verb(reporters, 'berichtet', 'berichten')}, was ${deList(silent)} ${verb(silent, 'weglässt', 'weglassen')}: ${deQ(d.subject ?? '')}${end(d.subject)}`;
  },
  event: (_d, v) => {
    const outside = v.ids('another event');
    return `${deList(outside)} ${verb(outside, 'berichtet', 'berichten')} über ein anderes Ereignis als ${deList(v.ids('this event'))}.`;
  },
};

const frQ = quoter('«\u00a0', '\u00a0»');
const frList = listWith('et');
const FR_KIND: Record<string, string> = { figure: 'le chiffre', name: 'le nom', wording: 'la formulation' };
const frNone: Record<string, string> = { figure: 'aucun chiffre de ce genre', name: 'aucun nom de ce genre', wording: 'aucune formulation de ce genre' };
const frStatus = statusIn({ done: 'que c’est fait', 'not done': 'que cela n’a pas eu lieu', 'planned or expected': 'que ce n’est que prévu ou attendu' }, (x) => `: ${frQ(x)}`);
/** Les issues d’un écart, précédées de « de » (élidé au besoin) : « fait état d’une démission ». */
const FR_ACT: Record<string, string> = {
  resign: 'd’une démission', apologise: 'd’excuses', stay: 'd’un maintien en fonctions', win: 'd’une victoire', lead: 'd’une avance au dépouillement',
  kill: 'de morts', injure: 'de blessés', charge: 'd’une inculpation', indict: 'd’une mise en accusation', arrest: 'd’une arrestation', investigate: 'd’une enquête',
};
/** La façon dont un verbe de parole présente une déclaration, après « la présente ». */
const FR_TELLING: Record<string, string> = {
  retreat: 'comme un recul', persistence: 'comme une insistance', concession: 'comme un aveu', boast: 'comme une vantardise', distancing: 'avec distance, comme une simple affirmation', attack: 'comme une attaque', plain: 'comme une simple déclaration',
};
const FR: Phrases = {
  list: frList,
  later: (d) => {
    const l = d.later!;
    const what = d.form === 'figures' || d.form === 'change' ? 'son chiffre' : 'son récit';
    return `${l.sourceId} a été publié ${gapIn(l.hours, 'jours')} après ${l.earlier}\u00a0: ${what} peut être une mise à jour.`;
  },
  figures: (d, v) => `Chiffres différents pour ${frQ(d.subject ?? '')}\u00a0: ${v.at(0).sourceId} indique ${frQ(v.at(0).value)}, ${v.at(1).sourceId} indique ${frQ(v.at(1).value)}.`,
  dates: (d, v) => `${d.subject === 'day' ? 'Jours' : 'Dates'} différent${d.subject === 'day' ? 's' : 'es'} pour le même fait\u00a0: ${v.at(0).sourceId} indique ${frQ(v.at(0).value)}, ${v.at(1).sourceId} indique ${frQ(v.at(1).value)}.`,
  change: (_d, v) => {
    const way = (x: SourceValue) => (x.value === 'up' ? 'une hausse' : 'une baisse');
    return `${v.at(0).sourceId} fait état d’${way(v.at(0))} (${frQ(v.at(0).words ?? '')}) là où ${v.at(1).sourceId} fait état d’${way(v.at(1))} (${frQ(v.at(1).words ?? '')}).`;
  },
  wording: (_d, v) => `${v.at(0).sourceId} écrit ${frQ(v.at(0).value)} là où ${v.at(1).sourceId} écrit ${frQ(v.at(1).value)}.`,
  unmentioned: (d, v) => `${v.at(0).sourceId} donne ${FR_KIND[d.subject ?? ''] ?? 'l’indication'} ${frQ(v.at(0).value)}, que ${frList(d.silent ?? [])} ne ${verb(d.silent ?? [], 'mentionne', 'mentionnent')} jamais.`,
  quote: (d, v) => `${frList(v.ids())} citent ${d.subject ? frQ(d.subject) : 'les mêmes propos'} différemment.`,
  speaker: (_d, v) => `La même citation est attribuée à ${frQ(v.at(0).value)} par ${v.at(0).sourceId} et à ${frQ(v.at(1).value)} par ${v.at(1).sourceId}.`,
  outcome: (_d, v) => {
    const [agreed, nothing] = [v.ids('agreement'), v.ids('nothing')];
    return `Résultat\u00a0: ${frList(agreed)} ${verb(agreed, 'fait', 'font')} état d’un accord\u00a0; selon ${frList(nothing)}, rien de concret n’en est sorti.`;
  },
  status: (d, v) => `État de ${frQ(d.subject ?? '')}\u00a0: ${v.at(0).sourceId} dit ${frStatus(v.at(0))} (${frQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} dit ${frStatus(v.at(1))} (${frQ(v.at(1).words ?? '')}).`,
  shortfall: (d, v) => `Issue pour ${frQ(d.subject ?? '')}\u00a0: ${v.at(0).sourceId} fait état ${FR_ACT[v.at(0).value] ?? `de ${frQ(v.at(0).value)}`} (${frQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} seulement ${FR_ACT[v.at(1).value] ?? `de ${frQ(v.at(1).value)}`} (${frQ(v.at(1).words ?? '')}).`,
  negation: (_d, v) => `${v.ids('states')[0]} affirme ce que ${v.ids('denies')[0]} dément ou nie.`,
  framing: (d, v) => `Une même déclaration de ${frQ(d.subject ?? '')}, présentée différemment\u00a0: ${v.at(0).sourceId} la présente ${FR_TELLING[v.at(0).value] ?? frQ(v.at(0).value)} (${frQ(v.at(0).words ?? '')}), ${v.at(1).sourceId} ${FR_TELLING[v.at(1).value] ?? frQ(v.at(1).value)} (${frQ(v.at(1).words ?? '')}).`,
  dispute: (_d, v) => `${v.ids('disputes')[0]} conteste ce qu’affirme ${v.ids('states')[0]}\u00a0: il le dit faux, parle de canular ou de rumeur, ou le dément.`,
  disputed: (_d, v) => `${v.ids('disputes')[0]} qualifie de faux, de canular ou de rumeur ce que ${v.ids('states')[0]} présente comme un fait.`,
  headline: (_d, v) => `Le titre de ${v.at(0).sourceId} dit ${frQ(v.at(0).value)} là où son propre texte dit ${frQ(v.at(1).value)}.`,
  'headline-unmentioned': (d, v) => `Le titre de ${v.at(0).sourceId} donne ${FR_KIND[d.subject ?? ''] ?? 'l’indication'} ${frQ(v.at(0).value)}, que son propre texte ne mentionne jamais.`,
  'left-out': (d, v) => `${v.at(0).sourceId} donne ${FR_KIND[d.subject ?? ''] ?? 'l’indication'} ${frQ(v.at(0).value)}\u00a0; ${frList(d.silent ?? [])} ne ${verb(d.silent ?? [], 'dit', 'disent')} rien qui ressemble à la phrase en question.`,
  'left-out-retold': (d, v) => `${v.at(0).sourceId} donne ${FR_KIND[d.subject ?? ''] ?? 'l’indication'} ${frQ(v.at(0).value)}\u00a0; ${frList(d.silent ?? [])} ne ${verb(d.silent ?? [], 'donne', 'donnent')} ${frNone[d.subject ?? ''] ?? 'rien de tel'}.`,
  fact: (d, v) => {
    const [reporters, silent] = [v.ids(), d.silent ?? []];
    return `${frList(reporters)} ${verb(reporters, 'rapporte', 'rapportent')} ce que ${frList(silent)} ${verb(silent, 'passe', 'passent')} sous silence\u00a0: ${frQ(d.subject ?? '')}${end(d.subject)}`;
  },
  event: (_d, v) => {
    const outside = v.ids('another event');
    return `${frList(outside)} ${verb(outside, 'relate', 'relatent')} un autre événement que ${frList(v.ids('this event'))}.`;
  },
};

const esQ = quoter('«', '»');
const esList = listWith('y');
const ES_KIND: Record<string, string> = { figure: 'la cifra', name: 'el nombre', wording: 'la formulación' };
const esNone: Record<string, string> = { figure: 'ninguna cifra de ese tipo', name: 'ningún nombre de ese tipo', wording: 'ninguna formulación de ese tipo' };
const esStatus = statusIn({ done: 'que ocurrió', 'not done': 'que no ocurrió', 'planned or expected': 'que solo está previsto o se espera' }, esQ);
/** Los desenlaces de una diferencia, tras «habla de». */
const ES_ACT: Record<string, string> = {
  resign: 'una dimisión', apologise: 'una disculpa', stay: 'la permanencia en el cargo', win: 'una victoria', lead: 'una ventaja en el recuento',
  kill: 'muertos', injure: 'heridos', charge: 'una imputación', indict: 'una acusación formal', arrest: 'una detención', investigate: 'una investigación',
};
/** Cómo un verbo de decir presenta una declaración, tras «la presenta». */
const ES_TELLING: Record<string, string> = {
  retreat: 'como una marcha atrás', persistence: 'como una insistencia', concession: 'como una admisión', boast: 'como una jactancia', distancing: 'con distancia, como una mera afirmación', attack: 'como un ataque', plain: 'como una simple declaración',
};
const ES: Phrases = {
  list: esList,
  later: (d) => {
    const l = d.later!;
    const what = d.form === 'figures' || d.form === 'change' ? 'su cifra' : 'su versión';
    return `${l.sourceId} se publicó ${gapIn(l.hours, 'días')} después de ${l.earlier}: ${what} puede ser una actualización.`;
  },
  figures: (d, v) => `Cifras distintas para ${esQ(d.subject ?? '')}: ${v.at(0).sourceId} dice ${esQ(v.at(0).value)} y ${v.at(1).sourceId}, ${esQ(v.at(1).value)}.`,
  dates: (d, v) => `${d.subject === 'day' ? 'Días' : 'Fechas'} distint${d.subject === 'day' ? 'os' : 'as'} para el mismo hecho: ${v.at(0).sourceId} dice ${esQ(v.at(0).value)} y ${v.at(1).sourceId}, ${esQ(v.at(1).value)}.`,
  change: (_d, v) => {
    const way = (x: SourceValue) => (x.value === 'up' ? 'un aumento' : 'un descenso');
    return `${v.at(0).sourceId} informa de ${way(v.at(0))} (${esQ(v.at(0).words ?? '')}) donde ${v.at(1).sourceId} informa de ${way(v.at(1))} (${esQ(v.at(1).words ?? '')}).`;
  },
  wording: (_d, v) => `${v.at(0).sourceId} dice ${esQ(v.at(0).value)} donde ${v.at(1).sourceId} dice ${esQ(v.at(1).value)}.`,
  unmentioned: (d, v) => `${v.at(0).sourceId} da ${ES_KIND[d.subject ?? ''] ?? 'el dato'} ${esQ(v.at(0).value)}, que ${esList(d.silent ?? [])} no ${verb(d.silent ?? [], 'menciona', 'mencionan')} nunca.`,
  quote: (d, v) => `${esList(v.ids())} citan ${d.subject ? `a ${esQ(d.subject)}` : 'las mismas palabras'} de forma distinta.`,
  speaker: (_d, v) => `${v.at(0).sourceId} atribuye la misma cita a ${esQ(v.at(0).value)} y ${v.at(1).sourceId}, a ${esQ(v.at(1).value)}.`,
  outcome: (_d, v) => {
    const [agreed, nothing] = [v.ids('agreement'), v.ids('nothing')];
    return `Resultado: ${esList(agreed)} ${verb(agreed, 'informa', 'informan')} de un acuerdo; según ${esList(nothing)}, no salió nada concreto.`;
  },
  status: (d, v) => `Estado de ${esQ(d.subject ?? '')}: ${v.at(0).sourceId} dice ${esStatus(v.at(0))} (${esQ(v.at(0).words ?? '')}) y ${v.at(1).sourceId}, ${esStatus(v.at(1))} (${esQ(v.at(1).words ?? '')}).`,
  shortfall: (d, v) => `Desenlace para ${esQ(d.subject ?? '')}: ${v.at(0).sourceId} habla de ${ES_ACT[v.at(0).value] ?? esQ(v.at(0).value)} (${esQ(v.at(0).words ?? '')}) y ${v.at(1).sourceId}, solo de ${ES_ACT[v.at(1).value] ?? esQ(v.at(1).value)} (${esQ(v.at(1).words ?? '')}).`,
  negation: (_d, v) => `${v.ids('states')[0]} afirma lo que ${v.ids('denies')[0]} desmiente o niega.`,
  framing: (d, v) => `Una misma declaración de ${esQ(d.subject ?? '')}, presentada de forma distinta: ${v.at(0).sourceId} la presenta ${ES_TELLING[v.at(0).value] ?? esQ(v.at(0).value)} (${esQ(v.at(0).words ?? '')}) y ${v.at(1).sourceId}, ${ES_TELLING[v.at(1).value] ?? esQ(v.at(1).value)} (${esQ(v.at(1).words ?? '')}).`,
  dispute: (_d, v) => `${v.ids('disputes')[0]} cuestiona lo que afirma ${v.ids('states')[0]}: lo califica de falso, de bulo o de rumor, o lo desmiente.`,
  disputed: (_d, v) => `${v.ids('disputes')[0]} califica de falso, de bulo o de rumor lo que ${v.ids('states')[0]} presenta como un hecho.`,
  headline: (_d, v) => `El titular de ${v.at(0).sourceId} dice ${esQ(v.at(0).value)} donde su propio texto dice ${esQ(v.at(1).value)}.`,
  'headline-unmentioned': (d, v) => `El titular de ${v.at(0).sourceId} da ${ES_KIND[d.subject ?? ''] ?? 'el dato'} ${esQ(v.at(0).value)}, que su propio texto no menciona nunca.`,
  'left-out': (d, v) => `${v.at(0).sourceId} da ${ES_KIND[d.subject ?? ''] ?? 'el dato'} ${esQ(v.at(0).value)}; ${esList(d.silent ?? [])} no ${verb(d.silent ?? [], 'cuenta', 'cuentan')} nada parecido a la frase en la que aparece.`,
  'left-out-retold': (d, v) => `${v.at(0).sourceId} da ${ES_KIND[d.subject ?? ''] ?? 'el dato'} ${esQ(v.at(0).value)}; ${esList(d.silent ?? [])} no ${verb(d.silent ?? [], 'da', 'dan')} ${esNone[d.subject ?? ''] ?? 'nada semejante'}.`,
  fact: (d, v) => {
    const [reporters, silent] = [v.ids(), d.silent ?? []];
    return `${esList(reporters)} ${verb(reporters, 'cuenta', 'cuentan')} lo que ${esList(silent)} ${verb(silent, 'omite', 'omiten')}: ${esQ(d.subject ?? '')}${end(d.subject)}`;
  },
  event: (_d, v) => {
    const outside = v.ids('another event');
    return `${esList(outside)} ${verb(outside, 'informa', 'informan')} de un hecho distinto del de ${esList(v.ids('this event'))}.`;
  },
};

const LOCALES: Record<string, Phrases> = { en: EN, de: DE, fr: FR, es: ES };
/** The languages `describe` words discrepancies in. */
export const PHRASE_LANGUAGES = Object.keys(LOCALES);

/**
 * The sentence a reader sees for a discrepancy, in `locale` (English when that locale has no phrases):
 * what differs (each merged finding's own sentence, once), then which report is later, then the
 * engine's note. A finding without a form (a model's finding) keeps its own summary.
 */
export function describe(d: Omit<Discrepancy, 'summary' | 'evidence'> & { summary?: string }, locale = 'en'): string {
  const phrases = LOCALES[baseOf(locale)] ?? EN;
  const all = [d, ...(d.also ?? [])];
  const parts: string[] = [];
  const add = (p: string | undefined) => p && !parts.includes(p) && parts.push(p);
  for (const facts of all) if (facts.form) add(phrases[facts.form](facts, valuesOf(facts)));
  const dated = all.find((f) => f.later);
  if (dated) add(phrases.later(dated));
  // The engine's own note (why a source is another event) by key in the reader's language, English without one.
  const t = translator(locale);
  for (const facts of all) add(sayAll(facts.note, facts.noteSaid, t));
  return parts.length ? parts.join(' ') : (d.summary ?? '');
}

/**
 * What a view shows for a stored discrepancy in the reader's language: its stored English `summary` for
 * English (the contract's sentence, unchanged) and for a finding without a form (a model's, worded by
 * the model); otherwise its facts worded by `describe` in `locale`.
 */
export function summaryIn(d: Discrepancy, locale: string): string {
  const worded = d.form !== undefined || (d.also ?? []).some((f) => f.form !== undefined);
  return !worded || (LOCALES[baseOf(locale)] ?? EN) === EN ? d.summary : describe(d, locale);
}

const baseOf = (locale: string) => locale.split('-')[0]!.toLowerCase();
