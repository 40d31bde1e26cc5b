/** Hostile inputs, generated here (no third-party files): markup bombs, a huge PDF, binary files. */

/** An article's worth of prose (about 130 words in five paragraphs), for pages that should be read. */
export const PROSE = [
  'The town council met on Tuesday to discuss the bridge, and officials said repairs would start in spring after a long review of the budget.',
  'Engineers told the meeting that the eastern supports had cracked during the winter floods and that heavy lorries would be banned until the work is done.',
  'The mayor said the town would ask the regional government for emergency funds, and that residents would be consulted on a temporary ferry.',
  'Shop owners near the river said trade had fallen by a third since the closure, and several asked for the council to cut their rates.',
  'A final decision on the contract is expected in March, when the council will choose between two construction firms.',
];

const paragraphs = () => PROSE.map((p) => `<p>${p}</p>`).join('');

/** A page whose article sits inside `depth` nested <div>s. */
export function nestedDivs(depth: number): string {
  return `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${paragraphs()}${'</div>'.repeat(depth)}</body></html>`;
}

/** A plain article page. */
export function plainPage(title: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs()}</article></body></html>`;
}

/** A page of `count` <script> tags that are never closed. */
export function unclosedScripts(count: number): string {
  return `<html><head><title>Scripts</title></head><body><article>${paragraphs()}</article>${'<script>x'.repeat(count)}</body></html>`;
}

/** A page of `count` unclosed <p>, each with a few words. */
export function manyParagraphs(count: number): string {
  return `<html><head><title>Paragraphs</title></head><body>${'<p>word and more '.repeat(count)}</body></html>`;
}

/** A valid PDF of `pages` pages that all share one content stream (a few KB per page of page objects only). */
export function sharedStreamPdf(pages: number, lines = 40): Buffer {
  const text = Array.from({ length: lines }, (_, i) => `(Line ${i} of the shared page says the same words again and again.) Tj T*`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '50 780 Td', ...text, 'ET'].join('\n');
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>'),
  ];
  const parts: string[] = ['%PDF-1.4\n'];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = `${i + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(chunk);
    length += chunk.length;
  });
  parts.push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`));
  parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

/** The first bytes of common binary formats, padded with noise of our own. */
export const BINARY_FILES: Record<string, Buffer> = {
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(600, 0x41)]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR some words that look like text '.repeat(20))]),
  zip: Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('news-article.txt The council met on Tuesday '.repeat(20))]),
  gif: Buffer.from(`GIF89a${'The council met on Tuesday and more words '.repeat(20)}`, 'latin1'),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF the council met on Tuesday and more words '.repeat(20))]),
  nul: Buffer.from(`${'The council met on Tuesday and more words '.repeat(10)}\0\0\0\0${'more words '.repeat(20)}`, 'latin1'),
};
