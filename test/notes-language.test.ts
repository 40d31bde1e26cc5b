/** The bot's own notes (a source's, why a source is another event, why the model was not used) in the reader's language. */
import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import { renderSourcePage } from '../src/discord/compact/render-source.js';
import { engineLine } from '../src/discord/engine-line.js';
import { renderAnswer } from '../src/discord/render-thread.js';
import { en } from '../src/i18n/en.js';
import { notesIn, say, sayAll } from '../src/i18n/say.js';
import { LANGUAGES, translator } from '../src/i18n/translate.js';
import { ModelBudget } from '../src/llm/budget.js';
import { ModelTooSlowError } from '../src/llm/deadline.js';
import { describe as wordIn, summaryIn } from '../src/report/describe.js';
import type { KeyedNote, Report } from '../src/report/types.js';
import { ComparisonService } from '../src/service/comparison-service.js';
import { loaderFor } from '../src/service/library.js';
import { extractArticle } from '../src/sources/extract.js';
import { capArticle } from '../src/sources/text-cap.js';
import { articleFromText } from '../src/sources/text-article.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';

/** The keys this work added: every language must have each, with the same `{marks}` as the English. */
const NOTE_KEYS = Object.keys(en).filter((k) => /^(note|wall|event(DatedApart|Weeks|FewShared)|modelNotUsed|modelTooSlow|budget(Used|Passed)|modelCooldown|noModelNote|unreadableSource)/.test(k));
const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const FIRE_A = [
  'Fire destroys Carrow town library',
  'A fire destroyed the Carrow town library on Sunday night, the fire service said on Monday.',
  'Forty firefighters fought the blaze for six hours before it was brought under control.',
  'No one was hurt, but about 20,000 books were lost, according to the librarian, Ines Wald.',
  'The cause of the fire is not yet known; investigators will enter the building on Tuesday.',
  'The council said a temporary library would open in the town hall within a month.',
].join('\n\n');
const FIRE_B = [
  'Carrow library burns down overnight',
  'The Carrow town library burned down on Sunday night, firefighters said on Monday morning.',
  'Thirty-five firefighters needed six hours to control the flames.',
  'Nobody was injured; the librarian Ines Wald said some 18,000 books had been destroyed.',
  'Investigators have not yet found the cause and expect to enter the building on Tuesday.',
  'A temporary library is planned in the town hall, the council said.',
].join('\n\n');
const FIRE_LATER = [
  'Carrow library lost to blaze',
  'Flames tore through the Carrow town library late on Sunday, the county fire service reported.',
  'Crews spent six hours on the fire at the library in Carrow before it was out.',
  'Librarian Ines Wald said most of the collection of the Carrow library was gone.',
  'Investigators will look for the cause of the Carrow library fire on Tuesday.',
  'The town hall will house a temporary library.',
].join('\n\n');
const MATCH = [
  'Dunvale win the regional cup final',
  'Dunvale beat Ostrey 3-1 in the regional cup final at Marren Park on Saturday afternoon.',
  'Striker Tomas Hale scored twice in the second half after Ostrey had led at the break.',
  'A crowd of 12,000 watched the match in bright sunshine.',
  'It is the first cup win for Dunvale in eleven seasons.',
  'The team will parade the trophy through the town on Sunday.',
].join('\n\n');
const PAYWALL = '<html><head><title>Story</title></head><body><h1>Big story</h1><p>Subscribe now to continue reading. Already a subscriber? Log in.</p></body></html>';

const on = (text: string, publishedAt: string) => articleFromText(text, { publishedAt });
const fires = () => [on(FIRE_A, '2026-03-02T09:00:00Z'), on(FIRE_B, '2026-03-02T11:00:00Z')];
const keyedOf = (...of: Array<{ noteKeys?: KeyedNote[] | undefined }>) => of.flatMap((o) => o.noteKeys ?? []);

