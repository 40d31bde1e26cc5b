import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeInteraction, type FakeMessage } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';

const STRING = 3;
const BOOLEAN = 5;
const CHANNEL = 7;
const SUBCOMMAND = 1;
const EPHEMERAL = 64;
const ACK_LIMIT_MS = 2500;
const text = (m: FakeMessage) => [m.content, ...m.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n');

describe('GIVEN a bot without the Message Content intent, and a server with a manager (alice) and a member (bob)', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: BotProcess;
  let threadId = '';
  const timings: Array<{ what: string; ackMs: number; answerMs: number }> = [];
  const measure = async <T>(what: string, run: FakeInteraction, answered: () => Promise<T>): Promise<T> => {
    const value = await answered();
    timings.push({ what, ackMs: discord.ackMs(run)!, answerMs: Date.now() - run.sentAt });
    expect(discord.ackMs(run)).toBeLessThan(ACK_LIMIT_MS);
    return value;
  };
  const inThread = () => ({ channel: { id: threadId, type: 11, parent_id: discord.channelId } });
  const sources = (sub: string, options: Array<{ name: string; type: number; value: string; focused?: boolean }>, extra = {}) =>
    discord.runCommand('sources', [{ name: sub, type: SUBCOMMAND, options } as never], { ...inThread(), ...extra });
  const settings = (options: Array<{ name: string; type: number; value: string | boolean | number }>, as = discord.alice, extra = {}) =>
    discord.runCommand('parallax', [{ name: 'settings', type: SUBCOMMAND, options } as never], { as, ...extra });
  const content = async (run: FakeInteraction, what: string) => String((await discord.waitFor(() => run.callbacks[0], what)).data?.content);

  beforeAll(async () => {
    discord.disallowMessageContent = true;
    await Promise.all([discord.start(), web.start()]);
    ({ bot } = await startBot(discord, web));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
    console.log(['click-to-answer (e2e-discord-controls):', ...timings.map((t) => `  ${t.what}: acknowledged in ${t.ackMs} ms, answer visible in ${t.answerMs} ms`)].join('\n'));
  });

  it('WHEN /compare is given nothing THEN a form opens, and the form sent gives a report and a thread', async () => {
    const run = discord.runCommand('compare', []);
    const modal = await measure('/compare with nothing (form opens)', run, () => discord.waitFor(() => run.callbacks[0], 'the form'));
    expect(modal.type).toBe(9);
    const links = ['herald-bridge.html', 'tribune-bridge.html', 'orchestra.html'].map((f) => web.url(`/articles/${f}`)).join('\n');
    const sent = discord.submitModal(run, { links, text: '' });
    const report = await measure('/compare form sent (report)', sent, () => discord.answer(sent, 'the report', (m) => m.embeds.length > 0));
    expect(text(report)).toMatch(/\d+ differences · 1 other event/);
    expect(report.flags & EPHEMERAL).toBe(0);
    const thread = await discord.waitFor(() => discord.threads.get(report.id), 'the thread on the report');
    threadId = thread.id;
    // The intro is posted once the thread's sources are stored.
    await discord.waitFor(() => discord.botMessagesIn(threadId)[0], 'the thread intro');
  });

  it('WHEN /sources list is used in the thread THEN the sources are listed privately', async () => {
    const run = sources('list', []);
    const cb = await measure('/sources list', run, () => discord.waitFor(() => run.callbacks[0], 'the list'));
    expect(cb).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(String(cb.data?.content)).toMatch(/\*\*S1\*\* Coastal Herald[\s\S]*\*\*S2\*\* Valley Tribune[\s\S]*\*\*S3\*\* Dunmore Arts Weekly/);
  });

  it('WHEN "trib" is typed in /sources drop THEN the matching source is suggested, and dropping it keeps the other ids', async () => {
    const typing = discord.autocomplete('sources', [{ name: 'drop', type: SUBCOMMAND, options: [{ name: 'source', type: STRING, value: 'trib', focused: true }] }], inThread());
    const suggestions = await measure('/sources drop autocomplete', typing, () => discord.waitFor(() => typing.callbacks[0], 'the suggestions'));
    expect(suggestions.type).toBe(8);
    expect(suggestions.data?.choices).toEqual([{ name: expect.stringMatching(/^S2 Valley Tribune/), value: 'S2' }]);

    const run = sources('drop', [{ name: 'source', type: STRING, value: 'S2' }]);
    const reply = await measure('/sources drop', run, () => discord.answer(run, 'the drop', (m) => m.content.startsWith('Dropped')));
    expect(reply.content).toMatch(/^Dropped S2\. Now comparing S1, S3\./);
  });

  it('WHEN the bot is mentioned in the thread THEN it answers, though plain messages reach it empty', async () => {
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, 'What did Mayor Ellen Park say about rebuilding the bridge?');
    discord.userMessage(threadId, `<@${discord.appId}> What did Mayor Ellen Park say about rebuilding the bridge?`);
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'the answer to the mention');
    expect(answer.content).toContain('[S1]');
    expect(answer.content).toContain('within two years');
    await new Promise((r) => setTimeout(r, 300));
    expect(discord.botMessagesIn(threadId)).toHaveLength(before + 1);
  });

  it('WHEN someone whose Discord is in German uses /sources and /parallax, and the service refuses THEN every answer is German', async () => {
    const de = { locale: 'de' };
    expect(await content(sources('list', [], de), 'the German list')).toMatch(/^Dieser Vergleich hat 2 Quellen:\n\*\*S1\*\* Coastal Herald/);
    // The service's own refusal, raised after the reply was deferred: said privately, in German.
    const drop = sources('drop', [{ name: 'source', type: STRING, value: 'S9' }], de);
    const refusal = await discord.waitFor(() => (drop.followUps[0] ? discord.messages.get(drop.followUps[0]) : undefined), 'the German refusal');
    expect(refusal.content).toBe('In diesem Vergleich gibt es keine Quelle S9.');
    expect(refusal.flags & EPHEMERAL).toBe(EPHEMERAL);
    const one = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: web.url('/articles/herald-bridge.html') }], de);
    expect(await content(one, 'the count refusal')).toBe('Gib mindestens 2 Quellen zum Vergleichen an: Links, eingefügten Text oder Dateien (du hast 1 angegeben).');
    expect(await content(sources('drop', [{ name: 'source', type: STRING, value: 'zwei' }], de), 'the id refusal')).toMatch(/^„ZWEI“ ist keine Quellenkennung/);

    const shown = await content(settings([], discord.alice, de), 'the German settings');
    expect(shown).toMatch(/^Die Einstellungen dieses Servers:\n• Modell: \*\*erlaubt\*\*/);
    expect(shown).toContain('• Antwortet in: **jedem Kanal**');
    expect(await content(settings([{ name: 'private_reports', type: BOOLEAN, value: true }], discord.bob, de), 'the German refusal')).toBe('Nur Mitglieder, die diesen Server verwalten dürfen, können /parallax nutzen.');
    const usage = discord.runCommand('parallax', [{ name: 'usage', type: SUBCOMMAND, options: [] } as never], de);
    expect(await content(usage, 'the German usage')).toMatch(/^Kein Modell eingerichtet[\s\S]*0 von 500\.000 Modell-Tokens heute \(UTC\) verbraucht/);
    // In English, the same refusal reads as the CLI and the library have it.
    expect(await content(discord.runCommand('compare', [{ name: 'sources', type: STRING, value: web.url('/articles/herald-bridge.html') }]), 'the English refusal')).toMatch(/^Give at least 2 sources/);
  });

  it('WHEN someone whose Discord is in German adds a source in the thread THEN the new differences are worded in German, the sources\u2019 words verbatim', async () => {
    const add = sources('add', [{ name: 'sources', type: STRING, value: web.url('/articles/tribune-bridge.html') }], { locale: 'de' });
    const reply = await measure('/sources add (German)', add, () => discord.answer(add, 'the German change', (m) => m.content.includes('S4')));
    expect(reply.content).toContain('Neue Abweichungen:');
    // S1 says 12 people, the added Tribune 15: said in German, each source's figure as it wrote it.
    expect(reply.content).toMatch(/\*\*Zahlen:\*\* Unterschiedliche Zahlen zu „people“: S1 nennt „12 people“, S4 nennt „15 people“\./);
    expect(reply.content).not.toMatch(/Different figures|\bsays\b/);
    expect(reply.content).toContain('15 people were killed');
  });

  it('WHEN /compare is run inside a thread people opened THEN that thread carries the comparison', async () => {
    const talk = discord.userThread('Bridge talk');
    const threads = discord.threads.size;
    const links = ['herald-bridge.html', 'tribune-bridge.html'].map((f) => web.url(`/articles/${f}`)).join(' ');
    const here = { channel: { id: talk, type: 11, parent_id: discord.channelId } };
    const run = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: links }], here);
    await discord.replyWithEmbeds(run, 'the report in the thread');
    // The thread's sources are stored just after the report is shown: ask until they are.
    let listed = '';
    for (let i = 0; i < 20 && !listed.startsWith('This comparison'); i++) {
      const ask = discord.runCommand('sources', [{ name: 'list', type: SUBCOMMAND, options: [] } as never], here);
      listed = String((await discord.waitFor(() => ask.callbacks[0], 'the list')).data?.content);
      if (!listed.startsWith('This comparison')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(listed).toMatch(/^This comparison has 2 sources:\n\*\*S1\*\* Coastal Herald/);
    expect(discord.threads.size).toBe(threads);
  });

  it('WHEN a member without Manage Server changes the settings THEN they are refused', async () => {
    const run = settings([{ name: 'private_reports', type: BOOLEAN, value: true }], discord.bob);
    const cb = await discord.waitFor(() => run.callbacks[0], 'the refusal');
    expect(cb).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(String(cb.data?.content)).toMatch(/Only members who may manage this server/);
    expect(discord.commandPuts[0]!.definitions.find((d) => d.name === 'parallax')).toMatchObject({ default_member_permissions: '32' });
  });

  it('WHEN a manager makes reports private THEN the next comparison is private, with no thread', async () => {
    const run = settings([{ name: 'private_reports', type: BOOLEAN, value: true }]);
    const cb = await measure('/parallax settings', run, () => discord.waitFor(() => run.callbacks[0], 'the settings'));
    expect(String(cb.data?.content)).toMatch(/^Settings saved\.[\s\S]*Reports: \*\*private, no thread\*\*/);
    const threads = discord.threads.size;
    const post = discord.userPost(discord.channelId, `${web.url('/articles/herald-bridge.html')} ${web.url('/articles/gazette-bridge.html')}`);
    const compare = discord.runMessageCommand('Compare links', post, { as: discord.bob });
    const report = await discord.answer(compare, 'the private report', (m) => m.embeds.length > 0);
    expect(report.flags & EPHEMERAL).toBe(EPHEMERAL);
    await new Promise((r) => setTimeout(r, 300));
    expect(discord.threads.size).toBe(threads);

    // Its Add source updates it in place, through the interaction (a private message has no other way).
    const addButton = report.components.flatMap((r) => r.components ?? []).find((c) => c.label === 'Add source')!;
    const open = discord.click(report, addButton.custom_id!, { as: discord.bob });
    await discord.waitFor(() => open.callbacks[0], 'the form');
    const sent = discord.submitModal(open, { link: web.url('/articles/tribune-bridge.html'), text: '' }, { as: discord.bob });
    const confirmation = await discord.waitFor(() => (sent.followUps[0] ? discord.messages.get(sent.followUps[0]) : undefined), 'the confirmation');
    expect(sent.callbacks[0]!.type).toBe(6);
    expect(confirmation.content).toBe('Added S3: the report above is updated.');
    expect(confirmation.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(report.components.flatMap((r) => r.components ?? []).map((c) => c.label)).toContain('Sources (3)');
  });

  it('WHEN a manager limits the bot to another channel THEN it refuses here, but /help still answers', async () => {
    const other = '1573552104683995199';
    const run = settings([{ name: 'answer_in', type: CHANNEL, value: other }]);
    await discord.waitFor(() => run.callbacks[0], 'the settings');
    const post = discord.userPost(discord.channelId, `${web.url('/articles/herald-bridge.html')} ${web.url('/articles/gazette-bridge.html')}`);
    const compare = discord.runMessageCommand('Compare links', post);
    const cb = await discord.waitFor(() => compare.callbacks[0], 'the refusal');
    expect(String(cb.data?.content)).toContain(`answers only in <#${other}>`);
    const help = discord.runCommand('help', []);
    expect((await discord.waitFor(() => help.callbacks[0], 'the help')).type).toBe(4);
    // The comparison thread is in this channel too: /sources is refused there, and messages and @mentions are left alone.
    expect(await content(sources('list', []), 'the refusal in the thread')).toContain(`answers only in <#${other}>`);
    const before = discord.botMessagesIn(threadId).length;
    discord.userMessage(threadId, `<@${discord.appId}> What did Mayor Ellen Park say about rebuilding the bridge?`);
    discord.userMessage(threadId, 'What did Mayor Ellen Park say about rebuilding the bridge?');
    await new Promise((r) => setTimeout(r, 500));
    expect(discord.botMessagesIn(threadId)).toHaveLength(before);
    const reset = settings([{ name: 'answer_everywhere', type: BOOLEAN, value: true }]);
    expect(String((await discord.waitFor(() => reset.callbacks[0], 'the reset')).data?.content)).toContain('**every channel**');
    // Answering everywhere again, the same mention is answered.
    discord.userMessage(threadId, `<@${discord.appId}> What did Mayor Ellen Park say about rebuilding the bridge?`);
    const answer = await discord.waitFor(() => discord.botMessagesIn(threadId)[before], 'the answer once allowed');
    expect(answer.content).toContain('within two years');
  });

  it('WHEN a manager asks for the usage THEN today’s model use is shown', async () => {
    const run = discord.runCommand('parallax', [{ name: 'usage', type: SUBCOMMAND, options: [] } as never]);
    const cb = await measure('/parallax usage', run, () => discord.waitFor(() => run.callbacks[0], 'the usage'));
    expect(String(cb.data?.content)).toMatch(/No model is configured[\s\S]*0 of 500,000 model tokens used today/);
    const set = settings([{ name: 'daily_tokens', type: 4, value: 1000 }]);
    await discord.waitFor(() => set.callbacks[0], 'the settings');
    const again = discord.runCommand('parallax', [{ name: 'usage', type: SUBCOMMAND, options: [] } as never]);
    expect(String((await discord.waitFor(() => again.callbacks[0], 'the usage')).data?.content)).toMatch(/0 of 1,000 model tokens used today/);
  });
});
