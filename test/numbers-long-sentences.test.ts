import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { articleOf } from './helpers/fixtures.js';

// Invented reports; every name, place and figure here is made up.
const article = articleOf;
const BACKGROUND = [
  'The new mayor of Harlow took office on Friday after a campaign that lasted most of the year.',
  'Crowds gathered in the square in front of the old town hall long before the ceremony began.',
  'The council will meet next week to elect its own chair and set the budget for the year.',
];

describe('GIVEN long sentences that tell one count two ways among other details', () => {
  const r = analyze([
    article('Harlow mayor sworn in', [...BACKGROUND, 'Dressed in a grey coat and scarf and joined by her two daughters and her elderly father, Mayor Ines Calloway took the 40-word oath read by Judge Peter Arlen of the county court.']),
    article('Calloway takes office', [...BACKGROUND, 'Judge Peter Arlen read the 52-word oath shortly after noon, closing a long road for Calloway from the school board to the top office of the city.']),
  ]);
  it('THEN the figures among the same words (oath, read, Judge Peter Arlen) are a conflict', () => {
    const numbers = r.discrepancies.filter((d) => d.kind === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.summary).toMatch(/40-word/);
    expect(numbers[0]!.summary).toMatch(/52-word/);
  });
});

describe('GIVEN long sentences with figures of one unit about different things', () => {
  const r = analyze([
    article('Harlow mayor sworn in', [...BACKGROUND, 'Dressed in a grey coat, Mayor Ines Calloway gave a 12-minute speech on the steps, promising to fix the harbour road before the winter.']),
    article('Calloway takes office', [...BACKGROUND, 'Judge Peter Arlen, who has served on the county court for two decades, needed a 3-minute pause when the microphone failed.']),
  ]);
  it('THEN no figure is a conflict', () => {
    expect([...r.discrepancies, ...(r.possible ?? [])].filter((d) => d.kind === 'number')).toEqual([]);
  });
});