describe('GIVEN the message keys of the bot’s own notes', () => {
  it('THEN there are keys for each kind of note', () => {
    for (const k of ['noteUnreadable', 'notePartial', 'noteWall', 'noteCapped', 'notePdfPartial', 'noteNoStatement', 'eventDatedApart_one', 'eventWeeksLater', 'eventFewShared', 'modelNotUsed', 'modelTooSlow', 'noModelNote']) {
      expect(NOTE_KEYS).toContain(k);
    }
  });

  for (const [language, messages] of Object.entries(LANGUAGES).filter(([l]) => l !== 'en')) {
    it(`THEN ${language} has every one, with the English one's values and its own words`, () => {
      for (const key of NOTE_KEYS) {
        const said = (messages as Record<string, string>)[key];
        expect(said, `${key} in ${language}`).toBeTruthy();
        expect(marks(said!), `${key}'s values in ${language}`).toEqual(marks((en as Record<string, string>)[key]!));
        if (key !== 'unreadableSource') expect(said, `${key} in ${language}`).not.toBe((en as Record<string, string>)[key]);
      }
    });
  }
});

describe('GIVEN notes made by the code that reads and compares sources', () => {
  const paywalled = extractArticle(PAYWALL);
  const capped = capArticle(articleFromText(`${FIRE_A}\n\n${'More words follow here. '.repeat(600)}`), 5_000);
  const apart = analyze([...fires(), on(FIRE_LATER, '2027-05-02T11:00:00Z')]);
  const unrelated = analyze([...fires(), on(MATCH, '2026-03-01T18:00:00Z')]);
  const nothing = analyze([...fires(), articleFromText('')]);
  const all = keyedOf(paywalled, capped, ...apart.sources, ...unrelated.sources, ...nothing.sources);

  it('THEN each has its key, and said in English by that key it is exactly the English note', () => {
    expect(all.map((k) => k.key === 'noteUnreadable' || k.key === 'notePartial' ? (k.params!.why as { key: string }).key : k.key).sort()).toEqual(
      expect.arrayContaining(['noteWall', 'noteCapped', 'eventDatedApart', 'eventFewSharedAbout', 'noteNoStatement']),
    );
    for (const k of all) expect(say(k, translator('en'))).toBe(k.note);
    for (const s of [paywalled, capped, ...apart.sources]) for (const n of s.notes) expect(s.noteKeys?.some((k) => k.note === n), n).toBe(true);
  });

  it('THEN a German reader reads them in German, numbers as German writes them; an English reader as they are', () => {
    const de = translator('de');
    expect(notesIn(paywalled, de)).toEqual(['Nicht lesbar: Die Seite zeigt eine Bezahlschranke statt des Artikels (2 Wörter gefunden).']);
    expect(notesIn(capped, de).at(-1)).toMatch(/^Unvollständig: Nur die ersten 4\.\d{3} Zeichen eines längeren Textes wurden gelesen\.$/);
    expect(notesIn(apart.sources[2]!, de)).toEqual(['S3 ist auf 2027-05-02 datiert, S1, S2 dagegen auf etwa 2026-03-02: ein anderes Ereignis.']);
    expect(notesIn(unrelated.sources[2]!, de)[0]).toMatch(/^S3 teilt zu wenige Namen und Schlüsselbegriffe mit S1, S2, um vom selben Ereignis zu handeln \(Ähnlichkeit 0,\d\d; Quellen zum selben Ereignis erreichen mindestens 0,09\)\. Es geht darin um Dunvale/);
    expect(notesIn(nothing.sources[2]!, de)).toContain('In diesem Text ließ sich keine Aussage lesen; er wurde nicht verglichen.');
    for (const s of [paywalled, capped, ...apart.sources]) expect(notesIn(s, translator('en-US'))).toEqual(s.notes);
  });

  it('THEN the other-event difference says its reason in the reader’s language, and its stored English sentence is unchanged', () => {
    const event = apart.discrepancies.find((d) => d.kind === 'event')!;
    expect(event.summary).toBe(wordIn(event));
    expect(event.summary).toContain(event.note!);
    expect(sayAll(event.note, event.noteSaid, translator('en'))).toBe(event.note);
    expect(summaryIn(event, 'fr')).toContain('S3 est daté du 2027-05-02, alors que S1, S2 sont datés d’environ 2026-03-02 : un autre événement.');
    expect(summaryIn(event, 'de')).not.toContain(event.note!);
  });

  it('THEN the source page of the compact view shows a keyed note in German', () => {
    const report = { ...apart, unreadable: [] } as unknown as Report;
    const page = renderSourcePage(report, 'S3', translator('de'))!;
    expect(page.description).toContain('_⚠️ S3 ist auf 2027-05-02 datiert, S1, S2 dagegen auf etwa 2026-03-02: ein anderes Ereignis._');
    expect(renderSourcePage(report, 'S3', translator('en'))!.description).toContain(`_⚠️ ${apart.sources[2]!.notes[0]!}_`);
  });

  it('WHEN a German reader compares a paywalled page THEN the reason it could not be read is said in German, in English for the library', async () => {
    const web = new ArticleServer();
    await web.start();
    try {
      const service = new ComparisonService({ loader: loaderFor({ allowHosts: [web.host] }), cpu: inlineCpu });
      const inputs = [{ text: FIRE_A }, { text: FIRE_B }, { url: web.url('/paywall') }];
      const german = await service.compare(inputs, { locale: 'de' });
      expect(german.report.unreadable[0]!.reason).toMatch(/: Die Seite zeigt eine Bezahlschranke statt des Artikels \(\d+ Wörter gefunden\)\.$/);
      const english = await service.compare(inputs, { fresh: true });
      expect(english.report.unreadable[0]!.reason).toMatch(/: the page shows a paywall instead of the article \(\d+ words found\)\.$/);
    } finally {
      await web.stop();
    }
  });
});

