import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { isAside } from '../src/analysis/readers/asides.js';
import { SECTIONS } from '../src/discord/compact/custom-ids.js';
import { renderCompact } from '../src/discord/compact/render-compact.js';
import { renderSectionPage } from '../src/discord/compact/render-section.js';
import { translator } from '../src/i18n/translate.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { quoted, SHOWN_CONFIDENCE, type Article } from '../src/report/types.js';
import { articleOf } from './helpers/fixtures.js';

// Invented reports; every name, place and figure here is made up.
const article = articleOf;

describe('GIVEN two reports of one poll that list the same shares for several candidates in another order', () => {
  const r = analyze([
    article('Poll of Harlow voters', ['In the Harlow poll, councillor Ada Ortega leads the field with 31 percent of likely voters, followed by Tomas Vance at 24 percent.']),
    article('Harlow poll out', ['The Harlow poll puts Tomas Vance second at 24 percent of likely voters, with councillor Ada Ortega leading the field at 31 percent.']),
  ]);
  it('THEN no figure is a conflict: each sentence gives both figures', () => {
    expect([...r.discrepancies, ...(r.possible ?? [])].filter((d) => d.kind === 'number')).toEqual([]);
  });
});

// Full reports, not short statements (a statement's every specific is held to the report and shown).
const BACKGROUND = [
  'The vote for mayor of Harlow is set for the first week of June, after the last mayor stepped down in March.',
  'Turnout in the harbour wards has been low for a decade, and both campaigns have opened offices near the docks.',
  'The city council will publish the final list of candidates at the end of the month.',
];

describe('GIVEN two reports that each list several shares of one poll, agreeing on one of them', () => {
  const r = analyze([
    article('Poll of Harlow voters', [...BACKGROUND, 'In the Harlow poll, councillor Ada Ortega leads the field with 31 percent of likely voters, followed by Tomas Vance at 24 percent.']),
    article('Harlow poll out', [...BACKGROUND, 'Among likely voters in the Harlow poll, Tomas Vance finishes first with harbour workers (at 28 percent), followed by councillor Ada Ortega (24 percent).']),
  ]);
  it('THEN which figures go together is a guess: nothing is shown, the pair is only possible', () => {
    expect(r.discrepancies.filter((d) => d.kind === 'number')).toEqual([]);
    expect((r.possible ?? []).filter((d) => d.kind === 'number').length).toBeLessThanOrEqual(1);
  });
});

describe('GIVEN two reports that give one toll two ways beside a figure they agree on', () => {
  const r = analyze([
    article('Bridge collapse', [...BACKGROUND, 'The Harlow bridge collapse killed 12 people and injured 40 others on Sunday, the fire service said.']),
    article('Harlow bridge falls', [...BACKGROUND, 'The Harlow bridge collapse killed 14 people and injured 40 others on Sunday, the fire service said.']),
  ]);
  it('THEN the toll is still a conflict of figures', () => {
    expect(r.discrepancies.filter((d) => d.kind === 'number')).toHaveLength(1);
  });
});

describe('GIVEN two alike sentences dating different happenings', () => {
  const r = analyze([
    article('Audit of Harlow accounts', ['The audit of the Harlow harbour accounts found missing funds, according to the report the city published Sunday.'], '2031-05-07'),
    article('Harlow audit', ['The audit of the Harlow harbour accounts found missing funds, Mayor Ellen Park told the Gazette on Tuesday.'], '2031-05-07'),
  ]);
  it('THEN a publication on Sunday and an interview on Tuesday are no conflict of dates', () => {
    expect(r.discrepancies.filter((d) => d.kind === 'date')).toEqual([]);
  });
});

