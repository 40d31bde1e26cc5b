/**
 * `npx tsx bench/model-deadline.ts`: a model that hangs, with every setting at its default (45 s for a
 * comparison's model work, 20 s for a thread answer, 60 s per request, 2 retries). The built bot runs
 * against the fake Discord and the fake OpenAI server; one /compare and one thread question are timed
 * from dispatch to the reply, and the fake server counts the hanging connections the bot closed.
 * Run once and reported (issue 16: the offline report must come in under 60 s), not part of CI.
 */
import { ArticleServer } from '../test/fakes/article-server.js';
import { FakeDiscord } from '../test/fakes/fake-discord.js';
import { FakeOpenAI } from '../test/fakes/fake-openai.js';
import { startBot } from '../test/helpers/bot-process.js';

const discord = new FakeDiscord();
const web = new ArticleServer();
const model = new FakeOpenAI();
await Promise.all([discord.start(), web.start(), model.start()]);
model.script = () => ({ hang: true });
const { bot } = await startBot(discord, web, { OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'test-model' });
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  const links = ['herald-bridge.html', 'tribune-bridge.html'].map((l) => web.url(`/articles/${l}`)).join(' ');
  let started = performance.now();
  const run = discord.runCommand('compare', [{ name: 'sources', type: 3, value: links }]);
  // replyWithEmbeds waits 30 s at most; the default deadline is 45 s.
  const report = await discord.waitFor(() => {
    const m = discord.messages.get(run.originalId ?? '');
    return m && m.embeds.length > 0 ? m : undefined;
  }, 'the report', 120_000);
  console.log(`/compare → offline report in ${seconds(started)} s; model requests ${model.requests.length}, closed by the bot ${model.abandoned}`);
  console.log(`  footer: ${report.embeds.at(-1)?.footer?.text}`);

  const thread = await discord.waitFor(() => [...discord.threads.values()][0], 'a thread');
  await discord.waitFor(() => discord.botMessagesIn(thread.id)[0], 'the thread intro');
  const before = model.requests.length;
  started = performance.now();
  discord.userMessage(thread.id, 'How many people were killed when the bridge collapsed?');
  const answer = await discord.waitFor(() => discord.botMessagesIn(thread.id)[1], 'an answer', 60_000);
  console.log(`thread question → answer in ${seconds(started)} s; model requests ${model.requests.length - before}`);
  console.log(`  answer: ${answer.content.split('\n').slice(0, 3).join(' / ')}`);
} finally {
  await bot.stop();
  await Promise.all([discord.stop(), web.stop(), model.stop()]);
}