describe('GIVEN why the model was not used', () => {
  it('THEN a too slow model, a spent budget and a cooldown are said by key, exactly the English in English', async () => {
    const slow = new ModelTooSlowError(45);
    expect(say(slow.said, translator('en'))).toBe(slow.message);
    expect(say(slow.said, translator('de'))).toBe('Das Modell war zu langsam (keine vollständige Antwort innerhalb von 45 s)');
    const budget = new ModelBudget(new Keyv<number>(), 10_000, 60_000);
    await budget.reserve('g1', 10_000);
    const spent = (await budget.refusalSaid('g1', undefined))!;
    expect(spent.text).toBe("this server's daily model budget (10000 tokens) is used up until midnight UTC");
    expect(say(spent.said, translator('de'))).toBe('Das tägliche Modellbudget dieses Servers (10.000 Token) ist bis Mitternacht UTC aufgebraucht');
    expect(await budget.refusal('g1', undefined)).toBe(spent.text);
    expect((await budget.refusalSaid(undefined, 'u1'))).toBeUndefined();
    const cooling = (await budget.refusalSaid(undefined, 'u1'))!;
    expect(say(cooling.said, translator('en'))).toBe(cooling.text);
    expect(say(cooling.said, translator('es'))).toBe('las comparaciones con el modelo se limitan a una cada 60 s por persona');
  });

  it('WHEN the model was asked for and none is configured THEN the footer says so in the reader’s language, the contract in English', async () => {
    const service = new ComparisonService({ loader: loaderFor({}), cpu: inlineCpu });
    const { report } = await service.compare([{ text: FIRE_A }, { text: FIRE_B }], { engine: 'llm' });
    expect(report.engine.fallback).toBe('No model is configured here, so the offline engine answered.');
    expect(engineLine(report, translator('en'))).toBe('offline engine — No model is configured here, so the offline engine answered.');
    expect(engineLine(report, translator('de'))).toBe('Offline-Engine — Hier ist kein Modell eingerichtet, daher hat die Offline-Engine geantwortet.');
  });

  it('THEN the thread answer’s note is said in the reader’s language, a failure we did not word inside it as it is', () => {
    const slow = new ModelTooSlowError(20);
    const answer = { citations: [], silent: [], modelNote: `The model was not used: ${slow.message}.`, modelNoteSaid: { key: 'modelNotUsedShort' as const, params: { reason: slow.said } } };
    expect(renderAnswer('Why?', answer, [], translator('en'))).toContain(`_${answer.modelNote}_`);
    expect(renderAnswer('Why?', answer, [], translator('fr'))).toContain('_Le modèle n’a pas été utilisé : le modèle a été trop lent (pas de réponse complète en 20 s)._');
    const other = { key: 'modelNotUsed' as const, params: { reason: 'upstream 502' } };
    expect(say(other, translator('es'))).toBe('No se usó el modelo: upstream 502. Este es el informe del motor sin conexión.');
  });
});
