import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';

const STRING = 3;
const ATTACHMENT = 11;
const MESSAGE_CONTENT = 1 << 15;

describe('GIVEN a bot whose Message Content intent is not granted', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: BotProcess;

  beforeAll(async () => {
    discord.disallowMessageContent = true;
    await Promise.all([discord.start(), web.start()]);
    // A short grace period: the last test stops the bot during a comparison that would hang for 10 s.
    ({ bot } = await startBot(discord, web, { DISCORD_GUILD_ID: discord.guildId, SHUTDOWN_GRACE_SECONDS: '1' }));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN it still starts, without the intent, registers in the guild and logs one clear warning', () => {
    expect(discord.identifies.map((i) => Boolean(i.intents & MESSAGE_CONTENT))).toEqual([true, false]);
    expect(discord.commandPuts[0]!.route).toBe(`applications/${discord.appId}/guilds/${discord.guildId}/commands`);
    expect(bot.output.match(/Message Content intent is not enabled/g)).toHaveLength(1);
  });

  it('WHEN npm run deploy-commands runs THEN it registers the commands explicitly in the guild', async () => {
    const { execFile } = await import('node:child_process');
    const entry = fileURLToPath(new URL('../dist/src/discord/deploy-commands.js', import.meta.url));
    const env = { PATH: process.env.PATH ?? '', DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guildId };
    const out = await new Promise<string>((resolve, reject) => execFile(process.execPath, [entry], { env }, (err, stdout) => (err ? reject(err) : resolve(stdout))));
    expect(out).toMatch(/^Registered 8 commands \(\/compare, \/summarize, \/ask, \/sources, \/help, \/parallax, Apps › Compare links, Apps › Add to comparison\) in guild/);
    expect(discord.commandPuts.at(-1)!.names.sort()).toEqual(['Add to comparison', 'Compare links', 'ask', 'compare', 'help', 'parallax', 'sources', 'summarize']);
  });

  it('WHEN /compare gets a file and pasted text THEN both are read and compared', async () => {
    const size = statSync(fileURLToPath(new URL('./fixtures/articles/herald-bridge.html', import.meta.url))).size;
    const pasted =
      'Marlow bridge toll rises. 15 people were killed when the Harbor Bridge collapsed on Tuesday evening in Marlow, officials said on Wednesday. ' +
      'The council agreed to fund a full inspection of every river crossing in the district.';
    const run = discord.runCommand(
      'compare',
      [
        { name: 'sources', type: STRING, value: pasted },
        { name: 'file1', type: ATTACHMENT, value: '1573552104683990001' },
      ],
      { attachments: { '1573552104683990001': { id: '1573552104683990001', filename: 'herald-bridge.html', size, url: web.url('/files/herald-bridge.html'), proxy_url: web.url('/files/herald-bridge.html'), content_type: 'text/html' } } },
    );
    const report = await discord.replyWithEmbeds(run, 'the report');
    const body = report.embeds.map((e) => e.description).join('\n');
    expect(body).toContain('**S1** Pasted text');
    expect(body).toContain('**S2** Coastal Herald');
    expect(body).toMatch(/Numbers:.*15 people.*12 people/);
  });

  it('WHEN /ask is used in the thread THEN it answers, although plain messages cannot be read', async () => {
    const thread = await discord.waitFor(() => [...discord.threads.values()][0], 'a thread');
    await discord.waitFor(() => discord.botMessagesIn(thread.id)[0], 'the thread intro');
    const run = discord.runCommand('ask', [{ name: 'question', type: STRING, value: 'How many people were killed?' }], { channel: { id: thread.id, type: 11, parent_id: discord.channelId } });
    const reply = await discord.waitFor(() => {
      const m = discord.messages.get(run.originalId ?? '');
      return m && m.content.includes('[S') ? m : undefined;
    }, 'the /ask answer');
    expect(reply.content).toContain('[S1]');
    expect(reply.content).toContain('[S2]');
  });

  it('WHEN /ask is used outside a comparison thread THEN the user alone is told where to use it', async () => {
    const run = discord.runCommand('ask', [{ name: 'question', type: STRING, value: 'Anything?' }]);
    const cb = await discord.waitFor(() => run.callbacks[0], 'the reply');
    expect(Number(cb.data?.flags) & 64).toBe(64);
    expect(String(cb.data?.content)).toMatch(/inside the thread of a comparison/);
  });

  it('WHEN /summarize gets a link THEN it replies with title, outlet, date and key points', async () => {
    const run = discord.runCommand('summarize', [{ name: 'source', type: STRING, value: web.url('/articles/tribune-bridge.html') }]);
    const reply = await discord.replyWithEmbeds(run, 'the summary');
    const embed = reply.embeds[0]!;
    expect(embed.title).toBe('Marlow bridge collapse: 15 dead, council divided');
    expect(embed.description).toContain('Valley Tribune');
    expect(embed.description).toContain('2026-03-04');
    expect(embed.description).toContain('Key points');
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN /summarize is used in Spanish THEN its own words are Spanish, the source’s sentences as written', async () => {
    const run = discord.runCommand('summarize', [{ name: 'source', type: STRING, value: web.url('/articles/herald-bridge.html') }], { locale: 'es-ES' });
    const embed = (await discord.replyWithEmbeds(run, 'the Spanish summary')).embeds[0]!;
    expect(embed.description).toContain('**Puntos clave**');
    expect(embed.description).toMatch(/\d+ palabras/);
    expect(embed.footer?.text).toBe('Parallax · frases citadas textualmente de la fuente');
    expect(embed.description).toMatch(/Harbor Bridge/);
  });

  it('WHEN the bot stops during a comparison THEN, once the grace period is over, its reply says it was interrupted and offers to run it again, and it exits', async () => {
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: `${web.url('/hang')} ${web.url('/articles/herald-bridge.html')}` }]);
    await discord.waitFor(() => run.callbacks[0], 'the deferred acknowledgement');
    await discord.waitFor(() => web.hits.get('/hang'), 'the hanging fetch');
    const started = Date.now();
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    const reply = discord.messages.get(run.originalId!)!;
    expect(reply.content).toBe('This comparison was interrupted because Parallax restarted.');
    expect(reply.components?.[0]?.components[0]).toMatchObject({ label: 'Run it again', custom_id: `rerun:${run.id}` });
    expect(run.followUps).toEqual([]);
  });
});
