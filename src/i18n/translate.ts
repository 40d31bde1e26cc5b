import { de } from './de.js';
import { en, type MessageKey, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** The languages the bot speaks; any other locale gets English. */
export const LANGUAGES = { en, de, fr, es } as const satisfies Record<string, Messages>;
export type Language = keyof typeof LANGUAGES;

/** Discord's locale ("de", "es-ES", "en-GB") as one of our languages. */
export function languageOf(locale: string | null | undefined): Language {
  const base = (locale ?? 'en').split('-')[0]!.toLowerCase();
  return base in LANGUAGES ? (base as Language) : 'en';
}

type Plural<K> = K extends `${infer B}_one` ? B : never;
export type Key = Exclude<MessageKey, `${string}_one` | `${string}_other`> | Plural<MessageKey>;

/** One PluralRules per language: making one is costly (ICU data), and a translator is made per interaction. */
const PLURALS = new Map<Language, Intl.PluralRules>();

/** A translator for one interaction: `t('page', { n: 1, total: 3 })`; counted keys take `{ n }`. */
export function translator(locale: string | null | undefined) {
  const language = languageOf(locale);
  const messages = LANGUAGES[language];
  const plurals = PLURALS.get(language) ?? PLURALS.set(language, new Intl.PluralRules(language)).get(language)!;
  const t = (key: Key, vars: Record<string, string | number> = {}): string => {
    const counted = `${key}_${plurals.select(Number(vars.n ?? 0)) === 'one' ? 'one' : 'other'}` as MessageKey;
    const template = (messages as Record<string, string>)[key] ?? messages[counted];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
  // The language travels with the translator, so a view words the engine's findings (`describe`) in it too.
  return Object.assign(t, { language });
}
export type Translate = ReturnType<typeof translator>;