describe('GIVEN two alike sentences putting one happening on different days', () => {
  const r = analyze([
    article('Audit of Harlow accounts', ['The audit of the Harlow harbour accounts, which found missing funds, was published Sunday by the city.'], '2031-05-07'),
    article('Harlow audit', ['The audit of the Harlow harbour accounts, which found missing funds, was published Monday by the city.'], '2031-05-07'),
  ]);
  it('THEN it is a conflict of dates', () => {
    expect(r.discrepancies.filter((d) => d.kind === 'date')).toHaveLength(1);
  });
});

describe("isAside: the writer's own view, not a fact", () => {
  it('reads an unattributed hedge or judgement as an aside', () => {
    expect(isAside('Which is likely a good sign that the talks can go on.')).toBe(true);
    expect(isAside('In fact, it’s almost a given that the mayor knew of the cracks.')).toBe(true);
  });
  it('does not take a fact, or what someone said, for an aside', () => {
    expect(isAside('The dam failed on Sunday night after three days of rain.')).toBe(false);
    expect(isAside('The mayor said the repairs would probably cost more.')).toBe(false);
    expect(isAside('“It is likely to rain again,” the forecaster warned.')).toBe(false);
  });
});

describe('quoted: our quotation marks around a span that carries its own', () => {
  it('adds one mark only where a quotation runs on past the span', () => {
    expect(quoted('“The talks were aimed at ending the feud.')).toBe('“The talks were aimed at ending the feud.”');
    expect(quoted('The feud has lasted a year.”')).toBe('“The feud has lasted a year.”');
    // A span that opens or closes with its own quotation is shown as it is: never ““Yes,” he said.”
    expect(quoted('“Yes,” he said.')).toBe('“Yes,” he said.');
    expect(quoted('The minister said “the talks were useful.”')).toBe('The minister said “the talks were useful.”');
    expect(quoted('“It has been agreed.”')).toBe('“It has been agreed.”');
    expect(quoted('The dam failed.')).toBe('“The dam failed.”');
  });
});

describe('GIVEN three reports of a flood where one tells a short detail the others leave out', () => {
  const shared = [
    'The Kestrel river burst its banks on Sunday night after three days of heavy rain, flooding the town of Ardley.',
    'Emergency crews evacuated about 2,000 residents from the lower streets before dawn on Monday.',
    'The regional water board said the river had not risen so high in forty years.',
  ];
  const r = analyze([
    article('Ardley floods', [...shared.slice(0, 2), 'Shopkeeper Rosa Mendel said her bakery on Quay Street lost its whole stock of flour and sugar to the water.', shared[2]!]),
    article('Flood in Ardley', shared),
    article('Ardley under water', shared),
  ]);
  const possible = r.possible ?? [];

  it('THEN the lone detail is not a difference but a possible one, with its evidence and confidence', () => {
    expect(r.discrepancies.some((d) => d.evidence.some((e) => e.quote.includes('Rosa Mendel')))).toBe(false);
    const item = possible.find((d) => d.evidence.some((e) => e.quote.includes('Rosa Mendel')));
    expect(item?.confidence).toBeLessThan(SHOWN_CONFIDENCE);
    expect(item?.summary).toMatch(/^S1 reports what S2 and S3 leave out/);
  });

  it('THEN the full Markdown lists it under "Possible, unchecked", after the differences, and the Discord embeds do not', () => {
    const report = { ...r, unreadable: [] };
    const markdown = renderMarkdown(report);
    const at = markdown.indexOf('## Possible, unchecked');
    expect(at).toBeGreaterThan(markdown.indexOf('## Where they differ'));
    expect(markdown.slice(at)).toContain('Rosa Mendel');
    const views = [renderCompact(report, 'abcdefgh1234', translator('en')), ...SECTIONS.map((s) => renderSectionPage(report, 'abcdefgh1234', s, 0, translator('en')))];
    expect(JSON.stringify(views.map((v) => v.embeds))).not.toMatch(/Possible|unchecked/);
    expect(JSON.stringify(renderSectionPage(report, 'abcdefgh1234', 'differences', 0, translator('en')).embeds)).not.toContain('Rosa Mendel');
  });
});
