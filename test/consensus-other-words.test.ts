import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { sameMilestone } from '../src/analysis/agreement/milestones.js';
import { articleOf } from './helpers/fixtures.js';

// Invented reports; every name, place and figure here is made up.
const article = articleOf;

describe('sameMilestone: "the first since" and "not since" tell one thing', () => {
  it('matches the act and what came before it, compounds read either way', () => {
    expect(sameMilestone('The two mayors met on Friday for the first time since the harbour fire last spring.', 'Mayor Ortega had not met Mayor Vance since the fire in the harbour.')).toBe(true);
    expect(sameMilestone('The ferry sailed for the first time since the storm hit the sea wall.', 'No ferry has sailed since the seawall was breached.')).toBe(true);
  });
  it('does not match another act or what came before another one', () => {
    expect(sameMilestone('The two mayors met on Friday for the first time since the harbour fire.', 'The ferry has not sailed since the harbour fire.')).toBe(false);
    expect(sameMilestone('The two mayors met on Friday for the first time since the election.', 'Mayor Ortega had not met Mayor Vance since the harbour fire.')).toBe(false);
  });
});

describe('GIVEN three reports that each say the mayors had not spoken since the fire, in their own words', () => {
  const r = analyze([
    article('Mayors talk', ['Mayor Ada Ortega and Mayor Tomas Vance spoke by phone on Friday for the first time since arsonists torched the ferry terminal of Velm in March.', 'They agreed to share the cost of a new pier.']),
    article('Pier deal', ['The two leaders speaking after a long silence, the first such call since the terminal burned.', 'The towns will share what a new pier costs, the mayors said.']),
    article('A new pier', ['Ortega has not spoken with Vance since the blaze at the terminal.', 'Both towns will pay for a new pier.']),
  ]);
  it('THEN that is one fact all three agree on', () => {
    // S2's own sentence for it, not its other one, is its evidence.
    const point = r.consensus.find((c) => c.evidence?.some((e) => e.quote === 'The two leaders speaking after a long silence, the first such call since the terminal burned.'));
    expect(point?.sources).toEqual(['S1', 'S2', 'S3']);
  });
});

describe('GIVEN two reports that each quote one speaker at one press conference, saying different things', () => {
  const r = analyze([
    article('Ortega speaks', ['Mayor Ada Ortega spoke to reporters at the town hall in Velm on Friday.', '“We will rebuild the pier before the summer and nobody will pay more tax for it,” Ortega said at the town hall press conference.']),
    article('Ortega on pier', ['Mayor Ada Ortega spoke to reporters at the town hall in Velm on Friday.', '“The harbour board must answer for the fire and for the years of neglect,” Ortega said at the town hall press conference.']),
  ]);
  it('THEN the two quotations are not one fact agreed on', () => {
    expect(r.consensus.some((c) => c.evidence?.some((e) => e.quote.includes('rebuild the pier')))).toBe(false);
  });
});

describe('GIVEN two reports that quote one speaker at one press conference on different points, and a third that quotes neither', () => {
  const background = [
    'The harbour fire in Velm destroyed the old pier and two warehouses in March, and the ferry has not run since.',
    'The town council will vote next month on how to pay for a new pier, which engineers say will cost about four million.',
  ];
  const r = analyze([
    article('Ortega speaks', [...background, '“We will rebuild the pier before the summer and nobody will pay more tax for it,” Mayor Ada Ortega said at the town hall press conference in Velm.']),
    article('Ortega on fire', [...background, '“The harbour board must answer for the fire and for the years of neglect,” Mayor Ada Ortega said at the town hall press conference in Velm.']),
    article('Pier vote', [...background]),
  ]);
  it('THEN neither quotation is shown as told by the other report', () => {
    for (const d of [...r.discrepancies, ...(r.possible ?? [])]) {
      const quotes = d.evidence.map((e) => e.quote);
      expect(quotes.some((q) => q.includes('rebuild the pier')) && quotes.some((q) => q.includes('must answer'))).toBe(false);
    }
  });
});
