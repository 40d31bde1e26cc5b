import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeMessage } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { buttonId } from './helpers/buttons.js';
import { manyParagraphs, nestedDivs, PROSE } from './helpers/hostile.js';
import { type PageServer, servePages } from './helpers/page-server.js';

const STRING = 3;
const EVIL = '[click](https://evil.example/steal)';
/** What a page says that no Discord client may render live: masked links, the attacker's addresses, spoilers. */
const expectInert = (body: string) => {
  expect(body).not.toMatch(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(/);
  expect(body).not.toMatch(/(?<![\\%\w])https?:\/\/evil/);
  expect(body).not.toContain('||spoiler||');
};
const embedText = (m: FakeMessage) => m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '']).join('\n');

/** A readable article whose title, site name, text and canonical URL carry masked links and markup. */
function hostileArticle(): string {
  const story = PROSE.map((p, i) => `<p>${i === 1 ? `${p} ${EVIL} **bold** ||spoiler||` : p}</p>`).join('');
  return (
    `<html><head><title>Bridge ${EVIL}</title><meta property="og:site_name" content="Herald ${EVIL}">` +
    `<link rel="canonical" href="https://news.example/a)[verify](https://evil.example/x"></head>` +
    `<body><article><h1>Bridge ${EVIL}</h1>${story}</article></body></html>`
  );
}

describe('GIVEN the bot against a fake Discord, and pages written by an attacker', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let pages: PageServer;
  let bot: BotProcess;

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    pages = await servePages({
      '/hostile': { type: 'text/html', body: hostileArticle() },
      '/deep': { type: 'text/html', body: nestedDivs(20_000) },
      '/bomb': { type: 'text/html', body: manyParagraphs(300_000) },
    });
    ({ bot } = await startBot(discord, web, { FETCH_ALLOW_HOSTS: `${web.host},${pages.host}`, ANALYSIS_WORKERS: '1' }));
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop(), pages.close()]);
  });

  it('WHEN /compare gets a markup bomb, a 20,000-deep page and a page of masked links beside good sources THEN the bomb is unreadable with its reason, no link is live, and another user is answered too', async () => {
    const links = [pages.url('/bomb'), pages.url('/deep'), pages.url('/hostile'), web.url('/articles/herald-bridge.html')];
    const started = performance.now();
    const hostile = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: links.join('\n') }]);
    const other = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: [web.url('/articles/herald-bridge.html'), web.url('/articles/tribune-bridge.html')].join(' ') }]);
    const [report, otherReport] = await Promise.all([discord.replyWithEmbeds(hostile, 'the hostile report'), discord.replyWithEmbeds(other, 'the other report')]);
    expect(performance.now() - started).toBeLessThan(30_000);

    // The public compact view: the bomb marked unreadable, nothing of the hostile pages live.
    const body = embedText(report);
    expect(body).toMatch(/\*\*S1\*\* ⚠️ could not be read/);
    expect(body).toContain('**S2**');
    expectInert(body);
    expect(report.allowed_mentions).toEqual({ parse: [] });
    // The Sources section gives the reason, and the link shown for the hostile page is the one fetched,
    // not the canonical URL it claims.
    const open = discord.click(report, buttonId(report, /^Sources/));
    const sources = embedText(await discord.answer(open, 'the Sources section'));
    expect(sources).toMatch(/\*\*S1\*\* ⚠️ could not be read[\s\S]*too large to analyse/);
    expect(sources).toContain(`<${pages.url('/hostile')}>`);
    expectInert(sources);
    const md = discord.click(otherReport, buttonId(otherReport, /^Markdown$/));
    const file = await discord.answer(md, 'the Markdown file', (m) => m.attachments.length > 0);
    expect(file.attachments[0]!.content).toMatch(/Numbers:.*12 people.*15 people/);
  }, 60_000);
});
