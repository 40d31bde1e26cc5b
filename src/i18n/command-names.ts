import type { LocalizationMap } from 'discord.js';

/**
 * Command names and descriptions in each language Discord offers that we speak. Slash command names
 * must be lowercase without spaces; Apps › menu names may be written as a label is.
 */
const COMMANDS = {
  compareLinks: { de: 'Links vergleichen', fr: 'Comparer les liens', es: 'Comparar enlaces' },
  addToComparison: { de: 'Zum Vergleich hinzufügen', fr: 'Ajouter à la comparaison', es: 'Añadir a la comparación' },
  help: { de: 'hilfe', fr: 'aide', es: 'ayuda' },
  helpDescription: {
    de: 'Was Parallax kann, wie man es benutzt und was es speichert.',
    fr: 'Ce que fait Parallax, comment s’en servir et ce qu’il conserve.',
    es: 'Qué hace Parallax, cómo usarlo y qué guarda.',
  },
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
