/**
 * The bot's own notes in the reader's language, end to end: the built bot, real discord.js, the fake
 * Discord and local pages. A German reader's report says why a source is another event, that a page was
 * read only up to its paywall and that another showed only a paywall, in German; an English reader of
 * the same report reads the report's own English notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeMessage } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { buttonId, selectId } from './helpers/buttons.js';
import { escapeText } from '../src/report/escape.js';
import type { Report } from '../src/report/types.js';

const embedText = (m: FakeMessage) => m.embeds.map((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''].join('\n')).join('\n');

describe('GIVEN the bot and a message whose links are two reports of one event, one of another, one paywalled in part and one paywalled whole', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: BotProcess;
  let german: FakeMessage;
  let contract: Report;

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    ({ bot } = await startBot(discord, web));
    const links = ['/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/articles/orchestra.html', '/paywall-partial', '/paywall'].map((p) => web.url(p));
    const post = discord.userPost(discord.channelId, links.join(' '));
    const run = discord.runMessageCommand('Compare links', post, { locale: 'de' });
    german = await discord.answer(run, 'the German report', (m) => m.embeds.length > 0);
    const json = discord.click(german, buttonId(german, /^JSON$/), { locale: 'de' });
    contract = JSON.parse((await discord.answer(json, 'the JSON file', (m) => m.attachments.length > 0)).attachments[0]!.content) as Report;
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN the report’s contract keeps its English notes, each with its key beside it', () => {
    const other = contract.sources.find((s) => !s.sameEvent)!;
    expect(other.notes.at(-1)).toBe('S3 is dated 2023-11-18, while S1, S2, S4 are dated around 2026-03-04: a different event.');
    expect(other.noteKeys?.at(-1)).toMatchObject({ note: other.notes.at(-1), key: 'eventDatedApart' });
    expect(contract.sources.find((s) => s.id === 'S4')!.notes).toContainEqual(expect.stringMatching(/^Partial: the page shows a paywall; only the \d+ words before it were read\.$/));
    // Why a source could not be read is stored as it was said to the one who asked (here in German).
    expect(contract.unreadable[0]!.reason).toMatch(/: Die Seite zeigt eine Bezahlschranke statt des Artikels \(2 Wörter gefunden\)\.$/);
  });

  it('WHEN the German reader opens the sources THEN why S3 is another event, the partial read and the paywall are said in German', async () => {
    const run = discord.click(german, buttonId(german, /^Quellen/), { locale: 'de' });
    const page = embedText(await discord.answer(run, 'the German Sources section'));
    expect(page).toContain('_⚠️ S3 ist auf 2023-11-18 datiert, S1, S2, S4 dagegen auf etwa 2026-03-04: ein anderes Ereignis._');
    expect(page).toMatch(/Unvollständig: Die Seite zeigt eine Bezahlschranke; nur die \d+ Wörter davor wurden gelesen\./);
    expect(page).toMatch(/Die Seite zeigt eine Bezahlschranke statt des Artikels \(2 Wörter gefunden\)\./);
    expect(page).not.toContain('a different event');
    expect(page).not.toContain('Partial:');
  });

  it('WHEN the German reader opens S3 alone or asks for the Markdown file THEN the other event’s reason is German there too', async () => {
    const chosen = discord.choose(german, selectId(german), ['S3'], { locale: 'de' });
    const source = embedText(await discord.answer(chosen, 'S3 in German'));
    expect(source).toContain('anderes Ereignis');
    expect(source).toContain('S3 ist auf 2023-11-18 datiert, S1, S2, S4 dagegen auf etwa 2026-03-04: ein anderes Ereignis.');
    const file = discord.click(german, buttonId(german, /^Markdown$/), { locale: 'de' });
    const markdown = (await discord.answer(file, 'the German Markdown file', (m) => m.attachments.length > 0)).attachments[0]!.content;
    // Under the source, as its note, and in the other event's difference, with its reason.
    expect(markdown.split('S3 ist auf 2023-11-18 datiert, S1, S2, S4 dagegen auf etwa 2026-03-04: ein anderes Ereignis.').length).toBe(3);
    expect(markdown).toMatch(/Unvollständig: Die Seite zeigt eine Bezahlschranke; nur die \d+ Wörter davor wurden gelesen\./);
    expect(markdown).not.toContain('a different event');
  });

  it('WHEN an English reader opens the same sources THEN they read the contract’s English notes unchanged', async () => {
    const run = discord.click(german, buttonId(german, /^Quellen/), { locale: 'en-US' });
    const page = embedText(await discord.answer(run, 'the English Sources section'));
    for (const s of contract.sources) for (const n of s.notes) expect(page).toContain(escapeText(n));
    expect(page).not.toMatch(/Unvollständig|ein anderes Ereignis/);
  });
});
