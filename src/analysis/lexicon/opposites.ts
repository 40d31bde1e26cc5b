/**
 * Words that cannot stand in for each other: opposites ("rose"/"fell", "guilty"/"innocent"), a firm
 * statement against a possibility ("will" / "may": a modal shift), and
 * members of closed sets where one value excludes the others (colours, ordinals, seasons, medals).
 * General English, written for news; matched on stems so "increased" finds "increase".
 * A pair missing here only costs recall: two unrelated words are never reported as a conflict.
 */
import { stem } from '../text.js';

const OPPOSITES = `
increase/decrease increase/decline increase/drop increase/fall increase/cut increase/reduce increase/lower
rise/fall rise/drop rise/decline rise/sink gain/loss gain/lose grow/shrink growth/decline expand/contract
up/down high/low higher/lower highest/lowest more/less more/fewer most/least maximum/minimum
win/lose winner/loser victory/defeat won/lost succeed/fail success/failure pass/fail
accept/reject approve/reject approve/deny approve/veto allow/ban allow/forbid allow/prohibit permit/ban
support/oppose supporter/opponent favor/oppose for/against pro/anti ally/enemy ally/rival friend/enemy
guilty/innocent convict/acquit convicted/acquitted arrest/release arrested/released charged/cleared
guilty/acquitted legal/illegal lawful/unlawful true/false real/fake confirm/deny confirmed/denied admit/deny
open/close opened/closed start/end begin/end began/ended start/finish launch/cancel hire/fire hired/fired
buy/sell bought/sold borrow/lend import/export enter/leave arrive/depart join/leave join/quit
attack/defend offense/defense war/peace invade/withdraw advance/retreat
alive/dead live/die survive/die born/died birth/death rescue/abandon 
strong/weak stronger/weaker strengthen/weaken rich/poor wealthy/poor profit/loss profitable/unprofitable
boom/bust surplus/deficit expensive/cheap early/late earlier/later before/after ahead/behind
forward/backward forwards/backwards first/last past/future old/new older/younger oldest/youngest
large/small big/small largest/smallest biggest/smallest long/short longer/shorter major/minor
hot/cold warm/cold wet/dry safe/dangerous safe/unsafe healthy/sick public/private
inside/outside internal/external north/south east/west northern/southern eastern/western left/right
positive/negative optimistic/pessimistic praise/criticize praised/criticized praise/condemn
agree/disagree agreed/refused accept/refuse include/exclude add/remove raise/lower raise/cut
majority/minority all/none always/never everyone/nobody everything/nothing
male/female man/woman men/women boy/girl husband/wife son/daughter father/mother brother/sister
he/she his/her him/her king/queen
domestic/foreign local/national urban/rural
will/may will/might will/could must/may must/might shall/may certain/possible definitely/possibly confirmed/possible
`;

// Weekdays and months are not here: which day a text means depends on when it was published, and
// the dates detector resolves that ("Tuesday" written on Wednesday is "yesterday").
const EXCLUSIVE_SETS = [
  'red orange yellow green blue purple violet pink brown black white grey gray',
  'first second third fourth fifth sixth seventh eighth ninth tenth',
  'spring summer autumn fall winter',
  'morning afternoon evening night',
  'second minute hour day week month year decade century',
  'gold silver bronze',
  'democrat republican',
];

const opposite = new Map<string, Set<string>>();
const link = (a: string, b: string) => {
  const [x, y] = [stem(a), stem(b)];
  if (x === y) return;
  (opposite.get(x) ?? opposite.set(x, new Set()).get(x)!).add(y);
  (opposite.get(y) ?? opposite.set(y, new Set()).get(y)!).add(x);
};
for (const pair of OPPOSITES.split(/\s+/).filter(Boolean)) {
  const [a, b] = pair.split('/') as [string, string];
  link(a, b);
}
for (const set of EXCLUSIVE_SETS) {
  const members = set.split(' ');
  for (const a of members) for (const b of members) if (a < b) link(a, b);
}

/** Whether one word excludes the other: opposites, or two values of one closed set. */
export function excludes(a: string, b: string): boolean {
  return opposite.get(stem(a.toLowerCase()))?.has(stem(b.toLowerCase())) ?? false;
}
