import type { LocalizationMap } from 'discord.js';

/**
 * The Apps › menus' names in each language Discord offers that we speak; they may be written as a label
 * is. Slash commands and their options: src/i18n/slash-commands.ts.
 */
const COMMANDS = {
  compareLinks: { de: 'Links vergleichen', fr: 'Comparer les liens', es: 'Comparar enlaces' },
  addToComparison: { de: 'Zum Vergleich hinzufügen', fr: 'Ajouter à la comparaison', es: 'Añadir a la comparación' },
} as const;

/** Discord's locale codes for each of our languages (Spanish is two of them). */
const LOCALES = { de: ['de'], fr: ['fr'], es: ['es-ES', 'es-419'] } as const;

export function commandLocalizations(key: keyof typeof COMMANDS): LocalizationMap {
  const map: LocalizationMap = {};
  for (const [language, locales] of Object.entries(LOCALES) as Array<[keyof typeof LOCALES, readonly string[]]>) {
    for (const locale of locales) map[locale as keyof LocalizationMap] = COMMANDS[key][language];
  }
  return map;
}
