import type { Language } from './translate.js';

/** /help in each language: sections of an embed, each under Discord's 1,024 characters per field. */
export interface HelpText {
  title: string;
  intro: string;
  fields: Array<{ name: string; value: string }>;
}

const en: HelpText = {
  title: 'Parallax: where news sources agree and where they differ',
  intro: 'Give Parallax two to ten reports of one story. It reads them and shows, in each source’s exact words, what they agree on and where they differ.',
  fields: [
    {
      name: 'Commands',
      value:
        '`/compare sources:<links or text> [files]` compares 2–10 sources.\n`/summarize source:<link>` sums up one source.\n`/ask question:<text>` asks about the sources, in a comparison thread.\n`/help` shows this.',
    },
    { name: 'On a message: Apps ›', value: '**Compare links** compares the links and files of any message, yours or someone else’s.' },
    {
      name: 'The report',
      value:
        'A short first view with the three most important differences. Buttons open the **Differences**, **Agreement**, **Sources** and **Story** privately, page by page, give the whole report as **Markdown** or **JSON**, and **Add source** adds a link or a text.',
    },
    { name: 'Example', value: '`/compare sources:https://a.example/story https://b.example/story`' },
    {
      name: 'What it finds',
      value:
        'Different numbers, dates, names, quotes and outcomes; facts some sources leave out; headlines their own article does not bear out; reports calling a claim false; sources about another event. Quotes are always the sources’ own words.',
    },
    {
      name: 'What it cannot do',
      value:
        'It does not know which source is right, and it cannot read pages behind a paywall or login, images or videos. Without a model it compares wording, so a difference told in very different words can be missed.',
    },
    {
      name: 'What is stored, and for how long',
      value:
        'Articles read from links: 24 hours, to avoid reading a page twice. Reports with their sources, so the buttons keep working: 30 days. Comparison threads: their sources and questions, until the thread is deleted. Nothing else about you is kept.',
    },
  ],
};

const de: HelpText = {
  title: 'Parallax: worin Nachrichtenquellen übereinstimmen und worin nicht',
  intro: 'Gib Parallax zwei bis zehn Berichte über eine Geschichte. Es liest sie und zeigt in den genauen Worten jeder Quelle, worin sie übereinstimmen und worin sie sich unterscheiden.',
  fields: [
    {
      name: 'Befehle',
      value:
        '`/compare sources:<Links oder Text> [Dateien]` vergleicht 2–10 Quellen.\n`/summarize source:<Link>` fasst eine Quelle zusammen.\n`/ask question:<Text>` fragt nach den Quellen, im Thread eines Vergleichs.\n`/help` zeigt diese Hilfe.',
    },
    { name: 'An einer Nachricht: Apps ›', value: '**Links vergleichen** vergleicht die Links und Dateien einer beliebigen Nachricht.' },
    {
      name: 'Der Bericht',
      value:
        'Eine kurze erste Ansicht mit den drei wichtigsten Unterschieden. Die Knöpfe öffnen **Unterschiede**, **Übereinstimmung**, **Quellen** und **Geschichte** privat und seitenweise, liefern den ganzen Bericht als **Markdown** oder **JSON**, und **Quelle hinzufügen** nimmt einen Link oder Text auf.',
    },
    { name: 'Beispiel', value: '`/compare sources:https://a.example/story https://b.example/story`' },
    {
      name: 'Was es findet',
      value:
        'Abweichende Zahlen, Daten, Namen, Zitate und Ergebnisse; Fakten, die manche Quellen weglassen; Schlagzeilen, die der eigene Artikel nicht trägt; Berichte, die eine Behauptung falsch nennen; Quellen zu einem anderen Ereignis. Zitate sind immer die Worte der Quellen.',
    },
    {
      name: 'Was es nicht kann',
      value:
        'Es weiß nicht, welche Quelle recht hat, und kann keine Seiten hinter Bezahl- oder Anmeldeschranken, keine Bilder oder Videos lesen. Ohne Modell vergleicht es Formulierungen; ein ganz anders erzählter Unterschied kann fehlen.',
    },
    {
      name: 'Was gespeichert wird, und wie lange',
      value:
        'Aus Links gelesene Artikel: 24 Stunden. Berichte mit ihren Quellen, damit die Knöpfe funktionieren: 30 Tage. Vergleichs-Threads: ihre Quellen und Fragen, bis der Thread gelöscht wird. Sonst nichts über dich.',
    },
  ],
};

