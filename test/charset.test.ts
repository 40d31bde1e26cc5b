import { describe, expect, it } from 'vitest';
import { decodeBody } from '../src/sources/charset.js';

describe('decodeBody', () => {
  it('decodes windows-1252 curly quotes, dashes and euro signs (the header wins)', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9]);
    expect(decodeBody(bytes, 'text/html; charset=windows-1252')).toBe('“Hi” – €5 é');
    expect(decodeBody(bytes, 'text/html; charset=ISO-8859-1')).toBe('“Hi” – €5 é');
  });

  it('reads the charset from <meta> when the header has none', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x92])]);
    expect(decodeBody(html, 'text/html')).toContain('’');
  });

  it('decodes ISO-8859-2 (Central European)', () => {
    expect(decodeBody(Buffer.from([0xb3, 0xf3, 0x64, 0xbc]), 'text/plain; charset=iso-8859-2')).toBe('łódź');
  });

  it('decodes Shift_JIS and GBK', () => {
    expect(decodeBody(Buffer.from([0x93, 0xfa, 0x96, 0x7b]), 'text/html; charset=shift_jis')).toBe('日本');
    expect(decodeBody(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'text/html; charset=gbk')).toBe('中文');
  });

  it('decodes EUC-KR and Big5', () => {
    expect(decodeBody(Buffer.from([0xc7, 0xd1, 0xb1, 0xb9]), 'text/html; charset=euc-kr')).toBe('한국');
    expect(decodeBody(Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), 'text/html; charset=big5')).toBe('中文');
  });

  it('falls back to UTF-8 for unknown labels', () => {
    expect(decodeBody(Buffer.from('naïve', 'utf8'), 'text/html; charset=x-unknown')).toBe('naïve');
  });
});
