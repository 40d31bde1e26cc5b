import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleServer } from './fakes/article-server.js';
import { FakeDiscord, type FakeInteraction, type FakeMessage } from './fakes/fake-discord.js';
import { type BotProcess, startBot } from './helpers/bot-process.js';
import { buttonId, selectId } from './helpers/buttons.js';
import { describe as wordIn } from '../src/report/describe.js';
import { escapeText } from '../src/report/escape.js';
import type { Report } from '../src/report/types.js';
import { kindLabel } from '../src/i18n/kind-labels.js';
import { translator } from '../src/i18n/translate.js';

const EPHEMERAL = 64;
const CALLBACK = { reply: 4, defer: 5, update: 7, modal: 9 } as const;
/** Discord's rule: an interaction not acknowledged within 3 s fails. Asserted with a margin for a loaded machine. */
const ACK_LIMIT_MS = 2500;

const embedText = (m: FakeMessage) => m.embeds.map((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''].join('\n')).join('\n');
const embedLength = (m: FakeMessage) => m.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0), 0);

describe('GIVEN the bot and a message of four links (one on another event), as Discord users write them', () => {
  const discord = new FakeDiscord();
  const web = new ArticleServer();
  let bot: BotProcess;
  let report: FakeMessage;
  const timings: Array<{ what: string; ackMs: number; answerMs: number }> = [];

  /** Records click-to-acknowledgement and click-to-visible-answer for the closing note. */
  const measure = async (what: string, run: FakeInteraction, answered: () => Promise<unknown>) => {
    await answered();
    const ackMs = discord.ackMs(run)!;
    timings.push({ what, ackMs, answerMs: Date.now() - run.sentAt });
    expect(ackMs).toBeLessThan(ACK_LIMIT_MS);
  };

  beforeAll(async () => {
    await Promise.all([discord.start(), web.start()]);
    const store = join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'store.sqlite');
    ({ bot } = await startBot(discord, web, { STORE_URL: `sqlite://${store}` }));
  });

  afterAll(async () => {
    await bot?.stop();
    await Promise.all([discord.stop(), web.stop()]);
    console.log(['click-to-answer (e2e-discord-compact):', ...timings.map((t) => `  ${t.what}: acknowledged in ${t.ackMs} ms, answer visible in ${t.answerMs} ms`)].join('\n'));
  });

  it('THEN Apps › Compare links is registered with its name in German, French and Spanish', () => {
    const menu = discord.commandPuts[0]!.definitions.find((d) => d.name === 'Compare links');
    expect(menu).toMatchObject({ type: 3, name_localizations: { de: 'Links vergleichen', fr: 'Comparer les liens', 'es-ES': 'Comparar enlaces' } });
    expect(discord.commandPuts[0]!.definitions.find((d) => d.name === 'help')).toMatchObject({ name_localizations: { de: 'hilfe' } });
  });

  it('THEN each command says where Discord lets it run: the comparisons everywhere, thread and server commands in servers', () => {
    const byName = new Map(discord.commandPuts[0]!.definitions.map((d) => [d.name as string, d]));
    const everywhere = { integration_types: [0, 1], contexts: [0, 1, 2] };
    for (const name of ['compare', 'ask', 'summarize', 'help', 'Compare links', 'Add to comparison']) expect(byName.get(name), name).toMatchObject(everywhere);
    for (const name of ['sources', 'parallax']) expect(byName.get(name), name).toMatchObject({ integration_types: [0], contexts: [0] });
  });

  it('THEN every option choice is labelled in German, French and Spanish, its value unchanged', () => {
    type Item = { name: string; choices?: Array<{ name: string; value: string; name_localizations?: Record<string, string> }>; options?: Item[] };
    const choices: NonNullable<Item['choices']> = [];
    const walk = (item: Item) => (choices.push(...(item.choices ?? [])), item.options?.forEach(walk));
    (discord.commandPuts[0]!.definitions as Item[]).forEach(walk);
    // /compare's engine (offline only: this bot has no model) and /parallax settings' engine (llm, offline).
    expect(choices.map((c) => c.value).sort()).toEqual(['llm', 'offline', 'offline']);
    for (const c of choices) {
      for (const locale of ['de', 'fr', 'es-ES', 'es-419']) expect(c.name_localizations?.[locale]?.length, `${c.name} in ${locale}`).toBeGreaterThan(0);
    }
    expect(choices.find((c) => c.value === 'offline')!.name_localizations).toMatchObject({ de: 'offline (nur Regeln)', fr: 'hors ligne (règles seules)' });
  });

  it('THEN every slash command, subcommand and option is registered with its name and description in en-US, German, French and Spanish', () => {
    type Item = { name: string; description?: string; type?: number; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: Item[] };
    const slash = (discord.commandPuts[0]!.definitions as Item[]).filter((d) => (d.type ?? 1) === 1);
    expect(slash.map((d) => d.name).sort()).toEqual(['ask', 'compare', 'help', 'parallax', 'sources', 'summarize']);
    const items: Item[] = [];
    const walk = (item: Item) => (items.push(item), item.options?.forEach(walk));
    slash.forEach(walk);
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) {
      for (const locale of ['en-US', 'de', 'fr', 'es-ES', 'es-419']) {
        const name = item.name_localizations?.[locale];
        // Discord's rule for slash command and option names: lowercase, no spaces, 1–32 characters.
        expect(name, `${item.name} in ${locale}`).toMatch(/^[-_'\p{L}\p{N}]{1,32}$/u);
        expect(name).toBe(name!.toLowerCase());
        expect(item.description_localizations?.[locale]?.length, `${item.name}'s description in ${locale}`).toBeGreaterThan(0);
        expect(item.description_localizations![locale]!.length).toBeLessThanOrEqual(100);
      }
      expect(item.name_localizations!['en-US']).toBe(item.name);
      expect(item.description_localizations!['en-US']).toBe(item.description);
    }
    const compare = slash.find((d) => d.name === 'compare')!;
    expect(compare.name_localizations).toMatchObject({ de: 'vergleichen', fr: 'comparer', 'es-ES': 'comparar' });
    expect(compare.description_localizations!.de).toMatch(/^Vergleicht 2–10 Nachrichtenquellen/);
    expect(compare.options!.find((o) => o.name === 'sources')!.name_localizations).toMatchObject({ de: 'quellen', fr: 'sources', 'es-ES': 'fuentes' });
    // Names must differ within one command in each language, or Discord refuses the whole registration.
    for (const command of items.filter((i) => i.options?.length)) {
      for (const locale of ['de', 'fr', 'es-ES']) {
        const names = command.options!.map((o) => o.name_localizations![locale]);
        expect(new Set(names).size, `${command.name}'s options in ${locale}`).toBe(names.length);
      }
    }
  });

  it('WHEN someone uses Apps › Compare links on it THEN a compact report a phone shows whole answers', async () => {
    const [herald, tribune, gazette, orchestra] = ['herald-bridge.html', 'tribune-bridge.html', 'gazette-bridge.html', 'orchestra.html'].map((f) => web.url(`/articles/${f}`));
    const post = discord.userPost(discord.channelId, `Which one is right? <${herald}> ||${tribune}|| ${gazette}|${orchestra}`);
    const run = discord.runMessageCommand('Compare links', post, { as: discord.bob });
    await measure('Apps › Compare links (4 links)', run, async () => {
      report = await discord.answer(run, 'the compact report', (m) => m.embeds.length > 0);
    });
    expect(run.callbacks[0]!.type).toBe(CALLBACK.defer);
    expect(report.embeds).toHaveLength(1);
    expect(embedLength(report)).toBeLessThanOrEqual(1500);
    const body = embedText(report);
    expect(body).toMatch(/\d+ differences · 1 other event/);
    expect(body).toContain('Most important differences');
    expect(body).toMatch(/\*\*S4\*\* Dunmore Arts Weekly \(different event\)/);
    expect(body).toMatch(/12 people|15 people|14 people/);
    expect(report.allowed_mentions).toEqual({ parse: [] });
    expect(report.components.flatMap((r) => r.components ?? []).filter((c) => c.type === 2).map((c) => c.label)).toEqual([
      expect.stringMatching(/^Differences \(\d+\)$/),
      expect.stringMatching(/^Agreement \(\d+\)$/),
      'Sources (4)',
      'Story',
      'Markdown',
      'JSON',
      'Add source',
      'Re-check',
    ]);
    // Below the buttons, a menu of the sources: one tap opens one of them.
    const menu = report.components.flatMap((r) => r.components ?? []).find((c) => c.type === 3)!;
    expect(menu.options!.map((o) => o.value)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(menu.options![1]!.label).toMatch(/^S2 Valley Tribune/);
  });

  it('WHEN a source is chosen in the report’s menu THEN that source opens privately with its summary and its own words, within 3 s', async () => {
    const run = discord.choose(report, selectId(report), ['S2']);
    let page!: FakeMessage;
    await measure('select a source (S2)', run, async () => {
      page = await discord.answer(run, 'the chosen source');
    });
    expect(run.callbacks[0]).toMatchObject({ type: CALLBACK.reply });
    expect(page.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(page.embeds[0]!.title).toMatch(/^S2 Valley Tribune/);
    expect(embedText(page)).toContain('In the differences');
    expect(embedText(page)).toMatch(/> \*\*S2:\*\* /);
    expect(embedText(page)).not.toMatch(/> \*\*S1:\*\* /);
    // Whose words it gives, where another source gives that speaker's words too.
    expect(embedText(page)).toMatch(/__Whose words it reports__\n\*\*Ellen Park:\*\* “/);
    expect(page.allowed_mentions).toEqual({ parse: [] });
    // The public report is left as it was: the menu is for everyone.
    expect(discord.messages.get(report.id)!.embeds[0]!.title).toBe(report.embeds[0]!.title);
  });

  it('WHEN each section button is clicked THEN the section opens privately, whole, within 3 s', async () => {
    for (const [label, title] of [[/^Differences/, /^Differences — /], [/^Agreement/, /^Agreement — /], [/^Sources/, /^Sources — /], [/^Story$/, /^Story — /]] as const) {
      const run = discord.click(report, buttonId(report, label));
      let page!: FakeMessage;
      await measure(`button ${label.source.replace(/[\^$\\]/g, '')}`, run, async () => {
        page = await discord.answer(run, `the ${label.source} section`);
      });
      expect(run.callbacks[0]).toMatchObject({ type: CALLBACK.reply });
      expect(page.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(page.embeds[0]!.title).toMatch(title);
      expect(page.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('WHEN a long section is paged THEN Next replaces the private page with the next one', async () => {
    const open = discord.click(report, buttonId(report, /^Differences/));
    const first = await discord.answer(open, 'the first page');
    expect(first.embeds[0]!.footer?.text).toMatch(/^Page 1 of \d+$/);
    const next = discord.click(first, buttonId(first, /^Next/), { channel: { id: first.channel_id, type: 0 } });
    await measure('button Next (private page)', next, () => discord.waitFor(() => /^Page 2 of/.test(first.embeds[0]!.footer?.text ?? ''), 'page 2'));
    expect(next.callbacks[0]!.type).toBe(CALLBACK.update);
    expect(first.embeds[0]!.description).not.toBe('');
  });

  it('WHEN Markdown or JSON is clicked THEN the whole report comes as a private file', async () => {
    const md = discord.click(report, buttonId(report, /^Markdown$/));
    let file!: FakeMessage;
    await measure('button Markdown', md, async () => {
      file = await discord.answer(md, 'the Markdown file', (m) => m.attachments.length > 0);
    });
    expect(file.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(file.attachments[0]!.filename).toBe('parallax-report.md');
    expect(file.attachments[0]!.content).toContain('## Where they differ');

    const json = discord.click(report, buttonId(report, /^JSON$/));
    await measure('button JSON', json, async () => {
      file = await discord.answer(json, 'the JSON file', (m) => m.attachments.length > 0);
    });
    const contract = JSON.parse(file.attachments[0]!.content) as { sources: Array<{ id: string; sameEvent: boolean }> };
    expect(contract.sources.map((s) => `${s.id}:${s.sameEvent}`)).toEqual(['S1:true', 'S2:true', 'S3:true', 'S4:false']);
  });

  it('WHEN the bot restarts THEN the buttons of the report still work', async () => {
    expect(await bot.stop()).toBe(0);
    await discord.waitFor(() => !discord.connected, 'the disconnect');
    bot.start();
    await discord.waitFor(() => discord.connected && bot.output.includes('slash commands unchanged'), 'the restart', 30_000);
    const run = discord.click(report, buttonId(report, /^Sources/));
    let page!: FakeMessage;
    await measure('button Sources after a restart', run, async () => {
      page = await discord.answer(run, 'the sources after a restart');
    });
    for (const id of ['S1', 'S2', 'S3', 'S4']) expect(embedText(page)).toContain(`**${id}**`);
    const chosen = discord.choose(report, selectId(report), ['S4'], { locale: 'de' });
    let source!: FakeMessage;
    await measure('select a source after a restart', chosen, async () => {
      source = await discord.answer(chosen, 'the chosen source after a restart');
    });
    expect(source.embeds[0]!.title).toMatch(/^S4 Dunmore Arts Weekly/);
    expect(embedText(source)).toContain('anderes Ereignis');
  });

  it('WHEN Add source is clicked and the form sent THEN the report above is replaced with the new source in it', async () => {
    const open = discord.click(report, buttonId(report, /^Add source$/));
    await measure('button Add source (form opens)', open, () => discord.waitFor(() => open.callbacks[0], 'the form'));
    expect(open.callbacks[0]!.type).toBe(CALLBACK.modal);
    const pasted =
      'Marlow bridge toll rises. 15 people were killed when the Harbor Bridge collapsed on Tuesday evening in Marlow, officials said on Wednesday. ' +
      'The council agreed to fund a full inspection of every river crossing in the district.';
    const sent = discord.submitModal(open, { link: '', text: pasted });
    await measure('Add source form sent', sent, async () => {
      await discord.answer(sent, 'the confirmation', (m) => m.content.startsWith('Added'));
    });
    expect(discord.messages.get(sent.originalId!)!.content).toBe('Added S5: the report above is updated.');
    expect(report.components.flatMap((r) => r.components ?? []).find((c) => /^Sources/.test(c.label ?? ''))!.label).toBe('Sources (5)');
    expect(embedText(report)).toContain('**S5** Pasted text');
  });

  it('WHEN Re-check is clicked THEN every link is read again, not from the cache, and the report replaced', async () => {
    const hits = web.hits.get('/articles/herald-bridge.html') ?? 0;
    const run = discord.click(report, buttonId(report, /^Re-check$/));
    await measure('button Re-check', run, () => discord.answer(run, 'the re-check', (m) => m.content.startsWith('Every source read again')));
    expect(discord.messages.get(run.originalId!)!.content).toMatch(/^Every source read again: \d+ differences \(before: \d+ differences\)/);
    expect(web.hits.get('/articles/herald-bridge.html')).toBe(hits + 1);
    expect(embedText(report)).toContain('**S5** Pasted text');
  });

  it('WHEN /compare reports THEN it opens with the same compact view and buttons', async () => {
    const links = ['herald-bridge.html', 'orchestra.html'].map((f) => web.url(`/articles/${f}`)).join(' ');
    const run = discord.runCommand('compare', [{ name: 'sources', type: 3, value: links }]);
    const first = await discord.replyWithEmbeds(run, 'the /compare report');
    expect(first.embeds).toHaveLength(1);
    expect(embedLength(first)).toBeLessThanOrEqual(1500);
    expect(embedText(first)).toMatch(/\*\*S2\*\* Dunmore Arts Weekly \(different event\)/);
    expect(first.allowed_mentions).toEqual({ parse: [] });
    expect(first.components.flatMap((r) => r.components ?? []).filter((c) => c.type === 2).map((c) => c.label)).toEqual([
      expect.stringMatching(/^Differences \(\d+\)$/), expect.stringMatching(/^Agreement \(\d+\)$/), 'Sources (2)', 'Story', 'Markdown', 'JSON', 'Add source', 'Re-check',
    ]);
    const json = discord.click(first, buttonId(first, /^JSON$/));
    let file!: FakeMessage;
    await measure('button JSON on a /compare report', json, async () => {
      file = await discord.answer(json, 'the JSON file', (m) => m.attachments.length > 0);
    });
    expect((JSON.parse(file.attachments[0]!.content) as { sources: unknown[] }).sources).toHaveLength(2);
  });

  it('WHEN links of two messages are collected with Apps › Add to comparison THEN Compare now compares them', async () => {
    const first = discord.userPost(discord.channelId, `the Herald has it: ${web.url('/articles/herald-bridge.html')}`);
    const second = discord.userPost(discord.channelId, `and the Gazette: <${web.url('/articles/gazette-bridge.html')}>`);
    const add1 = discord.runMessageCommand('Add to comparison', first);
    const list1 = await discord.answer(add1, 'the list of one');
    expect(list1.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(list1.content).toMatch(/^Your list has 1 source/);
    expect(list1.components[0]!.components![0]).toMatchObject({ label: 'Compare now', disabled: true });

    const add2 = discord.runMessageCommand('Add to comparison', second);
    let list2!: FakeMessage;
    await measure('Apps › Add to comparison', add2, async () => {
      list2 = await discord.answer(add2, 'the list of two');
    });
    expect(list2.content).toMatch(/^Your list has 2 sources[\s\S]*herald-bridge[\s\S]*gazette-bridge/);

    const now = discord.click(list2, buttonId(list2, /^Compare now$/), { channel: { id: list2.channel_id, type: 0 } });
    let compared!: FakeMessage;
    await measure('button Compare now', now, async () => {
      compared = await discord.answer(now, 'the comparison of the list', (m) => m.embeds.length > 0);
    });
    expect(compared.flags & EPHEMERAL).toBe(0);
    expect(embedText(compared)).toMatch(/\*\*S1\*\* Coastal Herald · \*\*S2\*\* Marlow Gazette/);
    const again = discord.click(list2, buttonId(list2, /^Compare now$/), { channel: { id: list2.channel_id, type: 0 } });
    expect(String((await discord.waitFor(() => again.callbacks[0], 'the refusal')).data?.content)).toMatch(/expired or was cleared/);
  });

  it('WHEN someone whose Discord is in French compares THEN the bot speaks French, the quotes stay in English', async () => {
    const post = discord.userPost(discord.channelId, `${web.url('/articles/tribune-bridge.html')} ${web.url('/articles/orchestra.html')} ${web.url('/articles/herald-bridge.html')}`);
    const run = discord.runMessageCommand('Compare links', post, { locale: 'fr' });
    const french = await discord.answer(run, 'the French report', (m) => m.embeds.length > 0);
    expect(embedText(french)).toContain('Les différences les plus importantes');
    expect(embedText(french)).toMatch(/1 autre événement/);
    expect(embedText(french)).toContain('people were killed');
    expect(french.components.flatMap((r) => r.components ?? []).map((c) => c.label)).toContain('Ajouter une source');
  });

  it('WHEN someone whose Discord is in German compares THEN the compact view and the Differences section word each difference in German, the sources\u2019 words verbatim; an English reader of the same report sees the stored English sentences', async () => {
    const post = discord.userPost(discord.channelId, ['herald-bridge.html', 'tribune-bridge.html', 'gazette-bridge.html'].map((f) => web.url(`/articles/${f}`)).join(' '));
    const run = discord.runMessageCommand('Compare links', post, { locale: 'de' });
    const german = await discord.answer(run, 'the German report', (m) => m.embeds.length > 0);
    const json = discord.click(german, buttonId(german, /^JSON$/), { locale: 'de' });
    const file = await discord.answer(json, 'the JSON file', (m) => m.attachments.length > 0);
    // The contract stays English: the stored summary is the English sentence, whatever the reader's language.
    const contract = JSON.parse(file.attachments[0]!.content) as Report;
    const differences = contract.discrepancies.filter((d) => d.kind !== 'event');
    expect(differences.length).toBeGreaterThanOrEqual(2);
    for (const d of differences) expect(d.summary).toBe(wordIn(d));

    const compact = embedText(german);
    expect(embedLength(german)).toBeLessThanOrEqual(1500);
    expect(compact).toContain('Die wichtigsten Unterschiede');
    differences.slice(0, 3).forEach((d, i) => {
      // Shortened at a word end to fit a phone: the German sentence's opening words, under its German label.
      const opening = escapeText(wordIn(d, 'de')).split(' ').slice(0, 4).join(' ');
      expect(compact).toContain(`**${i + 1}. ${kindLabel(d.kind, translator('de'))}:** ${opening}`);
      expect(compact).not.toContain(escapeText(d.summary).split(' ').slice(0, 6).join(' '));
    });
    // A figure told two ways: the sources' own words, in German quotation marks, untranslated.
    expect(compact).toMatch(/„1\d people“/);

    const section = discord.click(german, buttonId(german, /^Unterschiede/), { locale: 'de' });
    const page = embedText(await discord.answer(section, 'the German Differences section'));
    expect(page).toMatch(/^Unterschiede — /);
    const shown = differences.filter((d) => page.includes(escapeText(wordIn(d, 'de'))));
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(2, differences.length));
    for (const d of differences) expect(page).not.toContain(escapeText(d.summary));
    for (const v of shown.flatMap((d) => (d.form === 'figures' ? d.values ?? [] : []))) expect(page).toContain(`„${escapeText(v.value)}“`);

    // The Markdown file a German reader asks for is German too, the quotes as the sources wrote them.
    const mdClick = discord.click(german, buttonId(german, /^Markdown$/), { locale: 'de' });
    const markdown = (await discord.answer(mdClick, 'the German Markdown file', (m) => m.attachments.length > 0)).attachments[0]!.content;
    expect(markdown).toContain('## Worin sie sich unterscheiden');
    expect(markdown).toContain(`**${kindLabel(differences[0]!.kind, translator('de'))}:** ${escapeText(wordIn(differences[0]!, 'de'))}`);
    expect(markdown).toContain(escapeText(differences[0]!.evidence[0]!.quote));

    const english = discord.click(german, buttonId(german, /^Unterschiede/), { locale: 'en-US' });
    const englishPage = embedText(await discord.answer(english, 'the English Differences section'));
    expect(englishPage).toMatch(/^Differences — /);
    for (const d of shown) expect(englishPage).toContain(`**${kindLabel(d.kind, translator('en'))}:** ${escapeText(d.summary)}`);
  });

  it('WHEN a message has one link THEN the user alone is told that two are needed', async () => {
    const post = discord.userPost(discord.channelId, `only this: ${web.url('/articles/herald-bridge.html')}`);
    const run = discord.runMessageCommand('Compare links', post);
    const cb = await discord.waitFor(() => run.callbacks[0], 'the refusal');
    expect(cb).toMatchObject({ type: CALLBACK.reply, data: { flags: EPHEMERAL } });
    expect(String(cb.data?.content)).toMatch(/only one source/);
  });

  it('WHEN /help is used in German THEN it answers privately in German', async () => {
    const run = discord.runCommand('help', [], { locale: 'de' });
    let help!: FakeMessage;
    await measure('/help', run, async () => {
      help = await discord.answer(run, 'the help');
    });
    expect(help.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(help.embeds[0]!.title).toMatch(/^Parallax: worin Nachrichtenquellen/);
    expect(JSON.stringify(help.embeds[0])).toContain('Links vergleichen');
  });
});
