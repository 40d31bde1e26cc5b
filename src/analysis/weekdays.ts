/**
 * Which calendar day a weekday names, read against the publication date of the report that writes it.
 * News writes "on Tuesday" for the latest Tuesday on or before publication (the publication day itself
 * when it is a Tuesday: "said on Tuesday" in Tuesday's paper). Two things move it:
 * - a plan or an expectation in the words before it ("plans on Thursday to bring up", "will vote
 *   Thursday", "is scheduled for Friday") names the coming such day, on or after publication;
 * - a weekday followed by the date it is ("Tuesday, Nov. 1") is that date: the date is read instead.
 * So a report written on Wednesday that "the House plans to vote Thursday" and one written on Friday
 * that "the House voted Thursday" name the same day.
 */
import { WEEKDAYS } from './lexicon/calendar.js';

/** Words before a weekday, in its clause, that put it ahead of the report: a plan, a schedule, a forecast. */
const AHEAD = new Set([
  'will', "'ll", 'shall', 'plans', 'plan', 'planning', 'intends', 'intend', 'expected', 'expects', 'scheduled',
  'due', 'poised', 'slated', 'upcoming', 'coming', 'tomorrow', 'going',
]);
/** How many words back, within the clause, a plan governs a weekday. */
const REACH = 14;

/** Whether the words of `sentence` just before `index` (back to a clause break) tell a plan or a forecast. */
export function aheadOf(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  // A comma closes the clause too: "Lawmakers, who will meet in April, voted Monday" is a past Monday.
  const clause = before.split(/[,;:—–()"“”]|\.\s/u).pop() ?? before;
  const words = clause.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];
  return words.slice(-REACH).some((w) => AHEAD.has(w) || w.endsWith("'ll"));
}

/** The day a weekday names: `back` days before publication, or the coming one when the sentence plans ahead. */
export function weekdayDate(published: Date, weekday: string, ahead: boolean, qualifier?: string): Date {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const today = published.getUTCDay();
  const back = (today - target + 7) % 7;
  const forward = (target - today + 7) % 7;
  const offset = qualifier === 'next' ? forward || 7 : qualifier === 'last' ? -(back || 7) : ahead ? forward : -back;
  return new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() + offset));
}
