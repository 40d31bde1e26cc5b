import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, ownsGuild } from './fakes/fake-discord.js';
import { botEnv, type OpsBot, startNodeBot } from './helpers/ops-bot.js';

const STRING = 3;

describe('GIVEN two gateway shards (discord.js sharding, SHARD_COUNT / SHARD_IDS)', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bots: OpsBot[] = [];
  const compare = () =>
    discord.runCommand('compare', [{ name: 'sources', type: STRING, value: ['/articles/herald-bridge.html', '/articles/tribune-bridge.html'].map((p) => web.url(p)).join('\n') }]);
  const guildShard = [0, 1].find((id) => ownsGuild([id, 2], discord.guildId))!;

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
  });
  afterEach(async () => {
    await Promise.all(bots.map((b) => b.stop()));
    bots = [];
    await discord.waitFor(() => !discord.connected, 'the disconnect', 10_000);
  });
  afterAll(async () => {
    await Promise.all([discord.stop(), web.stop()]);
  });

  it('WHEN one process runs both THEN it identifies as shard 0 and 1 of 2 and answers on the guild’s shard', async () => {
    const identifies = discord.identifies.length;
    bots.push(await startNodeBot(discord, botEnv(discord, web.host, { SHARD_COUNT: '2' })));
    expect(discord.identifies.slice(identifies).map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(bots[0]!.logs(/Parallax is online/)[0]).toMatchObject({ shards: [0, 1], guilds: 1 });
    const run = compare();
    const report = await discord.replyWithEmbeds(run, 'the report');
    expect(report.embeds[0]!.title).toMatch(/^Compare: /);
    expect(run.callbacks).toHaveLength(1);
  }, 40_000);

  it('WHEN two processes run one shard each THEN only the one holding the guild’s shard answers it', async () => {
    const identifies = discord.identifies.length;
    for (const id of [0, 1]) bots.push(await startNodeBot(discord, botEnv(discord, web.host, { SHARD_COUNT: '2', SHARD_IDS: String(id), HTTP_PORT: '0' })));
    expect(discord.identifies.slice(identifies).map((i) => i.shard)).toEqual([[0, 2], [1, 2]]);
    const run = compare();
    await discord.replyWithEmbeds(run, 'the report');
    await discord.waitFor(() => discord.threads.has(run.originalId!), 'its thread');
    expect(run.callbacks).toHaveLength(1);
    expect(bots[guildShard]!.logs(/Parallax is online/)[0]).toMatchObject({ shards: [guildShard], guilds: 1 });
    expect(bots[1 - guildShard]!.logs(/Parallax is online/)[0]).toMatchObject({ shards: [1 - guildShard], guilds: 0 });
    // Each process's own metrics: the comparison was counted by the guild's shard alone.
    const reports = await Promise.all(
      bots.map(async (b) => {
        const text = await (await fetch(`http://127.0.0.1:${String(b.logs(/health and metrics/)[0]!.port)}/metrics`)).text();
        return Number(/^parallax_comparisons_total (\d+)/m.exec(text)?.[1]);
      }),
    );
    expect(reports[guildShard]).toBe(1);
    expect(reports[1 - guildShard]).toBe(0);
  }, 60_000);
});
