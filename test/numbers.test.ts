import { describe, expect, it } from 'vitest';
import { compatible, findNumbers } from '../src/analysis/readers/numbers.js';

const one = (s: string) => findNumbers(s)[0]!;

describe('findNumbers', () => {
  it('reads digits, separators, scales and currencies', () => {
    expect(one('a $1.2bn loan').value).toBe(1.2e9);
    expect(one('1,200 million dollars').value).toBe(1.2e9);
    expect(one('$1.2bn').unit).toBe('usd');
    expect(one('rose 3.5 percent').unit).toBe('percent');
    expect(one('12 people died').unit).toBe('people');
  });

  it('reads number words and "a dozen"', () => {
    expect(one('twelve people died').value).toBe(12);
    // Mid-sentence too: the space before a word number is not part of it.
    expect(findNumbers('a rise of six percent over two years').map((n) => [n.value, n.unit])).toEqual([[6, 'percent'], [2, 'years']]);
    expect(one('a dozen people died').value).toBe(12);
    expect(findNumbers('someone left')).toEqual([]);
  });

  it('does not take the digits of a name for a count', () => {
    expect(findNumbers('COVID-19 vaccines and SARS-CoV-2 tests')).toEqual([]);
    expect(findNumbers('an A380 carried 12 passengers').map((n) => n.value)).toEqual([12]);
  });

  it('does not take a rank for a count', () => {
    expect(findNumbers('she kept the No. 2 job and he the number 3 position')).toEqual([]);
  });

  it('reads a unit glued on with a hyphen, as after a space', () => {
    expect(findNumbers('she gave a 20-minute speech').map((n) => [n.value, n.unit, n.text])).toEqual([[20, 'minute', '20-minute']]);
    expect(one('a 41-year-old nurse').unit).toBe('year-old');
  });

  it('does not take a time of day or the second figure of a tally for counts', () => {
    expect(findNumbers('the session opened at 10:30 a.m. sharp')).toEqual([]);
    // "7-2 ruling": 7 is read (with no unit, so it is weighed against nothing); "2 ruling" is not a count of rulings.
    expect(findNumbers('a 7-2 ruling').map((n) => n.unit)).toEqual(['']);
  });

  it('does not take years for counts', () => {
    expect(findNumbers('in 2017 the bridge was built')).toEqual([]);
  });
});

describe('compatible', () => {
  it('"more than 40" and "41" can both be true; "12" and "15" cannot', () => {
    expect(compatible(one('more than 40 people'), one('41 people'))).toBe(true);
    expect(compatible(one('more than 40 people'), one('38 people'))).toBe(false);
    expect(compatible(one('12 people'), one('15 people'))).toBe(false);
    expect(compatible(one('at least 10 people'), one('12 people'))).toBe(true);
    expect(compatible(one('about 100 people'), one('95 people'))).toBe(true);
    expect(compatible(one('up to 30 people'), one('at least 20 people'))).toBe(true);
  });
});

describe('GIVEN numbers written in words of more than one part', () => {
  it('THEN each is read whole, not as its last word', () => {
    expect(one('twenty-five people were hurt').value).toBe(25);
    expect(one('twenty five people were hurt').value).toBe(25);
    expect(one('three hundred people were hurt').value).toBe(300);
    expect(one('two hundred and fifty people were hurt').value).toBe(250);
    expect(one('half a million people marched').value).toBe(500_000);
    expect(one('a hundred people marched').value).toBe(100);
    expect(one('a dozen people marched').value).toBe(12);
  });

  it('THEN "a" alone is an article, not the number one', () => {
    expect(findNumbers('a man and a woman were hurt')).toEqual([]);
  });
});