const fr: HelpText = {
  title: 'Parallax : où les sources d’information concordent et où elles divergent',
  intro: 'Donnez à Parallax deux à dix articles sur un même sujet. Il les lit et montre, avec les mots exacts de chaque source, ce sur quoi elles s’accordent et où elles divergent.',
  fields: [
    {
      name: 'Commandes',
      value:
        '`/compare sources:<liens ou texte> [fichiers]` compare 2 à 10 sources.\n`/summarize source:<lien>` résume une source.\n`/ask question:<texte>` interroge les sources, dans le fil d’une comparaison.\n`/help` affiche cette aide.',
    },
    { name: 'Sur un message : Applications ›', value: '**Comparer les liens** compare les liens et fichiers de n’importe quel message.' },
    {
      name: 'Le rapport',
      value:
        'Une première vue courte avec les trois différences les plus importantes. Les boutons ouvrent **Différences**, **Accord**, **Sources** et **Récit** en privé, page par page, donnent le rapport complet en **Markdown** ou **JSON**, et **Ajouter une source** ajoute un lien ou un texte.',
    },
    { name: 'Exemple', value: '`/compare sources:https://a.example/story https://b.example/story`' },
    {
      name: 'Ce qu’il trouve',
      value:
        'Chiffres, dates, noms, citations et issues qui diffèrent ; faits que certaines sources omettent ; titres que leur propre article ne confirme pas ; articles qui qualifient une affirmation de fausse ; sources sur un autre événement. Les citations sont toujours les mots des sources.',
    },
    {
      name: 'Ce qu’il ne peut pas faire',
      value:
        'Il ne sait pas quelle source a raison et ne lit ni les pages derrière un paywall ou une connexion, ni les images ou vidéos. Sans modèle, il compare les formulations : une différence dite en tout autres mots peut lui échapper.',
    },
    {
      name: 'Ce qui est conservé, et combien de temps',
      value:
        'Articles lus depuis des liens : 24 heures. Rapports avec leurs sources, pour que les boutons fonctionnent : 30 jours. Fils de comparaison : leurs sources et questions, jusqu’à la suppression du fil. Rien d’autre sur vous.',
    },
  ],
};

const es: HelpText = {
  title: 'Parallax: en qué coinciden las fuentes de noticias y en qué difieren',
  intro: 'Da a Parallax de dos a diez noticias sobre una misma historia. Las lee y muestra, con las palabras exactas de cada fuente, en qué coinciden y en qué difieren.',
  fields: [
    {
      name: 'Comandos',
      value:
        '`/compare sources:<enlaces o texto> [archivos]` compara de 2 a 10 fuentes.\n`/summarize source:<enlace>` resume una fuente.\n`/ask question:<texto>` pregunta sobre las fuentes, en el hilo de una comparación.\n`/help` muestra esta ayuda.',
    },
    { name: 'En un mensaje: Aplicaciones ›', value: '**Comparar enlaces** compara los enlaces y archivos de cualquier mensaje.' },
    {
      name: 'El informe',
      value:
        'Una primera vista breve con las tres diferencias más importantes. Los botones abren **Diferencias**, **Acuerdo**, **Fuentes** e **Historia** en privado, página a página, dan el informe completo en **Markdown** o **JSON**, y **Añadir fuente** añade un enlace o un texto.',
    },
    { name: 'Ejemplo', value: '`/compare sources:https://a.example/story https://b.example/story`' },
    {
      name: 'Qué encuentra',
      value:
        'Cifras, fechas, nombres, citas y resultados distintos; hechos que algunas fuentes omiten; titulares que su propio artículo no respalda; noticias que califican una afirmación de falsa; fuentes sobre otro suceso. Las citas son siempre las palabras de las fuentes.',
    },
    {
      name: 'Qué no puede hacer',
      value:
        'No sabe qué fuente tiene razón ni puede leer páginas tras un muro de pago o de inicio de sesión, imágenes o vídeos. Sin modelo compara la redacción: una diferencia contada con palabras muy distintas puede pasarse por alto.',
    },
    {
      name: 'Qué se guarda y durante cuánto tiempo',
      value:
        'Artículos leídos de enlaces: 24 horas. Informes con sus fuentes, para que los botones funcionen: 30 días. Hilos de comparación: sus fuentes y preguntas, hasta que se borra el hilo. Nada más sobre ti.',
    },
  ],
};

export const HELP: Record<Language, HelpText> = { en, de, fr, es };
