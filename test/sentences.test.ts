import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/analysis/readers/sentences.js';

describe('GIVEN a paragraph with titles and state abbreviations', () => {
  it('THEN a sentence is not cut after Gov., Sen., Ariz. or U.S.', () => {
    const text = 'Voters in Mesa, Ariz. Tuesday backed the plan of Sen. Dana Ortiz. Gov. Lee Park of the U.S. Virgin Islands agreed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Voters in Mesa, Ariz. Tuesday backed the plan of Sen. Dana Ortiz.', 'Gov. Lee Park of the U.S. Virgin Islands agreed.']);
  });
});
