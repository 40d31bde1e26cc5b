import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeMessage } from './fakes/fake-discord.js';
import { FakeOpenAI } from './fakes/fake-openai.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { buttonId } from './helpers/buttons.js';
import { wellBehaved } from './helpers/scripted-model.js';

const STRING = 3;
const all = (m: FakeMessage) => m.embeds.map((e) => `${e.title}\n${e.description}\n${e.footer?.text ?? ''}`).join('\n');

describe('GIVEN the bot with a model configured (fake OpenAI-compatible server)', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const model = new FakeOpenAI();
  let bot: BotProcess;

  const compare = async (links: string[], engine?: string) => {
    const options = [{ name: 'sources', type: STRING, value: links.map((l) => web.url(`/articles/${l}`)).join(' ') }];
    if (engine) options.push({ name: 'engine', type: STRING, value: engine });
    return discord.replyWithEmbeds(discord.runCommand('compare', options), 'the report');
  };

  /** The full report, as the Markdown button sends it. */
  const markdownOf = async (report: FakeMessage) => {
    const file = await discord.answer(discord.click(report, buttonId(report, /^Markdown$/)), 'the Markdown file', (m) => m.attachments.length > 0);
    return file.attachments[0]!.content;
  };

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start(), model.start()]);
    model.script = wellBehaved;
    ({ bot } = await startBot(discord, web, {
      OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '0', LLM_USER_COOLDOWN_SECONDS: '0',
    }));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop(), model.stop()]);
  });

  it('THEN /compare is registered offering engine:llm beside offline', () => {
    const compare = discord.commandPuts[0]!.definitions.find((d) => d.name === 'compare') as { options: Array<{ name: string; choices?: Array<{ value: string }> }> };
    expect(compare.options.find((o) => o.name === 'engine')!.choices!.map((c) => c.value)).toEqual(['offline', 'llm']);
  });

  it('THEN /compare uses the model, shows its checked findings and says so', async () => {
    const report = await compare(['herald-bridge.html', 'tribune-bridge.html']);
    const text = all(report);
    expect(report.embeds).toHaveLength(1);
    expect(text).toMatch(/\*\*\d\. Numbers:\*\*/);
    expect(text).not.toContain('An invented quote');
    expect(report.embeds[0]!.footer!.text).toMatch(/model test-model with the offline engine's checks, 2 unverifiable quote\(s\) dropped/);
    expect(report.allowed_mentions).toEqual({ parse: [] });
    // The model's summary is in the full report, one click away.
    const full = await markdownOf(report);
    expect(full).toContain('Model summary of S1.');
    expect(full).toContain('**Framing:**');
    expect(full).not.toContain('An invented quote');
  });

  it('WHEN someone asks in the thread THEN the model answers with checked citations', async () => {
    const thread = await discord.waitFor(() => [...discord.threads.values()][0], 'a thread');
    await discord.waitFor(() => discord.botMessagesIn(thread.id)[0], 'the thread intro');
    discord.userMessage(thread.id, 'When did the bridge fall?');
    const answer = await discord.waitFor(() => discord.botMessagesIn(thread.id)[1], 'an answer');
    expect(answer.content).toContain('The reports say the bridge fell on Tuesday evening.');
    expect(answer.content).toContain('[S1]');
  });

  it('WHEN a link is posted in the thread THEN the model compares again, so its findings are kept', async () => {
    const thread = [...discord.threads.values()][0]!;
    const before = discord.botMessagesIn(thread.id).length;
    const calls = model.requests.length;
    discord.userMessage(thread.id, web.url('/articles/gazette-bridge.html'));
    const change = await discord.waitFor(() => discord.botMessagesIn(thread.id)[before], 'the change');
    expect(change.content).toMatch(/^Added S3\. Now comparing S1, S2, S3\./);
    expect(model.requests.slice(calls).map((r) => FakeOpenAI.schemaOf(r))).toContain('comparison');
  });

  it('WHEN engine:offline is chosen THEN no model call is made', async () => {
    const calls = model.requests.length;
    const report = await compare(['gazette-bridge.html', 'tribune-bridge.html'], 'offline');
    expect(model.requests.length).toBe(calls);
    expect(report.embeds.at(-1)!.footer!.text).toMatch(/offline engine/);
  });

  it('WHEN the model fails THEN the offline report still comes, saying the model was not used', async () => {
    model.script = () => ({ status: 503 });
    const report = await compare(['gazette-bridge.html', 'herald-bridge.html']);
    expect(report.embeds[0]!.footer!.text).toMatch(/offline engine — The model was not used: the model server answered 503/);
    expect(all(report)).toMatch(/\*\*\d\. Numbers:\*\*/);
  });

  it('THEN the API key never reaches the logs', () => {
    expect(bot.output).not.toContain('not-needed');
  });
});
