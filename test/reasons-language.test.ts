import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../src/errors.js';
import { ComparisonService } from '../src/service/comparison-service.js';
import { loaderFor } from '../src/service/library.js';
import { errorOf, failureOf } from '../src/workers/tasks.js';
import { inlineCpu } from '../src/workers/cpu.js';
import { ArticleServer } from './fakes/article-server.js';

describe('GIVEN a source that cannot be read', () => {
  const web = new ArticleServer();
  beforeAll(() => web.start());
  afterAll(() => web.stop());

  it('WHEN a German reader compares THEN the reason is said in German, and in English for the CLI and the library', async () => {
    const service = new ComparisonService({ loader: loaderFor({ allowHosts: [web.host] }), cpu: inlineCpu });
    const links = ['/articles/herald-bridge.html', '/articles/tribune-bridge.html', '/missing'].map((p) => ({ url: web.url(p) }));
    const german = await service.compare(links, { locale: 'de' });
    expect(german.report.unreadable[0]!.reason).toBe(`${web.host} antwortete mit HTTP 404 (Not Found) für ${web.url('/missing')}.`);
    const english = await service.compare(links, { fresh: true });
    expect(english.report.unreadable[0]!.reason).toBe(`${web.host} answered HTTP 404 (Not Found) for ${web.url('/missing')}.`);
  });

  it('WHEN the reason comes from a worker thread THEN its message key crosses with it', () => {
    const back = errorOf(failureOf(SourceError.of('overTimeSource', { s: '8' })));
    expect(back).toBeInstanceOf(SourceError);
    expect((back as SourceError).translate('fr')).toBe('La lecture de cette source a pris trop de temps (plus de 8 s).');
    expect(back.message).toBe('This source took too long to read (over 8 s).');
  });
});
