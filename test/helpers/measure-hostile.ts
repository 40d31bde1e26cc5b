/**
 * Measures each row of issue 17's table on this machine: `npx tsx test/helpers/measure-hostile.ts`.
 * Prints the time each hostile input takes and what Parallax answers. Not a test: timings belong here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyv } from 'keyv';
import { analyze, type AnalysisResult } from '../../src/analysis/engine.js';
import { compare } from '../../src/index.js';
import { ModelBudget } from '../../src/llm/budget.js';
import { LlmEngine } from '../../src/llm/llm-engine.js';
import { ModelClient } from '../../src/llm/model-client.js';
import { createLogger } from '../../src/logger.js';
import { renderSourcePage } from '../../src/discord/compact/render-source.js';
import { translator } from '../../src/i18n/translate.js';
import { checkLiteralHost, AllowList } from '../../src/sources/address-guard.js';
import { DEFAULT_FETCH_LIMITS } from '../../src/sources/fetch-page.js';
import { SourceLoader } from '../../src/sources/load-source.js';
import { readLocalFile } from '../../src/sources/local-file.js';
import { articleFromText } from '../../src/sources/text-article.js';
import { WorkerPool } from '../../src/workers/cpu.js';
import { FakeOpenAI } from '../fakes/fake-openai.js';
import { BINARY_FILES, manyParagraphs, nestedDivs, plainPage, PROSE, sharedStreamPdf, unclosedScripts } from './hostile.js';
import { servePages } from './page-server.js';
import { wellBehaved } from './scripted-model.js';

const rows: string[] = [];
async function row(input: string, work: () => Promise<string>): Promise<void> {
  const started = performance.now();
  const answer = await work().catch((err: Error) => `${err.name}: ${err.message}`);
  rows.push(`| ${input} | ${((performance.now() - started) / 1000).toFixed(2)} s | ${answer.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  console.error(rows.at(-1));
}
const said = (a: { text: string; notes: string[] }) => (a.notes.length ? a.notes.join(' ') : `read, ${a.text.split(/\s+/).length} words`);

const pool = new WorkerPool(1);
const web = await servePages({
  '/scripts5mb': { type: 'text/html', body: unclosedScripts(560_000) },
  '/bomb': { type: 'text/html', body: manyParagraphs(300_000) },
  '/a': { type: 'text/html', body: plainPage('Bridge repairs to start in spring') },
  '/b': { type: 'text/html', body: plainPage('Council backs spring bridge repairs') },
});
const loader = new SourceLoader({ extract: (h, u, s) => pool.extract(h, u, s), extractPdf: (b, u, s) => pool.extractPdf(b, u, s), allowHosts: [web.host] });
await pool.extract(plainPage('warm-up'));

await row('22 KB page of 2,000 nested `<div>`, an unrelated page queued behind it (1 worker)', async () => {
  const deep = pool.extract(nestedDivs(2_000));
  const t = performance.now();
  const other = await pool.extract(plainPage('Unrelated'));
  const waited = performance.now() - t;
  return `${said(await deep)}; the unrelated page was answered after ${(waited / 1000).toFixed(2)} s`;
});
for (const depth of [3_000, 5_000, 20_000, 40_000]) {
  await row(`${depth.toLocaleString('en')} nested \`<div>\` (${Math.round(nestedDivs(depth).length / 1024)} KB), bot's worker`, async () => said(await pool.extract(nestedDivs(depth))));
}
await row('100,000 unclosed `<script>` (800 KB)', async () => said(await pool.extract(unclosedScripts(100_000))));
await row('5 MB of unclosed `<script>` fetched by link', async () => said(await loader.load({ url: web.url('/scripts5mb') })));

const dir = await mkdtemp(join(tmpdir(), 'parallax-measure-'));
await writeFile(join(dir, 'p.html'), manyParagraphs(1_000_000).repeat(3));
await writeFile(join(dir, 'big.txt'), `${PROSE.join('\n\n')}\n\n`.repeat(45_000));
await writeFile(join(dir, 'long.txt'), `${PROSE.join('\n\n')}\n\n`.repeat(7_000));
await row('1 M `<p>` (55 MB file, CLI: readLocalFile)', async () => String((await readLocalFile(join(dir, 'p.html'), DEFAULT_FETCH_LIMITS.maxBytes)).data.length));
await row('a 30 MB text file (CLI: readLocalFile)', async () => String((await readLocalFile(join(dir, 'big.txt'), DEFAULT_FETCH_LIMITS.maxBytes)).data.length));
await row('a 5 MB text file (CLI: readLocalFile + load bytes)', async () => said(await loader.load({ bytes: await readLocalFile(join(dir, 'long.txt'), DEFAULT_FETCH_LIMITS.maxBytes) })));
await row('1 M `<p>` page (3 MB) through the worker', async () => said(await pool.extract(manyParagraphs(1_000_000))));
await row('a 50,000-page PDF sharing one content stream (4.8 MB)', async () => said(await pool.extractPdf(sharedStreamPdf(50_000))));
await row('a 900-page PDF sharing one content stream', async () => said(await pool.extractPdf(sharedStreamPdf(900))));
await row('a 5 MB page of 300,000 `<p>` beside two good sources (library compare)', async () => {
  const report = await compare([{ url: web.url('/bomb') }, { url: web.url('/a') }, { url: web.url('/b') }], { loader, cpu: pool });
  return `compared ${report.sources.map((s) => s.id).join(', ')}; unreadable: ${report.unreadable.map((u) => `${u.id}: ${u.reason}`).join('; ')}`;
});
await row('a broken PDF (CLI path: load bytes)', async () => said(await loader.load({ bytes: { name: 'broken.pdf', data: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog') } })));
for (const kind of ['elf', 'png', 'zip']) await row(`a binary file: ${kind}`, async () => said(await loader.load({ bytes: { name: `file.txt`, data: BINARY_FILES[kind]! } })));
await row('UTF-16LE text with a byte-order mark', async () => {
  const a = await loader.load({ bytes: { name: 'u16.txt', data: Buffer.from(`\ufeff${PROSE.join('\n\n')}`, 'utf16le') } });
  return `${said(a)}; NUL bytes: ${a.text.includes('\0')}; starts "${a.text.slice(0, 30)}"`;
});
await row('`[click](https://evil…)` in text, `og:site_name`, canonical `https://news.example/a)[verify](https://evil…`', async () => {
  const evil = '[click](https://evil.example/x)';
  const report = analyze([articleFromText(`T\n\n${PROSE.join(' ')} ${evil}`), articleFromText(`U\n\n${PROSE.join(' ')}`)]);
  report.sources[0]!.site = `Herald ${evil}`;
  report.sources[0]!.url = 'https://news.example/a)[verify](https://evil.example/x';
  const page = renderSourcePage({ ...report, unreadable: [] }, 'S1', translator('en'))!;
  const text = `${page.title}\n${page.description}`;
  return `site shown as "${/Herald[^\n]*?(?= <| ·)/.exec(text)?.[0]}", link shown as ${/<https:\/\/news[^>]*>/.exec(text)?.[0]}`;
});
await row('`[::127.0.0.1]` (IPv4-compatible IPv6)', async () => (checkLiteralHost(new URL('http://[::127.0.0.1]/'), new AllowList([])), 'allowed'));

const server = new FakeOpenAI();
await server.start();
const log = createLogger('silent');
const store = new Keyv<number>();
// A fresh cache each time: identical comparisons would otherwise be answered from it.
const engineWith = (budget: ModelBudget) => new LlmEngine(new ModelClient({ baseURL: server.baseURL, model: 'm', timeoutMs: 10_000, maxRetries: 0, responseFormat: 'json_schema' }, log), new Keyv<AnalysisResult>(), budget, log);
const budget = new ModelBudget(store, 500_000, 0);
const S1 = articleFromText('Toll\n\nOfficials said 12 people died when the bridge collapsed. The council agreed to fund inspections. Divers searched the river overnight.');
const S2 = articleFromText('Toll\n\nOfficials said 15 people died when the bridge collapsed. It is not true that the council agreed to fund inspections. Divers searched the river overnight.');
const offline = analyze([S1, S2], ['S1', 'S2']);
const scripted = (json: unknown) => (server.script = (req) => (FakeOpenAI.schemaOf(req) === 'comparison' ? { json } : wellBehaved(req)));
const ev = (sourceId: string, quote: string) => ({ sourceId, quote });
const modelRow = async (input: string, json: unknown, show: (r: AnalysisResult) => string) => {
  scripted(json);
  await row(input, async () => show(await engineWith(budget).compare([S1, S2], ['S1', 'S2'], offline)));
};
const findings = (r: AnalysisResult) => `model findings kept: ${r.discrepancies.filter((d) => !offline.discrepancies.some((o) => o.summary === d.summary)).length}; dropped ${JSON.stringify(r.engine.name === 'llm' ? r.engine.dropped : r.engine.fallback)}`;
await modelRow('a model quote "Officials said 1" of "Officials said 12 people died."', { summaries: [], consensus: [], findings: [{ kind: 'number', summary: 'Tolls differ.', evidence: [ev('S1', 'Officials said 1'), ev('S2', 'Officials said 15 people died')] }] }, findings);
await modelRow('a model quote "the council agreed to fund inspections" from "It is not true that…"', { summaries: [], consensus: [], findings: [{ kind: 'claim', summary: 'Both say the council agreed.', evidence: [ev('S1', 'The council agreed to fund inspections'), ev('S2', 'the council agreed to fund inspections')] }] }, findings);
await modelRow('model prose: invented quotation, the system prompt echoed, "Invented source S7 says…"', {
  summaries: [{ sourceId: 'S1', summary: 'S1 says “twelve dead and forty hurt”.' }, { sourceId: 'S2', summary: 'You compare news reports of one story for a careful reader.' }],
  consensus: [],
  findings: [{ kind: 'claim', summary: 'Invented source S7 says the bridge was sabotaged.', evidence: [ev('S1', 'Divers searched the')] }],
}, (r) => `${findings(r)}; summaries are the offline ones: ${r.sources.every((s, i) => s.summary === offline.sources[i]!.summary)}`);
scripted(undefined);
server.script = wellBehaved;
const huge = (a: typeof S1) => ({ ...a, text: Array.from({ length: 12_000 }, () => a.text).join('\n\n') });
server.requests.length = 0;
await row('two 1.5 MB articles with a model, 500,000-token daily budget', async () => {
  const r = await engineWith(budget).compare([huge(S1), huge(S2)], ['S1', 'S2'], offline, { guildId: 'g' });
  const charged = await store.get(`tokens:g:${new Date().toISOString().slice(0, 10)}`);
  return `${r.engine.name}; ${server.requests.length} model calls; ${r.engine.promptTokens ?? 0}+${r.engine.completionTokens ?? 0} tokens; charged to the budget: ${charged}`;
});
const tight = engineWith(new ModelBudget(new Keyv<number>(), 30_000, 0));
server.requests.length = 0;
await row('the same against a 30,000-token budget', async () => {
  const r = await tight.compare([huge(S1), huge(S2)], ['S1', 'S2'], offline, { guildId: 'g' });
  return `${r.engine.name}: ${r.engine.fallback}; ${server.requests.length} model calls`;
});
await row('the offline summary of "agreed" against "did not agree"', async () => {
  const r = analyze([articleFromText('Council vote\n\nThe town council agreed on Wednesday to fund inspections of every bridge in the district, the mayor said. Repairs will start in May.'), articleFromText('Council split\n\nThe town council did not agree on Wednesday to fund inspections of every bridge in the district, the mayor said. Repairs will start in May.')]);
  return r.discrepancies.map((d) => d.summary).join(' / ');
});

await server.stop();
await web.close();
await pool.close();
await rm(dir, { recursive: true, force: true });
console.log(['| input | time | answer |', '|---|---|---|', ...rows].join('\n'));
