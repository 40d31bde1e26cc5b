import type { FileRef, LoadRequest } from '../sources/load-source.js';
import { parseSourcesOption } from '../sources/links.js';

/** What a person asked to compare: the requests to read, and how to name each one back to them. */
export interface SourceRequests {
  requests: LoadRequest[];
  labels: string[];
}

/**
 * What a person typed and attached, as requests: each link, the text left once links are removed
 * (when it is long enough to be an article), then each file. Throws a UserError on a malformed link.
 */
export function requestsFrom(typed: string, files: readonly FileRef[] = []): SourceRequests {
  const parsed = parseSourcesOption(typed);
  const out: SourceRequests = { requests: [], labels: [] };
  const add = (request: LoadRequest) => {
    out.requests.push(request);
    out.labels.push(labelOf(request));
  };
  for (const url of parsed.urls) add({ url });
  if (parsed.text) add({ text: parsed.text });
  for (const file of files) add({ file });
  return out;
}

/** Only the links in a message (a thread's chatter around a link is not a pasted article). */
export function linksIn(typed: string): SourceRequests {
  const urls = parseSourcesOption(typed).urls;
  return { requests: urls.map((url) => ({ url })), labels: urls };
}

/** How a request is named to the user: its link, its file name or its title. */
export function labelOf(request: LoadRequest): string {
  if ('file' in request) return request.file.name;
  if ('bytes' in request) return request.bytes.name;
  if ('path' in request) return request.path;
  if ('article' in request) return request.article.title ?? request.article.url ?? 'article';
  if ('url' in request && request.url) return request.url;
  return 'title' in request && request.title ? request.title : 'pasted text';
}
