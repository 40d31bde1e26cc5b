/** Weekdays, lowercased, Sunday first (the order of Date.getUTCDay). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Weekdays and months spelt out, lowercased: words that name a time, not a thing or a name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...'january february march april may june july august september october november december'.split(' '),
]);
