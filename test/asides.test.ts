/** The writer's asides and opinions, and who a sentence reports, read in general English. Invented sentences. */
import { describe, expect, it } from 'vitest';
import { isAside, isOpinion } from '../src/analysis/readers/asides.js';
import { isAttributedFact, isReadoutFact, speakerStems } from '../src/analysis/readers/attribution.js';
import { contentStems } from '../src/analysis/text.js';

describe("isOpinion: the writer's speculation and judgement, in its many forms", () => {
  it.each([
    ['a guess at a reason, even with a source named inside it', 'One reason it may have been delayed is because, according to the Harbour Gazette, the mayor wanted more time.'],
    ['"in fact" and "a given"', 'In fact, it’s almost a given the mayor knew how weak the dam was.'],
    ['a reason supplied by the writer, and a word of judgement', 'The vote was keenly watched, not least because of the bizarre feud over the harbour lease.'],
    ['what the writer cannot explain', 'It’s unclear why the council thinks the port can pay for the repairs.'],
    ["the writer's question", 'Perhaps the two mayors talked about the lease?'],
    ['the writer in the first person', 'We’ll know more when the council meets.'],
    ['a reading offered', 'His remarks could be read as a plea for help from the regional board.'],
    ['advice or praise of the writer', 'And, strategically speaking, that’s generally a good idea.'],
    ['a quoted analysis with no one named to say it', '“The early hopes on both sides have given way to a sour mood as the talks dragged on.'],
  ])('%s', (_why, sentence) => {
    expect(isOpinion(sentence)).toBe(true);
    expect(isAside(sentence)).toBe(true);
  });
});

describe('isAside / isOpinion: facts and what someone said are neither', () => {
  it.each([
    ['a plain fact', 'The dam failed on Sunday night after three days of rain.'],
    ['a hedge inside what an official said', 'The ministry said the talks would probably resume on Friday.'],
    ['a hedge inside a quotation with its speaker', '“We will probably raise the rates,” the governor said.'],
    ['what a body left out of its account', 'The council, however, did not mention the lease in its statement.'],
    ['what a body stressed', 'Water board officials stressed the cost of the repairs.'],
    ['a quotation set inside the writer’s words', 'The mayor called the plan “a good idea” on Monday.'],
    ['a quoted question with its speaker', '“Who will pay?” the mayor asked reporters on Monday.'],
  ])('%s', (_why, sentence) => {
    expect(isAside(sentence)).toBe(false);
    expect(isOpinion(sentence)).toBe(false);
  });

  it('a hedge a reporter puts on a fact marks an aside, but not an opinion: a passage of such facts still tells them', () => {
    const hedged = 'Officers entered the crowd and detained a man they had apparently singled out.';
    expect(isAside(hedged)).toBe(true);
    expect(isOpinion(hedged)).toBe(false);
  });
});

describe('isAttributedFact / isReadoutFact: what a party put on record', () => {
  it('reads what an official body or a named person said, stressed or left out', () => {
    expect(isAttributedFact('The Ardley council, however, did not mention the lease.')).toBe(true);
    expect(isAttributedFact('“We will rebuild,” Mayor Ines Doran said.')).toBe(true);
    expect(isAttributedFact('The dam failed on Sunday night.')).toBe(false);
  });

  it("a readout fact is a body's emphasis or omission, with the body as the one who stresses or omits", () => {
    expect(isReadoutFact('The Ardley council, however, did not mention the lease.')).toBe(true);
    expect(isReadoutFact('The ministry gave a shorter readout of the meeting, stressing the budget.')).toBe(true);
    // The body is not the one who emphasised: the party of the emphasis is a person a newspaper wrote of.
    expect(isReadoutFact('The Gazette reported wrongly that Mr. Lund had emphasized the budget.')).toBe(false);
    expect(isReadoutFact('Residents did not mention the flood.')).toBe(false);
    expect(isReadoutFact('The ministry said the budget was final.')).toBe(false);
  });

  it("names the party by its own words, not the verbs about it", () => {
    expect(speakerStems('The Ardley council, however, did not mention the lease.')).toEqual(contentStems('Ardley council'));
    expect(speakerStems('The ministry gave a shorter readout of the meeting, stressing the budget.')).not.toContain('gave');
    expect(speakerStems('The dam failed.')).toEqual([]);
  });
});
