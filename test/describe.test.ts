import { describe as group, expect, it } from 'vitest';
import { describe } from '../src/report/describe.js';
import { keyOf } from '../src/report/keys.js';
import type { Discrepancy } from '../src/report/types.js';

const figures: Discrepancy = {
  kind: 'number',
  form: 'figures',
  subject: 'people',
  values: [
    { sourceId: 'S1', value: '12 people' },
    { sourceId: 'S2', value: '15 people' },
  ],
  later: { sourceId: 'S2', earlier: 'S1', hours: 2 },
  summary: '',
  evidence: [
    { sourceId: 'S1', quote: '12 people were killed.' },
    { sourceId: 'S2', quote: '15 people were killed.' },
  ],
};

group('GIVEN a structured discrepancy', () => {
  it('THEN describe words it from its facts, with which report is later', () => {
    expect(describe(figures)).toBe('Different figures for "people": S1 says 12 people, S2 says 15 people. S2 was published 2 h after S1: its figure may be an update.');
  });

  it('THEN a locale without phrases of its own falls back to English', () => {
    expect(describe(figures, 'xx-YY')).toBe(describe(figures));
  });

  it('THEN a finding merged from two detectors says the shared note once', () => {
    const merged = { ...figures, also: [{ kind: 'quote' as const, form: 'quote' as const, subject: 'the mayor', values: figures.values!, later: figures.later! }] };
    const text = describe(merged);
    expect(text.match(/was published/g)).toHaveLength(1);
    expect(text).toContain('S1 and S2 quote the mayor differently.');
  });

  it('THEN a finding without a form (a model finding) keeps its own summary', () => {
    expect(describe({ kind: 'claim', summary: 'The model says so.' })).toBe('The model says so.');
  });
});

group('GIVEN two discrepancies', () => {
  it('THEN keyOf calls one contradiction on the same sentences the same, whatever kind a detector gives it', () => {
    expect(keyOf({ ...figures, kind: 'quote' })).toBe(keyOf(figures));
  });

  it('THEN a fact left out is not the same as a contradiction on its sentence, nor as one left out by another source', () => {
    const left = { kind: 'omission' as const, evidence: figures.evidence.slice(0, 1), silent: ['S2' as const] };
    expect(keyOf(left)).not.toBe(keyOf({ ...left, kind: 'number' }));
    expect(keyOf(left)).not.toBe(keyOf({ ...left, silent: ['S3'] }));
  });
});
