/**
 * `npm run bench:interactions`: click-to-answer times for every kind of interaction a person has with
 * the bot, measured against the built bot (a child process, as in production, SQLite store, without
 * the Message Content intent) through the fake Discord's gateway, with the links on a local article
 * server. For each interaction: the time from the click (the fake dispatching it) to the first visible
 * answer (the acknowledgement Discord requires within 3 s: a reply, a deferral, a modal, suggestions)
 * and to the final answer (the report, the section, the file, the confirmation), p50 and max over the
 * runs. `npx tsx bench/interactions.ts 7` picks the number of runs (default 5); each run uses fresh links
 * (a query string per run), so no comparison is served from the article cache.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleServer } from '../test/fakes/article-server.js';
import { FakeDiscord, type FakeInteraction, type FakeMessage } from '../test/fakes/fake-discord.js';
import { buttonId, selectId } from '../test/helpers/buttons.js';

const runs = Number(process.argv[2] ?? 5);
const ENTRY = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
const STRING = 3;
const SUBCOMMAND = 1;
const BOOLEAN = 5;

const discord = new FakeDiscord();
discord.disallowMessageContent = true;
const web = new ArticleServer();
await Promise.all([discord.start(), web.start()]);
const store = join(mkdtempSync(join(tmpdir(), 'parallax-interactions-')), 'store.sqlite');
const bot = spawn(process.execPath, [ENTRY], {
  env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, STORE_URL: `sqlite://${store}`, FETCH_ALLOW_HOSTS: web.host, LOG_LEVEL: 'warn',
    // One person does everything here, one interaction after another.
    MAX_RUNNING_PER_GUILD: '1000', MAX_RUNNING_PER_USER: '1000' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
bot.stdout.on('data', (d: Buffer) => (output += d.toString()));
bot.stderr.on('data', (d: Buffer) => (output += d.toString()));
await discord.waitFor(() => discord.commandPuts.length > 0, 'the bot registering its commands', 60_000);

/** Per interaction, in the order first measured: acknowledgement and final answer times, one per run. */
const times = new Map<string, { ack: number[]; final: number[] }>();
const record = (what: string, ack: number | undefined, final: number) => {
  const row = times.get(what) ?? { ack: [], final: [] };
  if (ack !== undefined) row.ack.push(ack);
  row.final.push(final);
  times.set(what, row);
};
/** Waits for the final answer of `run` (what `done` finds), then records both times from its dispatch. */
const timed = async <T>(what: string, run: FakeInteraction, done: () => T | undefined | false): Promise<T> => {
  const value = await discord.waitFor(done, what, 60_000);
  record(what, run.ackedAt === undefined ? undefined : run.ackedAt - run.sentAt, Date.now() - run.sentAt);
  return value;
};
const reply = (run: FakeInteraction, check: (m: FakeMessage) => boolean = () => true) => () => {
  const m = discord.messages.get(run.originalId ?? '');
  return m && !(m.flags & 128) && check(m) ? m : undefined;
};
const callback = (run: FakeInteraction) => () => run.callbacks[0];
const hasReport = (m: FakeMessage) => m.embeds.length > 0;

for (let r = 0; r < runs; r++) await oneRun(r);

const p50 = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.ceil(values.length / 2) - 1]! : NaN);
const ms = (v: number) => (Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);
console.log(`click-to-answer, ${runs} runs (built bot, fake Discord, local article server, SQLite store, offline engine)\n`);
console.log('| interaction | first visible answer (ack) p50 | final answer p50 | final answer max |');
console.log('|---|---|---|---|');
for (const [what, t] of times) console.log(`| ${what} | ${ms(p50(t.ack))} | ${ms(p50(t.final))} | ${ms(Math.max(...t.final))} |`);
const warnings = output.split('\n').filter((l) => /"level":(4|5)\d/.test(l));
console.log(`\nbot warnings and errors: ${warnings.length}${warnings.length ? `\n${warnings.slice(0, 5).join('\n')}` : ''}`);
bot.kill('SIGTERM');
await new Promise((resolve) => bot.once('exit', resolve));
await Promise.all([discord.stop(), web.stop()]);

