/**
 * What a body is, from its Content-Type header or a file's name: the one place content types are
 * parsed. Parallax reads three kinds of source: HTML pages, plain text or Markdown, and PDF.
 */
export type SourceKind = 'html' | 'text' | 'pdf';

const KIND_OF_MIME: Record<string, SourceKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'application/pdf': 'pdf',
};

const KIND_OF_EXTENSION: Record<string, SourceKind> = { html: 'html', htm: 'html', xhtml: 'html', txt: 'text', text: 'text', md: 'text', markdown: 'text', pdf: 'pdf' };

/** The media type without parameters, lowercased: `Text/HTML; charset=UTF-8` → `text/html`. */
export function mimeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The charset parameter of a Content-Type, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** The kind of a body served with this Content-Type, or undefined when Parallax does not read it. */
export function kindOfType(contentType: string | null | undefined): SourceKind | undefined {
  return KIND_OF_MIME[mimeOf(contentType)];
}

/** What an uploaded or local file is, by its name first (Discord's content types are often generic). */
export function fileKind(name: string, contentType?: string | null): SourceKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext ? KIND_OF_EXTENSION[ext] : undefined) ?? kindOfType(contentType);
}
