/**
 * Places news names a government by (metonyms), and the country whose government they stand for: "the
 * Kremlin said" and "the Russian government said" tell one speaker's account. General knowledge of news
 * English, lowercased; a missing seat only keeps two names of one speaker apart.
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'russia'],
  ['white house', 'us'],
  ['downing street', 'uk'],
  ['number 10', 'uk'],
  ['elysee', 'france'],
  ['élysée', 'france'],
  ['elysee palace', 'france'],
  ['élysée palace', 'france'],
  ['zhongnanhai', 'china'],
  ['blue house', 'south korea'],
  ['chancellery', 'germany'],
  ['quirinale', 'italy'],
  ['palazzo chigi', 'italy'],
  ['moncloa', 'spain'],
  ['kantei', 'japan'],
]);
