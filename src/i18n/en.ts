/**
 * The bot's own words in English, the reference every other language translates key by key.
 * `{name}` marks a value put in; keys ending in `_one`/`_other` are chosen by the number `{n}`.
 * Source quotes are never translated: they are shown as the sources wrote them.
 */
export const en = {
  differences_one: '{n} difference',
  differences_other: '{n} differences',
  otherEvents_one: '{n} other event',
  otherEvents_other: '{n} other events',
  unreadable_one: '{n} unreadable',
  unreadable_other: '{n} unreadable',
  agreements_one: '{n} point of agreement',
  agreements_other: '{n} points of agreement',
  topDifferences: 'Most important differences',
  noDifferences: 'No difference found between the sources on the same event.',
  noAgreement: 'No statement is made in closely matching words by two or more sources.',
  noStory: 'The sources share no story that could be told in their own sentences.',
  moreDifferences_one: '…and {n} more under Differences.',
  moreDifferences_other: '…and {n} more under Differences.',
  differentEvent: 'different event',
  couldNotRead: 'could not be read',
  words: '{n} words',
  sectionDifferences: 'Differences',
  sectionAgreement: 'Agreement',
  sectionSources: 'Sources',
  sectionStory: 'Story',
  buttonMarkdown: 'Markdown',
  buttonJson: 'JSON',
  buttonAddSource: 'Add source',
  page: 'Page {n} of {total}',
  previous: 'Previous',
  next: 'Next',
  footer: 'Parallax · {engine} · quotes are verbatim',
  fileCaption: 'The full report of “{title}”, as {format}.',
  expired: 'This report is no longer stored (reports are kept for {days} days). Run the comparison again.',
  addSourceTitle: 'Add a source',
  addSourceLink: 'Link',
  addSourceLinkHint: 'https://…',
  addSourceText: 'Or paste the text of an article',
  addSourceNeedsOne: 'Give a link or the text of an article to add.',
  addSourceFull: 'This comparison already has {max} sources, the most it can hold.',
  added: 'Added {ids}: the report above is updated.',
  nothingAdded: 'Nothing was added: {reasons}',
  noLinks: 'That message has no links or files to compare.',
  oneLink: 'That message has only one source; a comparison needs at least two.',
  reading: 'Reading {done}/{total} sources…',
  comparing: 'Comparing {n} sources…',
  ignoredLinks: 'Left out: {list}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
