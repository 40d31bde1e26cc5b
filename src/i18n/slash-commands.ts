import type { APIApplicationCommandOption, LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

type Texts = { de: string; fr: string; es: string };

/**
 * Every slash command's, subcommand's and option's name, by its English name. Discord's rule: lowercase,
 * no spaces, at most 32 characters; the handlers read options by the English name, which Discord sends
 * whatever the reader's language.
 */
const NAMES: Record<string, Texts> = {
  compare: { de: 'vergleichen', fr: 'comparer', es: 'comparar' },
  sources: { de: 'quellen', fr: 'sources', es: 'fuentes' },
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`file${n}`, { de: `datei${n}`, fr: `fichier${n}`, es: `archivo${n}` }])),
  engine: { de: 'verfahren', fr: 'moteur', es: 'motor' },
  private: { de: 'privat', fr: 'privé', es: 'privado' },
  summarize: { de: 'zusammenfassen', fr: 'résumer', es: 'resumir' },
  source: { de: 'quelle', fr: 'source', es: 'fuente' },
  file: { de: 'datei', fr: 'fichier', es: 'archivo' },
  ask: { de: 'fragen', fr: 'demander', es: 'preguntar' },
  question: { de: 'frage', fr: 'question', es: 'pregunta' },
  list: { de: 'liste', fr: 'liste', es: 'lista' },
  add: { de: 'hinzufügen', fr: 'ajouter', es: 'añadir' },
  drop: { de: 'entfernen', fr: 'retirer', es: 'quitar' },
  help: { de: 'hilfe', fr: 'aide', es: 'ayuda' },
  parallax: { de: 'parallax', fr: 'parallax', es: 'parallax' },
  settings: { de: 'einstellungen', fr: 'réglages', es: 'ajustes' },
  usage: { de: 'nutzung', fr: 'utilisation', es: 'uso' },
  model: { de: 'modell', fr: 'modèle', es: 'modelo' },
  private_reports: { de: 'private_berichte', fr: 'rapports_privés', es: 'informes_privados' },
  answer_in: { de: 'antworten_in', fr: 'répondre_dans', es: 'responder_en' },
  answer_everywhere: { de: 'überall_antworten', fr: 'répondre_partout', es: 'responder_en_todos' },
  daily_tokens: { de: 'tokens_pro_tag', fr: 'jetons_par_jour', es: 'tokens_por_día' },
};

