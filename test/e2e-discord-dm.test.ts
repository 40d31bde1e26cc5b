import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeMessage } from './fakes/fake-discord.js';
import { FakeOpenAI } from './fakes/fake-openai.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { wellBehaved } from './helpers/scripted-model.js';

const footer = (m: FakeMessage) => m.embeds[0]?.footer?.text ?? '';

describe('GIVEN Parallax installed by a user, with a model and a small daily budget', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  const model = new FakeOpenAI();
  let bot: BotProcess;

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start(), model.start()]);
    model.script = (request) => {
      const reply = wellBehaved(request);
      const kind = request.response_format?.json_schema?.name ?? FakeOpenAI.schemaOf(request);
      return kind === 'comparison' && 'json' in reply ? { ...reply, usage: { prompt_tokens: 60_000, completion_tokens: 0 } } : reply;
    };
    ({ bot } = await startBot(discord, web, {
      OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model', OPENAI_TIMEOUT_MS: '2000', OPENAI_MAX_RETRIES: '0', LLM_USER_COOLDOWN_SECONDS: '0',
      // The scripted comparison call costs the whole day's budget: the next comparison must fall back.
      LLM_DAILY_TOKENS_PER_GUILD: '60000',
    }));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop(), model.stop()]);
  });

  const compareInDm = async (second: string) => {
    const post = discord.userPost(discord.dmChannelId, `${web.url('/articles/herald-bridge.html')} ${web.url(`/articles/${second}`)}`);
    const run = discord.runMessageCommand('Compare links', post, { dm: true });
    const report = await discord.answer(run, 'the DM report', (m) => m.embeds.length > 0);
    console.log(`click-to-answer (e2e-discord-dm): Apps › Compare links in a DM acknowledged in ${discord.ackMs(run)} ms, report in ${Date.now() - run.sentAt} ms`);
    return report;
  };

  it('THEN Apps › Compare links may be installed to a user and used in DMs and group chats', () => {
    const menu = discord.commandPuts[0]!.definitions.find((d) => d.name === 'Compare links');
    expect(menu).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it('WHEN someone compares in a DM THEN the model answers, on their own budget', async () => {
    const report = await compareInDm('tribune-bridge.html');
    expect(footer(report)).toMatch(/model test-model/);
    expect(model.requests.length).toBeGreaterThan(0);
  });

  it('WHEN their budget for the day is spent THEN the offline engine answers and says why', async () => {
    const calls = model.requests.length;
    // Other sources: the same ones would come from the model cache, spending nothing.
    const report = await compareInDm('gazette-bridge.html');
    expect(footer(report)).toMatch(/offline engine — The model was not used: your daily model budget \(60000 tokens\) is used up/);
    expect(model.requests.length).toBe(calls);
  });

  it('WHEN a server’s managers set a lower daily budget THEN comparisons there are held to it', async () => {
    const set = discord.runCommand('parallax', [{ name: 'settings', type: 1, options: [{ name: 'daily_tokens', type: 4, value: 100 }] } as never]);
    expect(String((await discord.waitFor(() => set.callbacks[0], 'the settings')).data?.content)).toContain('Daily model tokens: **100**');
    const calls = model.requests.length;
    // A pair not compared before, so nothing comes from the model cache.
    const post = discord.userPost(discord.channelId, `${web.url('/articles/tribune-bridge.html')} ${web.url('/articles/gazette-bridge.html')}`);
    const report = await discord.answer(discord.runMessageCommand('Compare links', post), 'the guild report', (m) => m.embeds.length > 0);
    expect(footer(report)).toMatch(/offline engine — The model was not used: this server's daily model budget \(100 tokens\) would be passed/);
    expect(model.requests.length).toBe(calls);
  });
});