async function oneRun(r: number): Promise<void> {
  const link = (file: string) => web.url(`/articles/${file}?run=${r}`);
  const [herald, tribune, gazette, orchestra] = ['herald-bridge.html', 'tribune-bridge.html', 'gazette-bridge.html', 'orchestra.html'].map(link) as [string, string, string, string];

  // Apps › Compare links, then every control of its report.
  const post = discord.userPost(discord.channelId, `Which one is right? ${herald} ${tribune} ${orchestra}`);
  const menu = discord.runMessageCommand('Compare links', post);
  const report = await timed('Apps › Compare links (3 links)', menu, reply(menu, hasReport));
  for (const label of [/^Differences/, /^Agreement/, /^Sources/, /^Story$/]) {
    const click = discord.click(report, buttonId(report, label));
    await timed(`button ${label.source.replace(/[\^$\\]/g, '')}`, click, reply(click));
  }
  const chosen = discord.choose(report, selectId(report), ['S2']);
  await timed('select a source (S2)', chosen, reply(chosen, hasReport));
  for (const label of [/^Markdown$/, /^JSON$/]) {
    const click = discord.click(report, buttonId(report, label));
    await timed(`button ${label.source.replace(/[\^$\\]/g, '')} (file)`, click, reply(click, (m) => m.attachments.length > 0));
  }
  const open = discord.click(report, buttonId(report, /^Add source$/));
  await timed('button Add source (form opens)', open, callback(open));
  const sent = discord.submitModal(open, { link: gazette, text: '' });
  await timed('Add source form sent (report replaced)', sent, reply(sent, (m) => m.content.startsWith('Added')));
  const recheck = discord.click(report, buttonId(report, /^Re-check$/));
  await timed('button Re-check (every link read again)', recheck, reply(recheck, (m) => m.content.startsWith('Every source read again')));

  // Apps › Add to comparison on two messages, then Compare now.
  const first = discord.userPost(discord.channelId, `${herald}&again`);
  const add1 = discord.runMessageCommand('Add to comparison', first);
  await timed('Apps › Add to comparison', add1, reply(add1));
  const second = discord.userPost(discord.channelId, `${tribune}&again`);
  const add2 = discord.runMessageCommand('Add to comparison', second);
  const list = await timed('Apps › Add to comparison', add2, reply(add2, (m) => /^Your list has 2/.test(m.content)));
  const now = discord.click(list, buttonId(list, /^Compare now$/));
  await timed('button Compare now (report)', now, reply(now, hasReport));

  // /compare with nothing: the form, then the report and its thread.
  const empty = discord.runCommand('compare', []);
  await timed('/compare with nothing (form opens)', empty, callback(empty));
  const form = discord.submitModal(empty, { links: [herald, gazette, `${tribune}&form`].join('\n'), text: '' });
  const formReport = await timed('/compare form sent (report)', form, reply(form, hasReport));
  const thread: string = await discord.waitFor(() => (discord.threads.has(formReport.id) && discord.botMessagesIn(formReport.id).length > 0 ? formReport.id : undefined), 'the thread intro');

  // Thread control: /sources list, add, drop with its suggestions, an @mention.
  const inThread = { channel: { id: thread, type: 11, parent_id: discord.channelId } };
  const sources = (sub: string, options: unknown[]) => discord.runCommand('sources', [{ name: sub, type: SUBCOMMAND, options } as never], inThread);
  const listed = sources('list', []);
  await timed('/sources list', listed, reply(listed));
  const added = sources('add', [{ name: 'sources', type: STRING, value: `${orchestra}&thread` }]);
  await timed('/sources add (one link)', added, reply(added, (m) => /^(Added|Nothing was added)/.test(m.content)));
  const typing = discord.autocomplete('sources', [{ name: 'drop', type: SUBCOMMAND, options: [{ name: 'source', type: STRING, value: 'S', focused: true }] }], inThread);
  await timed('/sources drop autocomplete (suggestions)', typing, callback(typing));
  const dropped = sources('drop', [{ name: 'source', type: STRING, value: 'S4' }]);
  await timed('/sources drop', dropped, reply(dropped, (m) => m.content.startsWith('Dropped')));
  const before = discord.botMessagesIn(thread).length;
  const asked = Date.now();
  discord.userMessage(thread, `<@${discord.appId}> What did Mayor Ellen Park say about rebuilding the bridge?`);
  await discord.waitFor(() => discord.botMessagesIn(thread)[before], 'the answer to the mention', 60_000);
  // A message has no acknowledgement: its answer is the first thing the person sees.
  record('@mention in the thread (answer)', undefined, Date.now() - asked);

  // /help, /parallax settings by a manager and refused to a member.
  const help = discord.runCommand('help', []);
  await timed('/help', help, reply(help));
  const settings = discord.runCommand('parallax', [{ name: 'settings', type: SUBCOMMAND, options: [{ name: 'private_reports', type: BOOLEAN, value: false }] } as never]);
  await timed('/parallax settings (manager)', settings, reply(settings));
  const refused = discord.runCommand('parallax', [{ name: 'settings', type: SUBCOMMAND, options: [] } as never], { as: discord.bob });
  await timed('/parallax settings (member, refused)', refused, reply(refused));

  // A comparison in the person's DM with the bot (a user-installed app).
  const dm = discord.runCommand('compare', [{ name: 'sources', type: STRING, value: [herald, gazette].map((l) => `${l}&dm`).join(' ') }], { dm: true });
  await timed('/compare in a DM (report)', dm, reply(dm, hasReport));
}