/** Every description, by its English text (at most 100 characters each, Discord's limit). */
const DESCRIPTIONS: Record<string, Texts> = {
  'Compare 2–10 news sources about one story: what they agree on and where they differ.': {
    de: 'Vergleicht 2–10 Nachrichtenquellen zu einer Geschichte: worin sie übereinstimmen und abweichen.',
    fr: 'Compare 2 à 10 sources sur une même histoire : où elles concordent et où elles diffèrent.',
    es: 'Compara 2–10 fuentes sobre una misma noticia: en qué coinciden y en qué difieren.',
  },
  'Links separated by spaces or new lines; other text counts as one pasted source. Empty: a form opens.': {
    de: 'Links, durch Leerzeichen oder Zeilen getrennt; anderer Text ist eine Quelle. Leer: ein Formular.',
    fr: 'Liens séparés par des espaces ou lignes ; tout autre texte est une source. Vide : un formulaire.',
    es: 'Enlaces separados por espacios o líneas; otro texto es una fuente. Vacío: se abre un formulario.',
  },
  'A text, Markdown, HTML or PDF file to compare.': {
    de: 'Eine Text-, Markdown-, HTML- oder PDF-Datei zum Vergleichen.',
    fr: 'Un fichier texte, Markdown, HTML ou PDF à comparer.',
    es: 'Un archivo de texto, Markdown, HTML o PDF para comparar.',
  },
  'offline: rules only, instant and free; llm: deeper, when this server allows the model.': {
    de: 'offline: nur Regeln, sofort und kostenlos; llm: gründlicher, wenn der Server das Modell erlaubt.',
    fr: 'offline : règles seules, instantané et gratuit ; llm : plus fin, si ce serveur permet le modèle.',
    es: 'offline: solo reglas, inmediato y gratis; llm: más a fondo, si este servidor permite el modelo.',
  },
  'offline: rules only, instant and free (this bot has no model configured).': {
    de: 'offline: nur Regeln, sofort und kostenlos (dieser Bot hat kein Modell).',
    fr: 'offline : règles seules, instantané et gratuit (ce bot n’a pas de modèle).',
    es: 'offline: solo reglas, inmediato y gratis (este bot no tiene modelo).',
  },
  'Only you see the report, and no thread is opened.': {
    de: 'Nur du siehst den Bericht, und es wird kein Thread geöffnet.',
    fr: 'Vous seul voyez le rapport, et aucun fil n’est ouvert.',
    es: 'Solo tú ves el informe, y no se abre ningún hilo.',
  },
  'Summarise one news source: title, outlet, date, length and its key points.': {
    de: 'Fasst eine Quelle zusammen: Titel, Medium, Datum, Länge und Kernpunkte.',
    fr: 'Résume une source : titre, média, date, longueur et points clés.',
    es: 'Resume una fuente: título, medio, fecha, extensión y puntos clave.',
  },
  'A link, or the text of an article.': { de: 'Ein Link oder der Text eines Artikels.', fr: 'Un lien, ou le texte d’un article.', es: 'Un enlace, o el texto de un artículo.' },
  'A text, Markdown or HTML file.': { de: 'Eine Text-, Markdown- oder HTML-Datei.', fr: 'Un fichier texte, Markdown ou HTML.', es: 'Un archivo de texto, Markdown o HTML.' },
  'Ask a question about the sources of this comparison thread.': {
    de: 'Stell eine Frage zu den Quellen dieses Vergleichs-Threads.',
    fr: 'Posez une question sur les sources de ce fil de comparaison.',
    es: 'Haz una pregunta sobre las fuentes de este hilo de comparación.',
  },
  'What you want to know.': { de: 'Was du wissen willst.', fr: 'Ce que vous voulez savoir.', es: 'Lo que quieres saber.' },
  'The sources of this comparison thread: list, add or drop them.': {
    de: 'Die Quellen dieses Vergleichs-Threads: auflisten, hinzufügen oder entfernen.',
    fr: 'Les sources de ce fil de comparaison : les lister, en ajouter ou en retirer.',
    es: 'Las fuentes de este hilo de comparación: listarlas, añadirlas o quitarlas.',
  },
  'List the sources of this comparison.': { de: 'Listet die Quellen dieses Vergleichs auf.', fr: 'Liste les sources de cette comparaison.', es: 'Lista las fuentes de esta comparación.' },
  'Add sources: links, or the text of an article.': {
    de: 'Quellen hinzufügen: Links oder der Text eines Artikels.',
    fr: 'Ajouter des sources : des liens, ou le texte d’un article.',
    es: 'Añadir fuentes: enlaces, o el texto de un artículo.',
  },
  'Links separated by spaces, or an article’s text.': {
    de: 'Links, durch Leerzeichen getrennt, oder der Text eines Artikels.',
    fr: 'Des liens séparés par des espaces, ou le texte d’un article.',
    es: 'Enlaces separados por espacios, o el texto de un artículo.',
  },
  'Drop one source; the others keep their ids.': {
    de: 'Eine Quelle entfernen; die anderen behalten ihre Kennungen.',
    fr: 'Retirer une source ; les autres gardent leur identifiant.',
    es: 'Quitar una fuente; las demás conservan su identificador.',
  },
  'The source to drop, e.g. S2.': { de: 'Die zu entfernende Quelle, z. B. S2.', fr: 'La source à retirer, par ex. S2.', es: 'La fuente que quitar, p. ej. S2.' },
  'What Parallax does, how to use it, and what it stores.': {
    de: 'Was Parallax kann, wie man es benutzt und was es speichert.',
    fr: 'Ce que fait Parallax, comment s’en servir et ce qu’il conserve.',
    es: 'Qué hace Parallax, cómo usarlo y qué guarda.',
  },
  'This server’s Parallax settings and today’s use.': {
    de: 'Die Parallax-Einstellungen dieses Servers und die heutige Nutzung.',
    fr: 'Les réglages Parallax de ce serveur et l’utilisation du jour.',
    es: 'Los ajustes de Parallax de este servidor y el uso de hoy.',
  },
  'Show the settings, or change those you give.': {
    de: 'Zeigt die Einstellungen oder ändert die angegebenen.',
    fr: 'Affiche les réglages, ou change ceux que vous donnez.',
    es: 'Muestra los ajustes, o cambia los que indiques.',
  },
  'May the model be used here? Off: every comparison is offline.': {
    de: 'Darf das Modell hier genutzt werden? Aus: jeder Vergleich läuft offline.',
    fr: 'Le modèle peut-il servir ici ? Non : chaque comparaison est hors ligne.',
    es: '¿Se puede usar el modelo aquí? No: cada comparación es sin conexión.',
  },
  'The engine when a command does not say.': {
    de: 'Das Verfahren, wenn ein Befehl keins angibt.',
    fr: 'Le moteur quand une commande ne le précise pas.',
    es: 'El motor cuando un comando no lo indica.',
  },
  'Reports only the person who asked sees, without a thread.': {
    de: 'Berichte, die nur die fragende Person sieht, ohne Thread.',
    fr: 'Des rapports que seule la personne qui demande voit, sans fil.',
    es: 'Informes que solo ve quien los pide, sin hilo.',
  },
  'Add a channel where the bot answers (none set: everywhere).': {
    de: 'Einen Kanal hinzufügen, in dem der Bot antwortet (keiner: überall).',
    fr: 'Ajouter un salon où le bot répond (aucun : partout).',
    es: 'Añadir un canal donde el bot responde (ninguno: en todos).',
  },
  'Forget the channel list: answer in every channel.': {
    de: 'Die Kanalliste vergessen: in jedem Kanal antworten.',
    fr: 'Oublier la liste des salons : répondre partout.',
    es: 'Olvidar la lista de canales: responder en todos.',
  },
  'Model tokens this server may spend per day (at most the bot’s own limit).': {
    de: 'Modell-Tokens, die dieser Server pro Tag verbrauchen darf (höchstens das Limit des Bots).',
    fr: 'Jetons du modèle que ce serveur peut dépenser par jour (au plus la limite du bot).',
    es: 'Tokens del modelo que este servidor puede gastar al día (como mucho el límite del bot).',
  },
  'Today’s model use of this server.': { de: 'Die heutige Modellnutzung dieses Servers.', fr: 'L’utilisation du modèle par ce serveur aujourd’hui.', es: 'El uso del modelo de este servidor hoy.' },
};

