import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeMessage } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { buttonId } from './helpers/buttons.js';

const STRING = 3;
const text = (m: FakeMessage) => [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])].join('\n');

describe('GIVEN the bot started as in production against a fake Discord', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: BotProcess;
  let threadId = '';

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    // SQLite, as in production: the restart test needs what survives a process.
    const store = join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'store.sqlite');
    ({ bot } = await startBot(discord, web, { STORE_URL: `sqlite://${store}`, LOG_LEVEL: 'info' }));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('THEN it registers its slash commands and Apps › Compare links once', () => {
    expect(discord.commandPuts).toHaveLength(1);
    expect(discord.commandPuts[0]!.names.sort()).toEqual(['Add to comparison', 'Compare links', 'ask', 'compare', 'help', 'parallax', 'sources', 'summarize']);
    // No model is configured here: /compare does not offer an engine it could only fall back from.
    const compare = discord.commandPuts[0]!.definitions.find((d) => d.name === 'compare') as { options: Array<{ name: string; choices?: Array<{ value: string }> }> };
    expect(compare.options.find((o) => o.name === 'engine')!.choices!.map((c) => c.value)).toEqual(['offline']);
  });

  it('WHEN /compare gets three links, one on another event, THEN it defers, reports, and opens a thread', async () => {
    const links = ['herald-bridge.html', 'tribune-bridge.html', 'orchestra.html'].map((f) => web.url(`/articles/${f}`));
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: links.join('\n') }]);
    const callback = await discord.waitFor(() => run.callbacks[0], 'the deferred acknowledgement');
    expect(callback.type).toBe(5);

    // What the user sees first: the compact view, one embed a phone shows whole, with its buttons.
    const report = await discord.replyWithEmbeds(run, 'the report');
    const body = text(report);
    expect(report.embeds).toHaveLength(1);
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);
    for (const id of ['S1', 'S2', 'S3']) expect(body).toContain(`**${id}**`);
    expect(body).toContain('Most important differences');
    expect(body).toMatch(/12 people|15 people/);
    expect(body).toMatch(/\*\*S3\*\* [^·]*\(different event\)/);
    expect(report.allowed_mentions).toEqual({ parse: [] });
    const total = report.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0), 0);
    expect(total).toBeLessThanOrEqual(1500);

    // The full report's details, one click away: the Markdown file has every difference with both sides' words.
    const md = discord.click(report, buttonId(report, /^Markdown$/));
    const file = await discord.answer(md, 'the Markdown file', (m) => m.attachments.length > 0);
    const full = file.attachments[0]!.content;
    expect(full).toContain('Where they differ');
    expect(full).toMatch(/Numbers:.*12 people.*15 people/);
    expect(full).toContain('We will rebuild the bridge within two years');
    expect(full).toContain('We will rebuild this bridge within three years');
    expect(full).toContain('About a different event');

    const thread = await discord.waitFor(() => [...discord.threads.values()][0], 'a thread');
    expect(thread.name).toMatch(/^Compare: /);
    expect(thread.id).toBe(report.id);
    threadId = thread.id;
    const intro = await discord.waitFor(() => discord.botMessagesIn(threadId)[0], 'the thread intro');
    expect(intro.content).toContain('[S1]');
  });

  it('WHEN someone asks a question in the thread THEN the answer cites the sources in their words', async () => {
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'What did Mayor Ellen Park say about rebuilding the bridge?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'an answer');
    expect(answer.content).toContain('[S1]');
    expect(answer.content).toContain('[S2]');
    expect(answer.content).toContain('within two years');
    expect(answer.allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN a link is posted in the thread THEN the source is added and what changed is said', async () => {
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, `another one: ${web.url('/articles/gazette-bridge.html')}`);
    const change = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'the change');
    expect(change.content).toContain('Added S4');
    expect(change.content).toContain('New discrepancies');
    expect(change.content).toContain('14 people');
  });

  it('WHEN someone says "drop S2" THEN the source is removed and the ids of the others stay', async () => {
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'drop S2');
    const reply = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'the drop');
    expect(reply.content).toMatch(/^Dropped S2\. Now comparing S1, S3, S4\./);
  });

  it('WHEN a thread message asks for something impossible THEN the reason is the reply, through the one error boundary', async () => {
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'drop S9');
    const reply = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'the refusal');
    expect(reply.content).toBe('There is no source S9 in this comparison.');
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN someone says "stop" THEN plain questions are left alone until "start"', async () => {
    discord.userMessage(threadId, 'stop');
    await discord.waitFor(() => discord.botMessagesIn(threadId).at(-1)!.content.startsWith('I will stay quiet here'), 'the stop');
    const quiet = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'What did the mayor say?');
    discord.userMessage(threadId, 'start');
    await discord.waitFor(() => discord.botMessagesIn(threadId).at(-1)!.content.startsWith('I will answer questions'), 'the start');
    expect(discord.botMessagesIn(threadId).length).toBe(quiet + 1);
  });

  it('WHEN the bot restarts THEN the thread still answers from its stored sources, commands are not re-registered', async () => {
    expect(await bot.stop()).toBe(0);
    await discord.waitFor(() => !discord.connected, 'the disconnect');
    const identifies = discord.identifies.length;
    bot.start();
    await discord.waitFor(() => discord.identifies.length > identifies && discord.connected, 'the reconnect', 30_000);
    await discord.waitFor(() => bot.output.includes('slash commands unchanged'), 'the registration check', 15_000);
    expect(discord.commandPuts).toHaveLength(1);

    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'Who leads the inspection team?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'an answer after restart');
    expect(answer.content).toContain('[S4]');
    expect(answer.content).toContain('Ruth Adeyemi');
  });

  it('WHEN /ask is used in the thread THEN it answers like a message does', async () => {
    const run = discord.runCommand('ask', [{ name: 'question', type: STRING, value: 'What caused the collapse according to inspectors?' }], {
      channel: { id: threadId, type: 11, parent_id: discord.channelId },
    });
    const reply = await discord.waitFor(() => {
      const m = discord.messages.get(run.originalId ?? '');
      return m && m.content.includes('[S') ? m : undefined;
    }, 'the /ask answer');
    expect(reply.content).toContain('corroded supports');
  });

  it('WHEN /compare gets one source THEN the user alone is told what to do', async () => {
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: web.url('/articles/herald-bridge.html') }]);
    const cb = await discord.waitFor(() => run.callbacks[0], 'the reply');
    expect(cb.type).toBe(4);
    expect(Number(cb.data?.flags) & 64).toBe(64);
    expect(String(cb.data?.content)).toMatch(/at least 2 sources/);
  });

  it('WHEN links cannot be read THEN each reason is given and nothing is left public', async () => {
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: `${web.url('/missing')} ${web.url('/image')}` }]);
    const followUp = await discord.waitFor(() => (run.followUps[0] ? discord.messages.get(run.followUps[0]) : undefined), 'the error');
    expect(followUp.flags & 64).toBe(64);
    expect(followUp.content).toContain('HTTP 404');
    expect(followUp.content).toContain('image/png');
    expect(discord.messages.get(run.originalId!)!.deleted).toBe(true);
  });

  it('THEN no token ever reaches the logs', () => {
    expect(bot.output).not.toContain(discord.token);
  });
});
