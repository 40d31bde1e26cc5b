import type { Report } from '../report/types.js';
import { type Translate, translator } from '../i18n/translate.js';
import { sayFallback } from '../i18n/say.js';

/** Which engine wrote the report, and why the model was not used when it was not. */
export function engineLine(report: Report, t: Translate = translator('en')): string {
  const e = report.engine;
  if (e.name === 'llm') {
    const dropped = e.dropped.quotes || e.dropped.findings ? t('engineDropped', { n: e.dropped.quotes }) : '';
    return `${t('engineModel', { model: e.model })}${dropped}`;
  }
  return e.fallback === undefined ? t('engineName', { name: e.name, version: e.version }) : t('engineFallback', { reason: sayFallback(e.fallback, e.fallbackSaid, t) });
}