/** Every option choice's label, by its English label (at most 100 characters); its value stays English. */
const CHOICES: Record<string, Texts> = {
  offline: { de: 'offline (nur Regeln)', fr: 'hors ligne (règles seules)', es: 'sin conexión (solo reglas)' },
  llm: { de: 'llm (das Modell)', fr: 'llm (le modèle)', es: 'llm (el modelo)' },
  'llm (the model, when configured)': { de: 'llm (das Modell, falls eingerichtet)', fr: 'llm (le modèle, s’il est configuré)', es: 'llm (el modelo, si está configurado)' },
};

/** Discord's locale codes for each of our languages; en-US carries the English texts themselves. */
const LOCALES = { de: ['de'], fr: ['fr'], es: ['es-ES', 'es-419'] } as const;

function localized(table: Record<string, Texts>, english: string, what: string): LocalizationMap {
  const texts = table[english];
  // A command or option added without its translations fails at start and in the tests, not silently in English.
  if (!texts) throw new Error(`No translations for the ${what} "${english}" (src/i18n/slash-commands.ts)`);
  const map: LocalizationMap = { 'en-US': english };
  for (const [language, locales] of Object.entries(LOCALES) as Array<[keyof Texts, readonly string[]]>) {
    for (const locale of locales) map[locale as keyof LocalizationMap] = texts[language];
  }
  return map;
}

type Choice = { name: string; value: string | number };
type Localizable = { name: string; description: string; options?: APIApplicationCommandOption[]; choices?: Choice[] };

function localize<T extends Localizable>(item: T): T {
  const options = item.options?.map((o) => localize(o as Localizable) as unknown as APIApplicationCommandOption);
  const choices = item.choices?.map((c) => ({ ...c, name_localizations: localized(CHOICES, c.name, 'choice') }));
  return {
    ...item,
    name_localizations: localized(NAMES, item.name, 'name'),
    description_localizations: localized(DESCRIPTIONS, item.description, 'description'),
    ...(options ? { options } : {}),
    ...(choices ? { choices } : {}),
  };
}

/** A slash command's definition with its name and description, and those of every subcommand and option, in en-US, de, fr and es. */
export function localizeSlashCommand(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return localize(definition);
}
