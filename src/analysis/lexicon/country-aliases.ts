/**
 * Names news uses interchangeably for one country, and demonyms that do not share their country's
 * stem. Matched lowercased, dots removed; a two-word name is looked up by its last word.
 */
export const COUNTRY_ALIASES = new Map<string, string[]>();
for (const group of [
  'us usa america american americans united-states states washington',
  'uk britain british briton england english united-kingdom',
  'uae emirates emirati', 'un united-nations', 'eu european union brussels',
  'norway norwegian', 'france french', 'spain spanish', 'netherlands dutch holland', 'germany german',
  'greece greek', 'sweden swedish swede', 'denmark danish dane', 'finland finnish finn', 'poland polish pole',
  'turkey turkish turk', 'switzerland swiss', 'ireland irish', 'scotland scottish scot', 'wales welsh',
  'china chinese', 'japan japanese', 'vietnam vietnamese', 'portugal portuguese', 'philippines filipino',
  'thailand thai', 'iraq iraqi', 'israel israeli', 'pakistan pakistani', 'yemen yemeni', 'kuwait kuwaiti',
  'bangladesh bangladeshi', 'saudi arabia arabian', 'new-zealand zealander kiwi', 'australia australian aussie',
  'isis isil daesh',
]) {
  const names = group.split(' ').map((w) => w.split('-').pop()!);
  for (const name of group.split(' ')) COUNTRY_ALIASES.set(name.replace('-', ''), names);
}
