import { SHOWN_CONFIDENCE, type DiscrepancyForm, type SourceId } from '../report/types.js';
import type { Finding } from './detectors/finding.js';

/**
 * How often a finding of each form is a real difference, on the tuning half of the real-news set
 * (docs/ENGINE.md): the confidence of a finding its detector does not weigh itself.
 */
const CONFIDENCE: Record<DiscrepancyForm, number> = {
  figures: 0.5, dates: 0.6, change: 0.6, wording: 0.6, unmentioned: 0.6, quote: 0.3, speaker: 0.3, outcome: 0.5, status: 0.6, shortfall: 0.4, negation: 0.6,
  dispute: 0.7, disputed: 0.7, headline: 0.6, 'headline-unmentioned': 0.5, 'left-out': 0.6, 'left-out-retold': 0.6, fact: 0.5, event: 1,
  // Framing by verbs of saying: not yet measured precise on the tuning half (docs/ENGINE.md, "Framing").
  framing: 0.5,
};

/** How much a finding of each form matters to the story when its detector does not say: 3 leads, 1 is minor. */
const IMPORTANCE: Record<DiscrepancyForm, 1 | 2 | 3> = {
  figures: 3, dates: 2, change: 3, wording: 2, unmentioned: 2, quote: 2, speaker: 2, outcome: 3, status: 2, shortfall: 2, negation: 2,
  dispute: 3, disputed: 3, headline: 2, 'headline-unmentioned': 2, 'left-out': 1, 'left-out-retold': 1, fact: 2, event: 3, framing: 2,
};

/**
 * Every finding with an importance and a confidence. A finding on a short statement (a claim or a
 * headline pasted to be checked) is always shown: every specific of a statement is held to the report,
 * and the reader asked for exactly that check (SummEdits and FNC-1 measure it, docs/ENGINE.md).
 */
export function weigh(f: Finding, statements: ReadonlySet<SourceId> = new Set()): Finding {
  const form = f.form ?? 'wording';
  const confidence = f.confidence ?? CONFIDENCE[form];
  const checked = f.evidence.some((e) => statements.has(e.sourceId));
  return { ...f, importance: f.importance ?? IMPORTANCE[form], confidence: checked ? Math.max(confidence, SHOWN_CONFIDENCE) : confidence };
}

/** Whether a finding is sure enough to be shown as a difference. */
export const shown = (f: Finding): boolean => (f.confidence ?? 0) >= SHOWN_CONFIDENCE;
