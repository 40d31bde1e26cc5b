/**
 * An editor's report of one talk between two governments: what each readout stressed or left out,
 * no opinion listed as a fact left out, evidence that tells the fact, nothing both agreed and left
 * out, and which report was written before the details were out. Invented reports: every name, place
 * and figure is made up.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { saysNotYetKnown } from '../src/analysis/detectors/written-earlier.js';
import { sayNote } from '../src/i18n/say.js';
import { LANGUAGES, translator } from '../src/i18n/translate.js';
import type { Article, Discrepancy } from '../src/report/types.js';
import { articleFromText } from '../src/sources/text-article.js';

const report = (texts: string[][], dates: string[] = []) =>
  analyze(texts.map((t, i) => ({ ...articleFromText([`Varga and Lind talk (${i})`, ...t].join('\n\n')), ...(dates[i] ? { publishedAt: dates[i] } : {}) }) as Article));

const omissions = (r: ReturnType<typeof report>): Discrepancy[] => [...r.discrepancies, ...(r.possible ?? [])].filter((d) => d.kind === 'omission') as Discrepancy[];

const LEAD = [
  'Prime Minister Elsa Varga of Valdoria and President Tomas Lind of Nordmark spoke by phone on Tuesday for the first time since the harbour dispute in March, according to readouts from both governments.',
];
const ENVOYS = 'Both leaders agreed to send envoys to the Kessen talks next week.';
const OTHER_LEAD = [
  "Valdoria's Prime Minister Elsa Varga and Nordmark's President Tomas Lind held their first phone call on Tuesday since the harbour dispute in March.",
];
const THIRD_LEAD = ['Elsa Varga, the Valdorian prime minister, and Tomas Lind, the president of Nordmark, spoke by phone on Tuesday, their first call since the harbour dispute in March.'];

describe('GIVEN one report that tells what each readout stressed and what one did not mention, and two that only touch the subject', () => {
  const STRESSED = 'The Valdorian government stressed the fishing quotas and a joint patrol of the northern strait.';
  const NOT_MENTIONED = 'The Nordmark government, however, did not mention the fishing quotas or the patrol.';
  const r = report([
    [...LEAD, STRESSED, NOT_MENTIONED, ENVOYS],
    [...OTHER_LEAD, 'Valdoria has argued over fishing quotas with its neighbour for years.', `${ENVOYS.slice(0, -1)}, officials said.`, 'The call lasted about forty minutes, an aide to Varga told reporters.'],
    [...THIRD_LEAD, 'Fishing quotas have long divided the two countries.', 'The two leaders agreed to send envoys to the Kessen talks next week.', "Lind's office said the call was warm and businesslike."],
  ]);

  it('THEN what one government did not mention is a fact the others leave out: a source that names the quotas but never says it of that government does not tell it', () => {
    const left = omissions(r).find((d) => d.evidence.some((e) => e.quote === NOT_MENTIONED));
    expect(left).toBeDefined();
    expect(left!.silent).toEqual(['S2', 'S3']);
  });

  it('THEN the readouts lead the evidence and the summary names one of them', () => {
    const left = omissions(r).find((d) => d.evidence.some((e) => e.quote === NOT_MENTIONED))!;
    expect(left.summary).toMatch(/The Valdorian government stressed|The Nordmark government/);
  });

  it('THEN a source that says it of that government does tell it', () => {
    const told = report([
      [...LEAD, STRESSED, NOT_MENTIONED, ENVOYS],
      [...OTHER_LEAD, 'The Nordmark government made no mention of the fishing quotas or the patrol in its account.', ENVOYS],
      [...THIRD_LEAD, ENVOYS],
    ]);
    const left = omissions(told).find((d) => d.evidence.some((e) => e.quote === NOT_MENTIONED));
    expect(left?.silent ?? []).not.toContain('S2');
  });
});

describe("GIVEN one report that adds only the writer's opinions to a story three tell", () => {
  const OPINIONS = [
    'In fact, it’s almost a given that Lind knew how weak his hand in the strait was.',
    'One reason the call may have been kept quiet is that, according to a columnist in the Kessen Courier, Varga wanted no fuss.',
    'It’s unclear why Lind thinks Valdoria will give way on the bizarre patrol scheme.',
    'Perhaps the two leaders also talked about the harbour fees?',
  ];
  const r = report([
    [...LEAD, ...OPINIONS, ENVOYS],
    [...OTHER_LEAD, ENVOYS],
    [...THIRD_LEAD, ENVOYS],
  ]);

  it('THEN no opinion is listed as a fact left out, shown or possible', () => {
    const quoted = omissions(r).flatMap((d) => d.evidence.map((e) => e.quote));
    for (const o of OPINIONS) expect(quoted).not.toContain(o);
  });
});

describe('GIVEN a passage mixing facts and opinion', () => {
  const FACT = 'Harbour police arrested three men at the Kessen docks on Friday, the police chief Ona Brandt said.';
  const OPINION = 'It’s unclear why the bizarre raid was kept quiet for so long.';
  const r = report([
    [...LEAD, FACT, OPINION, 'The three men were charged with smuggling fuel through the northern strait, the chief added.', ENVOYS],
    [...OTHER_LEAD, ENVOYS],
    [...THIRD_LEAD, ENVOYS],
  ]);

  it('THEN the fact is left out, and its evidence quotes facts, not the opinion', () => {
    const left = omissions(r).find((d) => d.evidence.some((e) => e.quote === FACT));
    expect(left).toBeDefined();
    expect(left!.evidence.map((e) => e.quote)).not.toContain(OPINION);
  });
});

describe('GIVEN a fact two reports tell and one leaves out, told by the second beside an unrelated sentence', () => {
  const FACT = 'Harbour police arrested three men at the Kessen docks on Friday, the police chief Ona Brandt said.';
  const UNRELATED = 'On Friday the weather over the city was mild.';
  const TELLS = 'Police arrested three men at the Kessen docks, police chief Ona Brandt said.';
  const r = report([
    [...LEAD, FACT, 'The three men were charged with smuggling fuel through the northern strait, the chief added.', ENVOYS],
    [...OTHER_LEAD, UNRELATED, TELLS, 'The three men were charged with smuggling fuel through the northern strait, she added.', ENVOYS],
    [...THIRD_LEAD, ENVOYS],
  ]);

  it("THEN the second report's evidence is the sentence that tells the fact, never the unrelated one", () => {
    const left = omissions(r).filter((d) => d.evidence.some((e) => e.quote === FACT));
    expect(left.length).toBeGreaterThan(0);
    for (const d of left) {
      expect(d.evidence.map((e) => e.quote)).not.toContain(UNRELATED);
      expect(d.silent).toEqual(['S3']);
    }
  });

  it('THEN no possible fact left out is also listed as agreed', () => {
    const agreed = new Set(r.consensus.flatMap((p) => (p.evidence ?? []).map((e) => e.quote)));
    for (const d of (r.possible ?? []).filter((x) => x.kind === 'omission')) for (const e of d.evidence) expect(agreed.has(e.quote)).toBe(false);
  });
});

describe('saysNotYetKnown: how news says the details are not out yet', () => {
  it.each([
    'There are no reports yet of what was discussed.',
    'Details of the call were not immediately available.',
    'The ministry has not yet said what the two leaders agreed.',
    'It was not immediately clear what the envoys would discuss.',
    'Lind’s office did not immediately release a readout of the call.',
  ])('%s', (s) => expect(saysNotYetKnown(s)).toBe(true));

  it('does not read a fact, or a quoted speaker saying it, as the writer not knowing', () => {
    expect(saysNotYetKnown('The ministry said the two leaders agreed to meet in May.')).toBe(false);
    expect(saysNotYetKnown('“There are no reports yet of damage,” the mayor said on Monday.')).toBe(false);
  });
});

describe('GIVEN one report that says what was discussed is not yet known, and two that report what each government said', () => {
  const NOT_YET = 'There are no reports yet of what was discussed, though both offices confirmed the call took place.';
  const DETAILS_2 = [
    'The Valdorian government said the two leaders discussed the fishing quotas and a joint patrol of the northern strait.',
    "Nordmark's foreign ministry stressed the discussion of harbour fees in its readout.",
    'The Valdorian statement said Varga invited Lind to visit in June.',
  ];
  const DETAILS_3 = [
    'According to the Valdorian readout, the leaders discussed quotas for the northern strait.',
    'The Nordmark government said Lind would send a trade envoy to the Kessen talks.',
    "Lind's office stressed the harbour fees and did not mention the patrol.",
  ];
  const earlier = (r: ReturnType<typeof report>) => r.sources.find((s) => s.id === 'S1')!.notes.find((n) => n.includes('written before'));

  it('THEN the first report is noted as likely written before the details were out, in its own words', () => {
    const r = report([[...LEAD, NOT_YET, ENVOYS], [...OTHER_LEAD, ...DETAILS_2, ENVOYS], [...THIRD_LEAD, ...DETAILS_3, ENVOYS]]);
    const note = earlier(r);
    // The sentence, without the full stop that would end the note mid-way.
    expect(note).toContain(`“${NOT_YET.replace(/\.$/, '')}”, while`);
    expect(note).toMatch(/S2 and S3 report those details: S1 was likely written before they were out/);
    expect(r.sources.filter((s) => s.id !== 'S1').every((s) => !s.notes.some((n) => n.includes('written before')))).toBe(true);
  });

  it('THEN the note is said in each language the bot speaks, with the quote kept verbatim (but for its full stop)', () => {
    const r = report([[...LEAD, NOT_YET, ENVOYS], [...OTHER_LEAD, ...DETAILS_2, ENVOYS], [...THIRD_LEAD, ...DETAILS_3, ENVOYS]]);
    const s1 = r.sources.find((s) => s.id === 'S1')!;
    const note = earlier(r)!;
    for (const language of Object.keys(LANGUAGES)) {
      const said = sayNote(note, s1.noteKeys, translator(language));
      expect(said).toContain(NOT_YET.replace(/\.$/, ''));
      expect(said).not.toMatch(/\{\w+\}/);
      if (language !== 'en') expect(said).not.toBe(note);
    }
  });

  it('THEN no note when the others also say the details are not known', () => {
    const r = report([
      [...LEAD, NOT_YET, ENVOYS],
      [...OTHER_LEAD, 'Details of what was discussed were not immediately available.', ...DETAILS_2.slice(2), ENVOYS],
      [...THIRD_LEAD, 'It was not immediately clear what the two leaders discussed.', ENVOYS],
    ]);
    expect(earlier(r)).toBeUndefined();
  });

  it('THEN no note when the others report nothing that a party said', () => {
    const r = report([[...LEAD, NOT_YET, ENVOYS], [...OTHER_LEAD, ENVOYS], [...THIRD_LEAD, ENVOYS]]);
    expect(earlier(r)).toBeUndefined();
  });

  it('THEN no note when the report is dated after those that give the details', () => {
    const r = report(
      [[...LEAD, NOT_YET, ENVOYS], [...OTHER_LEAD, ...DETAILS_2, ENVOYS], [...THIRD_LEAD, ...DETAILS_3, ENVOYS]],
      ['2031-05-08T18:00:00Z', '2031-05-08T09:00:00Z', '2031-05-08T10:00:00Z'],
    );
    expect(earlier(r)).toBeUndefined();
  });
});
