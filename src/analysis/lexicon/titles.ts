/** Titles and ranks written before a name ("Foreign Minister Sergei Lavrov"): not part of the name itself. */
export const TITLES: ReadonlySet<string> = new Set(
  'president vice prime minister secretary chancellor ambassador leader king queen prince mr mrs ms dr senator governor mayor general chief foreign state sen rep update breaking'.split(' '),
);
