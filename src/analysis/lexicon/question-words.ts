/** Words a question opens with ("What did S2 say…", "Did Putin…", "Explain…"), lowercased. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'what who whom when where why how which did does do is are was were can could should would will has have had tell explain compare list show'.split(' '),
);

/** Words that ask about the sources rather than the story ("what does the article say about…"): never a term to look up. */
export const ASKING_WORDS: ReadonlySet<string> = new Set('about say tell mention report source article'.split(' '));
